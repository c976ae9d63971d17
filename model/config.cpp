// Sam2Config: the built-in official configs, the YAML reader and the dotted-key view of a config.
//
// One table (configBindings) maps every YAML key of the official schema to its field, in both
// directions: configFromYaml writes fields through it, flattenConfig reads them, and the tests
// compare flattenConfig with the manifests' `model_config_flat`.
#include "model/config.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "model/error.h"
#include "model/yaml_lite.h"

namespace sam2 {

namespace {

using nlohmann::json;
using yaml::Node;

// ---- YAML scalar -> field value ----------------------------------------------------------

[[noreturn]] void badValue(const std::string& source, const Node& n, const std::string& key, const std::string& want) {
  std::string got = n.kind == Node::Kind::Null ? "null"
                    : n.kind == Node::Kind::List ? "a list"
                    : n.kind == Node::Kind::Map  ? "a map"
                                                 : "'" + n.scalar + "'";
  throw Sam2Error(source + ":" + std::to_string(n.line) + ": " + key + ": expected " + want + ", got " + got);
}

struct Reader {
  const std::string& source;
  const std::string& key;

  int64_t toInt(const Node& n) const {
    if (n.kind != Node::Kind::Scalar || n.quoted) badValue(source, n, key, "an integer");
    try {
      size_t used = 0;
      const long long v = std::stoll(n.scalar, &used, 10);
      if (used == n.scalar.size()) return v;
    } catch (const std::exception&) {
    }
    badValue(source, n, key, "an integer");
  }
  double toDouble(const Node& n) const {
    if (n.kind != Node::Kind::Scalar || n.quoted) badValue(source, n, key, "a number");
    try {
      size_t used = 0;
      const double v = std::stod(n.scalar, &used);
      if (used == n.scalar.size() && std::isfinite(v)) return v;
    } catch (const std::exception&) {
    }
    badValue(source, n, key, "a number");
  }
  bool toBool(const Node& n) const {
    if (n.kind == Node::Kind::Scalar && !n.quoted) {
      const std::string& s = n.scalar;
      if (s == "true" || s == "True" || s == "TRUE") return true;
      if (s == "false" || s == "False" || s == "FALSE") return false;
    }
    badValue(source, n, key, "true or false");
  }
  std::string toString(const Node& n) const {
    if (n.kind != Node::Kind::Scalar) badValue(source, n, key, "a string");
    return n.scalar;
  }
  std::vector<int> toIntList(const Node& n) const {
    if (n.kind != Node::Kind::List) badValue(source, n, key, "a list of integers like [1, 2]");
    std::vector<int> out;
    for (const Node& item : n.list) out.push_back(int(toInt(item)));
    return out;
  }
};

void set(int& f, const Node& n, const Reader& r) { f = int(r.toInt(n)); }
void set(double& f, const Node& n, const Reader& r) { f = r.toDouble(n); }
void set(bool& f, const Node& n, const Reader& r) { f = r.toBool(n); }
void set(std::string& f, const Node& n, const Reader& r) { f = r.toString(n); }
void set(std::vector<int>& f, const Node& n, const Reader& r) { f = r.toIntList(n); }
void set(std::array<int, 2>& f, const Node& n, const Reader& r) {
  const auto v = r.toIntList(n);
  if (v.size() != 2) badValue(r.source, n, r.key, "a list of two integers");
  f = {v[0], v[1]};
}
template <class T>
void set(std::optional<T>& f, const Node& n, const Reader& r) {
  if (n.kind == Node::Kind::Null) {
    f.reset();
    return;
  }
  T v{};
  set(v, n, r);
  f = std::move(v);
}

// ---- field value -> JSON (as Python's json writes the manifest) --------------------------

json toJson(int v) { return v; }
json toJson(double v) { return v; }
json toJson(bool v) { return v; }
json toJson(const std::string& v) { return v; }
json toJson(const std::vector<int>& v) { return v; }
json toJson(const std::array<int, 2>& v) { return json::array({v[0], v[1]}); }
template <class T>
json toJson(const std::optional<T>& v) {
  return v ? toJson(*v) : json(nullptr);
}

// ---- the key table ------------------------------------------------------------------------

struct Binding {
  std::string key;
  std::function<json(const Sam2Config&)> get;
  std::function<void(Sam2Config&, const Node&, const std::string& source)> set;  // empty: _target_
  std::vector<std::string> targets;  // _target_ keys: accepted class names (first = canonical)
};

template <class Access>
Binding field(std::string key, Access access) {
  Binding b;
  b.key = key;
  b.get = [access](const Sam2Config& c) { return toJson(access(const_cast<Sam2Config&>(c))); };
  b.set = [access, key](Sam2Config& c, const Node& n, const std::string& source) {
    Reader r{source, key};
    set(access(c), n, r);
  };
  return b;
}

Binding target(std::string key, std::vector<std::string> classes) {
  Binding b;
  b.key = std::move(key);
  const std::string canonical = classes.front();
  b.get = [canonical](const Sam2Config&) { return json(canonical); };
  b.targets = std::move(classes);
  return b;
}

#define SAM2_FIELD(key, expr) field(key, [](Sam2Config& c) -> auto& { return c.expr; })

void addSine(std::vector<Binding>& t, const std::string& prefix,
             std::function<PositionEmbeddingSineConfig&(Sam2Config&)> access) {
  t.push_back(target(prefix + "._target_", {"sam2.modeling.position_encoding.PositionEmbeddingSine"}));
  t.push_back(field(prefix + ".num_pos_feats", [access](Sam2Config& c) -> auto& { return access(c).num_pos_feats; }));
  t.push_back(field(prefix + ".normalize", [access](Sam2Config& c) -> auto& { return access(c).normalize; }));
  t.push_back(field(prefix + ".scale", [access](Sam2Config& c) -> auto& { return access(c).scale; }));
  t.push_back(field(prefix + ".temperature", [access](Sam2Config& c) -> auto& { return access(c).temperature; }));
}

void addRope(std::vector<Binding>& t, const std::string& prefix, std::function<RoPEAttentionConfig&(Sam2Config&)> access) {
  t.push_back(target(prefix + "._target_", {"sam2.modeling.sam.transformer.RoPEAttention"}));
  t.push_back(field(prefix + ".rope_theta", [access](Sam2Config& c) -> auto& { return access(c).rope_theta; }));
  t.push_back(field(prefix + ".feat_sizes", [access](Sam2Config& c) -> auto& { return access(c).feat_sizes; }));
  t.push_back(field(prefix + ".rope_k_repeat", [access](Sam2Config& c) -> auto& { return access(c).rope_k_repeat; }));
  t.push_back(field(prefix + ".embedding_dim", [access](Sam2Config& c) -> auto& { return access(c).embedding_dim; }));
  t.push_back(field(prefix + ".num_heads", [access](Sam2Config& c) -> auto& { return access(c).num_heads; }));
  t.push_back(field(prefix + ".downsample_rate", [access](Sam2Config& c) -> auto& { return access(c).downsample_rate; }));
  t.push_back(field(prefix + ".dropout", [access](Sam2Config& c) -> auto& { return access(c).dropout; }));
  t.push_back(field(prefix + ".kv_in_dim", [access](Sam2Config& c) -> auto& { return access(c).kv_in_dim; }));
}

std::vector<Binding> makeBindings() {
  std::vector<Binding> t;
  t.push_back(target("_target_", {"sam2.modeling.sam2_base.SAM2Base", "sam2.sam2_video_predictor.SAM2VideoPredictor",
                                  "sam2.sam2_video_predictor.SAM2VideoPredictorVOS"}));
  // image encoder
  t.push_back(target("image_encoder._target_", {"sam2.modeling.backbones.image_encoder.ImageEncoder"}));
  t.push_back(SAM2_FIELD("image_encoder.scalp", image_encoder.scalp));
  t.push_back(target("image_encoder.trunk._target_", {"sam2.modeling.backbones.hieradet.Hiera"}));
  t.push_back(SAM2_FIELD("image_encoder.trunk.embed_dim", image_encoder.trunk.embed_dim));
  t.push_back(SAM2_FIELD("image_encoder.trunk.num_heads", image_encoder.trunk.num_heads));
  t.push_back(SAM2_FIELD("image_encoder.trunk.drop_path_rate", image_encoder.trunk.drop_path_rate));
  t.push_back(SAM2_FIELD("image_encoder.trunk.q_pool", image_encoder.trunk.q_pool));
  t.push_back(SAM2_FIELD("image_encoder.trunk.q_stride", image_encoder.trunk.q_stride));
  t.push_back(SAM2_FIELD("image_encoder.trunk.stages", image_encoder.trunk.stages));
  t.push_back(SAM2_FIELD("image_encoder.trunk.dim_mul", image_encoder.trunk.dim_mul));
  t.push_back(SAM2_FIELD("image_encoder.trunk.head_mul", image_encoder.trunk.head_mul));
  t.push_back(SAM2_FIELD("image_encoder.trunk.window_pos_embed_bkg_spatial_size",
                         image_encoder.trunk.window_pos_embed_bkg_spatial_size));
  t.push_back(SAM2_FIELD("image_encoder.trunk.window_spec", image_encoder.trunk.window_spec));
  t.push_back(SAM2_FIELD("image_encoder.trunk.global_att_blocks", image_encoder.trunk.global_att_blocks));
  t.push_back(SAM2_FIELD("image_encoder.trunk.return_interm_layers", image_encoder.trunk.return_interm_layers));
  t.push_back(target("image_encoder.neck._target_", {"sam2.modeling.backbones.image_encoder.FpnNeck"}));
  addSine(t, "image_encoder.neck.position_encoding",
          [](Sam2Config& c) -> PositionEmbeddingSineConfig& { return c.image_encoder.neck.position_encoding; });
  t.push_back(SAM2_FIELD("image_encoder.neck.d_model", image_encoder.neck.d_model));
  t.push_back(SAM2_FIELD("image_encoder.neck.backbone_channel_list", image_encoder.neck.backbone_channel_list));
  t.push_back(SAM2_FIELD("image_encoder.neck.kernel_size", image_encoder.neck.kernel_size));
  t.push_back(SAM2_FIELD("image_encoder.neck.stride", image_encoder.neck.stride));
  t.push_back(SAM2_FIELD("image_encoder.neck.padding", image_encoder.neck.padding));
  t.push_back(SAM2_FIELD("image_encoder.neck.fpn_interp_model", image_encoder.neck.fpn_interp_model));
  t.push_back(SAM2_FIELD("image_encoder.neck.fuse_type", image_encoder.neck.fuse_type));
  t.push_back(SAM2_FIELD("image_encoder.neck.fpn_top_down_levels", image_encoder.neck.fpn_top_down_levels));
  // memory attention
  t.push_back(target("memory_attention._target_", {"sam2.modeling.memory_attention.MemoryAttention"}));
  t.push_back(SAM2_FIELD("memory_attention.d_model", memory_attention.d_model));
  t.push_back(SAM2_FIELD("memory_attention.pos_enc_at_input", memory_attention.pos_enc_at_input));
  t.push_back(SAM2_FIELD("memory_attention.num_layers", memory_attention.num_layers));
  t.push_back(SAM2_FIELD("memory_attention.batch_first", memory_attention.batch_first));
  t.push_back(target("memory_attention.layer._target_", {"sam2.modeling.memory_attention.MemoryAttentionLayer"}));
  t.push_back(SAM2_FIELD("memory_attention.layer.activation", memory_attention.layer.activation));
  t.push_back(SAM2_FIELD("memory_attention.layer.dim_feedforward", memory_attention.layer.dim_feedforward));
  t.push_back(SAM2_FIELD("memory_attention.layer.dropout", memory_attention.layer.dropout));
  t.push_back(SAM2_FIELD("memory_attention.layer.pos_enc_at_attn", memory_attention.layer.pos_enc_at_attn));
  t.push_back(SAM2_FIELD("memory_attention.layer.d_model", memory_attention.layer.d_model));
  t.push_back(SAM2_FIELD("memory_attention.layer.pos_enc_at_cross_attn_keys",
                         memory_attention.layer.pos_enc_at_cross_attn_keys));
  t.push_back(SAM2_FIELD("memory_attention.layer.pos_enc_at_cross_attn_queries",
                         memory_attention.layer.pos_enc_at_cross_attn_queries));
  addRope(t, "memory_attention.layer.self_attention",
          [](Sam2Config& c) -> RoPEAttentionConfig& { return c.memory_attention.layer.self_attention; });
  addRope(t, "memory_attention.layer.cross_attention",
          [](Sam2Config& c) -> RoPEAttentionConfig& { return c.memory_attention.layer.cross_attention; });
  // memory encoder
  t.push_back(target("memory_encoder._target_", {"sam2.modeling.memory_encoder.MemoryEncoder"}));
  t.push_back(SAM2_FIELD("memory_encoder.out_dim", memory_encoder.out_dim));
  t.push_back(SAM2_FIELD("memory_encoder.in_dim", memory_encoder.in_dim));
  addSine(t, "memory_encoder.position_encoding",
          [](Sam2Config& c) -> PositionEmbeddingSineConfig& { return c.memory_encoder.position_encoding; });
  t.push_back(target("memory_encoder.mask_downsampler._target_", {"sam2.modeling.memory_encoder.MaskDownSampler"}));
  t.push_back(SAM2_FIELD("memory_encoder.mask_downsampler.embed_dim", memory_encoder.mask_downsampler.embed_dim));
  t.push_back(SAM2_FIELD("memory_encoder.mask_downsampler.kernel_size", memory_encoder.mask_downsampler.kernel_size));
  t.push_back(SAM2_FIELD("memory_encoder.mask_downsampler.stride", memory_encoder.mask_downsampler.stride));
  t.push_back(SAM2_FIELD("memory_encoder.mask_downsampler.padding", memory_encoder.mask_downsampler.padding));
  t.push_back(SAM2_FIELD("memory_encoder.mask_downsampler.total_stride", memory_encoder.mask_downsampler.total_stride));
  t.push_back(target("memory_encoder.fuser._target_", {"sam2.modeling.memory_encoder.Fuser"}));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.num_layers", memory_encoder.fuser.num_layers));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.dim", memory_encoder.fuser.dim));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.input_projection", memory_encoder.fuser.input_projection));
  t.push_back(target("memory_encoder.fuser.layer._target_", {"sam2.modeling.memory_encoder.CXBlock"}));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.dim", memory_encoder.fuser.layer.dim));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.kernel_size", memory_encoder.fuser.layer.kernel_size));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.padding", memory_encoder.fuser.layer.padding));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.drop_path", memory_encoder.fuser.layer.drop_path));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.layer_scale_init_value",
                         memory_encoder.fuser.layer.layer_scale_init_value));
  t.push_back(SAM2_FIELD("memory_encoder.fuser.layer.use_dwconv", memory_encoder.fuser.layer.use_dwconv));
  // SAM2Base
  t.push_back(SAM2_FIELD("num_maskmem", num_maskmem));
  t.push_back(SAM2_FIELD("image_size", image_size));
  t.push_back(SAM2_FIELD("backbone_stride", backbone_stride));
  t.push_back(SAM2_FIELD("sigmoid_scale_for_mem_enc", sigmoid_scale_for_mem_enc));
  t.push_back(SAM2_FIELD("sigmoid_bias_for_mem_enc", sigmoid_bias_for_mem_enc));
  t.push_back(SAM2_FIELD("binarize_mask_from_pts_for_mem_enc", binarize_mask_from_pts_for_mem_enc));
  t.push_back(SAM2_FIELD("use_mask_input_as_output_without_sam", use_mask_input_as_output_without_sam));
  t.push_back(SAM2_FIELD("max_cond_frames_in_attn", max_cond_frames_in_attn));
  t.push_back(SAM2_FIELD("directly_add_no_mem_embed", directly_add_no_mem_embed));
  t.push_back(SAM2_FIELD("use_high_res_features_in_sam", use_high_res_features_in_sam));
  t.push_back(SAM2_FIELD("multimask_output_in_sam", multimask_output_in_sam));
  t.push_back(SAM2_FIELD("multimask_min_pt_num", multimask_min_pt_num));
  t.push_back(SAM2_FIELD("multimask_max_pt_num", multimask_max_pt_num));
  t.push_back(SAM2_FIELD("multimask_output_for_tracking", multimask_output_for_tracking));
  t.push_back(SAM2_FIELD("use_multimask_token_for_obj_ptr", use_multimask_token_for_obj_ptr));
  t.push_back(SAM2_FIELD("iou_prediction_use_sigmoid", iou_prediction_use_sigmoid));
  t.push_back(SAM2_FIELD("memory_temporal_stride_for_eval", memory_temporal_stride_for_eval));
  t.push_back(SAM2_FIELD("non_overlap_masks_for_mem_enc", non_overlap_masks_for_mem_enc));
  t.push_back(SAM2_FIELD("use_obj_ptrs_in_encoder", use_obj_ptrs_in_encoder));
  t.push_back(SAM2_FIELD("max_obj_ptrs_in_encoder", max_obj_ptrs_in_encoder));
  t.push_back(SAM2_FIELD("add_tpos_enc_to_obj_ptrs", add_tpos_enc_to_obj_ptrs));
  t.push_back(SAM2_FIELD("proj_tpos_enc_in_obj_ptrs", proj_tpos_enc_in_obj_ptrs));
  t.push_back(SAM2_FIELD("use_signed_tpos_enc_to_obj_ptrs", use_signed_tpos_enc_to_obj_ptrs));
  t.push_back(SAM2_FIELD("only_obj_ptrs_in_the_past_for_eval", only_obj_ptrs_in_the_past_for_eval));
  t.push_back(SAM2_FIELD("pred_obj_scores", pred_obj_scores));
  t.push_back(SAM2_FIELD("pred_obj_scores_mlp", pred_obj_scores_mlp));
  t.push_back(SAM2_FIELD("fixed_no_obj_ptr", fixed_no_obj_ptr));
  t.push_back(SAM2_FIELD("soft_no_obj_ptr", soft_no_obj_ptr));
  t.push_back(SAM2_FIELD("use_mlp_for_obj_ptr_proj", use_mlp_for_obj_ptr_proj));
  t.push_back(SAM2_FIELD("no_obj_embed_spatial", no_obj_embed_spatial));
  t.push_back(SAM2_FIELD("sam_mask_decoder_extra_args.dynamic_multimask_via_stability",
                         sam_mask_decoder_extra_args.dynamic_multimask_via_stability));
  t.push_back(SAM2_FIELD("sam_mask_decoder_extra_args.dynamic_multimask_stability_delta",
                         sam_mask_decoder_extra_args.dynamic_multimask_stability_delta));
  t.push_back(SAM2_FIELD("sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh",
                         sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh));
  t.push_back(SAM2_FIELD("compile_image_encoder", compile_image_encoder));
  // SAM2VideoPredictor
  t.push_back(SAM2_FIELD("fill_hole_area", fill_hole_area));
  t.push_back(SAM2_FIELD("non_overlap_masks", non_overlap_masks));
  t.push_back(SAM2_FIELD("clear_non_cond_mem_around_input", clear_non_cond_mem_around_input));
  t.push_back(SAM2_FIELD("add_all_frames_to_correct_as_cond", add_all_frames_to_correct_as_cond));
  return t;
}

