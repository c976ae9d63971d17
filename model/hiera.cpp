#include "model/hiera.h"

#include <algorithm>
#include <string>

#include "model/error.h"
#include "model/linear_amx.h"
#include "model/mlp.h"
#include "model/onednn_products.h"
#include "model/profile.h"
#include "model/two_way_transformer.h"

namespace sam2 {

namespace {

// Max-pools a [B, H, W, C] map with kernel = stride = qStride (floor mode).
at::Tensor maxPoolChannelsLast(const at::Tensor& x, std::array<int64_t, 2> qStride) {
  const at::Tensor nchw = x.permute({0, 3, 1, 2});
  const at::Tensor pooled = at::max_pool2d(nchw, {qStride[0], qStride[1]}, {qStride[0], qStride[1]});
  return pooled.permute({0, 2, 3, 1});
}

torch::nn::LayerNorm hieraNorm(int64_t dim) {
  return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-6));
}

}  // namespace

std::pair<at::Tensor, std::array<int64_t, 2>> windowPartition(const at::Tensor& x, int64_t ws) {
  const int64_t b = x.size(0), h = x.size(1), w = x.size(2), c = x.size(3);
  const int64_t padH = (ws - h % ws) % ws, padW = (ws - w % ws) % ws;
  at::Tensor padded = x;
  if (padH > 0 || padW > 0) padded = at::constant_pad_nd(x, {0, 0, 0, padW, 0, padH}, 0);
  const int64_t hp = h + padH, wp = w + padW;
  at::Tensor windows = padded.reshape({b, hp / ws, ws, wp / ws, ws, c})
                           .permute({0, 1, 3, 2, 4, 5})
                           .reshape({-1, ws, ws, c});
  return {windows, {hp, wp}};
}

at::Tensor windowUnpartition(const at::Tensor& windows, int64_t ws, std::array<int64_t, 2> padded,
                             std::array<int64_t, 2> size) {
  const int64_t hp = padded[0], wp = padded[1];
  const int64_t b = windows.size(0) / (hp * wp / ws / ws);
  at::Tensor x = windows.reshape({b, hp / ws, wp / ws, ws, ws, -1})
                     .permute({0, 1, 3, 2, 4, 5})
                     .reshape({b, hp, wp, -1});
  if (hp > size[0] || wp > size[1]) x = x.slice(1, 0, size[0]).slice(2, 0, size[1]);
  return x;
}

MultiScaleAttentionImpl::MultiScaleAttentionImpl(int64_t dim, int64_t dimOut, int64_t numHeads,
                                                 std::array<int64_t, 2> qStride, bool qPool)
    : numHeads_(numHeads), qStride_(qStride), qPool_(qPool) {
  qkv = register_module("qkv", torch::nn::Linear(dim, dimOut * 3));
  proj = register_module("proj", torch::nn::Linear(dimOut, dimOut));
}

at::Tensor MultiScaleAttentionImpl::forward(const at::Tensor& x) {
  const int64_t b = x.size(0);
  int64_t h = x.size(1), w = x.size(2);
  const at::Tensor qkvOut = linearWithEpilogue(packed_, *qkv, x).reshape({b, h * w, 3, numHeads_, -1});
  at::Tensor q = qkvOut.select(2, 0);  // [B, HW, heads, d]
  const at::Tensor k = qkvOut.select(2, 1);
  const at::Tensor v = qkvOut.select(2, 2);
  if (qPool_) {
    const at::Tensor pooled = maxPoolChannelsLast(q.reshape({b, h, w, -1}), qStride_);
    h = pooled.size(1);
    w = pooled.size(2);
    q = pooled.reshape({b, h * w, numHeads_, -1});
  }
  const at::Tensor out =
      scaledDotProductAttention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2));
  return linearWithEpilogue(packed_, *proj, out.transpose(1, 2).reshape({b, h, w, -1}));
}

