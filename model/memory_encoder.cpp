#include "model/memory_encoder.h"

#include <torch/nn/modules/activation.h>

#include <cmath>

#include "model/error.h"

namespace sam2 {

MaskDownSamplerImpl::MaskDownSamplerImpl(const MemoryEncoderOptions& o) {
  const double steps = std::log2(static_cast<double>(o.downsamplerTotalStride)) /
                       std::log2(static_cast<double>(o.downsamplerStride));
  const int64_t numLayers = static_cast<int64_t>(std::floor(steps + 1e-9));
  int64_t check = 1;
  for (int64_t i = 0; i < numLayers; ++i) check *= o.downsamplerStride;
  if (check != o.downsamplerTotalStride) throw Sam2Error("mask downsampler: total stride is not a power of the stride");
  encoder = register_module("encoder", torch::nn::ModuleList());
  int64_t inChans = 1, outChans = 1;
  for (int64_t i = 0; i < numLayers; ++i) {
    outChans = inChans * o.downsamplerStride * o.downsamplerStride;
    encoder->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(inChans, outChans, o.downsamplerKernel)
                                             .stride(o.downsamplerStride)
                                             .padding(o.downsamplerPadding)));
    encoder->push_back(LayerNorm2d(outChans));
    encoder->push_back(torch::nn::GELU());
    inChans = outChans;
  }
  encoder->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(outChans, o.downsamplerEmbedDim, 1)));
}

at::Tensor MaskDownSamplerImpl::forward(const at::Tensor& mask) {
  at::Tensor x = mask;
  for (const auto& m : *encoder) {
    if (auto* conv = m->as<torch::nn::Conv2dImpl>())
      x = conv->forward(x);
    else if (auto* norm = m->as<LayerNorm2dImpl>())
      x = norm->forward(x);
    else
      x = activateOwned(x, Activation::Gelu);
  }
  return x;
}

CXBlockImpl::CXBlockImpl(const MemoryEncoderOptions& o) {
  if (o.cxLayerScaleInit > 0) gamma = register_parameter("gamma", at::full({o.cxDim}, o.cxLayerScaleInit));
  dwconv = register_module("dwconv", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.cxDim, o.cxDim, o.cxKernel)
                                                           .padding(o.cxPadding)
                                                           .groups(o.cxUseDwconv ? o.cxDim : 1)));
  norm = register_module("norm", LayerNorm2d(o.cxDim, 1e-6));
  pwconv1 = register_module("pwconv1", torch::nn::Linear(o.cxDim, 4 * o.cxDim));
  pwconv2 = register_module("pwconv2", torch::nn::Linear(4 * o.cxDim, o.cxDim));
}

at::Tensor CXBlockImpl::forward(const at::Tensor& input) {
  at::Tensor x = norm->forward(dwconv->forward(input));
  x = x.permute({0, 2, 3, 1});
  // The two point-wise layers with GELU in the first one's epilogue where the fused bfloat16 layers
  // run (linear_amx.h; the same bits as the separate steps), else as separate steps.
  x = linearWithEpilogue(packed_, *pwconv2, linearWithEpilogue(packed_, *pwconv1, x, LinearEpilogue::BiasGelu));
  if (gamma.defined()) x = gamma * x;
  return input + x.permute({0, 3, 1, 2});
}

FuserImpl::FuserImpl(const MemoryEncoderOptions& o) {
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < o.fuserNumLayers; ++i) layers->push_back(CXBlock(o));
}

at::Tensor FuserImpl::forward(at::Tensor x) {
  for (const auto& layer : *layers) x = layer->as<CXBlockImpl>()->forward(x);
  return x;
}

MemoryEncoderImpl::MemoryEncoderImpl(const MemoryEncoderOptions& o) : options_(o) {
  mask_downsampler = register_module("mask_downsampler", MaskDownSampler(o));
  pix_feat_proj = register_module("pix_feat_proj", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.inDim, o.inDim, 1)));
  fuser = register_module("fuser", Fuser(o));
  if (o.outDim != o.inDim)
    out_proj = register_module("out_proj", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.inDim, o.outDim, 1)));
}

MemoryEncoderImpl::MemoryEncoderImpl(const Sam2Config& config) : MemoryEncoderImpl(memoryEncoderOptions(config)) {}

MemoryEncoding MemoryEncoderImpl::forward(const at::Tensor& pixFeat, const at::Tensor& masksIn,
                                          bool skipMaskSigmoid) {
  at::Tensor masks = skipMaskSigmoid ? masksIn : at::sigmoid(masksIn);
  masks = mask_downsampler->forward(masks);
  at::Tensor x = pix_feat_proj->forward(pixFeat.to(masks.device())) + masks;
  x = fuser->forward(x);
  if (!out_proj.is_empty()) x = out_proj->forward(x);
  const auto& o = options_;
  at::Tensor pos = sinePositionEncoding2d(x.size(0), x.size(2), x.size(3), o.posNumFeats, o.posTemperature,
                                          o.posNormalize, o.posScale, x.options().dtype(at::kFloat))
                       .to(x.scalar_type());
  return {x, pos};
}

at::Tensor sinePositionEncoding2d(int64_t batch, int64_t height, int64_t width, int64_t numPosFeats,
                                  double temperature, bool normalize, double scale,
                                  const at::TensorOptions& options) {
  const auto f32 = options.dtype(at::kFloat);
  const int64_t half = numPosFeats / 2;
  at::Tensor y = at::arange(1, height + 1, f32).view({-1, 1}).expand({height, width});
  at::Tensor x = at::arange(1, width + 1, f32).view({1, -1}).expand({height, width});
  if (normalize) {
    const double eps = 1e-6;
    y = y / (static_cast<double>(height) + eps) * scale;
    x = x / (static_cast<double>(width) + eps) * scale;
  }
  // temperature ** (2 * (i // 2) / half), in float32 like the reference.
  at::Tensor dimT = at::floor_divide(at::arange(half, f32), 2.0) * 2.0 / static_cast<double>(half);
  dimT = at::pow(at::scalar_tensor(temperature, f32), dimT);
  auto interleave = [&](const at::Tensor& e) {
    at::Tensor p = e.unsqueeze(-1) / dimT;  // [H, W, half]
    at::Tensor s = p.slice(-1, 0, half, 2).sin(), c = p.slice(-1, 1, half, 2).cos();
    return at::stack({s, c}, -1).flatten(-2);
  };
  at::Tensor pos = at::cat({interleave(y), interleave(x)}, -1).permute({2, 0, 1});
  return pos.unsqueeze(0).expand({batch, -1, -1, -1}).contiguous();
}

}  // namespace sam2
