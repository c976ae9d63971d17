#pragma once
// The two-way transformer of SAM's mask decoder (model-internal): prompt tokens attend to the
// image, and the image attends back to the tokens. `Attention` (multi-head attention with an
// optional channel downsampling of the projections) is shared with the memory attention.
//
// Parameter names follow the official state dict, below `sam_mask_decoder.transformer.`:
// `layers.N.{self_attn,cross_attn_token_to_image,cross_attn_image_to_token}.{q,k,v,out}_proj.*`,
// `layers.N.mlp.layers.{0,1}.*`, `layers.N.norm{1..4}.*`, `final_attn_token_to_image.*`,
// `norm_final_attn.*`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "model/mlp.h"

namespace sam2 {

// softmax(q kᵀ / sqrt(d)) v for q [B, heads, Nq, d], k and v [B, heads, Nk, d], written out and
// computed in float32 whatever the inputs' dtype; the result has q's dtype.
at::Tensor scaledDotProductAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// [B, N, C] -> [B, heads, N, C / heads] and back.
at::Tensor separateHeads(const at::Tensor& x, int64_t numHeads);
at::Tensor recombineHeads(const at::Tensor& x);

// The image side of the first block's two cross-attentions depends on the image tokens and their
// position encoding only, not on the prompt: a session that asks for many prompts on one image
// (clicks without a mask input) computes it once (TwoWayTransformer::firstBlockImageSide) and
// passes it to forward(), which then skips two thirds of the first block's work over the image
// tokens.
struct FirstBlockImageSide {
  // On the CPU these two are kept in float32, the keys as a transposed view of [1, heads, d, HW]:
  // the attention of a few prompt tokens over them runs in float32 on that layout (heads of 16
  // channels), so no click converts or transposes them again.
  at::Tensor tokenToImageKeys;     // cross_attn_token_to_image.k_proj(image + pe), [1, heads, HW, d]
  at::Tensor tokenToImageValues;   // cross_attn_token_to_image.v_proj(image), [1, heads, HW, d]
  at::Tensor imageToTokenQueries;  // cross_attn_image_to_token.q_proj(image + pe), [1, HW, heads * d]
  at::Tensor imageTokens;          // the image (embedding plus dense prompt) as tokens, [1, HW, C]
  bool defined() const { return tokenToImageKeys.defined(); }
};

class AttentionImpl : public torch::nn::Module {
 public:
  AttentionImpl(int64_t embeddingDim, int64_t numHeads, int64_t downsampleRate = 1,
                int64_t kvInDim = -1);
  // q [B, Nq, embeddingDim], k and v [B, Nk, kvInDim] -> [B, Nq, embeddingDim].
  at::Tensor forward(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

  // forward() with the key and value projections already done and split into heads:
  // kProjected and vProjected [1 or B, heads, Nk, d].
  at::Tensor forwardProjectedKeys(const at::Tensor& q, const at::Tensor& kProjected,
                                  const at::Tensor& vProjected);
  // forward() with the query projection already done: qProjected [1 or B, Nq, internal dim]
  // (few keys and values, as the prompt tokens).
  at::Tensor forwardProjectedQueries(const at::Tensor& qProjected, const at::Tensor& k,
                                     const at::Tensor& v);

  int64_t numHeads() const { return numHeads_; }
  int64_t internalDim() const { return internalDim_; }

  torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, out_proj{nullptr};

 private:
  // forward() when the queries (or the keys and values) are only a few tokens: the same result
  // without projecting the many tokens of the other side (see the .cpp).
  at::Tensor forwardFewQueries(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);
  // (qProjected: the queries' projection when the caller has it, else undefined.)
  at::Tensor forwardFewKeys(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                            const at::Tensor& qProjected = {});

  int64_t numHeads_;
  int64_t internalDim_;
};
TORCH_MODULE(Attention);

// Self-attention of the tokens, tokens -> image, MLP on the tokens, image -> tokens.
class TwoWayAttentionBlockImpl : public torch::nn::Module {
 public:
  TwoWayAttentionBlockImpl(int64_t embeddingDim, int64_t numHeads, int64_t mlpDim,
                           int64_t attentionDownsampleRate, bool skipFirstLayerPe);
  // Returns the updated (queries, keys). imageSide: see FirstBlockImageSide (first block only).
  std::pair<at::Tensor, at::Tensor> forward(at::Tensor queries, at::Tensor keys,
                                            const at::Tensor& queryPe, const at::Tensor& keyPe,
                                            const FirstBlockImageSide* imageSide = nullptr);

  Attention self_attn{nullptr};
  torch::nn::LayerNorm norm1{nullptr};
  Attention cross_attn_token_to_image{nullptr};
  torch::nn::LayerNorm norm2{nullptr};
  Mlp mlp{nullptr};
  torch::nn::LayerNorm norm3{nullptr};
  torch::nn::LayerNorm norm4{nullptr};
  Attention cross_attn_image_to_token{nullptr};

 private:
  bool skipFirstLayerPe_;
};
TORCH_MODULE(TwoWayAttentionBlock);

class TwoWayTransformerImpl : public torch::nn::Module {
 public:
  TwoWayTransformerImpl(int64_t depth, int64_t embeddingDim, int64_t numHeads, int64_t mlpDim,
                        int64_t attentionDownsampleRate = 2);

  // imageEmbedding and imagePe [B, C, H, W], pointEmbedding [B, N, C].
  // Returns (tokens [B, N, C], image tokens [B, HW, C]).
  // firstBlock: from firstBlockImageSide() of the same imageEmbedding and imagePe, or null; with
  // it imageEmbedding may be undefined: its tokens are firstBlock's.
  std::pair<at::Tensor, at::Tensor> forward(const at::Tensor& imageEmbedding,
                                            const at::Tensor& imagePe,
                                            const at::Tensor& pointEmbedding,
                                            const FirstBlockImageSide* firstBlock = nullptr);

  // imageEmbedding and imagePe [1, C, H, W]: the prompt-independent part of the first block.
  FirstBlockImageSide firstBlockImageSide(const at::Tensor& imageEmbedding, const at::Tensor& imagePe);

  torch::nn::ModuleList layers{nullptr};
  Attention final_attn_token_to_image{nullptr};
  torch::nn::LayerNorm norm_final_attn{nullptr};

 private:
  std::vector<TwoWayAttentionBlock> blocks_;
};
TORCH_MODULE(TwoWayTransformer);

}  // namespace sam2
