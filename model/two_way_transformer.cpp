#include "model/two_way_transformer.h"

#include <cmath>

#include "model/attention_kernels.h"
#include "model/error.h"
#include "model/onednn_products.h"
#include "model/mlp.h"

namespace sam2 {

at::Tensor scaledDotProductAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  // Blocked over queries so no full score matrix is ever allocated; see blockedAttention for the
  // precision of bfloat16 inputs.
  return blockedAttention(q, k, v);
}

at::Tensor separateHeads(const at::Tensor& x, int64_t numHeads) {
  const int64_t b = x.size(0), n = x.size(1), c = x.size(2);
  return x.reshape({b, n, numHeads, c / numHeads}).transpose(1, 2);
}

at::Tensor recombineHeads(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), n = x.size(2), d = x.size(3);
  return x.transpose(1, 2).reshape({b, n, h * d});
}

AttentionImpl::AttentionImpl(int64_t embeddingDim, int64_t numHeads, int64_t downsampleRate,
                             int64_t kvInDim)
    : numHeads_(numHeads), internalDim_(embeddingDim / downsampleRate) {
  if (kvInDim <= 0) kvInDim = embeddingDim;
  if (internalDim_ % numHeads != 0)
    throw Sam2Error("attention: " + std::to_string(numHeads) + " heads do not divide " +
                    std::to_string(internalDim_) + " channels");
  q_proj = register_module("q_proj", torch::nn::Linear(embeddingDim, internalDim_));
  k_proj = register_module("k_proj", torch::nn::Linear(kvInDim, internalDim_));
  v_proj = register_module("v_proj", torch::nn::Linear(kvInDim, internalDim_));
  out_proj = register_module("out_proj", torch::nn::Linear(internalDim_, embeddingDim));
}

at::Tensor AttentionImpl::forward(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  const at::Tensor qh = separateHeads(linear(*q_proj, q), numHeads_);
  const at::Tensor kh = separateHeads(linear(*k_proj, k), numHeads_);
  const at::Tensor vh = separateHeads(linear(*v_proj, v), numHeads_);
  return linear(*out_proj, recombineHeads(scaledDotProductAttention(qh, kh, vh)));
}

TwoWayAttentionBlockImpl::TwoWayAttentionBlockImpl(int64_t embeddingDim, int64_t numHeads,
                                                   int64_t mlpDim, int64_t attentionDownsampleRate,
                                                   bool skipFirstLayerPe)
    : skipFirstLayerPe_(skipFirstLayerPe) {
  auto ln = [&] { return torch::nn::LayerNorm(torch::nn::LayerNormOptions({embeddingDim})); };
  self_attn = register_module("self_attn", Attention(embeddingDim, numHeads));
  norm1 = register_module("norm1", ln());
  cross_attn_token_to_image = register_module(
      "cross_attn_token_to_image", Attention(embeddingDim, numHeads, attentionDownsampleRate));
  norm2 = register_module("norm2", ln());
  mlp = register_module("mlp", Mlp(embeddingDim, mlpDim, embeddingDim, 2, Activation::Relu));
  norm3 = register_module("norm3", ln());
  norm4 = register_module("norm4", ln());
  cross_attn_image_to_token = register_module(
      "cross_attn_image_to_token", Attention(embeddingDim, numHeads, attentionDownsampleRate));
}

std::pair<at::Tensor, at::Tensor> TwoWayAttentionBlockImpl::forward(at::Tensor queries,
                                                                     at::Tensor keys,
                                                                     const at::Tensor& queryPe,
                                                                     const at::Tensor& keyPe) {
  if (skipFirstLayerPe_) {
    queries = self_attn->forward(queries, queries, queries);
  } else {
    const at::Tensor q = queries + queryPe;
    queries = queries + self_attn->forward(q, q, queries);
  }
  queries = layerNorm(norm1, queries);

  at::Tensor q = queries + queryPe;
  at::Tensor k = keys + keyPe;
  queries = layerNorm(norm2, queries + cross_attn_token_to_image->forward(q, k, keys));

  queries = layerNorm(norm3, queries + mlp->forward(queries));

  q = queries + queryPe;
  k = keys + keyPe;
  keys = layerNorm(norm4, keys + cross_attn_image_to_token->forward(k, q, queries));
  return {queries, keys};
}

TwoWayTransformerImpl::TwoWayTransformerImpl(int64_t depth, int64_t embeddingDim, int64_t numHeads,
                                             int64_t mlpDim, int64_t attentionDownsampleRate) {
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < depth; ++i) {
    TwoWayAttentionBlock block(embeddingDim, numHeads, mlpDim, attentionDownsampleRate, i == 0);
    layers->push_back(block);
    blocks_.push_back(block);
  }
  final_attn_token_to_image = register_module(
      "final_attn_token_to_image", Attention(embeddingDim, numHeads, attentionDownsampleRate));
  norm_final_attn = register_module(
      "norm_final_attn", torch::nn::LayerNorm(torch::nn::LayerNormOptions({embeddingDim})));
}

std::pair<at::Tensor, at::Tensor> TwoWayTransformerImpl::forward(const at::Tensor& imageEmbedding,
                                                                  const at::Tensor& imagePe,
                                                                  const at::Tensor& pointEmbedding) {
  // [B, C, H, W] -> [B, HW, C]
  const at::Tensor imageTokens = imageEmbedding.flatten(2).permute({0, 2, 1});
  const at::Tensor imagePos = imagePe.flatten(2).permute({0, 2, 1});

  at::Tensor queries = pointEmbedding;
  at::Tensor keys = imageTokens;
  for (auto& block : blocks_) {
    std::tie(queries, keys) = block->forward(queries, keys, pointEmbedding, imagePos);
  }
  const at::Tensor q = queries + pointEmbedding;
  const at::Tensor k = keys + imagePos;
  queries = layerNorm(norm_final_attn, queries + final_attn_token_to_image->forward(q, k, keys));
  return {queries, keys};
}

}  // namespace sam2
