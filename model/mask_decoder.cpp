#include "model/mask_decoder.h"

#include <torch/nn/modules/activation.h>

#include <utility>

#include "model/bf16_tensor.h"
#include "model/gelu_bf16.h"
#include "model/onednn_products.h"
#include "model/profile.h"

namespace sam2 {

namespace {

// The upscaling's transposed convolutions (kernel 2, stride 2, no padding: the only ones SAM 2
// has) on channels-last maps: x [B, H, W, Ci] -> [B, 2H, 2W, Co]. Each input pixel becomes a 2x2
// block of the output, out[2y+i, 2x+j, co] = sum_ci x[y, x, ci] w[ci, co, i, j] + b[co], so the
// convolution is one matrix product of the pixels with the weight as a [Ci, 2*2*Co] matrix,
// followed by a copy that moves whole Co-channel rows into place. Measured with the tiny model
// (click to mask): LibTorch's oneDNN deconvolution took 3.3 + 5.6 ms in float32 and mistakes a
// bfloat16 weight layout on the CPU; the NCHW layout around it cost another 9 ms in transposes
// and a written-out channel norm.
// The product alone: [B, H, W, 2, 2, Co], block (i, j) of input pixel (y, x) being output pixel
// (2y + i, 2x + j).
at::Tensor upscaleBlocks(torch::nn::ConvTranspose2d& conv, const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), w = x.size(2), ci = x.size(3);
  const at::Tensor weight = conv->weight.to(x.scalar_type());  // [Ci, Co, 2, 2]
  const int64_t co = weight.size(1);
  // Rows ordered (i, j, co), so each output pixel's channels are contiguous.
  const at::Tensor rows = weight.permute({2, 3, 1, 0}).reshape({4 * co, ci});
  const at::Tensor bias = conv->bias.to(x.scalar_type()).repeat({4});
  const at::Tensor y = productWithTransposed(x.reshape({b * h * w, ci}), rows, bias);  // [BHW, 4Co]
  return y.view({b, h, w, 2, 2, co});
}

// upscaleBlocks' result with each block moved into place: [B, 2H, 2W, Co].
at::Tensor placeBlocks(const at::Tensor& blocks) {
  const int64_t b = blocks.size(0), h = blocks.size(1), w = blocks.size(2), co = blocks.size(5);
  return blocks.permute({0, 1, 3, 2, 4, 5}).reshape({b, 2 * h, 2 * w, co});
}

at::Tensor upscale(torch::nn::ConvTranspose2d& conv, const at::Tensor& x) { return placeBlocks(upscaleBlocks(conv, x)); }

}  // namespace

