#pragma once
// Memory encoder of SAM 2 (model-internal header, uses LibTorch).
//
// Turns a frame's image features and its predicted mask into a memory: the mask is downsampled
// to the feature grid (MaskDownSampler), added to projected image features, mixed by ConvNeXt
// blocks (Fuser of CXBlocks) and projected to the memory width; a sine position encoding of the
// grid goes with it.
//
// Parameter names follow the official state dict (below `memory_encoder.` in a full model):
// `mask_downsampler.encoder.{0,1,3,4,...}.{weight,bias}`, `pix_feat_proj.*`,
// `fuser.layers.N.{gamma,dwconv.*,norm.*,pwconv1.*,pwconv2.*}`, `out_proj.*`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

#include "model/linear_amx.h"
#include "model/mlp.h"

namespace sam2 {

struct Sam2Config;

// Defaults are those of the official configs.
struct MemoryEncoderOptions {
  int64_t outDim = 64;   // memory width (mem_dim)
  int64_t inDim = 256;   // image feature width (hidden_dim)
  // MaskDownSampler
  int64_t downsamplerEmbedDim = 256;
  int64_t downsamplerKernel = 3;
  int64_t downsamplerStride = 2;
  int64_t downsamplerPadding = 1;
  int64_t downsamplerTotalStride = 16;
  // Fuser of CXBlocks
  int64_t fuserNumLayers = 2;
  int64_t cxDim = 256;
  int64_t cxKernel = 7;
  int64_t cxPadding = 3;
  double cxLayerScaleInit = 1e-6;  // > 0: the block has a `gamma` parameter
  bool cxUseDwconv = true;
  // PositionEmbeddingSine
  int64_t posNumFeats = 64;
  double posTemperature = 10000.0;
  bool posNormalize = true;
  double posScale = 6.283185307179586;  // 2 pi, the reference's default when scale is None
};

// Reads the memory-encoder part of a model configuration (defined in memory_config.cpp).
MemoryEncoderOptions memoryEncoderOptions(const Sam2Config& config);

class MaskDownSamplerImpl : public torch::nn::Module {
 public:
  explicit MaskDownSamplerImpl(const MemoryEncoderOptions& options);
  at::Tensor forward(const at::Tensor& mask);  // [B, 1, S, S] -> [B, embedDim, S/16, S/16]
  torch::nn::ModuleList encoder{nullptr};
};
TORCH_MODULE(MaskDownSampler);

class CXBlockImpl : public torch::nn::Module {
 public:
  explicit CXBlockImpl(const MemoryEncoderOptions& options);
  at::Tensor forward(const at::Tensor& x);
  at::Tensor gamma;  // undefined when cxLayerScaleInit <= 0
  torch::nn::Conv2d dwconv{nullptr};
  LayerNorm2d norm{nullptr};
  torch::nn::Linear pwconv1{nullptr}, pwconv2{nullptr};

 private:
  PackedWeights packed_;  // pwconv1's and pwconv2's weights for the fused bfloat16 layers (linear_amx.h)
};
TORCH_MODULE(CXBlock);

class FuserImpl : public torch::nn::Module {
 public:
  explicit FuserImpl(const MemoryEncoderOptions& options);
  at::Tensor forward(at::Tensor x);
  torch::nn::ModuleList layers{nullptr};
};
TORCH_MODULE(Fuser);

struct MemoryEncoding {
  at::Tensor features;  // [B, outDim, H, W]
  at::Tensor posEnc;    // [B, outDim, H, W] (same for every frame)
};

class MemoryEncoderImpl : public torch::nn::Module {
 public:
  explicit MemoryEncoderImpl(const MemoryEncoderOptions& options);
  explicit MemoryEncoderImpl(const Sam2Config& config);

  // pixFeat [B, inDim, H, W]; masks [B, 1, 16H, 16W] (logits, or already scaled probabilities
  // with skipMaskSigmoid).
  MemoryEncoding forward(const at::Tensor& pixFeat, const at::Tensor& masks,
                         bool skipMaskSigmoid = false);

  const MemoryEncoderOptions& options() const { return options_; }

  MaskDownSampler mask_downsampler{nullptr};
  torch::nn::Conv2d pix_feat_proj{nullptr};
  Fuser fuser{nullptr};
  torch::nn::Conv2d out_proj{nullptr};  // null when outDim == inDim (identity)

 private:
  MemoryEncoderOptions options_;
};
TORCH_MODULE(MemoryEncoder);

// The sine position encoding of an H x W grid (PositionEmbeddingSine), [B, numPosFeats, H, W].
at::Tensor sinePositionEncoding2d(int64_t batch, int64_t height, int64_t width, int64_t numPosFeats,
                                  double temperature, bool normalize, double scale,
                                  const at::TensorOptions& options);

}  // namespace sam2
