#include "model/sam2_base.h"

#include <c10/util/Optional.h>

#include "model/error.h"
#include "model/cpu_tuning.h"
#include "model/profile.h"

namespace sam2 {

namespace {

MaskDecoderOptions maskDecoderOptions(const Sam2Config& c) {
  MaskDecoderOptions o;
  o.transformerDim = c.hiddenDim();
  o.transformerDepth = c.sam_heads.transformer_depth;
  o.transformerMlpDim = c.sam_heads.transformer_mlp_dim;
  o.transformerHeads = c.sam_heads.transformer_num_heads;
  o.attentionDownsampleRate = c.sam_heads.attention_downsample_rate;
  o.numMultimaskOutputs = c.sam_heads.num_multimask_outputs;
  o.iouHeadDepth = c.sam_heads.iou_head_depth;
  o.iouHeadHiddenDim = c.sam_heads.iou_head_hidden_dim;
  o.useHighResFeatures = c.use_high_res_features_in_sam;
  o.iouPredictionUseSigmoid = c.iou_prediction_use_sigmoid;
  o.dynamicMultimaskViaStability = c.sam_mask_decoder_extra_args.dynamic_multimask_via_stability;
  o.dynamicMultimaskStabilityDelta = c.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta;
  o.dynamicMultimaskStabilityThresh = c.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh;
  o.predObjScores = c.pred_obj_scores;
  o.predObjScoresMlp = c.pred_obj_scores_mlp;
  o.useMultimaskTokenForObjPtr = c.use_multimask_token_for_obj_ptr;
  return o;
}

}  // namespace

Sam2BaseImpl::Sam2BaseImpl(const Sam2Config& config) : config_(config) {
  const auto& c = config_;
  const int64_t hidden = c.hiddenDim();
  const int64_t memDim = c.memDim();
  if (c.image_size <= 0 || c.image_size % c.backbone_stride != 0)
    throw Sam2Error("config: image_size " + std::to_string(c.image_size) +
                    " must be a positive multiple of the backbone stride " +
                    std::to_string(c.backbone_stride));
  if (c.fixed_no_obj_ptr && !(c.pred_obj_scores && c.use_obj_ptrs_in_encoder))
    throw Sam2Error("config: fixed_no_obj_ptr needs pred_obj_scores and use_obj_ptrs_in_encoder");

  // Free parameters first: that is where state_dict() lists them.
  maskmem_tpos_enc = register_parameter("maskmem_tpos_enc", at::zeros({c.num_maskmem, 1, 1, memDim}));
  no_mem_embed = register_parameter("no_mem_embed", at::zeros({1, 1, hidden}));
  no_mem_pos_enc = register_parameter("no_mem_pos_enc", at::zeros({1, 1, hidden}));
  if (c.pred_obj_scores && c.use_obj_ptrs_in_encoder)
    no_obj_ptr = register_parameter("no_obj_ptr", at::zeros({1, hidden}));
  if (c.no_obj_embed_spatial)
    no_obj_embed_spatial = register_parameter("no_obj_embed_spatial", at::zeros({1, memDim}));

  image_encoder = register_module("image_encoder", ImageEncoder(c.image_encoder));
  if (c.use_obj_ptrs_in_encoder)
    mask_downsample = register_module(
        "mask_downsample", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 1, 4).stride(4)));
  memory_attention = register_module("memory_attention", MemoryAttention(c));
  memory_encoder = register_module("memory_encoder", MemoryEncoder(c));
  const int64_t embedSize = c.imageEmbeddingSize();
  sam_prompt_encoder = register_module(
      "sam_prompt_encoder", PromptEncoder(hidden, embedSize, c.image_size, c.sam_heads.mask_in_chans));
  sam_mask_decoder = register_module("sam_mask_decoder", MaskDecoder(maskDecoderOptions(c)));
  if (c.use_obj_ptrs_in_encoder) {
    if (c.use_mlp_for_obj_ptr_proj) {
      obj_ptr_proj_mlp = register_module("obj_ptr_proj", Mlp(hidden, hidden, hidden, 3));
    } else {
      obj_ptr_proj_linear = register_module("obj_ptr_proj", torch::nn::Linear(hidden, hidden));
    }
  }
  if (c.proj_tpos_enc_in_obj_ptrs) {
    if (!c.add_tpos_enc_to_obj_ptrs)
      throw Sam2Error("config: proj_tpos_enc_in_obj_ptrs needs add_tpos_enc_to_obj_ptrs");
    obj_ptr_tpos_proj = register_module("obj_ptr_tpos_proj", torch::nn::Linear(hidden, memDim));
  }
}

ImageEncoderOutput Sam2BaseImpl::forwardImage(const at::Tensor& image) {
  SAM2_PROFILE_SCOPE("encode");
  // Every image and video frame starts here, on the thread that then runs the rest.
  if (image.device().is_cpu()) flushDenormals();
  ImageEncoderOutput out = image_encoder->forward(image.to(weightOptions()));
  if (config_.use_high_res_features_in_sam) {
    if (out.backboneFpn.size() < 3)
      throw Sam2Error("model: high-resolution features need at least 3 neck levels");
    out.backboneFpn[0] = sam_mask_decoder->conv_s0->forward(out.backboneFpn[0]);
    out.backboneFpn[1] = sam_mask_decoder->conv_s1->forward(out.backboneFpn[1]);
  }
  return out;
}

ImageFeatures Sam2BaseImpl::imageFeatures(const ImageEncoderOutput& backbone) const {
  ImageFeatures f;
  f.imageEmbed = backbone.backboneFpn.back();
  if (config_.directly_add_no_mem_embed)
    f.imageEmbed = f.imageEmbed + no_mem_embed.view({1, -1, 1, 1});
  if (config_.use_high_res_features_in_sam)
    f.highResFeats = {backbone.backboneFpn[0], backbone.backboneFpn[1]};
  return f;
}

at::Tensor Sam2BaseImpl::projectObjectPointer(const at::Tensor& tokens) {
  if (obj_ptr_proj_mlp) return obj_ptr_proj_mlp->forward(tokens);
  if (obj_ptr_proj_linear) return obj_ptr_proj_linear->forward(tokens);
  return tokens;
}

std::shared_ptr<Sam2BaseImpl> buildSam2Base(const Sam2Config& config) {
  return std::make_shared<Sam2BaseImpl>(config);
}

}  // namespace sam2
