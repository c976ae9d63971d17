#pragma once
// Model-internal, tensor-level access to an ImageSession (golden tests, benchmarks).
#include <ATen/ATen.h>

#include <memory>

#include "model/image_session.h"
#include "model/sam2_base.h"
#include "model/two_way_transformer.h"

namespace sam2 {

struct ImageSession::Impl {
  std::shared_ptr<const Sam2Model> model;
  std::shared_ptr<Sam2BaseImpl> base;
  PostprocessOptions post;
  int width = 0, height = 0;
  ImageFeatures features;       // empty until an image is set
  at::Tensor densePe;           // the prompt encoder's dense position encoding, computed once
  FirstBlockImageSide firstBlock;  // the decoder's prompt-independent work for this image, at its first click
  bool keepEncoderOutput = false;
  ImageEncoderOutput encoderOutput;  // the last setImage's, when keepEncoderOutput
};

// What predict computes, as tensors (B = prompts in the batch, C = masks per prompt).
struct TensorPrediction {
  at::Tensor logits;           // [B, C, H, W] float32 at image resolution (after post-processing);
                               // undefined unless predictTensors was asked for it
  at::Tensor masks;            // [B, C, H, W] bool, logits > mask threshold
  at::Tensor iouPredictions;   // [B, C] float32
  at::Tensor lowResLogits;     // [B, C, 4E, 4E] float32, clamped to [-32, 32]
  at::Tensor stabilityScores;  // [B] with dynamic multimask on single-mask requests, else undefined
  at::Tensor singleMaskKept;   // [B] bool, likewise
};

// SAM2ImagePredictor._predict with normalize_coords: pointCoords [B, N, 2] in image pixels and
// pointLabels [B, N] (undefined: no points), boxes [B, 4] XYXY in image pixels (undefined: none),
// maskInput [B, 1, h, w] low-res logits (undefined: none). Without fullLogits the image-size
// logits are left undefined and the masks come straight from the low-res logits (mask_paste.h).
TensorPrediction predictTensors(ImageSession& session, const at::Tensor& pointCoords,
                                const at::Tensor& pointLabels, const at::Tensor& boxes,
                                const at::Tensor& maskInput, bool multimask, bool fullLogits = true);

// setImage from an already preprocessed [1, 3, S, S] tensor (tests of the model apart from the
// resize) for an original image of width x height.
void setPreprocessedImage(ImageSession& session, const at::Tensor& preprocessed, int width, int height);

}  // namespace sam2
