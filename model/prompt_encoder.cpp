#include "model/prompt_encoder.h"

#include <torch/nn/modules/activation.h>

namespace sam2 {

PromptEncoderImpl::PromptEncoderImpl(int64_t embedDim, int64_t embeddingSize, int64_t inputSize,
                                     int64_t maskInChans)
    : embedDim_(embedDim), embeddingSize_(embeddingSize), inputSize_(inputSize) {
  pe_layer = register_module("pe_layer", PositionEmbeddingRandom(embedDim / 2));
  point_embeddings = register_module("point_embeddings", torch::nn::ModuleList());
  for (int i = 0; i < 4; ++i) {
    torch::nn::Embedding e(1, embedDim);
    point_embeddings->push_back(e);
    pointEmbeddingList_.push_back(e);
  }
  not_a_point_embed = register_module("not_a_point_embed", torch::nn::Embedding(1, embedDim));

  // Indices as in the reference's Sequential: conv, norm, GELU, conv, norm, GELU, conv.
  maskConv0_ = torch::nn::Conv2d(torch::nn::Conv2dOptions(1, maskInChans / 4, 2).stride(2));
  maskNorm0_ = LayerNorm2d(maskInChans / 4);
  maskConv1_ = torch::nn::Conv2d(torch::nn::Conv2dOptions(maskInChans / 4, maskInChans, 2).stride(2));
  maskNorm1_ = LayerNorm2d(maskInChans);
  maskConv2_ = torch::nn::Conv2d(torch::nn::Conv2dOptions(maskInChans, embedDim, 1));
  mask_downscaling = register_module("mask_downscaling", torch::nn::ModuleList());
  mask_downscaling->push_back(maskConv0_);
  mask_downscaling->push_back(maskNorm0_);
  mask_downscaling->push_back(torch::nn::GELU());
  mask_downscaling->push_back(maskConv1_);
  mask_downscaling->push_back(maskNorm1_);
  mask_downscaling->push_back(torch::nn::GELU());
  mask_downscaling->push_back(maskConv2_);
  no_mask_embed = register_module("no_mask_embed", torch::nn::Embedding(1, embedDim));
}

at::Tensor PromptEncoderImpl::densePositionEncoding() {
  const auto dtype = no_mask_embed->weight.scalar_type();
  return pe_layer->grid(embeddingSize_, embeddingSize_).unsqueeze(0).to(dtype);
}

at::Tensor PromptEncoderImpl::embedPoints(const at::Tensor& coordsIn, const at::Tensor& labelsIn) {
  const int64_t b = coordsIn.size(0);
  const auto fopts = coordsIn.options().dtype(at::kFloat);
  // Shift to the pixel centre and append the padding point (0, 0) with label -1.
  const at::Tensor coords =
      at::cat({coordsIn.to(at::kFloat) + 0.5, at::zeros({b, 1, 2}, fopts)}, 1);
  const at::Tensor labels =
      at::cat({labelsIn.to(at::kLong), at::full({b, 1}, -1, fopts.dtype(at::kLong))}, 1)
          .unsqueeze(-1);
  at::Tensor emb = pe_layer->encodeCoords(coords, inputSize_, inputSize_);  // float32

  const auto weightF = [](const torch::nn::Embedding& e) { return e->weight.to(at::kFloat); };
  emb = at::where(labels == -1, at::zeros_like(emb) + weightF(not_a_point_embed), emb);
  for (int64_t label = 0; label < 4; ++label)
    emb = at::where(labels == label, emb + weightF(pointEmbeddingList_[label]), emb);
  return emb.to(no_mask_embed->weight.scalar_type());
}

at::Tensor PromptEncoderImpl::embedMask(const at::Tensor& masks) {
  at::Tensor x = masks.to(maskConv0_->weight.scalar_type());
  x = at::gelu(maskNorm0_->forward(maskConv0_->forward(x)));
  x = at::gelu(maskNorm1_->forward(maskConv1_->forward(x)));
  return maskConv2_->forward(x);
}

std::pair<at::Tensor, at::Tensor> PromptEncoderImpl::forward(const at::Tensor& coords,
                                                             const at::Tensor& labels,
                                                             const std::optional<at::Tensor>& masks) {
  const int64_t b = coords.defined() ? coords.size(0) : (masks && masks->defined() ? masks->size(0) : 1);
  // Without points there are no sparse tokens at all (not even the padding point).
  at::Tensor sparse = coords.defined()
                          ? embedPoints(coords, labels)
                          : at::empty({b, 0, embedDim_}, no_mask_embed->weight.options());
  at::Tensor dense;
  if (masks && masks->defined()) {
    dense = embedMask(*masks);
  } else {
    dense = no_mask_embed->weight.reshape({1, -1, 1, 1})
                .expand({b, -1, embeddingSize_, embeddingSize_});
  }
  return {sparse, dense};
}

}  // namespace sam2