#undef SAM2_FIELD

const std::vector<Binding>& configBindings() {
  static const std::vector<Binding> bindings = makeBindings();
  return bindings;
}

const Binding* findBinding(const std::string& key) {
  for (const auto& b : configBindings())
    if (b.key == key) return &b;
  return nullptr;
}

// Keys the reference accepts but that change nothing here (or must keep their default).
bool isIgnoredKey(const std::string& key) {
  return key == "image_encoder.trunk.weights_path" || key == "memory_encoder.position_encoding.warmup_cache" ||
         key == "image_encoder.neck.position_encoding.warmup_cache" ||
         key.ends_with("position_encoding.image_size") || key.ends_with("position_encoding.strides");
}

// Maps (nested dicts that are nullable as a whole, like sam_mask_decoder_extra_args: null).
bool isMapKey(const std::string& prefix) {
  for (const auto& b : configBindings())
    if (b.key.size() > prefix.size() && b.key.compare(0, prefix.size(), prefix) == 0 && b.key[prefix.size()] == '.')
      return true;
  return false;
}

void applyNode(Sam2Config& cfg, const Node& node, const std::string& prefix, const std::string& source) {
  for (const auto& [k, child] : node.map) {
    const std::string key = prefix.empty() ? k : prefix + "." + k;
    if (child.kind == Node::Kind::Map) {
      if (!isMapKey(key)) throw Sam2Error(source + ":" + std::to_string(child.line) + ": unknown section '" + key + "'");
      applyNode(cfg, child, key, source);
      continue;
    }
    if (isIgnoredKey(key)) {
      if (key.ends_with("weights_path") && child.kind != Node::Kind::Null)
        throw Sam2Error(source + ":" + std::to_string(child.line) +
                        ": image_encoder.trunk.weights_path is not supported: load the weights as a checkpoint");
      continue;
    }
    if (child.kind == Node::Kind::Null && isMapKey(key)) continue;  // e.g. sam_mask_decoder_extra_args: null
    const Binding* b = findBinding(key);
    if (!b)
      throw Sam2Error(source + ":" + std::to_string(child.line) + ": unknown key '" + key +
                      "' (not part of the SAM 2 model schema)");
    if (!b->targets.empty()) {
      if (child.kind != Node::Kind::Scalar ||
          std::find(b->targets.begin(), b->targets.end(), child.scalar) == b->targets.end())
        throw Sam2Error(source + ":" + std::to_string(child.line) + ": " + key + ": unsupported class '" +
                        child.scalar + "' (expected " + b->targets.front() + ")");
      continue;
    }
    b->set(cfg, child, source);
  }
}

