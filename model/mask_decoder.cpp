#include "model/mask_decoder.h"

#include <torch/nn/modules/activation.h>

#include "model/profile.h"

namespace sam2 {

namespace {

// The upscaling's transposed convolutions (kernel 2, stride 2, no padding: the only ones SAM 2
// has). float32 uses the deconvolution. Other dtypes use one matrix product, where each input
// pixel becomes a 2x2 block of the output, out[co, 2y+i, 2x+j] = sum_ci x[ci, y, x] w[ci, co, i, j]
// + b[co]: LibTorch 1.13's oneDNN deconvolution mistakes a bfloat16 weight layout on the CPU, and
// the product runs on the bfloat16 matrix units (click to mask 37 -> 29 ms with the tiny model;
// in float32 the deconvolution is the faster of the two).
at::Tensor upscale(torch::nn::ConvTranspose2d& conv, const at::Tensor& x) {
  if (x.scalar_type() == at::kFloat) return conv->forward(x);
  const int64_t b = x.size(0), ci = x.size(1), h = x.size(2), w = x.size(3);
  const at::Tensor weight = conv->weight.to(x.scalar_type());  // [Ci, Co, 2, 2]
  const int64_t co = weight.size(1);
  const at::Tensor pixels = x.permute({0, 2, 3, 1}).reshape({b, h * w, ci});
  at::Tensor y = at::matmul(pixels, weight.reshape({ci, co * 4}));  // [B, HW, Co*2*2]
  y = y.view({b, h, w, co, 2, 2}).permute({0, 3, 1, 4, 2, 5}).reshape({b, co, 2 * h, 2 * w});
  return y + conv->bias.to(x.scalar_type()).view({1, co, 1, 1});
}

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
                                           const std::vector<at::Tensor>& highResFeatures) {
  const int64_t batch = sparse.size(0);
  // Output tokens: [object score,] IoU, mask tokens; then the prompt tokens.
  std::vector<at::Tensor> parts;
  if (options_.predObjScores) parts.push_back(obj_score_token->weight);
  parts.push_back(iou_token->weight);
  parts.push_back(mask_tokens->weight);
  const int64_t s = options_.predObjScores ? 1 : 0;
  const at::Tensor outputTokens = at::cat(parts, 0).unsqueeze(0).expand({batch, -1, -1});
  const at::Tensor tokens = at::cat({outputTokens, sparse.to(outputTokens.scalar_type())}, 1);

  at::Tensor src = repeatImage ? imageEmbeddings.repeat_interleave(batch, 0) : imageEmbeddings;
  src = src + dense;
  const at::Tensor posSrc = imagePe.expand({batch, -1, -1, -1});
  const int64_t c = src.size(1), h = src.size(2), w = src.size(3);

  at::Tensor hs, keys;
  {
    SAM2_PROFILE_SCOPE("decoder.transformer");
    std::tie(hs, keys) = transformer->forward(src, posSrc, tokens);
  }
  SAM2_PROFILE_SCOPE("decoder.upscale_and_heads");
  const at::Tensor iouTokenOut = hs.select(1, s);
  const at::Tensor maskTokensOut = hs.slice(1, s + 1, s + 1 + numMaskTokens_);

  // Upscale the image tokens (adding the high-resolution features when the model uses them).
  // Contiguous NCHW: the transposed view would reach oneDNN as channels-last, whose deconvolution
  // and everything after it ran about twice as slowly here.
  const at::Tensor srcMap = keys.transpose(1, 2).reshape({batch, c, h, w}).contiguous();
  at::Tensor upscaled;
  if (options_.useHighResFeatures && highResFeatures.size() == 2) {
    upscaled = at::gelu(upscaleNorm_->forward(upscale(upscaleConv0_, srcMap) + highResFeatures[1]));
    upscaled = at::gelu(upscale(upscaleConv1_, upscaled) + highResFeatures[0]);
  } else {
    upscaled = at::gelu(upscaleNorm_->forward(upscale(upscaleConv0_, srcMap)));
    upscaled = at::gelu(upscale(upscaleConv1_, upscaled));
  }

  std::vector<at::Tensor> hyper;
  hyper.reserve(numMaskTokens_);
  for (int64_t i = 0; i < numMaskTokens_; ++i)
    hyper.push_back(hypernetworks_[i]->forward(maskTokensOut.select(1, i)));
  const at::Tensor hyperIn = at::stack(hyper, 1);  // [B, T, C/8]
  const int64_t uc = upscaled.size(1), uh = upscaled.size(2), uw = upscaled.size(3);
  at::Tensor masks = at::matmul(hyperIn, upscaled.reshape({batch, uc, uh * uw}))
                         .view({batch, -1, uh, uw});

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