MaskDecoderImpl::MaskDecoderImpl(const MaskDecoderOptions& o)
    : options_(o), numMaskTokens_(o.numMultimaskOutputs + 1) {
  const int64_t dim = o.transformerDim;
  transformer = register_module(
      "transformer", TwoWayTransformer(o.transformerDepth, dim, o.transformerHeads,
                                       o.transformerMlpDim, o.attentionDownsampleRate));
  iou_token = register_module("iou_token", torch::nn::Embedding(1, dim));
  mask_tokens = register_module("mask_tokens", torch::nn::Embedding(numMaskTokens_, dim));
  if (o.predObjScores) obj_score_token = register_module("obj_score_token", torch::nn::Embedding(1, dim));

  // Indices as in the reference's Sequential: deconv, LayerNorm2d, GELU, deconv, GELU.
  upscaleConv0_ = torch::nn::ConvTranspose2d(
      torch::nn::ConvTranspose2dOptions(dim, dim / 4, 2).stride(2));
  upscaleNorm_ = LayerNorm2d(dim / 4);
  upscaleConv1_ = torch::nn::ConvTranspose2d(
      torch::nn::ConvTranspose2dOptions(dim / 4, dim / 8, 2).stride(2));
  output_upscaling = register_module("output_upscaling", torch::nn::ModuleList());
  output_upscaling->push_back(upscaleConv0_);
  output_upscaling->push_back(upscaleNorm_);
  output_upscaling->push_back(torch::nn::GELU());
  output_upscaling->push_back(upscaleConv1_);
  output_upscaling->push_back(torch::nn::GELU());

  if (o.useHighResFeatures) {
    conv_s0 = register_module("conv_s0", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim / 8, 1)));
    conv_s1 = register_module("conv_s1", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim / 4, 1)));
  }
  output_hypernetworks_mlps = register_module("output_hypernetworks_mlps", torch::nn::ModuleList());
  for (int64_t i = 0; i < numMaskTokens_; ++i) {
    Mlp mlp(dim, dim, dim / 8, 3);
    output_hypernetworks_mlps->push_back(mlp);
    hypernetworks_.push_back(mlp);
  }
  iou_prediction_head = register_module(
      "iou_prediction_head", Mlp(dim, o.iouHeadHiddenDim, numMaskTokens_, o.iouHeadDepth,
                                 Activation::Relu, o.iouPredictionUseSigmoid));
  if (o.predObjScores) {
    if (o.predObjScoresMlp) {
      objScoreMlp = register_module("pred_obj_score_head", Mlp(dim, dim, 1, 3));
    } else {
      objScoreLinear = register_module("pred_obj_score_head", torch::nn::Linear(dim, 1));
    }
  }
}

FirstBlockImageSide MaskDecoderImpl::firstBlockImageSide(const at::Tensor& imageEmbedding,
                                                         const at::Tensor& imagePe, const at::Tensor& dense) {
  return transformer->firstBlockImageSide(imageEmbedding + dense, imagePe);
}

at::Tensor MaskDecoderImpl::hypernetworkOutputs(const at::Tensor& maskTokens) {
  // Each mask token has its own three-layer ReLU MLP (built so in the constructor). Run one by
  // one they were twelve products of a single row, each mostly call overhead (0.56 ms of a
  // bfloat16 click); with each layer's weights stacked over the tokens, [T, in, out], they are
  // three batched products of the tokens [T, B, in] (0.09 ms). The sums are the same; only
  // their order and rounding inside the product may differ.
  const int64_t layers = static_cast<int64_t>(hypernetworks_.front()->layers->size());
  at::Tensor x = maskTokens.transpose(0, 1);  // [T, B, C]
  for (int64_t l = 0; l < layers; ++l) {
    auto layerOf = [&](int64_t t) -> torch::nn::LinearImpl& {
      return hypernetworks_[t]->layers->at<torch::nn::LinearImpl>(l);
    };
    std::string key = std::to_string(l);
    for (int64_t t = 0; t < numMaskTokens_; ++t)
      key += DerivedTensorCache::describe(layerOf(t).weight) + DerivedTensorCache::describe(layerOf(t).bias);
    const at::Tensor weights = hypernetworkStack_.get("w" + key, [&] {
      std::vector<at::Tensor> parts;
      for (int64_t t = 0; t < numMaskTokens_; ++t) parts.push_back(layerOf(t).weight.t());
      return at::stack(parts).contiguous();  // [T, in, out]
    });
    const at::Tensor biases = hypernetworkStack_.get("b" + key, [&] {
      std::vector<at::Tensor> parts;
      for (int64_t t = 0; t < numMaskTokens_; ++t) parts.push_back(layerOf(t).bias.unsqueeze(0));
      return at::stack(parts).contiguous();  // [T, 1, out]
    });
    x = at::baddbmm(biases, x.to(weights.scalar_type()), weights);
    if (l + 1 < layers) x = reluInPlace(x);
  }
  return x.transpose(0, 1);
}

