#pragma once
// SAM 2's mask decoder (model-internal): output tokens (object score, IoU, 1 + 3 mask tokens)
// and the prompt tokens run through the two-way transformer with the image embedding; the image
// tokens are upscaled 4x (transposed convs, adding the stride-8 and stride-4 high-resolution
// features), and each mask token, through its hypernetwork MLP, becomes a per-pixel dot product:
// the mask logits. Heads predict the IoU of each mask and whether the object is present.
//
// State-dict names below `sam_mask_decoder.`: `transformer.*`, `iou_token`, `mask_tokens`,
// `obj_score_token`, `output_upscaling.{0,1,3}.*`, `conv_s0`, `conv_s1`,
// `output_hypernetworks_mlps.N.layers.*`, `iou_prediction_head.layers.*`,
// `pred_obj_score_head[.layers].*`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <vector>

#include "model/derived_cache.h"
#include "model/mlp.h"
#include "model/two_way_transformer.h"

namespace sam2 {

struct MaskDecoderOptions {
  int64_t transformerDim = 256;
  int64_t transformerDepth = 2;
  int64_t transformerMlpDim = 2048;
  int64_t transformerHeads = 8;
  int64_t attentionDownsampleRate = 2;
  int64_t numMultimaskOutputs = 3;
  int64_t iouHeadDepth = 3;
  int64_t iouHeadHiddenDim = 256;
  bool useHighResFeatures = false;
  bool iouPredictionUseSigmoid = false;
  bool dynamicMultimaskViaStability = false;
  double dynamicMultimaskStabilityDelta = 0.05;
  double dynamicMultimaskStabilityThresh = 0.98;
  bool predObjScores = false;
  bool predObjScoresMlp = false;
  bool useMultimaskTokenForObjPtr = false;
};

struct MaskDecoderOutput {
  // [B, M, 4E, 4E] low-res logits (M = 3 multimask, else 1), not necessarily contiguous; float32
  // for bfloat16 models on AVX-512 CPUs (the upscaling's last step gives float32 there).
  at::Tensor masks;
  at::Tensor iouPredictions;     // [B, M]
  at::Tensor samTokens;          // [B, 3 or 1, C] tokens for the object pointer
  at::Tensor objectScoreLogits;  // [B, 1]
  // Single-mask requests with dynamic multimask: the stability score of token 0 per batch entry
  // and whether it was kept (else the best of tokens 1..3 replaced it). Undefined otherwise.
  at::Tensor stabilityScores;    // [B]
  at::Tensor singleMaskKept;     // [B] bool
};

class MaskDecoderImpl : public torch::nn::Module {
 public:
  explicit MaskDecoderImpl(const MaskDecoderOptions& options);

  // imageEmbeddings [1 or B, C, E, E] (repeated over the prompts when repeatImage), imagePe
  // [1, C, E, E], sparse [B, N, C], dense [B, C, E, E], highRes {[1 or B, C/8, 4E, 4E],
  // [1 or B, C/4, 2E, 2E]} (already through conv_s0 / conv_s1) or empty.
  // firstBlock: from firstBlockImageSide() of the same image embedding, imagePe and dense
  // prompt, or null.
  MaskDecoderOutput forward(const at::Tensor& imageEmbeddings, const at::Tensor& imagePe,
                            const at::Tensor& sparse, const at::Tensor& dense,
                            bool multimaskOutput, bool repeatImage,
                            const std::vector<at::Tensor>& highResFeatures,
                            const FirstBlockImageSide* firstBlock = nullptr);

  // The prompt-independent part of the transformer's first block for one image embedding
  // [1, C, E, E] and a dense prompt shared by the prompts it will serve ([1, C, E, E]; the
  // no-mask embedding for clicks and boxes).
  FirstBlockImageSide firstBlockImageSide(const at::Tensor& imageEmbedding, const at::Tensor& imagePe,
                                          const at::Tensor& dense);

  // Fraction area(logits > delta) / area(logits > -delta) per mask (1 where both are empty).
  at::Tensor stabilityScores(const at::Tensor& maskLogits) const;

  const MaskDecoderOptions& options() const { return options_; }

  TwoWayTransformer transformer{nullptr};
  torch::nn::Embedding iou_token{nullptr};
  torch::nn::Embedding mask_tokens{nullptr};
  torch::nn::Embedding obj_score_token{nullptr};
  torch::nn::ModuleList output_upscaling{nullptr};
  torch::nn::Conv2d conv_s0{nullptr}, conv_s1{nullptr};
  torch::nn::ModuleList output_hypernetworks_mlps{nullptr};
  Mlp iou_prediction_head{nullptr};
  // pred_obj_score_head: a Linear or an MLP, depending on pred_obj_scores_mlp.
  torch::nn::Linear objScoreLinear{nullptr};
  Mlp objScoreMlp{nullptr};

 private:
  MaskDecoderOptions options_;
  int64_t numMaskTokens_;
  torch::nn::ConvTranspose2d upscaleConv0_{nullptr}, upscaleConv1_{nullptr};
  LayerNorm2d upscaleNorm_{nullptr};
  std::vector<Mlp> hypernetworks_;
  DerivedTensorCache hypernetworkStack_;  // their weights stacked per layer (hypernetworkOutputs)

  // The mask tokens [B, T, C] through their own hypernetwork MLPs -> [B, T, C/8].
  at::Tensor hypernetworkOutputs(const at::Tensor& maskTokens);
};
TORCH_MODULE(MaskDecoder);

}  // namespace sam2
