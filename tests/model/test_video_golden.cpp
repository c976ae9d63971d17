// Golden tests of the video path: replays the scripted SAM2VideoPredictor sessions of a golden
// folder (video/ with default options, video_interactive/ with the interactive options) call by
// call through VideoSession and compares every returned frame, the trace of discrete decisions,
// the state bookkeeping and the recorded internals (memory attention, memory encoder, pointers).
// Tolerances: GOLDEN_FORMAT.md, "Tolerances" (recommended checks for a float32 CPU port).
#include <c10/core/InferenceMode.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <set>

#include "model/video_session_internal.h"
#include "video_golden_support.h"
// Last: LibTorch headers bring glog's CHECK, which the harness's CHECK must replace.
#undef CHECK
#include "check.h"

using nlohmann::json;

namespace {

std::string where(const std::string& step, int frame, int objId) {
  return step + " frame " + std::to_string(frame) + " obj " + std::to_string(objId);
}

// Float tensors: max |diff| relative to the golden tensor's largest magnitude.
void checkClose(const std::string& what, const at::Tensor& ours, const at::Tensor& gold, double relTol) {
  if (!ours.defined()) {
    CHECK_MSG(false, what + ": not produced");
    return;
  }
  at::Tensor o = ours.detach().to(at::kCPU, at::kDouble).reshape(gold.sizes());
  at::Tensor g = gold.to(at::kDouble);
  const double scale = std::max(1e-6, g.abs().max().item<double>());
  const double diff = (o - g).abs().max().item<double>();
  CHECK_MSG(diff <= relTol * scale, what + ": max abs diff " + std::to_string(diff) + " (scale " +
                                        std::to_string(scale) + ", tolerance " + std::to_string(relTol * scale) + ")");
}

// Values that went through bfloat16: one bfloat16 step (relative 2^-7) per value may differ,
// plus the float32 tolerance; with `allowFraction`, that share of values may differ more.
void checkBf16Close(const std::string& what, const at::Tensor& ours, const at::Tensor& gold, double relTol,
                    double allowFraction = 0.0) {
  if (!ours.defined()) {
    CHECK_MSG(false, what + ": not produced");
    return;
  }
  at::Tensor o = ours.detach().to(at::kCPU, at::kDouble).reshape(gold.sizes());
  at::Tensor g = gold.to(at::kDouble);
  const double scale = std::max(1e-6, g.abs().max().item<double>());
  at::Tensor bound = at::maximum(o.abs(), g.abs()) * std::ldexp(1.0, -7) + relTol * scale;
  const double beyond = ((o - g).abs() > bound).to(at::kDouble).mean().item<double>();
  CHECK_MSG(beyond <= allowFraction, what + ": " + std::to_string(beyond * 100) +
                                         "% of values differ by more than one bfloat16 step (max abs diff " +
                                         std::to_string((o - g).abs().max().item<double>()) + ")");
}

struct Tolerances {
  double maxAbs = 0.25, meanAbs = 0.05, iou = 0.99;
  double scoreAbs = 0.02, iouPredAbs = 0.005;
  double internalsRel = 1e-3;  // float32 internals
  double afterMemoryRel = 1e-3;
};

struct Replay {
  explicit Replay(const std::string& sub)
      : g(golden::goldenDir() / sub), model(videotest::loadGoldenModelOnTestDevice(g)), options(videotest::goldenOptions(g)) {
    interactive = g.json().value("scenario", "") == "video_interactive";
    if (interactive) tol.afterMemoryRel = 2e-2;
  }

  golden::Session g;
  std::shared_ptr<sam2::Sam2BaseImpl> model;
  sam2::VideoOptions options;
  bool interactive = false;
  Tolerances tol;

  // What the session reported, in order (compared with golden "trace").
  std::vector<json> trace;
  int stepIndex = 0;
  int planes = 0;
  double worstMax = 0, worstMean = 0, worstIou = 1;

