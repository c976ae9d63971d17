#include "model/mlp.h"

#include <utility>

#include "model/add_bf16.h"
#include "model/bf16_tensor.h"
#include "model/gelu_bf16.h"
#include "model/layer_norm_bf16.h"
#include "model/linear_amx.h"
#include "model/onednn_products.h"

namespace sam2 {

at::Tensor reluInPlace(at::Tensor x) {
  if (x.scalar_type() == at::kBFloat16 && x.device().is_cpu()) {
    x.view(at::kShort).clamp_min_(0);
    return x;
  }
  return x.relu_();
}

at::Tensor activateOwned(at::Tensor x, Activation activation) {
  switch (activation) {
    case Activation::Relu:
      return reluInPlace(std::move(x));
    case Activation::Gelu:
      if (isContiguousCpuBf16(x) && geluBf16Available()) return geluBf16(x, {}, at::kBFloat16, /*inPlace=*/true);
      if (isContiguousCpuMap(x) && x.scalar_type() == at::kFloat && geluFloatAvailable()) {
        geluFloatInPlace(x);
        return x;
      }
      return at::gelu(x);  // (ATen's in-place GELU measured slower)
  }
  return x;
}

MlpImpl::MlpImpl(int64_t inputDim, int64_t hiddenDim, int64_t outputDim, int64_t numLayers,
                 Activation activation, bool sigmoidOutput)
    : activation_(activation), sigmoidOutput_(sigmoidOutput) {
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < numLayers; ++i) {
    const int64_t in = i == 0 ? inputDim : hiddenDim;
    const int64_t out = i == numLayers - 1 ? outputDim : hiddenDim;
    layers->push_back(torch::nn::Linear(in, out));
  }
}

bool MlpImpl::isGeluPair() const { return layers->size() == 2 && activation_ == Activation::Gelu && !sigmoidOutput_; }

at::Tensor MlpImpl::forwardAdding(at::Tensor x, const at::Tensor& residual) {
  if (!isGeluPair()) {
    at::Tensor out = forward(std::move(x));
    return addInPlace(out, residual);
  }
  const at::Tensor h = linearWithEpilogue(packedWeights_, layers->at<torch::nn::LinearImpl>(0), x,
                                          LinearEpilogue::BiasGelu);
  return linearWithEpilogue(packedWeights_, layers->at<torch::nn::LinearImpl>(1), h, LinearEpilogue::BiasResidual,
                            residual);
}

at::Tensor MlpImpl::forward(at::Tensor x) {
  if (isGeluPair()) {
    const at::Tensor h = linearWithEpilogue(packedWeights_, layers->at<torch::nn::LinearImpl>(0), x,
                                            LinearEpilogue::BiasGelu);
    return linearWithEpilogue(packedWeights_, layers->at<torch::nn::LinearImpl>(1), h);
  }
  const size_t n = layers->size();
  for (size_t i = 0; i < n; ++i) {
    x = linear(layers->at<torch::nn::LinearImpl>(i), x);
    if (i + 1 < n) x = activateOwned(std::move(x), activation_);
  }
  return sigmoidOutput_ ? at::sigmoid(x) : x;
}

LayerNorm2dImpl::LayerNorm2dImpl(int64_t channels, double eps) : eps_(eps) {
  weight = register_parameter("weight", at::ones({channels}));
  bias = register_parameter("bias", at::zeros({channels}));
}

