#include "model/tracker.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/error.h"
#include "model/profile.h"
#include "model/mask_decoder.h"
#include "model/memory_attention.h"
#include "model/preprocess.h"
#include "model/prompt_encoder.h"

namespace sam2 {

namespace {

constexpr double kNoObjScore = -1024.0;

// [1, C, H, W] -> [HW, 1, C]
at::Tensor toSequence(const at::Tensor& x) { return x.flatten(2).permute({2, 0, 1}); }

}  // namespace

std::pair<std::vector<int>, std::vector<int>> selectClosestCondFrames(int frame, const std::vector<int>& condFrames,
                                                                      int maxCondFrames) {
  if (maxCondFrames == -1 || static_cast<int>(condFrames.size()) <= maxCondFrames) return {condFrames, {}};
  if (maxCondFrames < 2) throw Sam2Error("max_cond_frames_in_attn must be -1 or at least 2");
  std::vector<int> selected;
  std::optional<int> before, after;
  for (int t : condFrames) {
    if (t < frame && (!before || t > *before)) before = t;
    if (t >= frame && (!after || t < *after)) after = t;
  }
  if (before) selected.push_back(*before);
  if (after) selected.push_back(*after);
  std::vector<int> rest;
  for (int t : condFrames)
    if (std::find(selected.begin(), selected.end(), t) == selected.end()) rest.push_back(t);
  // Python's sorted() is stable: ties keep the insertion order.
  std::stable_sort(rest.begin(), rest.end(), [frame](int a, int b) { return std::abs(a - frame) < std::abs(b - frame); });
  const size_t remain = static_cast<size_t>(std::max(0, maxCondFrames - static_cast<int>(selected.size())));
  for (size_t i = 0; i < rest.size() && i < remain; ++i) selected.push_back(rest[i]);
  std::vector<int> unselected;
  for (int t : condFrames)
    if (std::find(selected.begin(), selected.end(), t) == selected.end()) unselected.push_back(t);
  return {selected, unselected};
}

at::Tensor sineEmbedding1d(const at::Tensor& positions, int64_t dim, double temperature) {
  const int64_t half = dim / 2;
  const auto f32 = positions.options().dtype(at::kFloat);
  at::Tensor dimT = at::floor_divide(at::arange(half, f32), 2.0) * 2.0 / static_cast<double>(half);
  dimT = at::pow(at::scalar_tensor(temperature, f32), dimT);
  at::Tensor embed = positions.to(at::kFloat).unsqueeze(-1) / dimT;
  return at::cat({embed.sin(), embed.cos()}, -1);
}

Tracker::Tracker(TrackerModules modules, const Sam2Config& config, int maxCondFramesInAttn)
    : m_(std::move(modules)), config_(config), maxCondFramesInAttn_(maxCondFramesInAttn) {}

bool Tracker::useMultimask(bool isInitCondFrame, int64_t numPoints) const {
  return config_.multimask_output_in_sam && (isInitCondFrame || config_.multimask_output_for_tracking) &&
         config_.multimask_min_pt_num <= numPoints && numPoints <= config_.multimask_max_pt_num;
}

Tracker::HeadsResult Tracker::forwardSamHeads(const at::Tensor& backbone, const std::optional<PointInputs>& points,
                                              const at::Tensor& maskInputs, const std::vector<at::Tensor>& highRes,
                                              bool multimask, std::vector<SamHeadsTrace>& traces) const {
  const auto opts = backbone.options();
  at::Tensor coords, labels;
  if (points) {
    coords = points->coords.to(opts.dtype(at::kFloat));
    labels = points->labels.to(opts.dtype(at::kInt));
  } else {
    // No clicks: one padding point.
    coords = at::zeros({1, 1, 2}, opts.dtype(at::kFloat));
    labels = -at::ones({1, 1}, opts.dtype(at::kInt));
  }
  std::optional<at::Tensor> maskPrompt;
  if (maskInputs.defined()) {
    const int64_t size = m_.promptEncoder->maskInputSize();
    at::Tensor m = maskInputs.to(at::kFloat);
    if (m.size(-2) != size || m.size(-1) != size) m = resizeBilinear(m, size, size, true);
    maskPrompt = m.to(backbone.scalar_type());
  }
  auto [sparse, dense] = m_.promptEncoder->forward(coords, labels, maskPrompt);
  MaskDecoderOutput dec = m_.maskDecoder->forward(backbone, m_.promptEncoder->densePositionEncoding(), sparse, dense,
                                                  multimask, false, highRes);

  SamHeadsTrace trace;
  trace.multimask = multimask;
  trace.numPoints = static_cast<int>(points ? points->count() : 0);
  trace.maskInputs = maskInputs.defined();
  at::Tensor iousCpu = dec.iouPredictions.to(at::kFloat).cpu().contiguous();
  trace.ious.assign(iousCpu.data_ptr<float>(), iousCpu.data_ptr<float>() + iousCpu.numel());
  trace.objectScore = dec.objectScoreLogits.to(at::kFloat).cpu().item<float>();
  if (dec.stabilityScores.defined()) {
    trace.stability = dec.stabilityScores.to(at::kFloat).cpu().item<float>();
    trace.stable = dec.singleMaskKept.cpu().item<bool>();
  }

  at::Tensor lowMulti = dec.masks;
  at::Tensor isObj;
  if (config_.pred_obj_scores) {
    isObj = dec.objectScoreLogits > 0;  // [1, 1]
    lowMulti = at::where(isObj.view({-1, 1, 1, 1}), lowMulti, at::scalar_tensor(kNoObjScore, lowMulti.options()));
  }
  lowMulti = lowMulti.to(at::kFloat);

  HeadsResult r;
  at::Tensor token = dec.samTokens.select(1, 0);  // [1, C]
  if (multimask) {
    const int64_t best = dec.iouPredictions.argmax(-1).item<int64_t>();
    trace.bestIndex = static_cast<int>(best);
    r.lowResMasks = lowMulti.narrow(1, best, 1);
    if (dec.samTokens.size(1) > 1) token = dec.samTokens.select(1, best);
    r.iou = trace.ious.at(static_cast<size_t>(best));
  } else {
    r.lowResMasks = lowMulti;
    r.iou = trace.ious.empty() ? 0.f : trace.ious[0];
  }
  // Only the kept mask goes to the image size (each mask is upsampled on its own, so this is the
  // same mask as the reference's pick from all three), from contiguous logits: the decoder's may
  // be a transposed view, on which ATen's upsampling took 11.6 ms per frame instead of about 3.
  r.lowResMasks = r.lowResMasks.contiguous();
  r.highResMasks = resizeBilinear(r.lowResMasks, config_.image_size, config_.image_size, false);
  at::Tensor objPtr = m_.objPtrProj(token);
  if (config_.pred_obj_scores) {
    at::Tensor lambda = config_.soft_no_obj_ptr ? dec.objectScoreLogits.sigmoid() : isObj.to(objPtr.scalar_type());
    if (config_.fixed_no_obj_ptr) objPtr = lambda * objPtr;
    objPtr = objPtr + (1 - lambda) * m_.noObjPtr;
  }
  r.objPtr = objPtr;
  r.objectScoreLogits = dec.objectScoreLogits;
  traces.push_back(std::move(trace));
  return r;
}

Tracker::HeadsResult Tracker::useMaskAsOutput(const FrameFeatures& features, const at::Tensor& maskInputs,
                                              std::vector<SamHeadsTrace>& traces) const {
  const double outScale = 20.0, outBias = -10.0;
  at::Tensor maskFloat = maskInputs.to(at::kFloat);
  HeadsResult r;
  r.highResMasks = maskFloat * outScale + outBias;
  r.lowResMasks = resizeBilinear(r.highResMasks, r.highResMasks.size(-2) / 4, r.highResMasks.size(-1) / 4, true);
  r.iou = 1.f;
  at::Tensor objPtr;
  if (!config_.use_obj_ptrs_in_encoder) {
    objPtr = at::zeros({maskInputs.size(0), config_.hiddenDim()}, features.visionFeat.options());
  } else {
    // The object pointer comes from the SAM heads run on the downsampled mask, without clicks.
    at::Tensor small = m_.maskDownsample(maskFloat.to(features.visionFeat.scalar_type()));
    objPtr = forwardSamHeads(features.visionFeat, std::nullopt, small, features.highRes, false, traces).objPtr;
  }
  // Whether the object appears follows the mask, not the decoder's object score.
  at::Tensor lambda = (maskFloat.flatten(1) > 0).any(1, true).to(at::kFloat);  // [1, 1]
  r.objectScoreLogits = lambda * outScale + outBias;
  if (config_.pred_obj_scores) {
    at::Tensor l = lambda.to(objPtr.scalar_type());
    if (config_.fixed_no_obj_ptr) objPtr = l * objPtr;
    objPtr = objPtr + (1 - l) * m_.noObjPtr;
  }
  r.objPtr = objPtr;
  return r;
}

at::Tensor Tracker::memoryConditionedFeatures(const FrameFeatures& features, const TrackStepInput& input,
                                              const TrackMemory& memory, TrackStepOutput& out,
                                              MemoryAttentionTrace* debug) const {
  const at::Tensor& feat = features.visionFeat;
  const int64_t C = feat.size(1), H = feat.size(2), W = feat.size(3);
  const int64_t memDim = config_.memDim();
  const int numMaskmem = config_.num_maskmem;
  if (numMaskmem == 0) return feat;

  at::Tensor curr = toSequence(feat);
  at::Tensor currPos = toSequence(features.visionPos);
  std::vector<at::Tensor> memories, memoryPos;
  int64_t numObjPtrTokens = 0;

  if (!input.isInitCondFrame) {
    if (memory.condFrames.empty()) throw Sam2Error("tracking needs at least one conditioning frame");
    auto [selected, unselected] = selectClosestCondFrames(input.frame, memory.condFrames, maxCondFramesInAttn_);
    auto isUnselected = [&unselected](int t) {
      return std::find(unselected.begin(), unselected.end(), t) != unselected.end();
    };
    // (temporal position, frame, whether it is a conditioning output)
    struct Pick {
      int tPos;
      int frame;
      bool cond;
    };
    std::vector<Pick> picks;
    for (int t : selected) picks.push_back({0, t, true});
    const int stride = config_.memory_temporal_stride_for_eval;
    for (int tPos = 1; tPos < numMaskmem; ++tPos) {
      const int tRel = numMaskmem - tPos;
      int prev;
      if (tRel == 1) {
        prev = input.reverse ? input.frame + tRel : input.frame - tRel;
      } else if (!input.reverse) {
        // Python floor division, also for negative frame indices.
        const int base = static_cast<int>(std::floor(static_cast<double>(input.frame - 2) / stride)) * stride;
        prev = base - (tRel - 2) * stride;
      } else {
        const int base = -static_cast<int>(std::floor(static_cast<double>(-(input.frame + 2)) / stride)) * stride;
        prev = base + (tRel - 2) * stride;
      }
      if (memory.hasNonCond(prev))
        picks.push_back({tPos, prev, false});
      else if (isUnselected(prev))
        picks.push_back({tPos, prev, true});
    }
    for (const Pick& p : picks) {
      MemoryFrame mf = memory.load(p.frame, p.cond);
      memories.push_back(toSequence(mf.maskmemFeatures.to(feat.device(), feat.scalar_type())));
      at::Tensor pos = toSequence(memory.maskmemPosEnc.to(feat.device(), feat.scalar_type()));
      pos = pos + m_.maskmemTposEnc[numMaskmem - p.tPos - 1].to(feat.scalar_type());
      memoryPos.push_back(pos);
    }
    out.memoryFrames = static_cast<int>(picks.size());

    if (config_.use_obj_ptrs_in_encoder) {
      const int maxPtrs = std::min(input.numFrames, config_.max_obj_ptrs_in_encoder);
      const int tposSign = input.reverse ? -1 : 1;
      std::vector<std::pair<int, at::Tensor>> posAndPtrs;
      for (int t : selected) {
        if (config_.only_obj_ptrs_in_the_past_for_eval && (input.reverse ? t < input.frame : t > input.frame))
          continue;
        const int diff = config_.use_signed_tpos_enc_to_obj_ptrs ? (input.frame - t) * tposSign
                                                                 : std::abs(input.frame - t);
        posAndPtrs.emplace_back(diff, memory.load(t, true).objPtr);
      }
      for (int tDiff = 1; tDiff < maxPtrs; ++tDiff) {
        const int t = input.reverse ? input.frame + tDiff : input.frame - tDiff;
        if (t < 0 || t >= input.numFrames) break;
        if (memory.hasNonCond(t))
          posAndPtrs.emplace_back(tDiff, memory.load(t, false).objPtr);
        else if (isUnselected(t))
          posAndPtrs.emplace_back(tDiff, memory.load(t, true).objPtr);
      }
      if (!posAndPtrs.empty()) {
        std::vector<at::Tensor> ptrs;
        std::vector<float> positions;
        for (auto& [p, ptr] : posAndPtrs) {
          ptrs.push_back(ptr.to(feat.device(), feat.scalar_type()));
          positions.push_back(static_cast<float>(p));
        }
        at::Tensor objPtrs = at::stack(ptrs, 0);  // [P, 1, C]
        const int64_t numPtrs = objPtrs.size(0);
        at::Tensor objPos;
        if (config_.add_tpos_enc_to_obj_ptrs) {
          const double tDiffMax = std::max(1, maxPtrs - 1);
          const int64_t tposDim = config_.proj_tpos_enc_in_obj_ptrs ? C : memDim;
          at::Tensor pos = at::tensor(positions, feat.options().dtype(at::kFloat)) / tDiffMax;
          objPos = m_.objPtrTposProj(sineEmbedding1d(pos, tposDim).to(feat.scalar_type()));
          objPos = objPos.unsqueeze(1).expand({-1, 1, memDim});
        } else {
          objPos = at::zeros({numPtrs, 1, memDim}, feat.options());
        }
        if (memDim < C) {
          // A pointer becomes C / memDim memory tokens.
          objPtrs = objPtrs.reshape({-1, 1, C / memDim, memDim}).permute({0, 2, 1, 3}).flatten(0, 1);
          objPos = objPos.repeat_interleave(C / memDim, 0);
        }
        memories.push_back(objPtrs);
        memoryPos.push_back(objPos);
        numObjPtrTokens = objPtrs.size(0);
      }
    }
  } else {
    if (config_.directly_add_no_mem_embed) {
      // Initial conditioning frame: no memory, just the learned no-memory embedding.
      at::Tensor withMem = curr + m_.noMemEmbed.to(feat.scalar_type());
      return withMem.permute({1, 2, 0}).reshape({1, C, H, W});
    }
    memories.push_back(m_.noMemEmbed.to(feat.scalar_type()).expand({1, 1, memDim}));
    memoryPos.push_back(m_.noMemPosEnc.to(feat.scalar_type()).expand({1, 1, memDim}));
  }
  out.objPtrTokens = static_cast<int>(numObjPtrTokens);

  at::Tensor mem = at::cat(memories, 0);
  at::Tensor memPos = at::cat(memoryPos, 0);
  SAM2_PROFILE_SCOPE("track.memory_attention");
  at::Tensor result = m_.memoryAttention->forward(curr, mem, currPos, memPos, numObjPtrTokens);
  at::Tensor pixFeat = result.permute({1, 2, 0}).reshape({1, C, H, W});
  if (debug) {
    debug->curr = curr;
    debug->currPos = currPos;
    debug->memory = mem;
    debug->memoryPos = memPos;
    debug->pixFeatWithMem = pixFeat;
    debug->numObjPtrTokens = numObjPtrTokens;
  }
  return pixFeat;
}

TrackStepOutput Tracker::trackStep(const FrameFeatures& features, const TrackStepInput& input,
                                   const TrackMemory& memory, MemoryAttentionTrace* debug) const {
  SAM2_PROFILE_SCOPE("track.step");
  TrackStepOutput out;
  HeadsResult heads;
  if (input.maskInputs.defined() && config_.use_mask_input_as_output_without_sam) {
    heads = useMaskAsOutput(features, input.maskInputs, out.heads);
  } else {
    at::Tensor pixFeat;
    if (input.pixFeatWithMem.defined()) {
      pixFeat = input.pixFeatWithMem;
      out.memoryFrames = input.memoryFrames;
      out.objPtrTokens = input.objPtrTokens;
    } else {
      pixFeat = memoryConditionedFeatures(features, input, memory, out, debug);
    }
    out.pixFeatWithMem = pixFeat;
    at::Tensor maskInputs = input.maskInputs;
    if (input.prevSamMaskLogits.defined()) {
      if (!input.points || maskInputs.defined()) throw Sam2Error("previous mask logits need clicks and no mask input");
      maskInputs = input.prevSamMaskLogits;
    }
    const bool multimask = useMultimask(input.isInitCondFrame, input.points ? input.points->count() : 0);
    SAM2_PROFILE_SCOPE("track.sam_heads");
    heads = forwardSamHeads(pixFeat, input.points, maskInputs, features.highRes, multimask, out.heads);
  }
  out.predMasks = heads.lowResMasks;
  out.predMasksHighRes = heads.highResMasks;
  out.objPtr = heads.objPtr;
  out.objectScoreLogits = heads.objectScoreLogits;
  out.iou = heads.iou;
  if (input.runMemEncoder && config_.num_maskmem > 0) {
    SAM2_PROFILE_SCOPE("track.memory_encoder");
    MemoryEncoding enc =
        encodeNewMemory(features, heads.highResMasks, heads.objectScoreLogits, input.points.has_value());
    out.maskmemFeatures = enc.features;
    out.maskmemPosEnc = enc.posEnc;
  }
  return out;
}

MemoryEncoding Tracker::encodeNewMemory(const FrameFeatures& features, const at::Tensor& highResMasks,
                                        const at::Tensor& objectScoreLogits, bool isMaskFromPts) const {
  const at::Tensor& pixFeat = features.visionFeat;
  // (non_overlap_masks_for_mem_enc works across the batch; one object at a time it is a no-op.)
  at::Tensor maskForMem;
  if (config_.binarize_mask_from_pts_for_mem_enc && isMaskFromPts)
    maskForMem = (highResMasks > 0).to(at::kFloat);
  else
    maskForMem = at::sigmoid(highResMasks.to(at::kFloat));
  if (config_.sigmoid_scale_for_mem_enc != 1.0) maskForMem = maskForMem * config_.sigmoid_scale_for_mem_enc;
  if (config_.sigmoid_bias_for_mem_enc != 0.0) maskForMem = maskForMem + config_.sigmoid_bias_for_mem_enc;
  MemoryEncoding enc = m_.memoryEncoder->forward(pixFeat, maskForMem.to(pixFeat.scalar_type()), true);
  if (m_.noObjEmbedSpatial.defined()) {
    // An occluded frame's memory carries the learned no-object embedding.
    at::Tensor isObj = (objectScoreLogits > 0).to(enc.features.scalar_type()).view({-1, 1, 1, 1});
    at::Tensor embed = m_.noObjEmbedSpatial.to(enc.features.scalar_type()).view({1, -1, 1, 1});
    enc.features = enc.features + (1 - isObj) * embed.expand_as(enc.features);
  }
  return enc;
}

}  // namespace sam2