MultiScaleBlockImpl::MultiScaleBlockImpl(int64_t dim, int64_t dimOut, int64_t numHeads, bool qPool,
                                         std::array<int64_t, 2> qStride, int64_t windowSize)
    : dim_(dim), dimOut_(dimOut), qPool_(qPool), qStride_(qStride), windowSize_(windowSize) {
  norm1 = register_module("norm1", hieraNorm(dim));
  attn = register_module("attn", MultiScaleAttention(dim, dimOut, numHeads, qStride, qPool));
  norm2 = register_module("norm2", hieraNorm(dimOut));
  mlp = register_module("mlp", Mlp(dimOut, static_cast<int64_t>(dimOut * 4.0), dimOut, 2,
                                   Activation::Gelu));
  if (dim != dimOut) proj = register_module("proj", torch::nn::Linear(dim, dimOut));
}

at::Tensor MultiScaleBlockImpl::pool(const at::Tensor& x) const {
  return qPool_ ? maxPoolChannelsLast(x, qStride_) : x;
}

at::Tensor MultiScaleBlockImpl::forward(const at::Tensor& input) {
  at::Tensor shortcut = input;  // [B, H, W, C]
  at::Tensor x = layerNorm(norm1, input);
  if (dim_ != dimOut_) shortcut = pool(linear(*proj, x));

  int64_t ws = windowSize_;
  std::array<int64_t, 2> size{x.size(1), x.size(2)};
  std::array<int64_t, 2> padded = size;
  if (ws > 0) std::tie(x, padded) = windowPartition(x, ws);

  {
    SAM2_PROFILE_SCOPE("encode.hiera.attention");
    x = attn->forward(x);
  }
  if (qPool_) {
    // The queries were pooled inside each window: windows and the map shrank by the stride.
    ws = windowSize_ / qStride_[0];
    size = {shortcut.size(1), shortcut.size(2)};
    if (ws > 0) padded = {size[0] + (ws - size[0] % ws) % ws, size[1] + (ws - size[1] % ws) % ws};
  }
  if (windowSize_ > 0) x = windowUnpartition(x, ws, padded, size);

  // The residual adds go into tensors this block made (the attention's and the MLP's outputs),
  // not into fresh ones: the same sums, bit for bit, with one map-sized allocation fewer each.
  // (Never into `shortcut`: it is the caller's tensor, kept as a stage output.) Measured on the
  // encoder of tiny at 1024, 2 threads: 50-90 ms less in bfloat16, 20-85 ms in float32, more than
  // the adds themselves take: the fresh outputs pushed the working set out of cache. The first
  // add shares its pass over the map with the norm after it (addThenLayerNorm).
  SAM2_PROFILE_SCOPE("encode.hiera.mlp");
  at::Tensor normed;
  if (x.is_contiguous()) {
    normed = addThenLayerNorm(norm2, x, shortcut);
  } else {  // a view of padded windows
    x = shortcut + x;
    normed = layerNorm(norm2, x);
  }
  // (On AMX the residual add is the second product's epilogue: MlpImpl::forwardAdding.)
  return mlp->forwardAdding(normed, x);
}

PatchEmbedImpl::PatchEmbedImpl(int64_t embedDim) {
  proj = register_module(
      "proj", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, embedDim, 7).stride(4).padding(3)));
}

at::Tensor PatchEmbedImpl::forward(const at::Tensor& x) {
  // A channels-last input gives a channels-last output, so the [B, H, W, C] map is contiguous for
  // the position embedding's add and the first block's norm.
  return proj->forward(x.contiguous(at::MemoryFormat::ChannelsLast)).permute({0, 2, 3, 1});
}

