#include "model/memory_attention.h"

#include <torch/nn/functional/activation.h>

#include <cmath>
#include <string>

#include "model/attention_kernels.h"
#include "model/error.h"

namespace sam2 {

namespace {

// cos and sin of the axial RoPE angles, [gridWidth*gridHeight, headDim/2] each, float32. The first
// headDim/4 channel pairs rotate with the token's column, the others with its row; token t sits
// at column t % gridWidth, row t / gridWidth.
std::pair<at::Tensor, at::Tensor> axialRopeAngles(int64_t headDim, int64_t gridWidth, int64_t gridHeight,
                                                  double theta, const at::Device& device) {
  const auto f32 = at::TensorOptions().dtype(at::kFloat).device(device);
  const int64_t quarter = headDim / 4;
  // theta ** (arange(0, dim, 4)[:dim/4] / dim), inverted, computed in float32 like the reference.
  at::Tensor exponents = at::arange(0, headDim, 4, f32).slice(0, 0, quarter) / static_cast<double>(headDim);
  at::Tensor freqs = at::pow(at::scalar_tensor(theta, f32), exponents).reciprocal();
  at::Tensor t = at::arange(gridWidth * gridHeight, f32);
  at::Tensor tx = at::remainder(t, static_cast<double>(gridWidth));
  at::Tensor ty = at::floor_divide(t, static_cast<double>(gridWidth));
  at::Tensor angles = at::cat({at::outer(tx, freqs), at::outer(ty, freqs)}, 1);
  return {at::cos(angles), at::sin(angles)};
}

}  // namespace

at::Tensor applyAxialRope(const at::Tensor& x, int64_t gridWidth, int64_t gridHeight, double theta,
                          bool repeatGrid) {
  const int64_t n = x.size(-2), headDim = x.size(-1);
  if (n == 0) return x;
  const int64_t gridTokens = gridWidth * gridHeight;
  if (headDim % 4 != 0) throw Sam2Error("RoPE needs a head dimension divisible by 4");
  if (n != gridTokens && !(repeatGrid && n % gridTokens == 0))
    throw Sam2Error("RoPE: " + std::to_string(n) + " tokens do not fit a " + std::to_string(gridWidth) + "x" +
                    std::to_string(gridHeight) + " grid");
  auto [cosA, sinA] = axialRopeAngles(headDim, gridWidth, gridHeight, theta, x.device());
  if (n != gridTokens) {
    const int64_t repeats = n / gridTokens;
    cosA = cosA.repeat({repeats, 1});
    sinA = sinA.repeat({repeats, 1});
  }
  at::Tensor xf = x.to(at::kFloat);
  std::vector<int64_t> pairShape(xf.sizes().begin(), xf.sizes().end());
  pairShape.back() = headDim / 2;
  pairShape.push_back(2);
  at::Tensor pairs = xf.reshape(pairShape);
  at::Tensor re = pairs.select(-1, 0), im = pairs.select(-1, 1);
  at::Tensor outRe = re * cosA - im * sinA;
  at::Tensor outIm = re * sinA + im * cosA;
  return at::stack({outRe, outIm}, -1).flatten(-2).to(x.scalar_type());
}

RoPEAttentionImpl::RoPEAttentionImpl(int64_t embeddingDim, int64_t numHeads, int64_t downsampleRate,
                                     int64_t kvInDim, double ropeTheta, bool ropeKRepeat, int64_t /*featWidth*/,
                                     int64_t /*featHeight*/)
    : numHeads_(numHeads), ropeTheta_(ropeTheta), ropeKRepeat_(ropeKRepeat) {
  const int64_t internalDim = embeddingDim / downsampleRate;
  if (numHeads <= 0 || internalDim % numHeads != 0) throw Sam2Error("RoPEAttention: heads must divide the width");
  q_proj = register_module("q_proj", torch::nn::Linear(embeddingDim, internalDim));
  k_proj = register_module("k_proj", torch::nn::Linear(kvInDim, internalDim));
  v_proj = register_module("v_proj", torch::nn::Linear(kvInDim, internalDim));
  out_proj = register_module("out_proj", torch::nn::Linear(internalDim, embeddingDim));
}

at::Tensor RoPEAttentionImpl::forward(const at::Tensor& qIn, const at::Tensor& kIn, const at::Tensor& vIn,
                                      int64_t numKExcludeRope) {
  auto separate = [this](const at::Tensor& x) {
    const int64_t b = x.size(0), n = x.size(1), c = x.size(2);
    return x.reshape({b, n, numHeads_, c / numHeads_}).transpose(1, 2);
  };
  at::Tensor q = separate(q_proj->forward(qIn));
  at::Tensor k = separate(k_proj->forward(kIn));
  at::Tensor v = separate(v_proj->forward(vIn));

  // The query grid is square (the reference takes sqrt of the token count).
  const int64_t side = static_cast<int64_t>(std::llround(std::sqrt(static_cast<double>(q.size(-2)))));
  if (side * side != q.size(-2)) throw Sam2Error("RoPEAttention expects a square token grid");
  if (q.size(-2) != k.size(-2) && !ropeKRepeat_)
    throw Sam2Error("RoPEAttention: key count differs from query count without rope_k_repeat");
  q = applyAxialRope(q, side, side, ropeTheta_, false);
  const int64_t numKRope = k.size(-2) - numKExcludeRope;
  if (numKRope > 0) {
    at::Tensor rotated = applyAxialRope(k.narrow(-2, 0, numKRope), side, side, ropeTheta_, ropeKRepeat_);
    k = numKExcludeRope > 0 ? at::cat({rotated, k.narrow(-2, numKRope, numKExcludeRope)}, -2) : rotated;
  }

  // softmax(q k^T / sqrt(d)) v, written out (see GOLDEN_FORMAT.md "Attention"), in query blocks:
  // the scores of ~4k queries against ~29k memory tokens would be 470 MB per matrix.
  at::Tensor out = blockedAttention(q, k, v);
  const int64_t b = out.size(0), n = out.size(2);
  out = out.transpose(1, 2).reshape({b, n, out.size(1) * out.size(3)});
  return out_proj->forward(out);
}

MemoryAttentionLayerImpl::MemoryAttentionLayerImpl(const MemoryAttentionOptions& o) : options_(o) {
  self_attn = register_module("self_attn", RoPEAttention(o.dModel, o.numHeads, o.downsampleRate, o.dModel,
                                                         o.ropeTheta, false, o.featWidth, o.featHeight));
  cross_attn_image =
      register_module("cross_attn_image", RoPEAttention(o.dModel, o.numHeads, o.downsampleRate, o.kvInDim,
                                                        o.ropeTheta, o.ropeKRepeat, o.featWidth, o.featHeight));
  linear1 = register_module("linear1", torch::nn::Linear(o.dModel, o.dimFeedforward));
  linear2 = register_module("linear2", torch::nn::Linear(o.dimFeedforward, o.dModel));
  norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dModel})));
  norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dModel})));
  norm3 = register_module("norm3", torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dModel})));
}

