#include "model/mlp.h"

#include "model/onednn_products.h"

namespace sam2 {

at::Tensor applyActivation(const at::Tensor& x, Activation activation) {
  switch (activation) {
    case Activation::Relu:
      return at::relu(x);
    case Activation::Gelu:
      return at::gelu(x);  // exact (erf) GELU, as nn.GELU()
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

at::Tensor MlpImpl::forward(at::Tensor x) {
  const size_t n = layers->size();
  for (size_t i = 0; i < n; ++i) {
    x = linear(layers->at<torch::nn::LinearImpl>(i), x);
    if (i + 1 < n) x = applyActivation(x, activation_);
  }
  return sigmoidOutput_ ? at::sigmoid(x) : x;
}

LayerNorm2dImpl::LayerNorm2dImpl(int64_t channels, double eps) : eps_(eps) {
  weight = register_parameter("weight", at::ones({channels}));
  bias = register_parameter("bias", at::zeros({channels}));
}

at::Tensor layerNorm(torch::nn::LayerNorm norm, const at::Tensor& x) {
  if (x.scalar_type() != at::kBFloat16 || !x.device().is_cpu()) return norm->forward(x);
  const auto& o = norm->options;
  const at::Tensor weight = norm->weight.defined() ? norm->weight.to(at::kFloat) : at::Tensor();
  const at::Tensor bias = norm->bias.defined() ? norm->bias.to(at::kFloat) : at::Tensor();
  return at::layer_norm(x.to(at::kFloat), o.normalized_shape(), weight, bias, o.eps()).to(at::kBFloat16);
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
