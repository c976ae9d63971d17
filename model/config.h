#pragma once
// Sam2Config: every value that shapes a SAM 2 model, as plain data (no LibTorch here, so the
// public headers may include it).
//
// The structure mirrors the official YAML configs (facebookresearch/sam2, configs/sam2 and
// configs/sam2.1): one nested struct per `_target_` and field names equal to the YAML keys, so
// `model.image_encoder.trunk.embed_dim` in YAML is `cfg.image_encoder.trunk.embed_dim` here.
// Defaults are the reference constructors' defaults (SAM2Base, Hiera, FpnNeck, MemoryEncoder,
// MemoryAttention, ...), because the official YAML files leave many values to them.
//
// What is NOT in the YAML schema:
//  - `sam_heads`: values SAM2Base._build_sam_heads fixes in code (two-way transformer depth 2,
//    mlp_dim 2048, 8 heads, IoU head 256 x 3, mask_in_chans 16, 3 multimask outputs).
//  - the predictors' build-time overrides (see applyPredictorOverrides below): the built-in and
//    YAML configs come WITHOUT them, exactly like the reference model built from the YAML alone;
//    Sam2Model::load applies them, as build_sam2(..., apply_postprocessing=True) and
//    build_sam2_video_predictor(..., apply_postprocessing=True) do.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sam2 {

// sam2.modeling.position_encoding.PositionEmbeddingSine
struct PositionEmbeddingSineConfig {
  int num_pos_feats = 256;
  bool normalize = true;
  std::optional<double> scale;  // null in every official config (then 2*pi when normalize)
  double temperature = 10000.0;
};

// sam2.modeling.backbones.hieradet.Hiera
struct HieraConfig {
  int embed_dim = 96;
  int num_heads = 1;
  double drop_path_rate = 0.0;
  int q_pool = 3;                          // number of q-pooling stages
  std::array<int, 2> q_stride{2, 2};
  std::vector<int> stages{2, 3, 16, 3};    // blocks per stage
  double dim_mul = 2.0;
  double head_mul = 2.0;
  std::array<int, 2> window_pos_embed_bkg_spatial_size{14, 14};
  std::vector<int> window_spec{8, 4, 14, 7};   // window size per stage
  std::vector<int> global_att_blocks{12, 16, 20};
  bool return_interm_layers = true;

  int totalBlocks() const {
    int n = 0;
    for (int s : stages) n += s;
    return n;
  }
};

// sam2.modeling.backbones.image_encoder.FpnNeck
struct FpnNeckConfig {
  PositionEmbeddingSineConfig position_encoding{};
  int d_model = 256;
  std::vector<int> backbone_channel_list{768, 384, 192, 96};  // deepest stage first
  int kernel_size = 1;
  int stride = 1;
  int padding = 0;
  std::string fpn_interp_model = "bilinear";
  std::string fuse_type = "sum";
  // null (nullopt) = every level gets the top-down path; official configs: [2, 3].
  std::optional<std::vector<int>> fpn_top_down_levels;
};

// sam2.modeling.backbones.image_encoder.ImageEncoder
struct ImageEncoderConfig {
  int scalp = 0;  // number of lowest-resolution levels dropped (official: 1)
  HieraConfig trunk{};
  FpnNeckConfig neck{};
};

// sam2.modeling.sam.transformer.RoPEAttention (constructor args of Attention included)
struct RoPEAttentionConfig {
  int embedding_dim = 256;
  int num_heads = 1;
  int downsample_rate = 1;
  double dropout = 0.0;
  std::optional<int> kv_in_dim;  // null = embedding_dim
  double rope_theta = 10000.0;
  bool rope_k_repeat = false;
  std::array<int, 2> feat_sizes{64, 64};  // [w, h] of the stride-16 features
};

// sam2.modeling.memory_attention.MemoryAttentionLayer
struct MemoryAttentionLayerConfig {
  std::string activation = "relu";
  int d_model = 256;
  int dim_feedforward = 2048;
  double dropout = 0.1;
  bool pos_enc_at_attn = false;
  bool pos_enc_at_cross_attn_keys = true;
  bool pos_enc_at_cross_attn_queries = false;
  RoPEAttentionConfig self_attention{};
  RoPEAttentionConfig cross_attention{};
};

