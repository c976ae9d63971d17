// Configs: the 8 built-in official configs against their manifests, the YAML reader (the mini
// config, every official config written back as YAML, malformed files) and variant detection
// from a checkpoint's tensor shapes.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "model/checkpoint.h"
#include "model/config.h"
#include "model/error.h"
#include "model/yaml_lite.h"
// Last: LibTorch headers define a CHECK macro of their own, replaced here.
#undef CHECK
#include "model/check.h"

using nlohmann::json;

namespace {

const std::string kData = SAM2_TEST_DATA_DIR;

json readJson(const std::string& path) {
  std::ifstream in(path);
  return json::parse(in);
}

json manifest(const std::string& name) { return readJson(kData + "/manifests/" + name + ".json"); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

template <class Fn>
std::string errorOf(Fn fn, const char* what) {
  try {
    fn();
  } catch (const sam2::Sam2Error& e) {
    return e.what();
  } catch (const std::exception& e) {
    check::fail(__FILE__, __LINE__, std::string(what) + ": wrong exception type: " + e.what());
    return "";
  }
  check::fail(__FILE__, __LINE__, std::string(what) + ": did not throw");
  return "";
}

// The manifest's state dict as name -> shape (what detectConfig reads from a checkpoint).
std::map<std::string, std::vector<int64_t>> manifestShapes(const json& m) {
  std::map<std::string, std::vector<int64_t>> shapes;
  for (const auto& entry : m["state_dict"]) shapes[entry["name"].get<std::string>()] = entry["shape"].get<std::vector<int64_t>>();
  return shapes;
}

// A YAML scalar as the official files write it.
std::string yamlScalar(const json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + yamlScalar(v[i]);
    return s + "]";
  }
  return v.dump();
}

// Writes a manifest's flat `model_config_flat` back as nested YAML (header, comments and all).
std::string yamlFromFlat(const json& flat) {
  std::string out = "# @package _global_\n\n# Model\nmodel:\n";
  std::vector<std::string> open;  // the map path currently written
  for (const auto& [key, value] : flat.items()) {
    std::vector<std::string> parts;
    size_t start = 0, dot;
    while ((dot = key.find('.', start)) != std::string::npos) {
      parts.push_back(key.substr(start, dot - start));
      start = dot + 1;
    }
    const std::string leaf = key.substr(start);
    size_t common = 0;
    while (common < open.size() && common < parts.size() && open[common] == parts[common]) ++common;
    open.resize(common);
    for (size_t i = common; i < parts.size(); ++i) {
      out += std::string(2 * (i + 1), ' ') + parts[i] + ":\n";
      open.push_back(parts[i]);
    }
    out += std::string(2 * (parts.size() + 1), ' ') + leaf + ": " + yamlScalar(value) + "  # from the manifest\n";
  }
  return out;
}

}  // namespace

TEST_CASE("built-in configs equal their manifests' model_config_flat") {
  const auto& configs = sam2::officialConfigs();
  CHECK(configs.size() == 8);
  const auto defaults = sam2::flattenConfig(sam2::Sam2Config{});
  for (const auto& cfg : configs) {
    const json m = manifest(cfg.name);
    CHECK_MSG(m["config"].get<std::string>() == cfg.name, cfg.name);
    const auto flat = sam2::flattenConfig(cfg);
    const json& expected = m["model_config_flat"];
    for (const auto& [key, value] : expected.items()) {
      auto it = flat.find(key);
      CHECK_MSG(it != flat.end(), cfg.name + ": no field for " + key);
      if (it == flat.end()) continue;
      CHECK_MSG(json::parse(it->second) == value, cfg.name + ": " + key + " = " + it->second + ", manifest " + value.dump());
    }
    // Every value the YAML leaves out keeps the reference constructor's default.
    for (const auto& [key, value] : flat) {
      if (expected.contains(key)) continue;
      CHECK_MSG(value == defaults.at(key), cfg.name + ": " + key + " = " + value + " is neither in the YAML nor the default");
    }
  }
}