void validate(const Sam2Config& c, const std::string& source) {
  auto require = [&](bool ok, const std::string& what) {
    if (!ok) throw Sam2Error(source + ": invalid config: " + what);
  };
  const auto& trunk = c.image_encoder.trunk;
  require(trunk.embed_dim > 0 && trunk.num_heads > 0, "trunk embed_dim and num_heads must be positive");
  require(!trunk.stages.empty() && trunk.stages.size() == trunk.window_spec.size(),
          "trunk stages and window_spec must have the same length");
  for (int s : trunk.stages) require(s > 0, "every trunk stage needs at least one block");
  require(trunk.q_pool >= 0 && trunk.q_pool < int(trunk.stages.size()), "trunk q_pool must be below the stage count");
  for (int g : trunk.global_att_blocks)
    require(g >= 0 && g < trunk.totalBlocks(), "global_att_blocks index outside the trunk");
  require(c.image_encoder.neck.backbone_channel_list.size() == trunk.stages.size(),
          "neck backbone_channel_list needs one entry per trunk stage");
  require(c.image_encoder.neck.d_model > 0, "neck d_model must be positive");
  require(c.image_size > 0 && c.backbone_stride > 0 && c.image_size % c.backbone_stride == 0,
          "image_size must be a positive multiple of backbone_stride");
  require(c.num_maskmem >= 1, "num_maskmem must be at least 1");
  require(c.memory_attention.num_layers >= 0 && c.memory_encoder.fuser.num_layers >= 0, "negative layer count");
  require(c.memory_encoder.mask_downsampler.stride > 1, "mask_downsampler stride must be above 1");
}