at::Tensor MemoryAttentionLayerImpl::forward(at::Tensor tgt, const at::Tensor& memory, const at::Tensor& pos,
                                             const at::Tensor& queryPos, int64_t numKExcludeRope) {
  // Self-attention.
  at::Tensor x = norm1->forward(tgt);
  at::Tensor qk = options_.posEncAtAttn ? x + queryPos : x;
  tgt = tgt + self_attn->forward(qk, qk, x, 0);
  // Cross-attention to the memory.
  x = norm2->forward(tgt);
  tgt = tgt + cross_attn_image->forward(options_.posEncAtCrossAttnQueries ? x + queryPos : x,
                                        options_.posEncAtCrossAttnKeys ? memory + pos : memory, memory,
                                        numKExcludeRope);
  // MLP.
  x = norm3->forward(tgt);
  x = linear2->forward(at::relu(linear1->forward(x)));
  return tgt + x;
}

MemoryAttentionImpl::MemoryAttentionImpl(const MemoryAttentionOptions& o) : options_(o) {
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < o.numLayers; ++i) layers->push_back(MemoryAttentionLayer(o));
  norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dModel})));
}

MemoryAttentionImpl::MemoryAttentionImpl(const Sam2Config& config)
    : MemoryAttentionImpl(memoryAttentionOptions(config)) {}

at::Tensor MemoryAttentionImpl::forward(const at::Tensor& curr, const at::Tensor& memory, const at::Tensor& currPos,
                                        const at::Tensor& memoryPos, int64_t numObjPtrTokens) {
  if (curr.size(1) != memory.size(1)) throw Sam2Error("memory attention: batch sizes of frame and memory differ");
  at::Tensor output = curr;
  if (options_.posEncAtInput && currPos.defined()) output = output + 0.1 * currPos;
  // Batch first inside the layers.
  output = output.transpose(0, 1);
  const at::Tensor queryPos = currPos.transpose(0, 1);
  const at::Tensor mem = memory.transpose(0, 1);
  const at::Tensor memPos = memoryPos.transpose(0, 1);
  for (const auto& layer : *layers)
    output = layer->as<MemoryAttentionLayerImpl>()->forward(output, mem, memPos, queryPos, numObjPtrTokens);
  return norm->forward(output).transpose(0, 1);
}

}  // namespace sam2
