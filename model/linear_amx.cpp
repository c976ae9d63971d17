#include "model/linear_amx.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <vector>

#include "model/attention_amx.h"
#include "model/error.h"
#include "model/gelu_bf16.h"
#include "model/mlp.h"
#include "model/onednn_products.h"
#include "model/profile.h"

namespace sam2 {

namespace detail {
// attention_amx_kernel.cpp: key tiles [begin, end) of keys [nk, d] in the tiles' layout; the
// tile registers' shapes for the calling thread, and their release.
void amxPackKeys(const uint16_t* keys, int64_t ld, int64_t nk, int64_t d, uint16_t* packed, int64_t tileBegin,
                 int64_t tileEnd);
void amxTilesConfigure();
void amxTilesRelease();
// linear_amx_kernel.cpp: whether it was built with AMX; rows [0, rows) of x [rows, k] (row stride
// ldx) times the packed weight [n, k], through the epilogue (LinearEpilogue's value: bias; bias,
// GELU by the table; bias, ReLU; bias, + residual) into out; padded: 32 x k values for a last
// partial pair of rows.
bool amxLinearCompiled();
void amxLinearRows(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight,
                   const float* bias, int64_t n, int epilogue, const uint16_t* geluTable, const uint16_t* residual,
                   int64_t ldr, uint16_t* out, int64_t ldo, uint16_t* padded);
// The same with AVX-512 BF16's dot products instead of the tiles.
void dotLinearRows(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight,
                   const float* bias, int64_t n, int epilogue, const uint16_t* geluTable, const uint16_t* residual,
                   int64_t ldr, uint16_t* out, int64_t ldo, uint16_t* padded);
}  // namespace detail

namespace {
uint16_t* words(const at::Tensor& t) { return reinterpret_cast<uint16_t*>(t.data_ptr<at::BFloat16>()); }
}  // namespace

bool amxLinearTakes(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias) {
  if (!x.defined() || !weight.defined() || !bias.defined() || x.dim() < 1 || weight.dim() != 2) return false;
  const int64_t in = weight.size(1), out = weight.size(0);
  if (x.scalar_type() != at::kBFloat16 || weight.scalar_type() != at::kBFloat16 || !x.device().is_cpu() ||
      !weight.device().is_cpu() || !x.is_contiguous() || x.size(-1) != in || bias.numel() != out)
    return false;
  return in % 32 == 0 && out % 32 == 0 && in > 0 && x.numel() / in >= 256 && detail::amxLinearCompiled() &&
         fusedAttentionKernel() != FusedAttentionKernel::None;
}

at::Tensor amxPackWeight(const at::Tensor& weight) {
  if (weight.dim() != 2 || weight.scalar_type() != at::kBFloat16 || weight.size(0) % 32 != 0 || weight.size(1) % 32 != 0)
    throw Sam2Error("amxPackWeight: needs a bfloat16 [out, in] weight with multiples of 32");
  const at::Tensor w = weight.contiguous();
  at::Tensor packed = at::empty({weight.numel()}, w.options());
  detail::amxPackKeys(words(w), w.size(1), w.size(0), w.size(1), words(packed), 0, w.size(0) / 16);
  return packed;
}

at::Tensor amxLinear(const at::Tensor& x, const at::Tensor& packedWeight, const at::Tensor& bias,
                     LinearEpilogue epilogue, const at::Tensor& residual, FusedAttentionKernel kernel) {
  const int64_t in = x.size(-1), out = bias.numel();
  if (!x.is_contiguous() || x.scalar_type() != at::kBFloat16 || packedWeight.numel() != in * out || in % 32 != 0 ||
      out % 32 != 0 || kernel == FusedAttentionKernel::None || !fusedAttentionRuns(kernel))
    throw Sam2Error("amxLinear: needs a contiguous bfloat16 CPU input and a packed weight of its width, on AMX or "
                    "AVX-512 BF16");
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
  shape.back() = out;
  at::Tensor result = at::empty(shape, x.options());
  if (epilogue == LinearEpilogue::BiasResidual &&
      (!residual.defined() || residual.sizes() != result.sizes() || !residual.is_contiguous() ||
       residual.scalar_type() != at::kBFloat16))
    throw Sam2Error("amxLinear: the residual must be a contiguous bfloat16 tensor of the result's shape");
  const int64_t rows = x.numel() / in;
  if (rows == 0) return result;
  if (profile::enabled()) profile::addProduct({1, rows, out, in});
  const at::Tensor biasFloat = bias.to(at::kFloat).contiguous();
  const uint16_t* table = epilogue == LinearEpilogue::BiasGelu ? exactGeluBf16Table() : nullptr;
  const uint16_t* residualWords = epilogue == LinearEpilogue::BiasResidual ? words(residual) : nullptr;
  // One contiguous range of row pairs per thread: each passes its rows over the packed weights
  // block by block (linear_amx_kernel.cpp).
  const int64_t pairs = (rows + 31) / 32;
  const int64_t threads = std::max<int64_t>(1, at::get_num_threads());
  at::parallel_for(0, pairs, (pairs + threads - 1) / threads, [&](int64_t begin, int64_t end) {
    thread_local std::vector<uint16_t> padded;
    if (static_cast<int64_t>(padded.size()) < 32 * in) padded.resize(static_cast<size_t>(32 * in));
    const int64_t first = begin * 32, last = std::min(rows, end * 32);
    const bool tiles = kernel == FusedAttentionKernel::Amx;
    if (tiles) detail::amxTilesConfigure();
    (tiles ? detail::amxLinearRows : detail::dotLinearRows)(words(x) + first * in, in, last - first, in, words(packedWeight), biasFloat.data_ptr<float>(),
                          out, static_cast<int>(epilogue), table, residualWords ? residualWords + first * out : nullptr, out,
                          words(result) + first * out, out, padded.data());
    if (tiles) detail::amxTilesRelease();
  });
  return result;
}

at::Tensor PackedWeights::of(const at::Tensor& weight) const {
  return cache_.get("amx:" + DerivedTensorCache::describe(weight), [&] { return amxPackWeight(weight); });
}

at::Tensor linearWithEpilogue(const PackedWeights& packed, torch::nn::LinearImpl& layer, const at::Tensor& x,
                              LinearEpilogue epilogue, const at::Tensor& residual) {
  // A strided bfloat16 input (Hiera's windows are a permuted view) is copied once, as the product
  // on oneDNN would copy it.
  const bool candidate =
      x.scalar_type() == at::kBFloat16 && x.device().is_cpu() && fusedAttentionKernel() != FusedAttentionKernel::None;
  const at::Tensor input = candidate && !x.is_contiguous() ? x.contiguous() : x;
  if (amxLinearTakes(input, layer.weight, layer.bias)) {
    if (epilogue != LinearEpilogue::BiasResidual) return amxLinear(input, packed.of(layer.weight), layer.bias, epilogue);
    std::vector<int64_t> shape(input.sizes().begin(), input.sizes().end());
    shape.back() = layer.weight.size(0);
    if (residual.scalar_type() == at::kBFloat16 && residual.is_contiguous() && residual.sizes() == at::IntArrayRef(shape))
      return amxLinear(input, packed.of(layer.weight), layer.bias, epilogue, residual);
  }
  at::Tensor out = linear(layer, input);
  switch (epilogue) {
    case LinearEpilogue::Bias:
      return out;
    case LinearEpilogue::BiasGelu:
      return activateOwned(std::move(out), Activation::Gelu);
    case LinearEpilogue::BiasRelu:
      return reluInPlace(std::move(out));
    case LinearEpilogue::BiasResidual:
      return addInPlace(out, residual);
  }
  return out;
}

}  // namespace sam2