// ---- built-in configs ----------------------------------------------------------------------

// What every official YAML sets (identical in sam2/ and sam2.1/ apart from the flags below).
Sam2Config officialBase() {
  Sam2Config c;
  auto& ie = c.image_encoder;
  ie.scalp = 1;
  ie.neck.position_encoding = {256, true, std::nullopt, 10000.0};
  ie.neck.d_model = 256;
  ie.neck.fpn_top_down_levels = std::vector<int>{2, 3};
  ie.neck.fpn_interp_model = "nearest";

  auto& ma = c.memory_attention;
  ma.d_model = 256;
  ma.pos_enc_at_input = true;
  ma.num_layers = 4;
  ma.layer.activation = "relu";
  ma.layer.dim_feedforward = 2048;
  ma.layer.dropout = 0.1;
  ma.layer.pos_enc_at_attn = false;
  ma.layer.d_model = 256;
  ma.layer.pos_enc_at_cross_attn_keys = true;
  ma.layer.pos_enc_at_cross_attn_queries = false;
  ma.layer.self_attention.rope_theta = 10000.0;
  ma.layer.self_attention.feat_sizes = {64, 64};
  ma.layer.self_attention.embedding_dim = 256;
  ma.layer.self_attention.num_heads = 1;
  ma.layer.self_attention.downsample_rate = 1;
  ma.layer.self_attention.dropout = 0.1;
  ma.layer.cross_attention = ma.layer.self_attention;
  ma.layer.cross_attention.rope_k_repeat = true;
  ma.layer.cross_attention.kv_in_dim = 64;

  auto& me = c.memory_encoder;
  me.out_dim = 64;
  me.position_encoding = {64, true, std::nullopt, 10000.0};
  me.mask_downsampler.kernel_size = 3;
  me.mask_downsampler.stride = 2;
  me.mask_downsampler.padding = 1;
  me.fuser.layer = {256, 7, 3, 0.0, 1e-6, true};
  me.fuser.num_layers = 2;

  c.num_maskmem = 7;
  c.image_size = 1024;
  c.sigmoid_scale_for_mem_enc = 20.0;
  c.sigmoid_bias_for_mem_enc = -10.0;
  c.use_mask_input_as_output_without_sam = true;
  c.directly_add_no_mem_embed = true;
  c.use_high_res_features_in_sam = true;
  c.multimask_output_in_sam = true;
  c.iou_prediction_use_sigmoid = true;
  c.use_obj_ptrs_in_encoder = true;
  c.only_obj_ptrs_in_the_past_for_eval = true;
  c.pred_obj_scores = true;
  c.pred_obj_scores_mlp = true;
  c.fixed_no_obj_ptr = true;
  c.multimask_output_for_tracking = true;
  c.use_multimask_token_for_obj_ptr = true;
  c.multimask_min_pt_num = 0;
  c.multimask_max_pt_num = 1;
  c.use_mlp_for_obj_ptr_proj = true;
  c.compile_image_encoder = false;
  return c;
}

