#pragma once
// Hiera, the hierarchical vision transformer trunk of SAM 2's image encoder (model-internal).
//
// A 7x7 stride-4 patch embedding, a windowed absolute position embedding (a background
// embedding interpolated bicubically to the patch grid plus a window-sized embedding tiled over
// it), then stages of transformer blocks. Blocks attend within non-overlapping windows except
// the global-attention blocks; the first block of each later stage halves the resolution by
// max-pooling the queries (and the skip connection) and widens the channels.
//
// Parameter names follow the official state dict below `image_encoder.trunk.`: `pos_embed`,
// `pos_embed_window`, `patch_embed.proj.*`, `blocks.N.{norm1,attn.qkv,attn.proj,norm2,
// mlp.layers.{0,1},proj}.*`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <array>
#include <cstdint>
#include <vector>

#include "model/config.h"
#include "model/derived_cache.h"
#include "model/mlp.h"

namespace sam2 {

// [B, H, W, C] -> [B * windows, ws, ws, C], zero-padding H and W up to multiples of ws.
// Returns the windows and the padded size (Hp, Wp).
std::pair<at::Tensor, std::array<int64_t, 2>> windowPartition(const at::Tensor& x, int64_t ws);
// Inverse of windowPartition: [B * windows, ws, ws, C] -> [B, H, W, C] (padding dropped).
at::Tensor windowUnpartition(const at::Tensor& windows, int64_t ws, std::array<int64_t, 2> padded,
                             std::array<int64_t, 2> size);

// Multi-head attention over [B, H, W, C] tokens, with optional max-pooling of the queries.
class MultiScaleAttentionImpl : public torch::nn::Module {
 public:
  MultiScaleAttentionImpl(int64_t dim, int64_t dimOut, int64_t numHeads,
                          std::array<int64_t, 2> qStride, bool qPool);
  at::Tensor forward(const at::Tensor& x);

  torch::nn::Linear qkv{nullptr}, proj{nullptr};

 private:
  int64_t numHeads_;
  std::array<int64_t, 2> qStride_;
  bool qPool_;
  PackedWeights packed_;  // qkv's and proj's weights for the fused bfloat16 layers (linear_amx.h)
};
TORCH_MODULE(MultiScaleAttention);

class MultiScaleBlockImpl : public torch::nn::Module {
 public:
  MultiScaleBlockImpl(int64_t dim, int64_t dimOut, int64_t numHeads, bool qPool,
                      std::array<int64_t, 2> qStride, int64_t windowSize);
  at::Tensor forward(const at::Tensor& x);  // [B, H, W, dim] -> [B, H', W', dimOut]

  int64_t dimOut() const { return dimOut_; }

  torch::nn::LayerNorm norm1{nullptr};
  MultiScaleAttention attn{nullptr};
  torch::nn::LayerNorm norm2{nullptr};
  Mlp mlp{nullptr};
  torch::nn::Linear proj{nullptr};  // only when dim != dimOut

 private:
  at::Tensor pool(const at::Tensor& x) const;  // [B, H, W, C] max-pooled by qStride
  int64_t dim_, dimOut_;
  bool qPool_;
  std::array<int64_t, 2> qStride_;
  int64_t windowSize_;
};
TORCH_MODULE(MultiScaleBlock);

class PatchEmbedImpl : public torch::nn::Module {
 public:
  explicit PatchEmbedImpl(int64_t embedDim);
  at::Tensor forward(const at::Tensor& x);  // [B, 3, H, W] -> [B, H/4, W/4, C]
  torch::nn::Conv2d proj{nullptr};
};
TORCH_MODULE(PatchEmbed);

class HieraImpl : public torch::nn::Module {
 public:
  explicit HieraImpl(const HieraConfig& config);

  // [B, 3, S, S] -> one [B, C_i, H_i, W_i] map per stage (highest resolution first), or only the
  // last stage's without return_interm_layers.
  std::vector<at::Tensor> forward(const at::Tensor& image);

  // Channels of the returned maps, deepest first (what the FPN neck's backbone_channel_list
  // must equal).
  std::vector<int64_t> channelList() const;

  at::Tensor pos_embed, pos_embed_window;
  PatchEmbed patch_embed{nullptr};
  torch::nn::ModuleList blocks{nullptr};

 private:
  at::Tensor positionEmbedding(int64_t h, int64_t w) const;  // [1, h, w, C], contiguous, cached
  at::Tensor computePositionEmbedding(int64_t h, int64_t w) const;
  DerivedTensorCache positionCache_;
  HieraConfig config_;
  std::vector<MultiScaleBlock> blockList_;
  std::vector<int64_t> stageEnds_;
};
TORCH_MODULE(Hiera);

}  // namespace sam2
