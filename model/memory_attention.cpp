#include "model/memory_attention.h"

#include <torch/nn/functional/activation.h>

#include <c10/core/InferenceMode.h>

#include <cmath>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "model/attention_kernels.h"
#include "model/error.h"
#include "model/mlp.h"
#include "model/onednn_products.h"
#include "model/profile.h"

namespace sam2 {

namespace {

// The axial RoPE rotations as unit complex numbers, [gridWidth*gridHeight, headDim/2]: the first
// headDim/4 channel pairs rotate with the token's column, the others with its row; token t sits
// at column t % gridWidth, row t / gridWidth. Angles in float32 like the reference.
at::Tensor axialRopeRotations(int64_t headDim, int64_t gridWidth, int64_t gridHeight, double theta,
                              const at::Device& device) {
  const auto f32 = at::TensorOptions().dtype(at::kFloat).device(device);
  const int64_t quarter = headDim / 4;
  // theta ** (arange(0, dim, 4)[:dim/4] / dim), inverted.
  at::Tensor exponents = at::arange(0, headDim, 4, f32).slice(0, 0, quarter) / static_cast<double>(headDim);
  at::Tensor freqs = at::pow(at::scalar_tensor(theta, f32), exponents).reciprocal();
  at::Tensor t = at::arange(gridWidth * gridHeight, f32);
  at::Tensor tx = at::remainder(t, static_cast<double>(gridWidth));
  at::Tensor ty = at::floor_divide(t, static_cast<double>(gridWidth));
  at::Tensor angles = at::cat({at::outer(tx, freqs), at::outer(ty, freqs)}, 1);
  return at::polar(at::ones_like(angles), angles);
}

// The rotations are the same for every call with the same grid (8 calls per tracked frame and
// object): computed once per grid, head size, theta and device.
at::Tensor cachedRopeRotations(int64_t headDim, int64_t gridWidth, int64_t gridHeight, double theta,
                               const at::Device& device) {
  static std::mutex mutex;
  // Never destroyed: CUDA tensors must not be freed by static destructors after the CUDA runtime
  // has shut down.
  static auto& cache = *new std::map<std::tuple<int64_t, int64_t, int64_t, double, std::string>, at::Tensor>();
  const auto key = std::make_tuple(headDim, gridWidth, gridHeight, theta, device.str());
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  // A normal tensor, not an inference tensor, so callers outside inference mode can use it too.
  c10::InferenceMode normalTensors(false);
  at::Tensor rotations = axialRopeRotations(headDim, gridWidth, gridHeight, theta, device);
  if (cache.size() >= 16) cache.clear();  // a handful of grids in practice
  cache.emplace(key, rotations);
  return rotations;
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
  const at::Tensor rotations = cachedRopeRotations(headDim, gridWidth, gridHeight, theta, x.device());
  // Consecutive channel pairs as complex numbers, [..., repeats, gridTokens, headDim/2], times
  // the rotations (broadcast over the repeats of the grid).
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end() - 2);
  shape.insert(shape.end(), {n / gridTokens, gridTokens, headDim / 2, 2});
  const at::Tensor pairs = x.to(at::kFloat).contiguous().reshape(shape);
  const at::Tensor rotated = at::view_as_real(at::view_as_complex(pairs) * rotations);
  return rotated.reshape(x.sizes()).to(x.scalar_type());
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
  SAM2_PROFILE_SCOPE("attention.rope");
  at::Tensor q = separate(linearWithEpilogue(packed_, *q_proj, qIn));
  at::Tensor k = separate(linearWithEpilogue(packed_, *k_proj, kIn));
  // Values narrower than a head (the memory's 64 channels against 256 in the cross-attention)
  // are projected after the attention instead of before: softmax rows sum to one, so
  // P (m Wv^T + bv) = (P m) Wv^T + bv exactly, and the product with ~29k memory tokens runs on
  // 64 instead of 256 channels (a third of the cross-attention's time).
  const int64_t headDim = v_proj->weight.size(0) / numHeads_;
  const int64_t valueDim = vIn.size(-1);
  const bool projectValuesAfter = valueDim < headDim;
  at::Tensor v = projectValuesAfter
                     ? vIn.unsqueeze(1).expand({vIn.size(0), numHeads_, vIn.size(1), valueDim})
                     : separate(linearWithEpilogue(packed_, *v_proj, vIn));

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
  at::Tensor out;
  {
    SAM2_PROFILE_SCOPE("attention.rope.products");
    out = blockedAttention(q, k, v);
  }
  if (projectValuesAfter) {
    // [B, heads, Nq, valueDim] -> [B, heads, Nq, headDim] with each head's rows of Wv.
    const at::Tensor w = v_proj->weight.view({numHeads_, headDim, valueDim}).transpose(1, 2);
    out = at::matmul(out, w) + v_proj->bias.view({numHeads_, 1, headDim});
  }
  const int64_t b = out.size(0), n = out.size(2);
  out = out.transpose(1, 2).reshape({b, n, out.size(1) * out.size(3)});
  return linearWithEpilogue(packed_, *out_proj, out);
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

at::Tensor MemoryAttentionLayerImpl::forward(at::Tensor tgt, const at::Tensor& memory, const at::Tensor& memoryKeys,
                                             const at::Tensor& queryPos, int64_t numKExcludeRope) {
  // Self-attention. Each residual sum goes into the sublayer's own fresh output, and shares its
  // pass over the map with the norm after it (addThenLayerNorm); `tgt` itself is the caller's.
  at::Tensor x = layerNorm(norm1, tgt);
  {
    SAM2_PROFILE_SCOPE("memory_attention.self");
    at::Tensor qk = options_.posEncAtAttn ? x + queryPos : x;
    at::Tensor sum = self_attn->forward(qk, qk, x, 0);
    x = addThenLayerNorm(norm2, sum, tgt);
    tgt = sum;
  }
  // Cross-attention to the memory.
  {
    SAM2_PROFILE_SCOPE("memory_attention.cross");
    at::Tensor sum = cross_attn_image->forward(options_.posEncAtCrossAttnQueries ? x + queryPos : x,
                                               memoryKeys, memory, numKExcludeRope);
    x = addThenLayerNorm(norm3, sum, tgt);
    tgt = sum;
  }
  // MLP.
  SAM2_PROFILE_SCOPE("memory_attention.mlp");
  // (On AMX the ReLU and the residual add are the products' epilogues: linear_amx.h.)
  return linearWithEpilogue(packed_, *linear2, linearWithEpilogue(packed_, *linear1, x, LinearEpilogue::BiasRelu),
                            LinearEpilogue::BiasResidual, tgt);
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
  // The keys' input is the same in every layer: one add over the ~29k memory tokens, not one a layer.
  const at::Tensor memKeys = options_.posEncAtCrossAttnKeys ? mem + memoryPos.transpose(0, 1) : mem;
  for (const auto& layer : *layers)
    output = layer->as<MemoryAttentionLayerImpl>()->forward(output, mem, memKeys, queryPos, numObjPtrTokens);
  return layerNorm(norm, output).transpose(0, 1);
}

}  // namespace sam2