enum class Size { Tiny, Small, BasePlus, Large };

Sam2Config official(Size size, bool v21) {
  Sam2Config c = officialBase();
  auto& trunk = c.image_encoder.trunk;
  auto& channels = c.image_encoder.neck.backbone_channel_list;
  std::string suffix;
  switch (size) {
    case Size::Tiny:
      trunk.embed_dim = 96;
      trunk.num_heads = 1;
      trunk.stages = {1, 2, 7, 2};
      trunk.global_att_blocks = {5, 7, 9};
      trunk.window_pos_embed_bkg_spatial_size = {7, 7};
      channels = {768, 384, 192, 96};
      suffix = "t";
      break;
    case Size::Small:
      trunk.embed_dim = 96;
      trunk.num_heads = 1;
      trunk.stages = {1, 2, 11, 2};
      trunk.global_att_blocks = {7, 10, 13};
      trunk.window_pos_embed_bkg_spatial_size = {7, 7};
      channels = {768, 384, 192, 96};
      suffix = "s";
      break;
    case Size::BasePlus:  // the YAML keeps Hiera's defaults for stages, windows and global blocks
      trunk.embed_dim = 112;
      trunk.num_heads = 2;
      channels = {896, 448, 224, 112};
      suffix = "b+";
      break;
    case Size::Large:
      trunk.embed_dim = 144;
      trunk.num_heads = 2;
      trunk.stages = {2, 6, 36, 4};
      trunk.global_att_blocks = {23, 33, 43};
      trunk.window_pos_embed_bkg_spatial_size = {7, 7};
      trunk.window_spec = {8, 4, 16, 8};
      channels = {1152, 576, 288, 144};
      suffix = "l";
      break;
  }
  if (v21) {
    c.add_tpos_enc_to_obj_ptrs = true;
    c.proj_tpos_enc_in_obj_ptrs = true;
    c.use_signed_tpos_enc_to_obj_ptrs = true;
    c.no_obj_embed_spatial = true;
  } else {
    c.add_tpos_enc_to_obj_ptrs = false;
  }
  c.name = std::string(v21 ? "sam2.1_hiera_" : "sam2_hiera_") + suffix;
  return c;
}