TEST_CASE("reference defaults for values the official YAMLs omit") {
  const sam2::Sam2Config bplus = sam2::officialConfig("sam2.1_hiera_b+");
  CHECK((bplus.image_encoder.trunk.stages == std::vector<int>{2, 3, 16, 3}));
  CHECK((bplus.image_encoder.trunk.global_att_blocks == std::vector<int>{12, 16, 20}));
  CHECK((bplus.image_encoder.trunk.window_spec == std::vector<int>{8, 4, 14, 7}));
  CHECK((bplus.image_encoder.trunk.window_pos_embed_bkg_spatial_size == std::array<int, 2>{14, 14}));
  CHECK(bplus.image_encoder.trunk.q_pool == 3 && bplus.image_encoder.trunk.dim_mul == 2.0);
  CHECK(bplus.memory_encoder.in_dim == 256 && bplus.memory_encoder.mask_downsampler.embed_dim == 256);
  CHECK(bplus.max_obj_ptrs_in_encoder == 16 && bplus.memory_temporal_stride_for_eval == 1);
  CHECK(bplus.max_cond_frames_in_attn == -1 && bplus.backbone_stride == 16);
  CHECK(bplus.hiddenDim() == 256 && bplus.memDim() == 64 && bplus.imageEmbeddingSize() == 64);
  // Predictor options stay at the reference defaults until applyPredictorOverrides.
  CHECK(!bplus.binarize_mask_from_pts_for_mem_enc && bplus.fill_hole_area == 0);
  CHECK(!bplus.sam_mask_decoder_extra_args.dynamic_multimask_via_stability);
  sam2::Sam2Config withOverrides = bplus;
  sam2::applyPredictorOverrides(withOverrides);
  CHECK(withOverrides.binarize_mask_from_pts_for_mem_enc && withOverrides.fill_hole_area == 8);
  CHECK(withOverrides.sam_mask_decoder_extra_args.dynamic_multimask_via_stability);
  CHECK(withOverrides.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta == 0.05);
  CHECK(withOverrides.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh == 0.98);
  // 2.0 vs 2.1 flags.
  const auto t20 = sam2::officialConfig("sam2_hiera_t");
  const auto t21 = sam2::officialConfig("sam2.1_hiera_t");
  CHECK(!t20.no_obj_embed_spatial && !t20.proj_tpos_enc_in_obj_ptrs && !t20.use_signed_tpos_enc_to_obj_ptrs &&
        !t20.add_tpos_enc_to_obj_ptrs && !t20.isSam21());
  CHECK(t21.no_obj_embed_spatial && t21.proj_tpos_enc_in_obj_ptrs && t21.use_signed_tpos_enc_to_obj_ptrs &&
        t21.add_tpos_enc_to_obj_ptrs && t21.isSam21());
}

TEST_CASE("official config names and aliases") {
  CHECK(sam2::officialConfig("tiny").name == "sam2.1_hiera_t");
  CHECK(sam2::officialConfig("small").name == "sam2.1_hiera_s");
  CHECK(sam2::officialConfig("base_plus").name == "sam2.1_hiera_b+");
  CHECK(sam2::officialConfig("Large").name == "sam2.1_hiera_l");
  CHECK(sam2::officialConfig("sam2_hiera_b+").name == "sam2_hiera_b+");
  CHECK(sam2::officialConfig("sam2.1_hiera_s.yaml").name == "sam2.1_hiera_s");
  CHECK(sam2::officialConfig("configs/sam2/sam2_hiera_l.yaml").name == "sam2_hiera_l");
  CHECK(sam2::officialConfig("2.0/tiny").name == "sam2_hiera_t");
  CHECK(sam2::officialConfig("sam2_small").name == "sam2_hiera_s");
  // Checkpoint file names as published ("sam2.1_hiera_base_plus.pt") and Hugging Face ids.
  CHECK(sam2::officialConfig("sam2.1_hiera_base_plus.pt").name == "sam2.1_hiera_b+");
  CHECK(sam2::officialConfig("sam2_hiera_tiny.pt").name == "sam2_hiera_t");
  CHECK(sam2::officialConfig("sam2.1-hiera-large").name == "sam2.1_hiera_l");
  CHECK(sam2::officialConfig("sam2_hiera_s").name == "sam2_hiera_s");
  const std::string msg = errorOf([] { sam2::officialConfig("huge"); }, "unknown name");
  CHECK_MSG(has(msg, "'huge'") && has(msg, "sam2.1_hiera_t"), msg);
}