  void compareFrame(const std::string& label, const sam2::FrameResult& ours, const json& goldFrame,
                    const std::vector<int>& goldIds) {
    CHECK_MSG(ours.frame == goldFrame.at("frame_idx").get<int>(),
              label + ": frame " + std::to_string(ours.frame) + " vs " + goldFrame.at("frame_idx").dump());
    std::vector<int> ids;
    for (const auto& o : ours.objects) ids.push_back(o.objId);
    CHECK_MSG(ids == goldIds, label + ": object ids differ");
    const auto& names = goldFrame.at("video_res_masks");
    if (ids != goldIds || names.size() != ours.objects.size()) return;
    for (size_t i = 0; i < names.size(); ++i) {
      const auto& o = ours.objects[i];
      const std::string what = where(label, ours.frame, o.objId);
      at::Tensor gold = g.tensor(names[i].get<std::string>());
      auto d = videotest::comparePlane(o.logits, gold);
      ++planes;
      worstMax = std::max(worstMax, d.maxAbs);
      worstMean = std::max(worstMean, d.meanAbs);
      worstIou = std::min(worstIou, d.iou);
      CHECK_MSG(d.goldenNoObject == d.oursNoObject, what + ": object presence differs (largest logit: golden " +
                                                         std::to_string(d.goldenMax) + ", ours " + std::to_string(d.oursMax) + ")");
      // Every plane (GOLDEN_FORMAT.md, "Hole filling"): hole filling is a per-pixel decision on
      // logits that can sit within 1e-4 of 0, so a correct port (or the reference on another
      // CPU) may move a few pixels of one plane by 2 or more: bound the 99.9th percentile and the
      // share of pixels above 0.25 (0.1 %), not the maximum.
      CHECK_MSG(d.p999 <= tol.maxAbs, what + ": 99.9th percentile abs diff " + std::to_string(d.p999));
      CHECK_MSG(d.fractionAbove025 <= 1e-3,
                what + ": " + std::to_string(d.fractionAbove025 * 100) + "% of pixels differ by more than 0.25");
      CHECK_MSG(d.meanAbs <= tol.meanAbs, what + ": mean abs diff " + std::to_string(d.meanAbs));
      CHECK_MSG(d.iou >= tol.iou, what + ": mask IoU " + std::to_string(d.iou));
      // The boolean mask is logits > 0.
      int64_t mismatched = 0;
      for (size_t p = 0; p < o.mask.data.size(); ++p) mismatched += (o.mask.data[p] != 0) != (o.logits[p] > 0.f);
      CHECK_MSG(mismatched == 0, what + ": mask is not logits > 0");
    }
  }

  void compareState(const std::string& label, sam2::VideoSession::Impl& session, const json& state) {
    std::vector<int> ids = state.at("obj_ids").get<std::vector<int>>();
    CHECK_MSG(session.objectIds() == ids, label + ": object ids in state differ");
    for (const auto& o : state.at("objects")) {
      const int id = o.at("obj_id");
      sam2::ObjectStateSummary s;
      try {
        s = session.objectState(id);
      } catch (const std::exception& e) {
        CHECK_MSG(false, label + ": " + e.what());
        continue;
      }
      auto expect = [&](const char* key, const std::vector<int>& ours, bool ordered) {
        std::vector<int> gold = o.at(key).get<std::vector<int>>();
        std::vector<int> mine = ours;
        if (!ordered) {
          std::sort(gold.begin(), gold.end());
          std::sort(mine.begin(), mine.end());
        }
        CHECK_MSG(mine == gold, label + " obj " + std::to_string(id) + ": " + key + " differ");
      };
      expect("cond_frames", s.condFrames, true);
      expect("non_cond_frames", s.nonCondFrames, false);
      expect("temp_cond_frames", s.tempCondFrames, false);
      expect("temp_non_cond_frames", s.tempNonCondFrames, false);
      expect("point_input_frames", s.pointInputFrames, false);
      expect("mask_input_frames", s.maskInputFrames, false);
      expect("tracked_forward", s.trackedForward, false);
      expect("tracked_reverse", s.trackedReverse, false);
    }
  }

