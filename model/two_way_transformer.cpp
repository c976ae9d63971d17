#include "model/two_way_transformer.h"

#include <cmath>

#include "model/attention_kernels.h"
#include "model/error.h"
#include "model/mlp.h"
#include "model/onednn_products.h"
#include "model/softmax_bf16.h"

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

namespace {

// a [B, M, K] times b [B, N, K] transposed -> [B, M, N], as one 2-D product per batch entry
// (productWithTransposed: float32 CPU rows on oneDNN when it pays). Not one batched product:
// LibTorch 1.13's batched bfloat16 product first copies a transposed operand (measured 0.70
// against 0.12 ms for [64, 256] by the transposed [4096, 256] image tokens).
at::Tensor batchedProductWithTransposed(const at::Tensor& a, const at::Tensor& b, const at::Tensor& bias = {}) {
  if (a.size(0) == 1) return productWithTransposed(a[0], b[0], bias).unsqueeze(0);
  std::vector<at::Tensor> parts;
  for (int64_t i = 0; i < a.size(0); ++i) parts.push_back(productWithTransposed(a[i], b[i], bias));
  return at::stack(parts);
}

// Soft-max over the last dim; bfloat16 CPU scores in float32 and back (LibTorch 1.13's bfloat16
// soft-max over rows of 8 took 0.65 ms for the decoder's 4,096 x 64 scores, float32 0.2).
at::Tensor softmaxLastDim(const at::Tensor& scores) {
  if (scores.scalar_type() == at::kBFloat16 && scores.device().is_cpu())
    return at::_softmax(scores.to(at::kFloat), -1, false).to(at::kBFloat16);
  return at::_softmax(scores, -1, /*half_to_float=*/false);
}

}  // namespace

at::Tensor AttentionImpl::forward(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  // In the mask decoder one side is a handful of prompt tokens and the other 4,096 image tokens.
  // Projecting the image side (two 256x128 products of 4,096 rows per attention, plus the
  // 128x256 output projection when the image side asks) costs far more than the attention
  // itself; with heads x tokens below the internal width it is cheaper to carry the few tokens'
  // projections over to the image side (see the two functions below). Same result up to rounding.
  if (v.size(1) == k.size(1) && numHeads_ * q.size(1) < internalDim_ && k.size(1) > 4 * q.size(1))
    return forwardFewQueries(q, k, v);
  if (numHeads_ * k.size(1) < internalDim_ && q.size(1) > 4 * k.size(1)) return forwardFewKeys(q, k, v);
  const at::Tensor qh = separateHeads(linear(*q_proj, q), numHeads_);
  const at::Tensor kh = separateHeads(linear(*k_proj, k), numHeads_);
  const at::Tensor vh = separateHeads(linear(*v_proj, v), numHeads_);
  return linear(*out_proj, recombineHeads(scaledDotProductAttention(qh, kh, vh)));
}

at::Tensor AttentionImpl::forwardFewQueries(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  // Head h's scores are Q_h K_h^T with K_h = k Wk_h^T + bk_h, i.e. (Q_h Wk_h) k^T plus a term
  // that is constant along each row (Q_h . bk_h) and that the soft-max removes. Its output is
  // P_h (k Wv_h^T + bv_h) = (P_h v) Wv_h^T + bv_h, as the rows of P_h sum to one. So the keys
  // and values are never projected: the product runs on heads x Nq rows of the input width.
  const int64_t b = q.size(0), nq = q.size(1), heads = numHeads_, d = internalDim_ / heads;
  const int64_t kvDim = k.size(2);
  const double scale = 1.0 / std::sqrt(static_cast<double>(d));
  const at::Tensor qh = separateHeads(linear(*q_proj, q), heads);  // [B, H, Nq, d]
  const at::Tensor wk = k_proj->weight.view({heads, d, kvDim});
  const at::Tensor wv = v_proj->weight.view({heads, d, kvDim});
  const at::Tensor queriesIn = (at::matmul(qh, wk) * scale).reshape({b, heads * nq, kvDim});
  at::Tensor scores = batchedProductWithTransposed(queriesIn, k);  // [B, H*Nq, Nk]
  // float32 on the model's own kernels where they run (softmax_bf16.h; a click's 64 x 4,096 scores:
  // 0.03 against ATen's 0.10 ms, measured on their own); bfloat16 keeps ATen's here.
  const at::Tensor probs = scores.scalar_type() == at::kFloat ? softmaxRowsInPlace(scores)
                                                              : at::_softmax(scores, -1, /*half_to_float=*/false);
  const at::Tensor mixed = batchedProductWithTransposed(probs, v.transpose(1, 2)).view({b, heads, nq, kvDim});
  const at::Tensor out = at::matmul(mixed, wv.transpose(1, 2)) + v_proj->bias.view({1, heads, 1, d});
  return linear(*out_proj, recombineHeads(out));
}