// sam2.modeling.memory_attention.MemoryAttention
struct MemoryAttentionConfig {
  int d_model = 256;
  bool pos_enc_at_input = true;
  MemoryAttentionLayerConfig layer{};
  int num_layers = 4;
  bool batch_first = true;
};

// sam2.modeling.memory_encoder.MaskDownSampler
struct MaskDownSamplerConfig {
  int embed_dim = 256;
  int kernel_size = 4;
  int stride = 4;
  int padding = 0;
  int total_stride = 16;
  std::string activation = "gelu";
};

// sam2.modeling.memory_encoder.CXBlock
struct CXBlockConfig {
  int dim = 256;
  int kernel_size = 7;
  int padding = 3;
  double drop_path = 0.0;
  double layer_scale_init_value = 1e-6;
  bool use_dwconv = true;
};

// sam2.modeling.memory_encoder.Fuser
struct FuserConfig {
  CXBlockConfig layer{};
  int num_layers = 2;
  std::optional<int> dim;        // only used with input_projection
  bool input_projection = false;
};

// sam2.modeling.memory_encoder.MemoryEncoder
struct MemoryEncoderConfig {
  int out_dim = 64;
  int in_dim = 256;  // pix_feat channels; out_proj is Identity when out_dim == in_dim
  PositionEmbeddingSineConfig position_encoding{64, true, std::nullopt, 10000.0};
  MaskDownSamplerConfig mask_downsampler{};
  FuserConfig fuser{};
};

// SAM2Base's sam_mask_decoder_extra_args (None in the YAML; the predictors set them).
struct MaskDecoderExtraArgs {
  bool dynamic_multimask_via_stability = false;
  double dynamic_multimask_stability_delta = 0.05;
  double dynamic_multimask_stability_thresh = 0.98;
};

// Values SAM2Base._build_sam_heads fixes in code (not configurable in the reference).
struct SamHeadsConfig {
  int transformer_depth = 2;
  int transformer_mlp_dim = 2048;
  int transformer_num_heads = 8;
  int attention_downsample_rate = 2;
  int iou_head_depth = 3;
  int iou_head_hidden_dim = 256;
  int mask_in_chans = 16;
  int num_multimask_outputs = 3;
};

struct Sam2Config {
  // "sam2.1_hiera_t" ... for the built-in configs; the YAML file name (without extension) for a
  // YAML config.
  std::string name;

  ImageEncoderConfig image_encoder{};
  MemoryAttentionConfig memory_attention{};
  MemoryEncoderConfig memory_encoder{};
  SamHeadsConfig sam_heads{};

  // ---- SAM2Base constructor arguments (reference defaults) ----
  int num_maskmem = 7;
  int image_size = 512;
  int backbone_stride = 16;
  double sigmoid_scale_for_mem_enc = 1.0;
  double sigmoid_bias_for_mem_enc = 0.0;
  bool binarize_mask_from_pts_for_mem_enc = false;  // video predictor override: true
  bool use_mask_input_as_output_without_sam = false;
  int max_cond_frames_in_attn = -1;
  bool directly_add_no_mem_embed = false;
  bool use_high_res_features_in_sam = false;
  bool multimask_output_in_sam = false;
  int multimask_min_pt_num = 1;
  int multimask_max_pt_num = 1;
  bool multimask_output_for_tracking = false;
  bool use_multimask_token_for_obj_ptr = false;
  bool iou_prediction_use_sigmoid = false;
  int memory_temporal_stride_for_eval = 1;
  bool non_overlap_masks_for_mem_enc = false;
  bool use_obj_ptrs_in_encoder = false;
  int max_obj_ptrs_in_encoder = 16;
  bool add_tpos_enc_to_obj_ptrs = true;
  bool proj_tpos_enc_in_obj_ptrs = false;        // SAM 2.1: true (adds obj_ptr_tpos_proj)
  bool use_signed_tpos_enc_to_obj_ptrs = false;  // SAM 2.1: true
  bool only_obj_ptrs_in_the_past_for_eval = false;
  bool pred_obj_scores = false;
  bool pred_obj_scores_mlp = false;
  bool fixed_no_obj_ptr = false;
  bool soft_no_obj_ptr = false;
  bool use_mlp_for_obj_ptr_proj = false;
  bool no_obj_embed_spatial = false;             // SAM 2.1: true (adds no_obj_embed_spatial)
  MaskDecoderExtraArgs sam_mask_decoder_extra_args{};  // predictor override: dynamic multimask
  bool compile_image_encoder = false;            // ignored here (torch.compile)