  void compareTrace() {
    const auto& gold = g.json().at("trace");
    CHECK_MSG(trace.size() == gold.size(),
              "trace has " + std::to_string(trace.size()) + " entries, golden " + std::to_string(gold.size()));
    const size_t n = std::min(trace.size(), gold.size());
    for (size_t i = 0; i < n; ++i) {
      const json& o = trace[i];
      const json& t = gold[i];
      const std::string label = "trace[" + std::to_string(i) + "] step " + t.at("step").dump() + " " +
                                t.at("kind").get<std::string>() + " frame " + t.at("frame_idx").dump();
      CHECK_MSG(o.at("step") == t.at("step") && o.at("kind") == t.at("kind") && o.at("frame_idx") == t.at("frame_idx"),
                label + ": ours is " + o.dump());
      if (o.at("kind") != t.at("kind")) continue;
      const std::string kind = t.at("kind");
      if (kind == "clear_non_cond_memory") {
        for (const char* k : {"obj_id", "window", "removed_frames"})
          CHECK_MSG(o.at(k) == t.at(k), label + ": " + k + " " + o.at(k).dump() + " vs " + t.at(k).dump());
        continue;
      }
      const float goldScore = t.at("object_score_logit");
      const float ourScore = o.at("object_score_logit");
      CHECK_MSG((goldScore > 0) == (ourScore > 0), label + ": object presence differs");
      CHECK_MSG(std::abs(goldScore - ourScore) <= tol.scoreAbs,
                label + ": object score " + std::to_string(ourScore) + " vs " + std::to_string(goldScore));
      if (kind == "memory_encoder") continue;
      for (const char* k : {"obj_id", "is_init_cond_frame", "reverse", "run_mem_encoder", "num_points", "mask_input",
                            "prev_sam_mask_logits"})
        CHECK_MSG(o.at(k) == t.at(k), label + ": " + k + " " + o.at(k).dump() + " vs " + t.at(k).dump());
      for (const char* k : {"state_cond_frames", "memory_frames", "obj_ptr_tokens"})
        if (t.contains(k)) CHECK_MSG(o.at(k) == t.at(k), label + ": " + k + " " + o.at(k).dump() + " vs " + t.at(k).dump());
      if (t.contains("state_non_cond_frames")) {  // a set (the golden lists it sorted)
        auto ours = o.at("state_non_cond_frames").get<std::vector<int>>();
        auto gold = t.at("state_non_cond_frames").get<std::vector<int>>();
        std::sort(ours.begin(), ours.end());
        std::sort(gold.begin(), gold.end());
        CHECK_MSG(ours == gold, label + ": non-conditioning frames held differ");
      }
      const auto& gh = t.at("sam_heads");
      const auto& oh = o.at("sam_heads");
      CHECK_MSG(gh.size() == oh.size(), label + ": number of SAM-head calls");
      for (size_t h = 0; h < std::min(gh.size(), oh.size()); ++h) {
        for (const char* k : {"multimask_output", "num_points", "mask_inputs"})
          CHECK_MSG(oh[h].at(k) == gh[h].at(k), label + ": heads " + k);
        if (gh[h].contains("best_iou_index"))
          CHECK_MSG(oh[h].value("best_iou_index", -1) == gh[h].at("best_iou_index").get<int>(),
                    label + ": chosen multimask index");
        if (gh[h].contains("single_mask_stable"))
          CHECK_MSG(oh[h].contains("single_mask_stable") && oh[h]["single_mask_stable"] == gh[h]["single_mask_stable"],
                    label + ": single-mask stability decision");
        const auto gi = gh[h].at("ious").get<std::vector<float>>();
        const auto oi = oh[h].at("ious").get<std::vector<float>>();
        CHECK_MSG(gi.size() == oi.size(), label + ": IoU count");
        for (size_t k = 0; k < std::min(gi.size(), oi.size()); ++k)
          CHECK_MSG(std::abs(gi[k] - oi[k]) <= tol.iouPredAbs,
                    label + ": IoU prediction " + std::to_string(oi[k]) + " vs " + std::to_string(gi[k]));
      }
    }
  }