TEST_CASE("YAML: the mini config") {
  const auto mini = sam2::configFromYaml(kData + "/sam2_mini/sam2_mini.yaml");
  CHECK(mini.name == "sam2_mini");
  CHECK(mini.image_size == 256 && mini.image_encoder.scalp == 1);
  const auto& trunk = mini.image_encoder.trunk;
  CHECK(trunk.embed_dim == 24 && trunk.num_heads == 1);
  CHECK((trunk.stages == std::vector<int>{1, 2, 3, 2}) && (trunk.global_att_blocks == std::vector<int>{4}));
  CHECK((trunk.window_spec == std::vector<int>{8, 4, 6, 3}));
  CHECK((trunk.window_pos_embed_bkg_spatial_size == std::array<int, 2>{7, 7}));
  CHECK(mini.image_encoder.neck.d_model == 64);
  CHECK((mini.image_encoder.neck.backbone_channel_list == std::vector<int>{192, 96, 48, 24}));
  CHECK(mini.image_encoder.neck.position_encoding.num_pos_feats == 64 && !mini.image_encoder.neck.position_encoding.scale);
  CHECK(mini.memory_attention.d_model == 64 && mini.memory_attention.num_layers == 2);
  CHECK(mini.memory_attention.layer.dim_feedforward == 128);
  CHECK((mini.memory_attention.layer.cross_attention.feat_sizes == std::array<int, 2>{16, 16}));
  CHECK(mini.memory_attention.layer.cross_attention.kv_in_dim == 32);
  CHECK(!mini.memory_attention.layer.self_attention.kv_in_dim.has_value());
  CHECK(mini.memory_encoder.out_dim == 32 && mini.memory_encoder.in_dim == 64);
  CHECK(mini.memory_encoder.mask_downsampler.embed_dim == 64 && mini.memory_encoder.fuser.layer.dim == 64);
  CHECK(mini.memory_encoder.fuser.layer.layer_scale_init_value == 1e-6);
  CHECK(mini.memDim() == 32 && mini.hiddenDim() == 64);

  // Apart from its dimensions it is sam2.1_hiera_t, flag for flag.
  const std::set<std::string> dimensionKeys = {
      "image_size", "image_encoder.trunk.embed_dim", "image_encoder.trunk.stages", "image_encoder.trunk.global_att_blocks",
      "image_encoder.trunk.window_spec", "image_encoder.neck.d_model", "image_encoder.neck.backbone_channel_list",
      "image_encoder.neck.position_encoding.num_pos_feats", "memory_attention.d_model", "memory_attention.num_layers",
      "memory_attention.layer.d_model", "memory_attention.layer.dim_feedforward",
      "memory_attention.layer.self_attention.feat_sizes", "memory_attention.layer.self_attention.embedding_dim",
      "memory_attention.layer.cross_attention.feat_sizes", "memory_attention.layer.cross_attention.embedding_dim",
      "memory_attention.layer.cross_attention.kv_in_dim", "memory_encoder.out_dim", "memory_encoder.in_dim",
      "memory_encoder.position_encoding.num_pos_feats", "memory_encoder.mask_downsampler.embed_dim",
      "memory_encoder.fuser.layer.dim"};
  const auto flatMini = sam2::flattenConfig(mini);
  const auto flatTiny = sam2::flattenConfig(sam2::officialConfig("sam2.1_hiera_t"));
  for (const auto& [key, value] : flatTiny) {
    if (dimensionKeys.count(key)) {
      CHECK_MSG(flatMini.at(key) != value, key);
    } else {
      CHECK_MSG(flatMini.at(key) == value, key + ": mini " + flatMini.at(key) + ", tiny " + value);
    }
  }
}

TEST_CASE("YAML: every official config written as YAML reads back equal to the built-in one") {
  for (const auto& cfg : sam2::officialConfigs()) {
    const std::string text = yamlFromFlat(manifest(cfg.name)["model_config_flat"]);
    const auto read = sam2::configFromYamlText(text, cfg.name + ".yaml");
    CHECK_MSG(sam2::flattenConfig(read) == sam2::flattenConfig(cfg), cfg.name + "\n" + text);
  }
}