namespace {

// Whether layer_norm_bf16.h's pass runs this norm: a contiguous bfloat16 or float32 CPU map
// normalised over its channels (with an addend of its shape and dtype, or none), on AVX-512 (or
// AVX2 for float32).
bool layerNormKernelApplies(const at::Tensor& x, at::IntArrayRef shape, const at::Tensor& weight,
                            const at::Tensor& bias, const at::Tensor& addend) {
  return isContiguousCpuMap(x) && isMatchingMapAddend(addend, x) && shape.size() == 1 && x.dim() >= 1 && shape[0] == x.size(-1) && weight.defined() &&
         bias.defined() && (x.scalar_type() == at::kFloat ? layerNormFloatAvailable() : layerNormBf16Available());
}

// at::layer_norm of x (+ residual) in the input's dtype, except that bfloat16 CPU inputs are
// normalised in float32 (see layerNorm in mlp.h); the affine parameters are taken to that dtype.
at::Tensor layerNormViaFloat(const at::Tensor& x, at::IntArrayRef shape, const at::Tensor& weight,
                             const at::Tensor& bias, double eps, const at::Tensor& residual) {
  const bool viaFloat = x.scalar_type() == at::kBFloat16 && x.device().is_cpu();
  // The usual case, a contiguous map normalised over its channels, in one pass on AVX-512.
  if (layerNormKernelApplies(x, shape, weight, bias, residual))
    return x.scalar_type() == at::kFloat ? layerNormFloat(x, weight, bias, eps, residual)
                                         : layerNormBf16(x, weight, bias, eps, residual);
  const at::Tensor input = residual.defined() ? x + residual : x;
  const auto type = viaFloat ? at::kFloat : input.scalar_type();
  const at::Tensor w = weight.defined() ? weight.to(type) : at::Tensor();
  const at::Tensor b = bias.defined() ? bias.to(type) : at::Tensor();
  return at::layer_norm(input.to(type), shape, w, b, eps).to(input.scalar_type());
}

}  // namespace

at::Tensor layerNorm(torch::nn::LayerNorm norm, const at::Tensor& x, const at::Tensor& residual) {
  const auto& o = norm->options;
  return layerNormViaFloat(x, o.normalized_shape(), norm->weight, norm->bias, o.eps(), residual);
}

at::Tensor addThenLayerNorm(torch::nn::LayerNorm norm, at::Tensor& x, const at::Tensor& addend) {
  const auto& o = norm->options;
  if (addend.defined() && layerNormKernelApplies(x, o.normalized_shape(), norm->weight, norm->bias, addend))
    return x.scalar_type() == at::kFloat ? addThenLayerNormFloat(x, addend, norm->weight, norm->bias, o.eps())
                                         : addThenLayerNormBf16(x, addend, norm->weight, norm->bias, o.eps());
  x.add_(addend);
  return layerNorm(norm, x);
}

at::Tensor& addInPlace(at::Tensor& x, const at::Tensor& y) {
  if (isContiguousCpuBf16(x) && y.defined() && isMatchingBf16Addend(y, x) && addBf16Available())
    return addBf16InPlace(x, y);
  x.add_(y);
  return x;
}

at::Tensor sumOf(const at::Tensor& x, const at::Tensor& y) {
  if (isContiguousCpuBf16(x) && y.defined() && isMatchingBf16Addend(y, x) && addBf16Available()) return addBf16(x, y);
  return x + y;
}

at::Tensor LayerNorm2dImpl::forwardChannelsLast(const at::Tensor& x, const at::Tensor& residual) const {
  return layerNormViaFloat(x, {x.size(-1)}, weight, bias, eps_, residual);
}

at::Tensor LayerNorm2dImpl::forward(const at::Tensor& input) const {
  // bfloat16 on the CPU in float32, as layerNorm above.
  const bool viaFloat = input.scalar_type() == at::kBFloat16 && input.device().is_cpu();
  const at::Tensor x = viaFloat ? input.to(at::kFloat) : input;
  // Same arithmetic as the reference: biased variance over dim 1, then affine per channel.
  const at::Tensor mean = x.mean(1, /*keepdim=*/true);
  const at::Tensor centered = x - mean;
  const at::Tensor var = centered.pow(2).mean(1, /*keepdim=*/true);
  at::Tensor y = centered / at::sqrt(var + eps_);
  // (The conversions are no-ops unless the bfloat16 input went through float32.)
  y = y * weight.to(x.scalar_type()).view({1, -1, 1, 1}) + bias.to(x.scalar_type()).view({1, -1, 1, 1});
  return y.to(input.scalar_type());
}

}  // namespace sam2
