#pragma once
// Shared helpers of the video golden tests: build and load the golden model, read the golden
// frames, compare logits planes with the tolerances of GOLDEN_FORMAT.md.
#include <ATen/ATen.h>
#include "common/png_reader.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "golden.h"
#include "model/checkpoint.h"
#include "model/config.h"
#include "model/runtime.h"
#include "model/sam2_base.h"
#include "model/state_dict.h"
#include "model/video_session.h"

namespace videotest {

// The golden folder's config with the predictor overrides its golden.json lists.
inline sam2::Sam2Config goldenConfig(const golden::Session& g) {
  sam2::Sam2Config cfg = sam2::configFromYaml(g.resolve(g.json().at("config")).string());
  sam2::applyPredictorOverrides(cfg);
  const auto& overrides = g.json().at("model").value("overrides", nlohmann::json::object());
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    const std::string& k = it.key();
    if (k == "fill_hole_area") cfg.fill_hole_area = it.value();
    if (k == "binarize_mask_from_pts_for_mem_enc") cfg.binarize_mask_from_pts_for_mem_enc = it.value();
    if (k == "sam_mask_decoder_extra_args.dynamic_multimask_via_stability")
      cfg.sam_mask_decoder_extra_args.dynamic_multimask_via_stability = it.value();
    if (k == "sam_mask_decoder_extra_args.dynamic_multimask_stability_delta")
      cfg.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta = it.value();
    if (k == "sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh")
      cfg.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh = it.value();
    if (k == "num_maskmem") cfg.num_maskmem = it.value();
    if (k == "memory_temporal_stride_for_eval") cfg.memory_temporal_stride_for_eval = it.value();
  }
  return cfg;
}

// The predictor options of a golden session (model.overrides, then predictor_options).
inline sam2::VideoOptions goldenOptions(const golden::Session& g) {
  sam2::VideoOptions o;
  for (const char* key : {"overrides", "predictor_options"}) {
    nlohmann::json src = key == std::string("overrides") ? g.json().at("model").value("overrides", nlohmann::json::object())
                                                         : g.json().value("predictor_options", nlohmann::json::object());
    if (src.contains("add_all_frames_to_correct_as_cond"))
      o.addAllFramesToCorrectAsCond = src["add_all_frames_to_correct_as_cond"];
    if (src.contains("clear_non_cond_mem_around_input"))
      o.clearNonCondMemAroundInput = src["clear_non_cond_mem_around_input"];
    if (src.contains("non_overlap_masks")) o.nonOverlapMasks = src["non_overlap_masks"];
    if (src.contains("max_cond_frames_in_attn")) o.maxCondFramesInAttn = src["max_cond_frames_in_attn"];
  }
  return o;
}

inline std::shared_ptr<sam2::Sam2BaseImpl> loadGoldenModel(const golden::Session& g) {
  auto model = sam2::buildSam2Base(goldenConfig(g));
  sam2::loadStateDict(*model, sam2::readCheckpoint(g.resolve(g.json().at("checkpoint")).string()), "golden checkpoint");
  model->eval();
  return model;
}

// The same on the tests' device (SAM2_TEST_DEVICE: "cuda" in scripts/gpu-check.sh). On CUDA the
// model runs in float32 with TF32 off (sam2::ModelOptions' policy), so the CPU's tolerances hold.
inline std::shared_ptr<sam2::Sam2BaseImpl> loadGoldenModelOnTestDevice(const golden::Session& g) {
  auto model = loadGoldenModel(g);
  if (golden::testDevice() != "cpu") {
    sam2::useExactFloat32OnCuda();
    model->to(at::Device(golden::testDevice()));
  }
  return model;
}

// The frame files of a folder, ordered by their numeric name (as the reference's loader does).
inline std::vector<std::filesystem::path> frameFiles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    const auto ext = e.path().extension().string();
    if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".PNG" || ext == ".JPG") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
    return std::stol(a.stem().string()) < std::stol(b.stem().string());
  });
  return files;
}

struct RgbFrame {
  int width = 0, height = 0;
  std::vector<uint8_t> data;
};

inline RgbFrame readRgb(const std::filesystem::path& file) {
  testpng::Rgb8 png = testpng::readRgb(file.string());
  RgbFrame f;
  f.width = png.width;
  f.height = png.height;
  f.data = std::move(png.pixels);
  return f;
}

// Comparison of one object's logits plane with the golden one.
struct PlaneDiff {
  double maxAbs = 0, meanAbs = 0, p999 = 0, fractionAbove025 = 0, iou = 1;
  bool goldenNoObject = false, oursNoObject = false;
  float goldenMax = 0.f, oursMax = 0.f;  // a plane of -1024 everywhere: the object is absent
};

inline PlaneDiff comparePlane(const std::vector<float>& ours, const at::Tensor& goldenPlane) {
  at::Tensor g = goldenPlane.reshape({-1}).to(at::kFloat);
  at::Tensor o = at::from_blob(const_cast<float*>(ours.data()), {static_cast<int64_t>(ours.size())}, at::kFloat).clone();
  PlaneDiff d;
  if (o.numel() != g.numel()) {
    d.maxAbs = d.meanAbs = d.p999 = 1e9;
    d.iou = 0;
    return d;
  }
  at::Tensor diff = (o - g).abs();
  d.maxAbs = diff.max().item<double>();
  d.meanAbs = diff.mean().item<double>();
  d.fractionAbove025 = (diff > 0.25).to(at::kDouble).mean().item<double>();
  at::Tensor sorted = std::get<0>(diff.sort());
  d.p999 = sorted[static_cast<int64_t>(0.999 * (sorted.numel() - 1))].item<double>();
  d.iou = golden::maskIou(o > 0, g > 0);
  d.goldenMax = g.max().item<float>();
  d.oursMax = o.max().item<float>();
  // The -1024 placeholder, upsampled: PyTorch's bilinear kernels give -1023.99994 in some versions
  // (the reference's recording, LibTorch 1.13) and exactly -1024 in others (LibTorch 2.15).
  d.goldenNoObject = d.goldenMax <= -1023.99f;
  d.oursNoObject = d.oursMax <= -1023.99f;
  return d;
}

}  // namespace videotest