at::Tensor MaskDecoderImpl::stabilityScores(const at::Tensor& maskLogits) const {
  const at::Tensor flat = maskLogits.flatten(-2);
  const double delta = options_.dynamicMultimaskStabilityDelta;
  const at::Tensor areaI = (flat > delta).sum(-1).to(at::kFloat);
  const at::Tensor areaU = (flat > -delta).sum(-1).to(at::kFloat);
  return at::where(areaU > 0, areaI / areaU, at::ones_like(areaI));
}

MaskDecoderOutput MaskDecoderImpl::forward(const at::Tensor& imageEmbeddings,
                                           const at::Tensor& imagePe, const at::Tensor& sparse,
                                           const at::Tensor& dense, bool multimaskOutput,
                                           bool repeatImage,
                                           const std::vector<at::Tensor>& highResFeatures,
                                           const FirstBlockImageSide* firstBlock) {
  const int64_t batch = sparse.size(0);
  // Output tokens: [object score,] IoU, mask tokens; then the prompt tokens.
  std::vector<at::Tensor> parts;
  if (options_.predObjScores) parts.push_back(obj_score_token->weight);
  parts.push_back(iou_token->weight);
  parts.push_back(mask_tokens->weight);
  const int64_t s = options_.predObjScores ? 1 : 0;
  const at::Tensor outputTokens = at::cat(parts, 0).unsqueeze(0).expand({batch, -1, -1});
  const at::Tensor tokens = at::cat({outputTokens, sparse.to(outputTokens.scalar_type())}, 1);

  // With the first block's image side given, its tokens are this image plus this dense prompt
  // already (an add of the whole embedding per click otherwise: 0.3 ms in bfloat16).
  at::Tensor src;
  if (!firstBlock || !firstBlock->defined() || !firstBlock->imageTokens.defined()) {
    src = repeatImage ? imageEmbeddings.repeat_interleave(batch, 0) : imageEmbeddings;
    src = src + dense;
  }
  const at::Tensor posSrc = imagePe.expand({batch, -1, -1, -1});
  const int64_t c = imageEmbeddings.size(1), h = imageEmbeddings.size(2), w = imageEmbeddings.size(3);

  at::Tensor hs, keys;
  {
    SAM2_PROFILE_SCOPE("decoder.transformer");
    std::tie(hs, keys) = transformer->forward(src, posSrc, tokens, firstBlock);
  }
  SAM2_PROFILE_SCOPE("decoder.upscale_and_heads");
  const at::Tensor iouTokenOut = hs.select(1, s);
  const at::Tensor maskTokensOut = hs.slice(1, s + 1, s + 1 + numMaskTokens_);

  // Upscale the image tokens (adding the high-resolution features when the model uses them),
  // channels-last throughout: the image tokens [B, HW, C] already are a [B, H, W, C] map.
  const at::Tensor srcMap = keys.reshape({batch, h, w, c});
  const bool highRes = options_.useHighResFeatures && highResFeatures.size() == 2;
  auto nhwcView = [](const at::Tensor& nchw) { return nchw.permute({0, 2, 3, 1}); };
  // bfloat16 on AVX-512: each GELU in one pass of gelu_bf16.h, the last one together with the
  // add of the high-resolution features and giving float32 for the masks' product (LibTorch
  // 1.13 spent 3 ms of a 16 ms click on these adds and GELUs, and 0.5 ms converting the masks).
  const bool fastGelu = srcMap.scalar_type() == at::kBFloat16 && srcMap.device().is_cpu() && geluBf16Available();
  at::Tensor upscaled = upscale(upscaleConv0_, srcMap);
  upscaled = upscaleNorm_->forwardChannelsLast(upscaled, highRes ? nhwcView(highResFeatures[1]) : at::Tensor());
  // (The norm's fresh output, so in place where mlp.h's activation can; ATen's float32 GELU
  // took 0.46 ms of a click.)
  upscaled = activateOwned(std::move(upscaled), Activation::Gelu);
  const at::Tensor blocks = upscaleBlocks(upscaleConv1_, upscaled);  // [B, 2H, 2W, 2, 2, C/8]
  const at::Tensor highRes0 = highRes ? nhwcView(highResFeatures[0]) : at::Tensor();
  const at::Tensor hyperIn = hypernetworkOutputs(maskTokensOut);  // [B, T, C/8]
  at::Tensor masks;  // [B, T, 4H, 4W]
  if (geluTokenLogitsApplies(blocks, highRes0, hyperIn)) {
    // GELU, the high-resolution add and the tokens' product in one pass (gelu_bf16.h; bfloat16
    // and float32 maps on AVX-512).
    masks = geluTokenLogits(blocks, highRes0, hyperIn);
  } else {
    upscaled = placeBlocks(blocks);
    if (fastGelu && upscaled.is_contiguous() && isMatchingBf16Addend(highRes0, upscaled)) {
      upscaled = geluBf16(upscaled, highRes0, at::kFloat);
    } else {
      if (highRes0.defined()) upscaled.add_(highRes0);
      upscaled = at::gelu_(upscaled);  // [B, 4H, 4W, C/8]
    }
    const int64_t uh = upscaled.size(1), uw = upscaled.size(2), uc = upscaled.size(3);
    // Pixels times tokens, [B, HW, T], then read as [B, T, H, W]: with the 65,536 pixels as the
    // transposed right operand LibTorch copied them all first (1.4 ms in bfloat16 of a 18 ms click).
    const at::Tensor pixels = upscaled.reshape({batch, uh * uw, uc});
    const at::Tensor hyperTokens = hyperIn.to(upscaled.scalar_type());
    const at::Tensor pixelLogits = batch == 1 ? productWithTransposed(pixels[0], hyperTokens[0]).unsqueeze(0)
                                              : at::bmm(pixels, hyperTokens.transpose(1, 2));
    masks = pixelLogits.transpose(1, 2).view({batch, -1, uh, uw});
  }

  at::Tensor iouPred = iou_prediction_head->forward(iouTokenOut);
  MaskDecoderOutput out;
  if (options_.predObjScores) {
    const at::Tensor objToken = hs.select(1, 0);
    out.objectScoreLogits = options_.predObjScoresMlp ? objScoreMlp->forward(objToken)
                                                      : objScoreLinear->forward(objToken);
  } else {
    out.objectScoreLogits = at::full({batch, 1}, 10.0, iouPred.options());
  }

  if (multimaskOutput) {
    out.masks = masks.slice(1, 1);
    out.iouPredictions = iouPred.slice(1, 1);
  } else if (options_.dynamicMultimaskViaStability) {
    // Keep token 0 when its mask is stable, else fall back to the best multimask output.
    const at::Tensor multiIou = iouPred.slice(1, 1);
    const at::Tensor best = multiIou.argmax(-1);
    const at::Tensor batchIdx = at::arange(batch, best.options());
    const at::Tensor bestMasks = masks.slice(1, 1).index({batchIdx, best}).unsqueeze(1);
    const at::Tensor bestIou = multiIou.index({batchIdx, best}).unsqueeze(1);
    const at::Tensor singleMasks = masks.slice(1, 0, 1);
    const at::Tensor singleIou = iouPred.slice(1, 0, 1);
    out.stabilityScores = stabilityScores(singleMasks).squeeze(1);
    out.singleMaskKept = out.stabilityScores >= options_.dynamicMultimaskStabilityThresh;
    out.masks = at::where(out.singleMaskKept.view({batch, 1, 1, 1}), singleMasks, bestMasks);
    out.iouPredictions = at::where(out.singleMaskKept.view({batch, 1}), singleIou, bestIou);
  } else {
    out.masks = masks.slice(1, 0, 1);
    out.iouPredictions = iouPred.slice(1, 0, 1);
  }
  out.samTokens = (multimaskOutput && options_.useMultimaskTokenForObjPtr)
                      ? maskTokensOut.slice(1, 1)
                      : maskTokensOut.slice(1, 0, 1);
  return out;
}

}  // namespace sam2