  // ---- SAM2VideoPredictor constructor arguments (reference defaults) ----
  int fill_hole_area = 0;                        // video predictor override: 8
  bool non_overlap_masks = false;
  bool clear_non_cond_mem_around_input = false;
  bool add_all_frames_to_correct_as_cond = false;

  // ---- derived values, as SAM2Base computes them ----
  int hiddenDim() const { return image_encoder.neck.d_model; }
  // SAM2Base: mem_dim = hidden_dim, or out_proj's output channels when the memory encoder
  // projects (out_dim != in_dim).
  int memDim() const {
    return memory_encoder.out_dim != memory_encoder.in_dim ? memory_encoder.out_dim : hiddenDim();
  }
  int imageEmbeddingSize() const { return image_size / backbone_stride; }  // 64 official
  bool isSam21() const { return no_obj_embed_spatial || proj_tpos_enc_in_obj_ptrs; }
};

// The 8 official configs, exactly as their YAML files (configs/sam2/sam2_hiera_{t,s,b+,l}.yaml
// and configs/sam2.1/sam2.1_hiera_{t,s,b+,l}.yaml) build SAM2Base, without predictor overrides.
// Names: "sam2.1_hiera_t", "sam2.1_hiera_s", "sam2.1_hiera_b+", "sam2.1_hiera_l", then the
// same four "sam2_hiera_*".
const std::vector<Sam2Config>& officialConfigs();

// An official config by name ("sam2.1_hiera_b+"), YAML file name ("sam2.1_hiera_b+.yaml"),
// published checkpoint name ("sam2.1_hiera_base_plus.pt", "sam2.1-hiera-large") or alias: tiny,
// small, base_plus (or b+), large -> the SAM 2.1 ones; "sam2_tiny", "sam2_hiera_tiny" and
// "2.0/tiny" -> SAM 2.0. Case-insensitive. Throws Sam2Error for an unknown name, listing the
// valid ones.
Sam2Config officialConfig(const std::string& nameOrAlias);

// Reads a YAML file in the official config schema (the `model:` section; `# @package _global_`
// header and `_target_` keys accepted). Values not in the file keep the reference defaults.
// Throws Sam2Error with the file, line and reason on anything it cannot read.
Sam2Config configFromYaml(const std::string& path);
Sam2Config configFromYamlText(const std::string& text, const std::string& name = "config");

// The flat "dotted.key" -> value view of the YAML-visible fields, with values written as the
// manifests' `model_config_flat` JSON writes them (numbers, true/false, null, strings, lists).
// Used by tests to compare a config with a manifest; also handy for `describe` output.
std::map<std::string, std::string> flattenConfig(const Sam2Config& cfg);

// Sets what build_sam2(..., apply_postprocessing=True) and
// build_sam2_video_predictor(..., apply_postprocessing=True) override on top of the YAML:
// sam_mask_decoder_extra_args = {dynamic_multimask_via_stability: true, delta 0.05, thresh 0.98}
// (both predictors), binarize_mask_from_pts_for_mem_enc = true and fill_hole_area = 8 (read only
// by video tracking; the image path never reads them, so one model serves both sessions).
void applyPredictorOverrides(Sam2Config& cfg);

// Detects the official variant from a checkpoint's tensor names and shapes (name -> shape),
// e.g. as readCheckpoint returns them: Hiera embed_dim and block count pick t/s/b+/l,
// obj_ptr_tpos_proj / no_obj_embed_spatial pick 2.1 over 2.0. Throws Sam2Error asking for a
// YAML config when the tensors match no official variant. (checkpoint.h has a TensorMap overload.)
Sam2Config detectConfig(const std::map<std::string, std::vector<int64_t>>& shapes);

}  // namespace sam2