  // Runs every step; `checkOutputs` compares returned frames and state, `checkInternals` the
  // recorded internals, `checkTrace` the trace.
  void run(bool checkOutputs, bool checkInternals, bool checkTrace) {
    c10::InferenceMode guard;
    const json& internals = g.json().at("internals");
    const int intStep = internals.at("step"), intFrame = internals.at("frame_idx"), intObj = internals.at("obj_id");
    const int memFrame = internals.at("mem_frame_idx");
    bool internalsSeen = false;

    std::unique_ptr<sam2::VideoSession::Impl> session;
    std::vector<std::filesystem::path> files;
    for (const auto& step : g.json().at("steps")) {
      const std::string call = step.at("call");
      const json& args = step.at("args");
      const json& out = step.contains("outputs") ? step.at("outputs") : json();
      const std::string label = "step " + std::to_string(stepIndex) + " " + call;
      if (call == "init_state") {
        files = videotest::frameFiles(g.resolve(args.at("video_path")));
        CHECK_MSG(static_cast<int>(files.size()) == out.at("num_frames").get<int>(), "frame count");
        const int w = out.at("video_width"), h = out.at("video_height");
        auto paths = files;
        sam2::FrameSource source = [paths](int i) { return videotest::readRgb(paths.at(static_cast<size_t>(i))).data; };
        session = std::make_unique<sam2::VideoSession::Impl>(model, static_cast<int>(files.size()), w, h, source,
                                                             options);
        session->onTrackStep = [&, this](const sam2::TrackStepEvent& e) {
          json t = {{"step", stepIndex},
                    {"kind", "track_step"},
                    {"frame_idx", e.frame},
                    {"obj_id", e.objId},
                    {"is_init_cond_frame", e.isInitCondFrame},
                    {"reverse", e.reverse},
                    {"run_mem_encoder", e.runMemEncoder},
                    {"num_points", e.numPoints},
                    {"mask_input", e.maskInput},
                    {"prev_sam_mask_logits", e.prevSamMaskLogits},
                    {"object_score_logit", e.objectScore},
                    {"state_cond_frames", e.stateCondFrames},
                    {"state_non_cond_frames", e.stateNonCondFrames},
                    {"memory_frames", e.memoryFrames},
                    {"obj_ptr_tokens", e.objPtrTokens}};
          json heads = json::array();
          for (const auto& hd : e.heads) {
            json j = {{"multimask_output", hd.multimask},
                      {"num_points", hd.numPoints},
                      {"mask_inputs", hd.maskInputs},
                      {"ious", hd.ious},
                      {"object_score_logit", hd.objectScore}};
            if (hd.bestIndex >= 0) j["best_iou_index"] = hd.bestIndex;
            if (hd.stable) j["single_mask_stable"] = *hd.stable;
            heads.push_back(j);
          }
          t["sam_heads"] = heads;
          trace.push_back(t);
          if (checkInternals && stepIndex == intStep && e.frame == intFrame && e.objId == intObj && !internalsSeen) {
            internalsSeen = true;
            checkStepInternals(*session, e, internals, memFrame);
          }
        };
        session->onMemoryEncoder = [&, this](const sam2::MemoryEncoderEvent& e) {
          trace.push_back({{"step", stepIndex},
                           {"kind", "memory_encoder"},
                           {"frame_idx", e.frame},
                           {"is_mask_from_pts", e.isMaskFromPts},
                           {"object_score_logit", e.objectScore}});
        };
        session->onClearMemory = [&, this](const sam2::ClearMemoryEvent& e) {
          trace.push_back({{"step", stepIndex},
                           {"kind", "clear_non_cond_memory"},
                           {"frame_idx", e.frame},
                           {"obj_id", e.objId},
                           {"window", {e.windowBegin, e.windowEnd}},
                           {"removed_frames", e.removedFrames}});
        };
      } else if (call == "add_new_points_or_box") {
        const int frame = args.at("frame_idx"), objId = args.at("obj_id");
        std::vector<sam2::PointPrompt> points;
        if (!args.at("points").is_null()) {
          const auto labels = args.at("labels").get<std::vector<int>>();
          const auto& pts = args.at("points");
          for (size_t i = 0; i < pts.size(); ++i)
            points.push_back({pts[i][0].get<float>(), pts[i][1].get<float>(), labels.at(i)});
        }
        std::optional<sam2::BoxPrompt> box;
        if (!args.at("box").is_null()) {
          const auto& b = args.at("box");
          box = sam2::BoxPrompt{b[0].get<float>(), b[1].get<float>(), b[2].get<float>(), b[3].get<float>()};
        }
        auto result = session->addPoints(frame, objId, points, box, args.at("clear_old_points").get<bool>());
        if (checkOutputs) compareFrame(label, result, out.at(0), out.at(0).at("obj_ids").get<std::vector<int>>());
      } else if (call == "add_new_mask") {
        at::Tensor m = g.tensor(args.at("mask").get<std::string>()).contiguous();
        sam2::Mask mask;
        mask.height = static_cast<int>(m.size(0));
        mask.width = static_cast<int>(m.size(1));
        mask.data.assign(m.data_ptr<uint8_t>(), m.data_ptr<uint8_t>() + m.numel());
        auto result = session->addMask(args.at("frame_idx"), args.at("obj_id"), mask);
        if (checkOutputs) compareFrame(label, result, out.at(0), out.at(0).at("obj_ids").get<std::vector<int>>());
      } else if (call == "propagate_in_video") {
        std::optional<int> start, maxFrames;
        if (!args.at("start_frame_idx").is_null()) start = args.at("start_frame_idx").get<int>();
        if (!args.at("max_frame_num_to_track").is_null()) maxFrames = args.at("max_frame_num_to_track").get<int>();
        std::vector<sam2::FrameResult> results;
        session->propagate(start, args.at("reverse").get<bool>(), maxFrames,
                           [&](const sam2::FrameResult& r) { results.push_back(r); }, {}, {});
        if (checkOutputs) {
          CHECK_MSG(results.size() == out.size(), label + ": " + std::to_string(results.size()) + " frames, golden " +
                                                      std::to_string(out.size()));
          for (size_t i = 0; i < std::min(results.size(), out.size()); ++i)
            compareFrame(label, results[i], out[i], out[i].at("obj_ids").get<std::vector<int>>());
        }
      } else if (call == "remove_object") {
        auto result = session->removeObject(args.at("obj_id"));
        if (checkOutputs) {
          const auto goldIds = out.at("obj_ids").get<std::vector<int>>();
          CHECK_MSG(result.objIds == goldIds, label + ": remaining object ids");
          const auto& frames = out.at("updated_frames");
          CHECK_MSG(result.updatedFrames.size() == frames.size(), label + ": number of updated frames");
          for (size_t i = 0; i < std::min(frames.size(), result.updatedFrames.size()); ++i)
            compareFrame(label, result.updatedFrames[i], frames[i], goldIds);
        }
      } else if (call == "clear_all_prompts_in_frame") {
        auto result = session->clearPrompts(args.at("frame_idx"), args.at("obj_id"));
        if (checkOutputs) compareFrame(label, result, out.at(0), out.at(0).at("obj_ids").get<std::vector<int>>());
      } else if (call == "reset_state") {
        session->reset();
        if (checkOutputs) CHECK_MSG(session->objectIds().empty(), label + ": objects left after reset");
      } else {
        CHECK_MSG(false, "unknown golden call " + call);
      }
      if (checkOutputs && step.contains("state_after")) compareState(label, *session, step.at("state_after"));
      ++stepIndex;
    }
    if (checkInternals) CHECK_MSG(internalsSeen, "the internals' track step never ran");
    if (checkOutputs) {
      CHECK_MSG(planes > 0, "no frame was compared");
      std::fprintf(stderr, "  %d object planes compared: worst max abs diff %.3g, worst mean abs diff %.3g, min IoU %.6f\n",
                   planes, worstMax, worstMean, worstIou);
    }
    if (checkTrace) compareTrace();
  }