std::string readFile(const std::string& path) {
  // An official config is about 4 KB; a YAML beside a checkpoint is read automatically, so a
  // huge file is refused before it is read.
  constexpr std::streamoff kMaxConfigBytes = 1 << 20;
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Sam2Error("cannot open config file: " + path);
  const std::streamoff size = in.tellg();
  if (size > kMaxConfigBytes)
    throw Sam2Error(path + ": " + std::to_string(size) + " bytes is too large for a SAM 2 config (limit " +
                    std::to_string(kMaxConfigBytes) + " bytes)");
  in.seekg(0);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string baseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  for (const char* ext : {".yaml", ".yml"})
    if (name.ends_with(ext)) name.resize(name.size() - std::string(ext).size());
  return name;
}

}  // namespace

const std::vector<Sam2Config>& officialConfigs() {
  static const std::vector<Sam2Config> configs = {
      official(Size::Tiny, true),  official(Size::Small, true),  official(Size::BasePlus, true),
      official(Size::Large, true), official(Size::Tiny, false),  official(Size::Small, false),
      official(Size::BasePlus, false), official(Size::Large, false),
  };
  return configs;
}

Sam2Config officialConfig(const std::string& nameOrAlias) {
  std::string n = nameOrAlias;
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char ch) { return char(ch == '-' ? '_' : std::tolower(ch)); });
  for (const char* ext : {".yaml", ".pt"})
    if (n.ends_with(ext)) n.resize(n.size() - std::string(ext).size());
  // "2.0/tiny", "sam2/sam2_hiera_t" (the reference's config folders), "sam2_tiny" -> SAM 2.0.
  bool v20 = false;
  for (const char* folder : {"2.0/", "sam2/", "configs/sam2/"})
    if (n.rfind(folder, 0) == 0) {
      v20 = true;
      n = n.substr(std::string(folder).size());
    }
  for (const char* folder : {"2.1/", "sam2.1/", "configs/sam2.1/"})
    if (n.rfind(folder, 0) == 0) n = n.substr(std::string(folder).size());
  // Prefixes of config and checkpoint names ("sam2.1_hiera_base_plus.pt", "sam2_hiera_tiny").
  for (const auto& [prefix, is20] : std::vector<std::pair<std::string, bool>>{
           {"sam2.1_hiera_", false}, {"sam2_hiera_", true}, {"sam2.1_", false}, {"sam2_", true}})
    if (n.rfind(prefix, 0) == 0) {
      v20 = is20;
      n = n.substr(prefix.size());
      break;
    }
  static const std::map<std::string, std::string> aliases = {
      {"tiny", "t"}, {"t", "t"},   {"small", "s"},    {"s", "s"},     {"base_plus", "b+"},
      {"b+", "b+"},  {"b", "b+"},  {"baseplus", "b+"}, {"large", "l"}, {"l", "l"}};
  auto it = aliases.find(n);
  if (it != aliases.end()) n = (v20 ? "sam2_hiera_" : "sam2.1_hiera_") + it->second;
  for (const auto& c : officialConfigs())
    if (c.name == n) return c;
  std::string valid;
  for (const auto& c : officialConfigs()) valid += (valid.empty() ? "" : ", ") + c.name;
  throw Sam2Error("unknown SAM 2 config '" + nameOrAlias + "'; valid: " + valid +
                  ", or tiny, small, base_plus, large (SAM 2.1), or a YAML file");
}