TEST_CASE("YAML: subset details") {
  const std::string text =
      "# @package _global_\n"
      "---\n"
      "model:   # trailing comment\n"
      "  _target_: sam2.sam2_video_predictor.SAM2VideoPredictor\n"
      "  image_size: 512\n"
      "\n"
      "  image_encoder:\n"
      "    trunk:\n"
      "      stages: [1,2 ,3, 4]   # odd spacing\n"
      "      global_att_blocks: [5]\n"
      "      window_spec:\n"
      "      - 8\n"
      "      - 4\n"
      "      - 4\n"
      "      - 2\n"
      "    neck:\n"
      "      fpn_interp_model: 'bilinear'\n"
      "      fpn_top_down_levels: null\n"
      "      backbone_channel_list: [768, 384, 192, 96]\n"
      "  sam_mask_decoder_extra_args:\n"
      "    dynamic_multimask_via_stability: True\n"
      "    dynamic_multimask_stability_delta: 5.0e-02\n"
      "  max_cond_frames_in_attn: -1\n"
      "  memory_encoder:\n"
      "    fuser:\n"
      "      layer:\n"
      "        layer_scale_init_value: 1.0e-06\n"
      "other_section:\n"
      "  anything: [1, [2, 3]]\n";
  const auto c = sam2::configFromYamlText(text, "subset.yaml");
  CHECK(c.image_size == 512);
  CHECK((c.image_encoder.trunk.stages == std::vector<int>{1, 2, 3, 4}));
  CHECK((c.image_encoder.trunk.window_spec == std::vector<int>{8, 4, 4, 2}));
  CHECK(c.image_encoder.neck.fpn_interp_model == "bilinear");
  CHECK(!c.image_encoder.neck.fpn_top_down_levels.has_value());
  CHECK(c.sam_mask_decoder_extra_args.dynamic_multimask_via_stability);
  CHECK(c.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta == 0.05);
  CHECK(c.max_cond_frames_in_attn == -1);
  CHECK(c.memory_encoder.fuser.layer.layer_scale_init_value == 1e-6);
  // `sam_mask_decoder_extra_args: null` keeps the defaults.
  const auto n = sam2::configFromYamlText("model:\n  sam_mask_decoder_extra_args: null\n", "null.yaml");
  CHECK(!n.sam_mask_decoder_extra_args.dynamic_multimask_via_stability);
}

TEST_CASE("YAML: malformed files give the file, line and reason") {
  struct Case {
    std::string text, expect;
  };
  const std::vector<Case> cases = {
      {"model:\n  image_size: 1024\n  image_sise: 512\n", "bad.yaml:3: unknown key 'image_sise'"},
      {"model:\n  image_size: big\n", "bad.yaml:2: image_size: expected an integer, got 'big'"},
      {"model:\n  image_encoder:\n    trunk:\n      stages: [1, 2\n", "bad.yaml:4: unterminated [list]"},
      {"model:\n  image_size: ${scratch.resolution}\n", "interpolations"},
      {"model:\n\timage_size: 1024\n", "bad.yaml:2: tab"},
      {"trainer:\n  max_epochs: 3\n", "no 'model:' section"},
      {"model:\n  image_encoder:\n    _target_: my.own.Encoder\n", "unsupported class 'my.own.Encoder'"},
      {"model:\n  image_encoder: {scalp: 1}\n", "flow maps"},
      {"model:\n  use_high_res_features_in_sam: yes\n", "expected true or false"},
      {"model:\n  image_size: 1024\n  image_size: 512\n", "duplicate key 'image_size'"},
      {"model:\n  image_encoder:\n    trunk:\n      stages: [1, 2, 7, 2]\n      window_spec: [8, 4]\n",
       "same length"},
      {"model:\n  image_size: 1024\n    scalp: 1\n", "bad.yaml:3: unexpected indentation"},
      {"model:\n  image_encoder:\n    trunk:\n      weights_path: /tmp/w.pt\n", "weights_path is not supported"},
      {"model:\n  image_encoder:\n    trunk:\n      q_stride: [2, 2, 2]\n", "two integers"},
      {"", "'model:' section"},
  };
  for (const auto& c : cases) {
    const std::string msg = errorOf([&] { sam2::configFromYamlText(c.text, "bad.yaml"); }, c.expect.c_str());
    CHECK_MSG(has(msg, c.expect), "expected '" + c.expect + "', got '" + msg + "'");
  }
  const std::string missing = errorOf([] { sam2::configFromYaml(kData + "/no_such.yaml"); }, "missing file");
  CHECK_MSG(has(missing, "no_such.yaml"), missing);
}

