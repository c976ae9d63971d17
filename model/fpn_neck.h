#pragma once
// The feature pyramid neck and the image encoder (trunk + neck) of SAM 2 (model-internal).
//
// FpnNeck projects every trunk stage to d_model channels with a 1x1 conv; on the levels listed
// in fpn_top_down_levels it adds the coarser level, upsampled 2x (nearest for the official
// configs). Each level gets a sine position encoding. ImageEncoder drops the `scalp` coarsest
// levels. State-dict names: `image_encoder.neck.convs.N.conv.{weight,bias}` (convs.0 takes the
// deepest stage), `image_encoder.trunk.*`.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <vector>

#include "model/config.h"
#include "model/derived_cache.h"
#include "model/hiera.h"
#include "model/position_encoding.h"

namespace sam2 {

// One lateral projection (named `conv` inside `convs.N`, as in the reference's Sequential).
class FpnLateralImpl : public torch::nn::Module {
 public:
  FpnLateralImpl(int64_t inChannels, const FpnNeckConfig& config);
  at::Tensor forward(const at::Tensor& x) { return conv->forward(x); }
  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(FpnLateral);

struct FpnOutput {
  std::vector<at::Tensor> features;  // per level, highest resolution first, [B, d_model, H, W]
  std::vector<at::Tensor> positions; // matching sine position encodings
};

class FpnNeckImpl : public torch::nn::Module {
 public:
  explicit FpnNeckImpl(const FpnNeckConfig& config);
  // Trunk outputs, highest resolution first.
  FpnOutput forward(const std::vector<at::Tensor>& trunkOutputs);

  torch::nn::ModuleList convs{nullptr};

 private:
  FpnNeckConfig config_;
  std::vector<FpnLateral> laterals_;
  std::vector<int> topDownLevels_;
  DerivedTensorCache positionCache_;  // sine encodings per level size, dtype and device
};
TORCH_MODULE(FpnNeck);

struct ImageEncoderOutput {
  std::vector<at::Tensor> trunkOutputs;   // the Hiera stage outputs (for tests and debugging)
  std::vector<at::Tensor> backboneFpn;    // neck levels after the scalp, highest resolution first
  std::vector<at::Tensor> visionPosEnc;   // their position encodings
  at::Tensor visionFeatures;              // backboneFpn.back()
};

class ImageEncoderImpl : public torch::nn::Module {
 public:
  explicit ImageEncoderImpl(const ImageEncoderConfig& config);
  ImageEncoderOutput forward(const at::Tensor& image);

  Hiera trunk{nullptr};
  FpnNeck neck{nullptr};

 private:
  int scalp_;
};
TORCH_MODULE(ImageEncoder);

}  // namespace sam2
