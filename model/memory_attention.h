#pragma once
// Memory attention of SAM 2 (model-internal header, uses LibTorch).
//
// The current frame's image tokens attend to themselves (self-attention) and then to the memory
// bank (cross-attention): spatial memories of earlier frames plus object-pointer tokens. Both
// attentions use 2D axial rotary position encoding (RoPE) on the spatial tokens; object-pointer
// tokens, which sit at the end of the memory, are left unrotated.
//
// Parameter names follow the official state dict: `layers.N.self_attn.q_proj.weight`,
// `layers.N.cross_attn_image.k_proj.weight`, `layers.N.linear1.weight`, `layers.N.norm1.weight`,
// ..., `norm.weight` (below `memory_attention.` in a full model).
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

#include "model/linear_amx.h"

namespace sam2 {

struct Sam2Config;

// The sizes and switches of the memory attention (MemoryAttention + MemoryAttentionLayer +
// RoPEAttention in the reference). Defaults are those of the official configs.
struct MemoryAttentionOptions {
  int64_t dModel = 256;
  int64_t numLayers = 4;
  int64_t dimFeedforward = 2048;
  int64_t numHeads = 1;
  int64_t downsampleRate = 1;
  double ropeTheta = 10000.0;
  int64_t featWidth = 64;   // RoPE grid (feat_sizes[0]); recomputed when the token count differs
  int64_t featHeight = 64;  // (feat_sizes[1])
  int64_t kvInDim = 64;     // channels of the memory (cross-attention keys/values)
  bool posEncAtInput = true;
  bool posEncAtAttn = false;
  bool posEncAtCrossAttnKeys = true;
  bool posEncAtCrossAttnQueries = false;
  bool ropeKRepeat = true;  // cross-attention: repeat the query grid's rotation over each memory frame
};

// Reads the memory-attention part of a model configuration (defined in memory_config.cpp).
MemoryAttentionOptions memoryAttentionOptions(const Sam2Config& config);

// Rotates consecutive channel pairs of x [B, heads, N, headDim] by the 2D axial RoPE angles of a
// gridWidth x gridHeight token grid; with repeatGrid the grid repeats along N (N must then be a
// multiple of the grid size). Computed in float32, returned in x's dtype.
at::Tensor applyAxialRope(const at::Tensor& x, int64_t gridWidth, int64_t gridHeight, double theta,
                          bool repeatGrid);

// Multi-head attention with rotary position encoding (the reference's RoPEAttention).
class RoPEAttentionImpl : public torch::nn::Module {
 public:
  RoPEAttentionImpl(int64_t embeddingDim, int64_t numHeads, int64_t downsampleRate, int64_t kvInDim,
                    double ropeTheta, bool ropeKRepeat, int64_t featWidth, int64_t featHeight);

  // q [B, Nq, C], k and v [B, Nk, kvInDim]. The last numKExcludeRope keys are not rotated.
  at::Tensor forward(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                     int64_t numKExcludeRope = 0);

  torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, out_proj{nullptr};

 private:
  int64_t numHeads_;
  double ropeTheta_;
  bool ropeKRepeat_;
  PackedWeights packed_;  // the projections' weights for the fused bfloat16 layers (linear_amx.h)
};
TORCH_MODULE(RoPEAttention);

// One layer: pre-norm self-attention, pre-norm cross-attention to the memory, pre-norm MLP (ReLU).
class MemoryAttentionLayerImpl : public torch::nn::Module {
 public:
  explicit MemoryAttentionLayerImpl(const MemoryAttentionOptions& options);

  // tgt [B, N, C], memory [B, M, kvInDim], queryPos [B, N, C]. memoryKeys [B, M, kvInDim]: the
  // cross-attention's key input, memory + its position encoding where the config adds it
  // (posEncAtCrossAttnKeys), else memory; the same for every layer, so the caller adds it once.
  at::Tensor forward(at::Tensor tgt, const at::Tensor& memory, const at::Tensor& memoryKeys,
                     const at::Tensor& queryPos, int64_t numKExcludeRope);

  RoPEAttention self_attn{nullptr};
  RoPEAttention cross_attn_image{nullptr};
  torch::nn::Linear linear1{nullptr}, linear2{nullptr};
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr}, norm3{nullptr};

 private:
  MemoryAttentionOptions options_;
  PackedWeights packed_;  // the MLP's weights for the fused bfloat16 layers (linear_amx.h)
};
TORCH_MODULE(MemoryAttentionLayer);

class MemoryAttentionImpl : public torch::nn::Module {
 public:
  explicit MemoryAttentionImpl(const MemoryAttentionOptions& options);
  explicit MemoryAttentionImpl(const Sam2Config& config);

  // Sequence-first layout as in the reference: curr and currPos [HW, B, C], memory and memoryPos
  // [M, B, kvInDim] where the last numObjPtrTokens tokens are object pointers. Returns the
  // memory-conditioned features [HW, B, C].
  at::Tensor forward(const at::Tensor& curr, const at::Tensor& memory, const at::Tensor& currPos,
                     const at::Tensor& memoryPos, int64_t numObjPtrTokens = 0);

  const MemoryAttentionOptions& options() const { return options_; }

  torch::nn::ModuleList layers{nullptr};
  torch::nn::LayerNorm norm{nullptr};

 private:
  MemoryAttentionOptions options_;
};
TORCH_MODULE(MemoryAttention);

}  // namespace sam2