// Issue 19's finding: nesting 200,000 levels in flow style or 20,000 by indentation overflowed the
// recursive parser's stack (a segmentation fault, through a YAML found beside a checkpoint). Now
// a clear error names the file, the line and the limit, within a second.
TEST_CASE("YAML: hostile nesting and size are refused, not a stack overflow") {
  const std::string flow = "model:\n  image_size: " + std::string(200000, '[') + std::string(200000, ']') + "\n";
  std::string indented = "model:\n";
  for (int i = 1; i <= 20000; ++i) indented += std::string(static_cast<size_t>(2 * i), ' ') + "k" + std::to_string(i) + ":\n";
  // CPU time of this thread, not the wall clock: "within a second" must not depend on what else
  // the machine runs (a parallel ctest run failed it once on wall time).
  auto threadSeconds = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
  };
  const double start = threadSeconds();
  for (const std::string* text : std::vector<const std::string*>{&flow, &indented}) {
    const std::string msg = errorOf([&] { sam2::configFromYamlText(*text, "deep.yaml"); }, "deep nesting");
    CHECK_MSG(has(msg, "deep.yaml:") && has(msg, "nested deeper than 64 levels"), msg);
  }
  // 64 levels still parse (the limit is not off by one); 65 do not.
  auto nested = [](int levels) { return "x: " + std::string(static_cast<size_t>(levels - 1), '[') + std::string(static_cast<size_t>(levels - 1), ']') + "\n"; };
  std::string refused64;
  try {
    sam2::yaml::parse(nested(64), "ok.yaml");
  } catch (const sam2::Sam2Error& e) {
    refused64 = e.what();
  }
  CHECK_MSG(refused64.empty(), "64 levels were refused: " + refused64);
  CHECK(has(errorOf([&] { sam2::yaml::parse(nested(65), "no.yaml"); }, "65 levels"), "nested deeper"));
  const double seconds = threadSeconds() - start;
  // Within a second in the builds people run; AddressSanitizer's instrumentation (scripts/
  // sanitize.sh) makes every allocation several times slower, so there the bound is 5 s.
#if defined(__SANITIZE_ADDRESS__)
  const double limit = 5.0;
#else
  const double limit = 1.0;
#endif
  CHECK_MSG(seconds < limit, "took " + std::to_string(seconds) + " s of CPU");
  // A config file far larger than any real one is refused before it is read.
  const std::string big = (std::filesystem::temp_directory_path() / "sam2_big_config.yaml").string();
  {
    std::ofstream out(big, std::ios::binary);
    out << "model:\n  image_size: 1024\n" << std::string(2 << 20, '#') << "\n";
  }
  const std::string msg = errorOf([&] { sam2::configFromYaml(big); }, "huge config");
  CHECK_MSG(has(msg, "too large for a SAM 2 config"), msg);
  std::filesystem::remove(big);
}

TEST_CASE("detection: each official variant from its manifest's state dict") {
  for (const auto& cfg : sam2::officialConfigs()) {
    const auto shapes = manifestShapes(manifest(cfg.name));
    CHECK_MSG(sam2::detectConfig(shapes).name == cfg.name, cfg.name);
  }
  // Without the 2.1 tensors a 2.1 state dict reads as 2.0.
  auto shapes = manifestShapes(manifest("sam2.1_hiera_t"));
  shapes.erase("obj_ptr_tpos_proj.weight");
  shapes.erase("obj_ptr_tpos_proj.bias");
  shapes.erase("no_obj_embed_spatial");
  CHECK(sam2::detectConfig(shapes).name == "sam2_hiera_t");
}

TEST_CASE("detection: unknown shapes ask for a YAML config") {
  const auto mini = sam2::readCheckpoint(kData + "/sam2_mini/sam2_mini.pt");
  std::string msg = errorOf([&] { sam2::detectConfig(mini); }, "mini");
  CHECK_MSG(has(msg, "embed_dim 24") && has(msg, "8 blocks") && has(msg, "YAML"), msg);

  auto shapes = manifestShapes(manifest("sam2.1_hiera_l"));
  shapes["image_encoder.trunk.pos_embed"] = {1, 144, 14, 14};  // a retrained variant
  msg = errorOf([&] { sam2::detectConfig(shapes); }, "other pos_embed");
  CHECK_MSG(has(msg, "YAML"), msg);

  msg = errorOf([] { sam2::detectConfig(std::map<std::string, std::vector<int64_t>>{{"fc.weight", {2, 3}}}); },
                "not sam2");
  CHECK_MSG(has(msg, "not a SAM 2 checkpoint"), msg);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