Sam2Config configFromYamlText(const std::string& text, const std::string& name) {
  const Node doc = yaml::parse(text, name);
  if (doc.kind != Node::Kind::Map) throw Sam2Error(name + ": not a SAM 2 config (expected a map with a 'model:' section)");
  const Node* model = doc.find("model");
  if (!model || model->kind != Node::Kind::Map)
    throw Sam2Error(name + ": not a SAM 2 config: no 'model:' section");
  Sam2Config cfg;
  cfg.name = name;
  applyNode(cfg, *model, "", name);
  validate(cfg, name);
  return cfg;
}

Sam2Config configFromYaml(const std::string& path) {
  Sam2Config cfg = configFromYamlText(readFile(path), path);
  cfg.name = baseName(path);
  return cfg;
}

std::map<std::string, std::string> flattenConfig(const Sam2Config& cfg) {
  std::map<std::string, std::string> flat;
  for (const auto& b : configBindings()) flat[b.key] = b.get(cfg).dump();
  return flat;
}

void applyPredictorOverrides(Sam2Config& cfg) {
  cfg.sam_mask_decoder_extra_args.dynamic_multimask_via_stability = true;
  cfg.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta = 0.05;
  cfg.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh = 0.98;
  cfg.binarize_mask_from_pts_for_mem_enc = true;
  cfg.fill_hole_area = 8;
}