at::Tensor AttentionImpl::forwardProjectedKeys(const at::Tensor& q, const at::Tensor& kProjected,
                                               const at::Tensor& vProjected) {
  const at::Tensor qh = separateHeads(linear(*q_proj, q), numHeads_);
  const int64_t b = qh.size(0);
  const at::Tensor kh = kProjected.expand({b, -1, -1, -1});
  const at::Tensor vh = vProjected.expand({b, -1, -1, -1});
  return linear(*out_proj, recombineHeads(scaledDotProductAttention(qh, kh, vh)));
}

at::Tensor AttentionImpl::forwardProjectedQueries(const at::Tensor& qProjected, const at::Tensor& k,
                                                  const at::Tensor& v) {
  return forwardFewKeys(at::Tensor(), k, v, qProjected);
}

at::Tensor AttentionImpl::forwardFewKeys(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                                         const at::Tensor& qProjected) {
  // The mirror image: scores_h = (q Wq_h^T + bq_h) K_h^T = q (Wq_h^T K_h^T) + bq_h K_h^T, and the
  // output projection of concat_h(P_h V_h) is sum_h P_h (V_h Wo_h^T), with Wo_h head h's columns
  // of Wo. The queries are never projected and the output projection runs on heads x Nk rows.
  const int64_t b = k.size(0), nk = k.size(1), heads = numHeads_, d = internalDim_ / heads,
                dim = out_proj->weight.size(0);
  const int64_t nq = qProjected.defined() ? qProjected.size(1) : q.size(1);
  const double scale = 1.0 / std::sqrt(static_cast<double>(d));
  const at::Tensor kh = separateHeads(linear(*k_proj, k), heads);  // [B, H, Nk, d]
  const at::Tensor vh = separateHeads(linear(*v_proj, v), heads);
  at::Tensor scores;  // [B, Nq, H*Nk]
  if (qProjected.defined()) {
    // Projected queries [1 or B, Nq, H*d] against a block-diagonal [H*Nk, H*d] key matrix
    // (row (h, j) holds K_h[j] in head h's channels): every head's scores in one product.
    at::Tensor blocks = at::zeros({b, heads, nk, heads, d}, kh.options());
    blocks.diagonal(0, 1, 3).copy_(kh.permute({0, 2, 3, 1}) * scale);  // [B, Nk, d, H]
    scores = batchedProductWithTransposed(qProjected.expand({b, -1, -1}),
                                          blocks.view({b, heads * nk, heads * d}));
  } else {
    const at::Tensor wq = q_proj->weight.view({heads, d, dim});
    // keysIn [B, H*Nk, C]: row (h, j) is Wq_h^T K_h[j] scaled; keyBias [B, 1, H*Nk] is bq_h . K_h[j].
    const at::Tensor keysIn = (at::matmul(kh, wq) * scale).reshape({b, heads * nk, dim});
    const at::Tensor keyBias =
        (at::matmul(kh, q_proj->bias.view({heads, d, 1})) * scale).reshape({b, 1, heads * nk});
    scores = batchedProductWithTransposed(q, keysIn) + keyBias;
  }
  const at::Tensor probs = softmaxLastDim(scores.view({b, nq, heads, nk})).view({b, nq, heads * nk});
  // valuesOut [B, C, H*Nk] (transposed for the product): row (h, j) is Wo_h V_h[j].
  const at::Tensor wo = out_proj->weight.view({dim, heads, d}).permute({1, 2, 0});  // [H, d, C]
  const at::Tensor valuesOut = at::matmul(vh, wo).reshape({b, heads * nk, dim}).transpose(1, 2).contiguous();
  return batchedProductWithTransposed(probs, valuesOut, out_proj->bias);
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
                                                                     const at::Tensor& keyPe,
                                                                     const FirstBlockImageSide* imageSide) {
  if (skipFirstLayerPe_) {
    queries = self_attn->forward(queries, queries, queries);
  } else {
    const at::Tensor q = queries + queryPe;
    queries = queries + self_attn->forward(q, q, queries);
  }
  queries = layerNorm(norm1, queries);

  if (imageSide) {
    // The same steps with the image side's projections given (see FirstBlockImageSide).
    at::Tensor q = queries + queryPe;
    queries = layerNorm(norm2, queries, cross_attn_token_to_image->forwardProjectedKeys(
                                            q, imageSide->tokenToImageKeys, imageSide->tokenToImageValues));
    queries = layerNorm(norm3, queries, mlp->forward(queries));
    q = queries + queryPe;
    keys = layerNorm(norm4, keys, cross_attn_image_to_token->forwardProjectedQueries(
                                      imageSide->imageToTokenQueries, q, queries));
    return {queries, keys};
  }
  // (The keys do not change until the last step, so keys + keyPe serves both cross-attentions.)
  const at::Tensor k = sumOf(keys, keyPe);
  at::Tensor q = queries + queryPe;
  queries = layerNorm(norm2, queries, cross_attn_token_to_image->forward(q, k, keys));

  queries = layerNorm(norm3, queries, mlp->forward(queries));

  q = queries + queryPe;
  keys = layerNorm(norm4, keys, cross_attn_image_to_token->forward(k, q, queries));
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

namespace {

// [B, C, H, W] -> [B, HW, C], contiguous: every step after this adds or normalises image tokens,
// and on transposed views those passes ran several times slower. (Free for channels-last maps.)
at::Tensor imageTokensOf(const at::Tensor& map) { return map.flatten(2).transpose(1, 2).contiguous(); }

}  // namespace

FirstBlockImageSide TwoWayTransformerImpl::firstBlockImageSide(const at::Tensor& imageEmbedding,
                                                               const at::Tensor& imagePe) {
  const at::Tensor tokens = imageTokensOf(imageEmbedding);
  const at::Tensor withPe = tokens + imageTokensOf(imagePe);
  TwoWayAttentionBlockImpl& first = *blocks_.front();
  FirstBlockImageSide side;
  // Split into heads once here, so that no click copies them into that layout.
  const int64_t heads = first.cross_attn_token_to_image->numHeads();
  const at::Tensor keys = separateHeads(linear(*first.cross_attn_token_to_image->k_proj, withPe), heads);
  const at::Tensor values = separateHeads(linear(*first.cross_attn_token_to_image->v_proj, tokens), heads);
  if (keys.device().is_cpu()) {
    side.tokenToImageKeys = keys.to(at::kFloat).transpose(2, 3).contiguous().transpose(2, 3);
    side.tokenToImageValues = values.to(at::kFloat).contiguous();
  } else {
    side.tokenToImageKeys = keys.contiguous();
    side.tokenToImageValues = values.contiguous();
  }
  side.imageToTokenQueries = linear(*first.cross_attn_image_to_token->q_proj, withPe);
  side.imageTokens = tokens;
  return side;
}

std::pair<at::Tensor, at::Tensor> TwoWayTransformerImpl::forward(const at::Tensor& imageEmbedding,
                                                                  const at::Tensor& imagePe,
                                                                  const at::Tensor& pointEmbedding,
                                                                  const FirstBlockImageSide* firstBlock) {
  const bool cached = firstBlock && firstBlock->defined();
  if (!imageEmbedding.defined() && !(cached && firstBlock->imageTokens.defined()))
    throw Sam2Error("two-way transformer: no image embedding and no cached image tokens");
  // (The cached tokens are only read: every step below writes its results to new tensors.)
  const at::Tensor imageTokens = imageEmbedding.defined()
                                     ? imageTokensOf(imageEmbedding)
                                     : firstBlock->imageTokens.expand({pointEmbedding.size(0), -1, -1}).contiguous();
  const at::Tensor imagePos = imageTokensOf(imagePe);

  at::Tensor queries = pointEmbedding;
  at::Tensor keys = imageTokens;
  for (size_t i = 0; i < blocks_.size(); ++i) {
    std::tie(queries, keys) = blocks_[i]->forward(queries, keys, pointEmbedding, imagePos,
                                                  i == 0 && cached ? firstBlock : nullptr);
  }
  const at::Tensor q = queries + pointEmbedding;
  const at::Tensor k = sumOf(keys, imagePos);
  queries = layerNorm(norm_final_attn, queries, final_attn_token_to_image->forward(q, k, keys));
  return {queries, keys};
}

}  // namespace sam2