HieraImpl::HieraImpl(const HieraConfig& config) : config_(config) {
  const auto& c = config_;
  if (c.stages.empty() || c.stages.size() != c.window_spec.size())
    throw Sam2Error("Hiera config: stages and window_spec must have the same, non-zero length");
  int64_t total = 0;
  for (int s : c.stages) {
    total += s;
    stageEnds_.push_back(total - 1);
  }
  if (c.q_pool < 0 || c.q_pool > static_cast<int>(stageEnds_.size()) - 1)
    throw Sam2Error("Hiera config: q_pool must be between 0 and the number of stages - 1");
  std::vector<int64_t> qPoolBlocks;
  for (int i = 0; i < c.q_pool; ++i) qPoolBlocks.push_back(stageEnds_[i] + 1);
  auto contains = [](const auto& list, int64_t v) {
    return std::find(list.begin(), list.end(), v) != list.end();
  };

  int64_t embedDim = c.embed_dim;
  int64_t numHeads = c.num_heads;
  pos_embed = register_parameter(
      "pos_embed", at::zeros({1, embedDim, c.window_pos_embed_bkg_spatial_size[0],
                              c.window_pos_embed_bkg_spatial_size[1]}));
  pos_embed_window = register_parameter(
      "pos_embed_window", at::zeros({1, embedDim, c.window_spec[0], c.window_spec[0]}));
  patch_embed = register_module("patch_embed", PatchEmbed(embedDim));
  blocks = register_module("blocks", torch::nn::ModuleList());

  size_t stage = 1;
  for (int64_t i = 0; i < total; ++i) {
    int64_t dimOut = embedDim;
    // The window size lags by one block: a stage's first block keeps the previous stage's.
    int64_t windowSize = c.window_spec[stage - 1];
    if (contains(c.global_att_blocks, static_cast<int>(i))) windowSize = 0;
    if (contains(stageEnds_, i - 1)) {
      dimOut = static_cast<int64_t>(embedDim * c.dim_mul);
      numHeads = static_cast<int64_t>(numHeads * c.head_mul);
      ++stage;
    }
    const std::array<int64_t, 2> qStride{c.q_stride[0], c.q_stride[1]};
    MultiScaleBlock block(embedDim, dimOut, numHeads, contains(qPoolBlocks, i), qStride, windowSize);
    blocks->push_back(block);
    blockList_.push_back(block);
    embedDim = dimOut;
  }
}

std::vector<int64_t> HieraImpl::channelList() const {
  std::vector<int64_t> channels;
  if (config_.return_interm_layers) {
    for (auto it = stageEnds_.rbegin(); it != stageEnds_.rend(); ++it)
      channels.push_back(blockList_[*it]->dimOut());
  } else {
    channels.push_back(blockList_.back()->dimOut());
  }
  return channels;
}

at::Tensor HieraImpl::positionEmbedding(int64_t h, int64_t w) const {
  const std::string key = std::to_string(h) + "x" + std::to_string(w) + DerivedTensorCache::describe(pos_embed) +
                          DerivedTensorCache::describe(pos_embed_window);
  return positionCache_.get(key, [&] { return computePositionEmbedding(h, w); });
}

at::Tensor HieraImpl::computePositionEmbedding(int64_t h, int64_t w) const {
  // Bicubic interpolation in float32 (not every backend interpolates bfloat16).
  at::Tensor pos = at::upsample_bicubic2d(pos_embed.to(at::kFloat), {h, w}, /*align_corners=*/false,
                                          c10::nullopt, c10::nullopt)
                       .to(pos_embed.scalar_type());
  const int64_t wh = pos_embed_window.size(2), ww = pos_embed_window.size(3);
  if (h % wh != 0 || w % ww != 0)
    throw Sam2Error("Hiera: the patch grid " + std::to_string(h) + "x" + std::to_string(w) +
                    " is not a multiple of the window embedding " + std::to_string(wh) + "x" +
                    std::to_string(ww) + "; use an image_size that the config supports");
  pos = pos + pos_embed_window.repeat({1, 1, h / wh, w / ww});
  return pos.permute({0, 2, 3, 1}).contiguous();
}

std::vector<at::Tensor> HieraImpl::forward(const at::Tensor& image) {
  SAM2_PROFILE_SCOPE("encode.hiera");
  at::Tensor x = patch_embed->forward(image);  // [B, H, W, C]
  x = x + positionEmbedding(x.size(1), x.size(2));
  std::vector<at::Tensor> outputs;
  const int64_t last = stageEnds_.back();
  for (int64_t i = 0; i <= last; ++i) {
    x = blockList_[i]->forward(x);
    const bool isStageEnd = std::find(stageEnds_.begin(), stageEnds_.end(), i) != stageEnds_.end();
    if (i == last || (isStageEnd && config_.return_interm_layers))
      outputs.push_back(x.permute({0, 3, 1, 2}));
  }
  return outputs;
}

}  // namespace sam2
