#pragma once
// SAM's prompt encoder (model-internal): clicks and box corners become sparse tokens (random
// Fourier position encoding plus a learned embedding per label), a low-resolution mask prompt
// becomes a dense embedding (two stride-2 convs, then a 1x1 conv), no mask a learned constant.
//
// Point labels: 1 positive click, 0 negative click, 2 box top-left, 3 box bottom-right,
// -1 padding ("not a point"). State-dict names below `sam_prompt_encoder.`: `pe_layer.*`,
// `point_embeddings.{0..3}.weight`, `not_a_point_embed.weight`, `mask_downscaling.{0,1,3,4,6}.*`,
// `no_mask_embed.weight`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "model/mlp.h"
#include "model/position_encoding.h"

namespace sam2 {

class PromptEncoderImpl : public torch::nn::Module {
 public:
  // embeddingSize: the image embedding's side (image_size / 16); inputSize: image_size.
  PromptEncoderImpl(int64_t embedDim, int64_t embeddingSize, int64_t inputSize, int64_t maskInChans);

  // coords [B, N, 2] in model-input pixels (0..image_size), labels [B, N] integer; a padding
  // point is appended (there is never a separate box input: boxes arrive as labels 2 and 3).
  // Undefined coords: no sparse tokens (a mask-only prompt).
  // masks: optional [B, 1, 4E, 4E] mask logits. Returns (sparse [B, N+1, C], dense [B, C, E, E]).
  std::pair<at::Tensor, at::Tensor> forward(const at::Tensor& coords, const at::Tensor& labels,
                                            const std::optional<at::Tensor>& masks);

  // The dense positional encoding of the image embedding grid, [1, C, E, E].
  at::Tensor densePositionEncoding();

  int64_t maskInputSize() const { return 4 * embeddingSize_; }
  int64_t embedDim() const { return embedDim_; }

  PositionEmbeddingRandom pe_layer{nullptr};
  torch::nn::ModuleList point_embeddings{nullptr};
  torch::nn::Embedding not_a_point_embed{nullptr};
  torch::nn::ModuleList mask_downscaling{nullptr};
  torch::nn::Embedding no_mask_embed{nullptr};

 private:
  at::Tensor embedPoints(const at::Tensor& coords, const at::Tensor& labels);
  at::Tensor embedMask(const at::Tensor& masks);

  int64_t embedDim_, embeddingSize_, inputSize_;
  std::vector<torch::nn::Embedding> pointEmbeddingList_;
  torch::nn::Conv2d maskConv0_{nullptr}, maskConv1_{nullptr}, maskConv2_{nullptr};
  LayerNorm2d maskNorm0_{nullptr}, maskNorm1_{nullptr};
};
TORCH_MODULE(PromptEncoder);

}  // namespace sam2