// ---- detection -----------------------------------------------------------------------------

Sam2Config detectConfig(const std::map<std::string, std::vector<int64_t>>& shapes) {
  auto shapeOf = [&](const std::string& name) -> const std::vector<int64_t>* {
    auto it = shapes.find(name);
    return it == shapes.end() ? nullptr : &it->second;
  };
  const auto* patch = shapeOf("image_encoder.trunk.patch_embed.proj.weight");
  if (!patch || patch->size() != 4)
    throw Sam2Error("not a SAM 2 checkpoint: it has no image_encoder.trunk.patch_embed.proj.weight (" +
                    std::to_string(shapes.size()) + " tensors)");
  const int64_t embedDim = (*patch)[0];
  int64_t blocks = 0;
  const std::string blockPrefix = "image_encoder.trunk.blocks.";
  for (const auto& [name, shape] : shapes) {
    if (name.rfind(blockPrefix, 0) != 0) continue;
    const size_t end = name.find('.', blockPrefix.size());
    try {
      blocks = std::max<int64_t>(blocks, std::stoll(name.substr(blockPrefix.size(), end - blockPrefix.size())) + 1);
    } catch (const std::exception&) {
    }
  }
  const bool v21 = shapes.count("obj_ptr_tpos_proj.weight") || shapes.count("no_obj_embed_spatial");
  for (const auto& c : officialConfigs()) {
    if (c.isSam21() != v21 || c.image_encoder.trunk.embed_dim != embedDim || c.image_encoder.trunk.totalBlocks() != blocks)
      continue;
    // A few more shapes that an official model fixes, so a retrained variant with the same trunk
    // is not mistaken for an official one (the strict load would catch it too, less clearly).
    const auto* posEmbed = shapeOf("image_encoder.trunk.pos_embed");
    const auto* noMem = shapeOf("no_mem_embed");
    const auto& bkg = c.image_encoder.trunk.window_pos_embed_bkg_spatial_size;
    if (posEmbed && *posEmbed == std::vector<int64_t>{1, embedDim, bkg[0], bkg[1]} && noMem &&
        *noMem == std::vector<int64_t>{1, 1, c.hiddenDim()})
      return c;
  }
  throw Sam2Error("this checkpoint is not one of the official SAM 2 / 2.1 models (Hiera embed_dim " +
                  std::to_string(embedDim) + ", " + std::to_string(blocks) + " blocks, SAM " +
                  (v21 ? "2.1" : "2.0") + " tensors): pass its YAML config file (official schema) as well");
}

}  // namespace sam2
