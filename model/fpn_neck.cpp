#include "model/fpn_neck.h"

#include <algorithm>

#include "model/error.h"

namespace sam2 {

FpnLateralImpl::FpnLateralImpl(int64_t inChannels, const FpnNeckConfig& config) {
  conv = register_module(
      "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, config.d_model, config.kernel_size)
                                    .stride(config.stride)
                                    .padding(config.padding)));
}

FpnNeckImpl::FpnNeckImpl(const FpnNeckConfig& config) : config_(config) {
  if (config.fuse_type != "sum" && config.fuse_type != "avg")
    throw Sam2Error("FPN neck: fuse_type must be 'sum' or 'avg', not '" + config.fuse_type + "'");
  if (config.fpn_interp_model != "nearest" && config.fpn_interp_model != "bilinear")
    throw Sam2Error("FPN neck: fpn_interp_model '" + config.fpn_interp_model +
                    "' is not supported (nearest, bilinear)");
  convs = register_module("convs", torch::nn::ModuleList());
  for (int channels : config.backbone_channel_list) {
    FpnLateral lateral(channels, config);
    convs->push_back(lateral);
    laterals_.push_back(lateral);
  }
  if (config.fpn_top_down_levels) {
    topDownLevels_ = *config.fpn_top_down_levels;
  } else {
    for (size_t i = 0; i < laterals_.size(); ++i) topDownLevels_.push_back(static_cast<int>(i));
  }
}

FpnOutput FpnNeckImpl::forward(const std::vector<at::Tensor>& xs) {
  const int n = static_cast<int>(laterals_.size()) - 1;
  if (static_cast<int>(xs.size()) != n + 1)
    throw Sam2Error("FPN neck: expected " + std::to_string(n + 1) + " trunk levels, got " +
                    std::to_string(xs.size()));
  FpnOutput out;
  out.features.resize(xs.size());
  out.positions.resize(xs.size());
  SineEmbeddingOptions sine;
  sine.numPosFeats = config_.position_encoding.num_pos_feats;
  sine.temperature = config_.position_encoding.temperature;
  sine.normalize = config_.position_encoding.normalize;
  sine.scale = config_.position_encoding.scale.value_or(6.283185307179586);

  at::Tensor prev;
  // Top-down: from the coarsest level to the finest.
  for (int i = n; i >= 0; --i) {
    const at::Tensor lateral = laterals_[n - i]->forward(xs[i]);
    const bool topDown =
        std::find(topDownLevels_.begin(), topDownLevels_.end(), i) != topDownLevels_.end();
    if (topDown && prev.defined()) {
      const at::Tensor prevF = prev.to(at::kFloat);
      const std::vector<double> scale{2.0, 2.0};
      at::Tensor up;
      if (config_.fpn_interp_model == "nearest") {
        up = at::upsample_nearest2d(prevF, c10::nullopt, scale);
      } else {
        up = at::upsample_bilinear2d(prevF, c10::nullopt, /*align_corners=*/false, scale);
      }
      prev = (lateral.to(at::kFloat) + up).to(lateral.scalar_type());
      if (config_.fuse_type == "avg") prev = prev / 2;
    } else {
      prev = lateral;
    }
    out.features[i] = prev;
    // The same for every image of a size: made once, kept for batch 1 and expanded.
    const int64_t h = prev.size(2), w = prev.size(3);
    const std::string key = std::to_string(h) + "x" + std::to_string(w) + std::string(c10::toString(prev.scalar_type())) +
                            "@" + prev.device().str();
    const at::Tensor pos = positionCache_.get(
        key, [&] { return sinePositionEmbedding(1, h, w, sine, prev.options()).to(prev.scalar_type()); });
    out.positions[i] = pos.expand({prev.size(0), -1, -1, -1});
  }
  return out;
}

ImageEncoderImpl::ImageEncoderImpl(const ImageEncoderConfig& config) : scalp_(config.scalp) {
  trunk = register_module("trunk", Hiera(config.trunk));
  neck = register_module("neck", FpnNeck(config.neck));
  const auto channels = trunk->channelList();
  const auto& expected = config.neck.backbone_channel_list;
  if (channels.size() != expected.size() ||
      !std::equal(channels.begin(), channels.end(), expected.begin()))
    throw Sam2Error("image encoder: the trunk's stage channels do not match the neck's "
                    "backbone_channel_list; check embed_dim, dim_mul and backbone_channel_list");
}

ImageEncoderOutput ImageEncoderImpl::forward(const at::Tensor& image) {
  ImageEncoderOutput out;
  out.trunkOutputs = trunk->forward(image);
  FpnOutput fpn = neck->forward(out.trunkOutputs);
  const size_t keep = fpn.features.size() - std::min<size_t>(scalp_, fpn.features.size() - 1);
  out.backboneFpn.assign(fpn.features.begin(), fpn.features.begin() + keep);
  out.visionPosEnc.assign(fpn.positions.begin(), fpn.positions.begin() + keep);
  out.visionFeatures = out.backboneFpn.back();
  return out;
}

}  // namespace sam2
