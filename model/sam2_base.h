#pragma once
// SAM2Base (model-internal): every module and free parameter of a SAM 2 checkpoint, registered
// under the official state-dict names, plus the image encoder both predictors share
// (`forwardImage`). The SAM heads of a click are image_session.cpp's; video tracking (the heads,
// memory selection, memory encoding) lives in tracker.h and reads the members below.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <memory>
#include <vector>

#include "model/config.h"
#include "model/fpn_neck.h"
#include "model/mask_decoder.h"
#include "model/memory_attention.h"
#include "model/memory_encoder.h"
#include "model/mlp.h"
#include "model/prompt_encoder.h"

namespace sam2 {

// Image features as the predictors cache them.
struct ImageFeatures {
  at::Tensor imageEmbed;                 // [B, hidden, E, E] (no_mem_embed added when the config says so)
  std::vector<at::Tensor> highResFeats;  // {[B, hidden/8, 4E, 4E], [B, hidden/4, 2E, 2E]} or empty
};

class Sam2BaseImpl : public torch::nn::Module {
 public:
  explicit Sam2BaseImpl(const Sam2Config& config);

  const Sam2Config& config() const { return config_; }
  int64_t hiddenDim() const { return config_.hiddenDim(); }
  int64_t memDim() const { return config_.memDim(); }
  // The dtype and device of the weights (what inputs are converted to).
  at::TensorOptions weightOptions() const { return no_mem_embed.options(); }

  // SAM2Base.forward_image: encoder + neck; levels 0 and 1 already through the decoder's
  // conv_s0 / conv_s1 when the model uses high-resolution features. image: [B, 3, S, S].
  ImageEncoderOutput forwardImage(const at::Tensor& image);

  // The image predictor's cached features from forwardImage's output (SAM2ImagePredictor.set_image).
  ImageFeatures imageFeatures(const ImageEncoderOutput& backbone) const;

  // obj_ptr_proj applied to SAM output tokens [B, hidden] (identity without object pointers).
  at::Tensor projectObjectPointer(const at::Tensor& tokens);

  // ---- Modules and parameters (official names) ----
  at::Tensor maskmem_tpos_enc;      // [num_maskmem, 1, 1, mem_dim]
  at::Tensor no_mem_embed;          // [1, 1, hidden]
  at::Tensor no_mem_pos_enc;        // [1, 1, hidden]
  at::Tensor no_obj_ptr;            // [1, hidden] (pred_obj_scores && use_obj_ptrs_in_encoder)
  at::Tensor no_obj_embed_spatial;  // [1, mem_dim] (SAM 2.1)
  ImageEncoder image_encoder{nullptr};
  torch::nn::Conv2d mask_downsample{nullptr};  // use_obj_ptrs_in_encoder
  MemoryAttention memory_attention{nullptr};
  MemoryEncoder memory_encoder{nullptr};
  PromptEncoder sam_prompt_encoder{nullptr};
  MaskDecoder sam_mask_decoder{nullptr};
  Mlp obj_ptr_proj_mlp{nullptr};             // `obj_ptr_proj` when use_mlp_for_obj_ptr_proj
  torch::nn::Linear obj_ptr_proj_linear{nullptr};  // `obj_ptr_proj` otherwise (with obj ptrs)
  torch::nn::Linear obj_ptr_tpos_proj{nullptr};    // proj_tpos_enc_in_obj_ptrs (SAM 2.1)

 private:
  Sam2Config config_;
};

// Builds the full model (every tensor of the official state dict, initialised but not loaded).
std::shared_ptr<Sam2BaseImpl> buildSam2Base(const Sam2Config& config);

}  // namespace sam2
