#pragma once
// ImageSession: one image's cached SAM 2 features and the interactive predictor on them (the
// reference's SAM2ImagePredictor). setImage runs the image encoder once; each predict runs only
// the prompt encoder and mask decoder (milliseconds), so clicks can be answered live.
// No LibTorch in this header. Not thread-safe: one thread uses a session at a time; several
// sessions may share one Sam2Model.
#include <cstdint>
#include <memory>
#include <vector>

#include "model/sam2_model.h"
#include "model/types.h"

namespace sam2 {

class ImageSession {
 public:
  explicit ImageSession(std::shared_ptr<const Sam2Model> model, const PostprocessOptions& options = {});
  ~ImageSession();
  ImageSession(const ImageSession&) = delete;
  ImageSession& operator=(const ImageSession&) = delete;

  // Computes and caches the features of an RGB8 image of any size (runs on the caller's thread).
  void setImage(const ImageRgb& image);
  bool hasImage() const;
  int imageWidth() const;
  int imageHeight() const;
  void clearImage();

  // Masks for points and/or one box (image pixels), optionally refining an earlier prediction
  // through its low-res logits. Needs an image; throws Sam2Error for invalid prompts.
  ImagePrediction predict(const ImagePrompt& prompt);

  // One prediction per box, computed as one batch.
  std::vector<ImagePrediction> predictBoxes(const std::vector<BoxPrompt>& boxes, bool multimask = false);

  const PostprocessOptions& postprocessOptions() const;
  void setPostprocessOptions(const PostprocessOptions& options);

  // The cached features as bytes (for an on-disk embedding cache) and back. loadEmbedding
  // throws Sam2Error when the bytes are damaged or come from a model of another shape.
  std::vector<uint8_t> saveEmbedding() const;
  void loadEmbedding(const std::vector<uint8_t>& bytes);

  const Sam2Model& model() const;

  struct Impl;  // model-internal (image_session_internal.h)
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace sam2