  void checkStepInternals(sam2::VideoSession::Impl& session, const sam2::TrackStepEvent& e, const json& internals,
                          int memFrame) {
    const auto& names = internals.at("tensors");
    auto gold = [&](const char* key) { return g.tensor(names.at(key).get<std::string>()); };
    const double rel = tol.internalsRel;
    // The stored memory of the memory frame.
    auto mem = session.storedOutput(e.objId, memFrame);
    CHECK_MSG(mem.has_value(), "internals: no stored output on the memory frame");
    if (mem) {
      checkBf16Close("internals mem_maskmem_features", mem->maskmemFeatures, gold("mem_maskmem_features"), rel,
                     interactive ? 0.01 : 0.0);
      checkClose("internals mem_maskmem_pos_enc", session.maskmemPosEnc(), gold("mem_maskmem_pos_enc"), 1e-5);
      checkClose("internals mem_obj_ptr", mem->objPtr, gold("mem_obj_ptr"), tol.afterMemoryRel);
      checkClose("internals mem_pred_masks", mem->predMasks, gold("mem_pred_masks"), tol.afterMemoryRel);
    }
    CHECK_MSG(e.attention.numObjPtrTokens == internals.at("num_obj_ptr_tokens").get<int64_t>(),
              "internals: number of object-pointer tokens");
    checkClose("internals memory_attention_curr", e.attention.curr, gold("memory_attention_curr"), rel);
    checkClose("internals memory_attention_curr_pos", e.attention.currPos, gold("memory_attention_curr_pos"), 1e-5);
    checkBf16Close("internals memory_attention_memory", e.attention.memory, gold("memory_attention_memory"),
                   tol.afterMemoryRel);
    checkClose("internals memory_attention_memory_pos", e.attention.memoryPos, gold("memory_attention_memory_pos"),
               tol.afterMemoryRel);
    checkClose("internals pix_feat_with_mem", e.attention.pixFeatWithMem, gold("pix_feat_with_mem"), tol.afterMemoryRel);
    checkClose("internals pred_masks_before_fill", e.predMasksBeforeFill, gold("pred_masks_before_fill"),
               tol.afterMemoryRel);
    checkClose("internals pred_masks", e.predMasks, gold("pred_masks"), tol.afterMemoryRel);
    checkClose("internals obj_ptr", e.objPtr, gold("obj_ptr"), tol.afterMemoryRel);
    checkClose("internals object_score_logits", e.objectScoreLogits, gold("object_score_logits"), 0.02);
    checkBf16Close("internals maskmem_features", e.maskmemFeatures, gold("maskmem_features"), tol.afterMemoryRel,
                   interactive ? 0.01 : 0.0);
  }
};

}  // namespace

TEST_CASE("video: preprocessing of the frames equals init_state/images") {
  golden::Session g(golden::goldenDir() / "video");
  at::Tensor images = g.tensor("init_state/images");
  auto files = videotest::frameFiles(g.resolve("../frames"));
  CHECK(static_cast<int64_t>(files.size()) == images.size(0));
  const int s = static_cast<int>(images.size(-1));
  for (size_t i = 0; i < files.size(); ++i) {
    auto f = videotest::readRgb(files[i]);
    at::Tensor ours = sam2::preprocessVideoFrame(f.data.data(), f.width, f.height, s);
    const double d = golden::maxAbsDiff(ours[0], images[static_cast<int64_t>(i)]);
    CHECK_MSG(d <= 1e-4, "frame " + std::to_string(i) + ": max abs diff " + std::to_string(d));
  }
}

TEST_CASE("video: memory attention module on the recorded inputs") {
  for (const char* sub : {"video", "video_interactive"}) {
    golden::Session g(golden::goldenDir() / sub);
    auto model = videotest::loadGoldenModelOnTestDevice(g);
    c10::InferenceMode guard;
    const auto& names = g.json().at("internals").at("tensors");
    const at::Device device(golden::testDevice());
    auto t = [&](const char* key) { return g.tensor(names.at(key).get<std::string>()).to(device); };
    const int64_t ptrTokens = g.json().at("internals").at("num_obj_ptr_tokens");
    at::Tensor out = model->memory_attention->forward(t("memory_attention_curr"), t("memory_attention_memory"),
                                                      t("memory_attention_curr_pos"), t("memory_attention_memory_pos"),
                                                      ptrTokens);
    at::Tensor gold = g.tensor(names.at("pix_feat_with_mem").get<std::string>());
    at::Tensor ours = out.permute({1, 2, 0}).reshape(gold.sizes());
    checkClose(std::string(sub) + " pix_feat_with_mem from recorded inputs", ours, gold, 1e-4);
  }
}

TEST_CASE("video: default session outputs and state") { Replay("video").run(true, false, false); }
TEST_CASE("video: default session trace (discrete decisions, scores)") { Replay("video").run(false, false, true); }
TEST_CASE("video: default session internals") { Replay("video").run(false, true, false); }
TEST_CASE("video_interactive: session outputs and state") { Replay("video_interactive").run(true, false, false); }
TEST_CASE("video_interactive: trace and memory bookkeeping") { Replay("video_interactive").run(false, false, true); }
TEST_CASE("video_interactive: internals") { Replay("video_interactive").run(false, true, false); }

int main(int argc, char** argv) { return check::runAll(argc, argv); }
