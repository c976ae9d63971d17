// VideoSession: SAM2VideoPredictor's inference-state logic (init_state, add_new_points_or_box,
// add_new_mask, propagate_in_video with its preflight, clear_all_prompts_in_frame,
// remove_object, reset_state), with outputs kept in a MemoryStore and frames pulled on demand.
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <set>
#include <string>

#include "model/error.h"
#include "model/profile.h"
#include "model/preprocess.h"
#include "model/sam2_base.h"
#include "model/sam2_model_internal.h"
#include "model/video_session_internal.h"
#include "model/mask_holes.h"
#include "model/mask_paste.h"
#include "model/mask_rle.h"

namespace sam2 {

namespace {

constexpr float kNoObjScore = -1024.f;

at::Tensor upsampleTo(const at::Tensor& x, int64_t h, int64_t w) {
  if (x.size(-2) == h && x.size(-1) == w) return x;
  return upsampleBilinear(x, h, w);
}

std::vector<int> keysOf(const std::map<int, PointInputs>& m) {
  std::vector<int> out;
  for (const auto& kv : m) out.push_back(kv.first);
  return out;
}

}  // namespace

TrackerModules trackerModulesOf(Sam2BaseImpl& model) {
  TrackerModules m;
  m.promptEncoder = model.sam_prompt_encoder.get();
  m.maskDecoder = model.sam_mask_decoder.get();
  m.memoryAttention = model.memory_attention.get();
  m.memoryEncoder = model.memory_encoder.get();
  Sam2BaseImpl* base = &model;
  m.objPtrProj = [base](const at::Tensor& t) { return base->projectObjectPointer(t); };
  if (model.obj_ptr_tpos_proj)
    m.objPtrTposProj = [base](const at::Tensor& t) { return base->obj_ptr_tpos_proj->forward(t); };
  else
    m.objPtrTposProj = [](const at::Tensor& t) { return t; };
  if (model.mask_downsample)
    m.maskDownsample = [base](const at::Tensor& t) { return base->mask_downsample->forward(t); };
  m.maskmemTposEnc = model.maskmem_tpos_enc;
  m.noMemEmbed = model.no_mem_embed;
  m.noMemPosEnc = model.no_mem_pos_enc;
  m.noObjPtr = model.no_obj_ptr;
  m.noObjEmbedSpatial = model.no_obj_embed_spatial;
  return m;
}

at::Tensor preprocessVideoFrame(const uint8_t* rgb, int width, int height, int imageSize) {
  // One definition for images and video frames (the reference's PIL resize differs by version).
  ImageRgb image;
  image.width = width;
  image.height = height;
  image.data = rgb;
  return preprocessImage(image, imageSize);
}


namespace {

size_t deviceBudgetOf(const VideoOptions& options, const at::Device& device) {
  if (options.deviceMemoryBudgetBytes) return *options.deviceMemoryBudgetBytes;
  return device.is_cpu() ? 0 : size_t{4} << 30;
}

}  // namespace

VideoSession::Impl::Impl(std::shared_ptr<Sam2BaseImpl> model, int numFrames, int width, int height,
                         FrameSource source, VideoOptions options)
    : model_(std::move(model)),
      config_(model_->config()),
      numFrames_(numFrames),
      width_(width),
      height_(height),
      source_(std::move(source)),
      options_(std::move(options)),
      store_(options_.memoryBudgetBytes, options_.spillDirectory, model_->weightOptions().device(),
             deviceBudgetOf(options_, model_->weightOptions().device())) {
  if (numFrames <= 0) throw Sam2Error("a video session needs at least one frame");
  if (width <= 0 || height <= 0) throw Sam2Error("a video session needs a positive frame size");
  if (!source_) throw Sam2Error("a video session needs a frame source");
  if (options_.maxCondFramesInAttn != -1 && options_.maxCondFramesInAttn < 2)
    throw Sam2Error("maxCondFramesInAttn must be -1 (all) or at least 2");
  tracker_ = std::make_unique<Tracker>(trackerModulesOf(*model_), config_, options_.maxCondFramesInAttn);
  featureCacheCapacity_ = static_cast<size_t>(std::max(1, options_.featureCacheFrames));
}

// Everything the session keeps on the device stays within its device budget: the cached image
// features (about 21 MB a frame for a 1024-pixel float32 model) as well as the stored outputs.
// Once the first frame's features show their size, the cache takes what its frames need (at
// least one frame: the frame being tracked) and the store's device tier gets the rest. Without a
// device budget (the CPU's default) nothing is reserved.
void VideoSession::Impl::reserveFeatureCache(size_t bytesPerFrame) {
  featureBytesPerFrame_ = bytesPerFrame;
  const size_t budget = deviceBudgetOf(options_, model_->weightOptions().device());
  if (budget == 0 || bytesPerFrame == 0) return;
  featureCacheCapacity_ = std::max<size_t>(1, std::min(featureCacheCapacity_, budget / bytesPerFrame));
  const size_t reserved = featureCacheCapacity_ * bytesPerFrame;
  store_.setDeviceBudget(budget > reserved ? budget - reserved : 0);
}

void VideoSession::Impl::checkFrame(int frame) const {
  if (frame < 0 || frame >= numFrames_)
    throw Sam2Error("frame " + std::to_string(frame) + " is outside the video (0.." + std::to_string(numFrames_ - 1) +
                    ")");
}

const FrameFeatures& VideoSession::Impl::features(int frame) {
  checkFrame(frame);
  for (auto it = featureCache_.begin(); it != featureCache_.end(); ++it) {
    if (it->first != frame) continue;
    featureCache_.splice(featureCache_.begin(), featureCache_, it);
    return featureCache_.front().second;
  }
  SAM2_PROFILE_SCOPE("video.frame_features");
  std::vector<uint8_t> rgb;
  {
    SAM2_PROFILE_SCOPE("video.frame_source");
    rgb = source_(frame);
  }
  const size_t expected = static_cast<size_t>(width_) * height_ * 3;
  if (rgb.size() != expected)
    throw Sam2Error("frame " + std::to_string(frame) + " has " + std::to_string(rgb.size()) + " bytes, expected " +
                    std::to_string(expected) + " (" + std::to_string(width_) + "x" + std::to_string(height_) +
                    " RGB)");
  at::Tensor image = preprocessVideoFrame(rgb.data(), width_, height_, config_.image_size);
  rgb = {};
  ImageEncoderOutput enc = model_->forwardImage(image.to(model_->weightOptions()));
  FrameFeatures f;
  f.visionFeat = enc.backboneFpn.back();
  f.visionPos = enc.visionPosEnc.back();
  if (config_.use_high_res_features_in_sam) f.highRes = {enc.backboneFpn[0], enc.backboneFpn[1]};
  if (featureBytesPerFrame_ == 0) {
    // (visionPos is the model's cached encoding for the frame size, shared by every frame.)
    size_t bytes = f.visionFeat.nbytes();
    for (const at::Tensor& t : f.highRes) bytes += t.nbytes();
    reserveFeatureCache(bytes);
  }
  while (featureCache_.size() >= featureCacheCapacity_) featureCache_.pop_back();
  featureCache_.emplace_front(frame, std::move(f));
  return featureCache_.front().second;
}

int VideoSession::Impl::objIndex(int objId, bool create) {
  for (size_t i = 0; i < objects_.size(); ++i)
    if (objects_[i].objId == objId) return static_cast<int>(i);
  if (!create) return -1;
  objects_.emplace_back();
  objects_.back().objId = objId;
  return static_cast<int>(objects_.size() - 1);
}

void VideoSession::Impl::assign(FrameOrderedMap<MemoryStore::Id>& map, int frame, MemoryStore::Id id) {
  if (auto old = map.set(frame, id); old && *old != id) store_.erase(*old);
}

void VideoSession::Impl::eraseFrom(FrameOrderedMap<MemoryStore::Id>& map, int frame) {
  if (auto old = map.take(frame)) store_.erase(*old);
}

void VideoSession::Impl::dropObject(ObjectState& obj) {
  promptMemory_.reset();
  for (auto* map : {&obj.cond, &obj.nonCond, &obj.tempCond, &obj.tempNonCond}) {
    for (MemoryStore::Id id : map->values()) store_.erase(id);
    map->clear();
  }
}

std::vector<std::pair<int, MemoryStore::Id>> VideoSession::Impl::memorySignature(const ObjectState& obj) {
  std::vector<std::pair<int, MemoryStore::Id>> out;
  for (int f : obj.cond.frames()) out.emplace_back(f, *obj.cond.find(f));
  out.emplace_back(-1, 0);  // between the two kinds
  for (int f : obj.nonCond.frames()) out.emplace_back(f, *obj.nonCond.find(f));
  return out;
}

TrackMemory VideoSession::Impl::memoryOf(ObjectState& obj) {
  TrackMemory m;
  m.condFrames = obj.cond.frames();
  m.hasNonCond = [&obj](int frame) { return obj.nonCond.contains(frame); };
  m.load = [this, &obj](int frame, bool cond) {
    const MemoryStore::Id* id = cond ? obj.cond.find(frame) : obj.nonCond.find(frame);
    if (!id) throw Sam2Error("internal: memory of frame " + std::to_string(frame) + " is missing");
    StoredOutput s = store_.get(*id);
    if (!s.maskmemFeatures.defined())
      throw Sam2Error("internal: frame " + std::to_string(frame) + " has no memory features");
    return MemoryFrame{s.maskmemFeatures, s.objPtr};
  };
  m.maskmemPosEnc = maskmemPosEnc_;
  return m;
}

VideoSession::Impl::FrameOutput VideoSession::Impl::runSingleFrame(size_t objIdx, int frame, bool isInitCondFrame,
                                                                   const std::optional<PointInputs>& points,
                                                                   const at::Tensor& maskInputs, bool reverse,
                                                                   bool runMemEncoder,
                                                                   const at::Tensor& prevSamMaskLogits) {
  const FrameFeatures& feats = features(frame);
  ObjectState& obj = objects_[objIdx];
  const auto device = feats.visionFeat.device();
  TrackStepInput in;
  in.frame = frame;
  in.isInitCondFrame = isInitCondFrame;
  in.reverse = reverse;
  in.numFrames = numFrames_;
  if (points) in.points = PointInputs{points->coords.to(device), points->labels.to(device)};
  if (maskInputs.defined()) in.maskInputs = maskInputs.to(device);
  if (prevSamMaskLogits.defined()) in.prevSamMaskLogits = prevSamMaskLogits.to(device);
  in.runMemEncoder = runMemEncoder;

  TrackStepEvent event;
  if (onTrackStep) {
    event.stateCondFrames = obj.cond.frames();
    event.stateNonCondFrames = obj.nonCond.frames();
  }
  if (!maskmemPosEnc_.defined() && !isInitCondFrame && !obj.cond.empty())
    throw Sam2Error("internal: memory position encoding missing");
  // A prompt on a tracked frame (not an initial one, not propagation): reuse the last prompt's
  // memory attention when it was on this frame of this object with the same memory.
  const bool reusable = options_.reuseMemoryAttention && !isInitCondFrame && !runMemEncoder;
  std::vector<std::pair<int, MemoryStore::Id>> signature;
  if (reusable) {
    signature = memorySignature(obj);
    if (promptMemory_ && promptMemory_->objId == obj.objId && promptMemory_->frame == frame &&
        promptMemory_->reverse == reverse && promptMemory_->signature == signature) {
      in.pixFeatWithMem = promptMemory_->pixFeatWithMem;
      in.memoryFrames = promptMemory_->memoryFrames;
      in.objPtrTokens = promptMemory_->objPtrTokens;
      event.memoryAttentionReused = true;
    }
  }
  TrackStepOutput out = tracker_->trackStep(feats, in, memoryOf(obj), onTrackStep ? &event.attention : nullptr);
  if (reusable && out.pixFeatWithMem.defined())
    promptMemory_ = PromptMemory{obj.objId, frame, reverse, std::move(signature), out.pixFeatWithMem,
                                 out.memoryFrames, out.objPtrTokens};

  FrameOutput result;
  if (out.maskmemFeatures.defined()) {
    result.stored.maskmemFeatures = out.maskmemFeatures.to(at::kBFloat16);
    if (!maskmemPosEnc_.defined()) maskmemPosEnc_ = out.maskmemPosEnc.narrow(0, 0, 1).clone();
  }
  at::Tensor predMasks = out.predMasks;
  if (config_.fill_hole_area > 0) predMasks = fillHolesInMaskScores(predMasks, config_.fill_hole_area);
  result.predMasks = predMasks;
  result.stored.predMasks = predMasks;
  result.stored.objPtr = out.objPtr;
  result.stored.objectScoreLogits = out.objectScoreLogits;
  result.stored.iou = out.iou;

  if (onTrackStep) {
    event.frame = frame;
    event.objId = obj.objId;
    event.isInitCondFrame = isInitCondFrame;
    event.reverse = reverse;
    event.runMemEncoder = runMemEncoder;
    event.numPoints = points ? static_cast<int>(points->count()) : 0;
    event.maskInput = maskInputs.defined();
    event.prevSamMaskLogits = prevSamMaskLogits.defined();
    event.heads = out.heads;
    event.objectScore = out.objectScoreLogits.to(at::kFloat).cpu().item<float>();
    event.memoryFrames = out.memoryFrames;
    event.objPtrTokens = out.objPtrTokens;
    event.predMasksBeforeFill = out.predMasks;
    event.predMasks = predMasks;
    event.objPtr = out.objPtr;
    event.objectScoreLogits = out.objectScoreLogits;
    event.maskmemFeatures = result.stored.maskmemFeatures;
    onTrackStep(event);
  }
  return result;
}

FrameResult VideoSession::Impl::makeResult(int frame, const std::vector<at::Tensor>& lowResPerObject,
                                           const std::vector<const StoredOutput*>& stored,
                                           const std::vector<bool>* include) {
  SAM2_PROFILE_SCOPE("video.results");
  FrameResult r;
  r.frame = frame;
  if (objects_.empty()) return r;
  if (include && std::none_of(include->begin(), include->end(), [](bool b) { return b; })) return r;
  // Upsampling, overlap resolution and thresholding run where the logits are (the GPU, when the
  // session is on one); what comes to the host is one byte plane per object (or only the run
  // boundaries, with masksAsRle), one score tensor, and the logits only when asked for.
  const auto floats = model_->weightOptions().dtype(at::kFloat);
  std::vector<at::Tensor> planes;
  std::vector<at::Tensor> scores;
  std::vector<size_t> objectOf;  // plane -> object index
  for (size_t i = 0; i < lowResPerObject.size(); ++i) {
    if (include && !(*include)[i]) continue;
    objectOf.push_back(i);
    const at::Tensor& t = lowResPerObject[i];
    if (t.defined())
      planes.push_back(upsampleTo(t.to(floats), height_, width_));
    else
      planes.push_back(at::full({1, 1, height_, width_}, kNoObjScore, floats));
    scores.push_back(stored[i] ? stored[i]->objectScoreLogits.to(floats).reshape({1})
                               : at::full({1}, kNoObjScore, floats));
  }
  at::Tensor all = at::cat(planes, 0);  // [N, 1, H, W]
  if (options_.nonOverlapMasks && all.size(0) > 1) {
    // Keep only the highest-scoring object at each pixel (others clamped to at most -10).
    at::Tensor best = all.argmax(0, true);
    at::Tensor index = at::arange(all.size(0), best.options()).view({-1, 1, 1, 1});
    all = at::where(best == index, all, all.clamp_max(-10.0));
  }
  const at::Tensor inside = all.squeeze(1) > 0;  // [N, H, W]
  std::vector<std::vector<uint32_t>> rle;
  at::Tensor bits;
  if (options_.masksAsRle)
    rle = maskRleCounts(inside);
  else
    bits = inside.to(at::kByte).to(at::kCPU).contiguous();
  const at::Tensor logits = options_.keepLogits ? all.to(at::kCPU).contiguous() : at::Tensor();
  const at::Tensor scoreValues = at::cat(scores, 0).to(at::kCPU).contiguous();
  const int64_t planeSize = static_cast<int64_t>(height_) * width_;
  for (size_t p = 0; p < objectOf.size(); ++p) {
    const size_t i = objectOf[p];
    ObjectResult o;
    o.objId = objects_[i].objId;
    o.mask.width = width_;
    o.mask.height = height_;
    if (options_.masksAsRle) {
      o.rleCounts = std::move(rle[p]);
    } else {
      const uint8_t* bin = bits.data_ptr<uint8_t>() + static_cast<int64_t>(p) * planeSize;
      o.mask.data.assign(bin, bin + planeSize);
    }
    if (logits.defined()) {
      const float* plane = logits.data_ptr<float>() + static_cast<int64_t>(p) * planeSize;
      o.logits.assign(plane, plane + planeSize);
    }
    o.objectScore = scoreValues.data_ptr<float>()[p];
    if (stored[i]) {
      o.iou = stored[i]->iou;
    } else {
      o.hasOutput = false;
    }
    r.objects.push_back(std::move(o));
  }
  return r;
}

FrameResult VideoSession::Impl::consolidate(int frame, bool isCond) {
  std::vector<at::Tensor> masks(objects_.size());
  std::vector<StoredOutput> held(objects_.size());
  std::vector<const StoredOutput*> stored(objects_.size(), nullptr);
  for (size_t i = 0; i < objects_.size(); ++i) {
    ObjectState& obj = objects_[i];
    const MemoryStore::Id* id = (isCond ? obj.tempCond : obj.tempNonCond).find(frame);
    if (!id) id = obj.cond.find(frame);
    if (!id) id = obj.nonCond.find(frame);
    if (!id) continue;
    held[i] = store_.get(*id);
    masks[i] = held[i].predMasks;
    stored[i] = &held[i];
  }
  return makeResult(frame, masks, stored);
}

FrameResult VideoSession::Impl::afterPrompt(size_t objIdx, int frame, bool isCond, const FrameOutput& out) {
  ObjectState& obj = objects_[objIdx];
  assign(isCond ? obj.tempCond : obj.tempNonCond, frame, store_.put(out.stored));
  return consolidate(frame, isCond);
}

FrameResult VideoSession::Impl::addPoints(int frame, int objId, const std::vector<PointPrompt>& points,
                                          std::optional<BoxPrompt> box, bool clearOldPoints) {
  c10::InferenceMode guard;
  checkFrame(frame);
  if (points.empty() && !box) throw Sam2Error("add at least one point or a box");
  if (box && !clearOldPoints)
    throw Sam2Error("a box must come before any click: add it with clearOldPoints = true");
  for (const auto& p : points)
    if (p.label != 0 && p.label != 1) throw Sam2Error("point labels are 1 (object) or 0 (background)");
  features(frame);  // decode the frame first: a frame that cannot be read leaves the state as it was
  const size_t objIdx = static_cast<size_t>(objIndex(objId, true));

  std::vector<float> xy;
  std::vector<int32_t> labels;
  if (box) {
    xy.insert(xy.end(), {box->x0, box->y0, box->x1, box->y1});
    labels.insert(labels.end(), {2, 3});
  }
  for (const auto& p : points) {
    xy.insert(xy.end(), {p.x, p.y});
    labels.push_back(p.label);
  }
  const int64_t n = static_cast<int64_t>(labels.size());
  // points / [W, H] * image_size, in float32 like the reference.
  at::Tensor coords = at::tensor(xy).view({1, n, 2});
  coords = coords / at::tensor({static_cast<float>(width_), static_cast<float>(height_)});
  coords = coords * static_cast<double>(config_.image_size);
  PointInputs newPoints{coords, at::tensor(labels).view({1, n})};

  ObjectState& obj = objects_[objIdx];
  PointInputs inputs = newPoints;
  if (!clearOldPoints) {
    if (auto it = obj.pointInputs.find(frame); it != obj.pointInputs.end())
      inputs = PointInputs{at::cat({it->second.coords, newPoints.coords}, 1),
                           at::cat({it->second.labels, newPoints.labels}, 1)};
  }
  obj.pointInputs[frame] = inputs;
  obj.maskInputs.erase(frame);

  const auto tracked = obj.framesTracked.find(frame);
  const bool isInitCondFrame = tracked == obj.framesTracked.end();
  const bool reverse = isInitCondFrame ? false : tracked->second;
  const bool isCond = isInitCondFrame || options_.addAllFramesToCorrectAsCond;

  // A click on a frame with an earlier output refines that output (its logits as a mask prompt).
  at::Tensor prevLogits;
  const MemoryStore::Id* prevId = (isCond ? obj.tempCond : obj.tempNonCond).find(frame);
  if (!prevId) prevId = obj.cond.find(frame);
  if (!prevId) prevId = obj.nonCond.find(frame);
  if (prevId) {
    StoredOutput prev = store_.get(*prevId);
    if (prev.predMasks.defined()) prevLogits = prev.predMasks.clamp(-32.0, 32.0);
  }
  FrameOutput out = runSingleFrame(objIdx, frame, isInitCondFrame, inputs, at::Tensor(), reverse, false, prevLogits);
  return afterPrompt(objIdx, frame, isCond, out);
}

FrameResult VideoSession::Impl::addMask(int frame, int objId, const Mask& mask) {
  c10::InferenceMode guard;
  checkFrame(frame);
  if (mask.width <= 0 || mask.height <= 0 || mask.data.size() != static_cast<size_t>(mask.width) * mask.height)
    throw Sam2Error("the mask's size does not match its data");
  features(frame);
  const size_t objIdx = static_cast<size_t>(objIndex(objId, true));
  const int64_t s = config_.image_size;
  at::Tensor m = at::from_blob(const_cast<uint8_t*>(mask.data.data()), {1, 1, mask.height, mask.width}, at::kByte)
                     .ne(0)
                     .to(at::kFloat);
  if (mask.height != s || mask.width != s) {
    m = at::_upsample_bilinear2d_aa(m, {s, s}, false, c10::nullopt, c10::nullopt);
    m = (m >= 0.5).to(at::kFloat);
  } else {
    m = m.clone();
  }
  ObjectState& obj = objects_[objIdx];
  obj.maskInputs[frame] = m;
  obj.pointInputs.erase(frame);
  const auto tracked = obj.framesTracked.find(frame);
  const bool isInitCondFrame = tracked == obj.framesTracked.end();
  const bool reverse = isInitCondFrame ? false : tracked->second;
  const bool isCond = isInitCondFrame || options_.addAllFramesToCorrectAsCond;
  FrameOutput out = runSingleFrame(objIdx, frame, isInitCondFrame, std::nullopt, m, reverse, false, at::Tensor());
  return afterPrompt(objIdx, frame, isCond, out);
}

void VideoSession::Impl::clearNonCondAround(size_t objIdx, int frame) {
  // The legacy predictor cleared every object's memory at once, so it skipped clearing with
  // several objects unless told otherwise; clearing here is per object either way.
  if (!options_.clearNonCondMemForMultiObj && objects_.size() > 1) return;
  ObjectState& obj = objects_[objIdx];
  const int r = config_.memory_temporal_stride_for_eval;
  const int begin = frame - r * config_.num_maskmem, end = frame + r * config_.num_maskmem;
  ClearMemoryEvent event{frame, obj.objId, begin, end, {}};
  for (int t = begin; t <= end; ++t) {
    if (!obj.nonCond.contains(t)) continue;
    eraseFrom(obj.nonCond, t);
    event.removedFrames.push_back(t);
  }
  if (onClearMemory) onClearMemory(event);
}

void VideoSession::Impl::preflight() {
  if (objects_.empty()) throw Sam2Error("no object has prompts yet: add points, a box or a mask first");
  const int64_t s = config_.image_size;
  for (size_t objIdx = 0; objIdx < objects_.size(); ++objIdx) {
    for (bool isCond : {false, true}) {
      ObjectState& obj = objects_[objIdx];
      auto& temp = isCond ? obj.tempCond : obj.tempNonCond;
      for (int frame : temp.frames()) {
        const MemoryStore::Id id = *temp.find(frame);
        StoredOutput out = store_.get(id);
        if (!out.maskmemFeatures.defined()) {
          // Interacted frames are encoded from their stored (hole-filled) low-res logits.
          const FrameFeatures& feats = features(frame);
          at::Tensor highRes = upsampleTo(out.predMasks.to(feats.visionFeat.device()), s, s);
          at::Tensor score = out.objectScoreLogits.to(feats.visionFeat.device());
          MemoryEncoding enc = tracker_->encodeNewMemory(feats, highRes, score, true);
          out.maskmemFeatures = enc.features.to(at::kBFloat16);
          if (!maskmemPosEnc_.defined()) maskmemPosEnc_ = enc.posEnc.narrow(0, 0, 1).clone();
          store_.replace(id, out);
          if (onMemoryEncoder)
            onMemoryEncoder({frame, obj.objId, true, out.objectScoreLogits.to(at::kFloat).item<float>()});
        }
        assign(isCond ? obj.cond : obj.nonCond, frame, id);
        if (options_.clearNonCondMemAroundInput) clearNonCondAround(objIdx, frame);
      }
      temp.clear();  // the ids now belong to the output maps
    }
    ObjectState& obj = objects_[objIdx];
    if (obj.cond.empty())
      throw Sam2Error("object " + std::to_string(obj.objId) + " has no prompts: add points, a box or a mask first");
    for (int frame : obj.cond.frames()) eraseFrom(obj.nonCond, frame);
  }
}

void VideoSession::Impl::propagate(std::optional<int> startFrame, bool reverse, std::optional<int> maxFrames,
                                   const std::function<void(const FrameResult&)>& onFrame,
                                   const std::function<bool()>& cancelled, const ProgressFn& progress,
                                   const std::vector<int>& onlyObjects) {
  c10::InferenceMode guard;
  std::vector<bool> include(objects_.size(), onlyObjects.empty());
  for (int id : onlyObjects) {
    const int idx = objIndex(id, false);
    if (idx < 0) throw Sam2Error("object " + std::to_string(id) + " is not in the session");
    include[static_cast<size_t>(idx)] = true;
  }
  preflight();
  int start;
  if (startFrame) {
    checkFrame(*startFrame);
    start = *startFrame;
  } else {
    start = numFrames_;
    for (const auto& obj : objects_)
      for (int t : obj.cond.frames()) start = std::min(start, t);
  }
  const int maxTrack = maxFrames ? std::max(0, *maxFrames) : numFrames_;
  std::vector<int> order;
  if (reverse) {
    const int end = std::max(start - maxTrack, 0);
    if (start > 0)
      for (int f = start; f >= end; --f) order.push_back(f);
  } else {
    const int end = std::min(start + maxTrack, numFrames_ - 1);
    for (int f = start; f <= end; ++f) order.push_back(f);
  }

  for (size_t step = 0; step < order.size(); ++step) {
    if (cancelled && cancelled()) break;
    const int frame = order[step];
    std::vector<at::Tensor> masks(objects_.size());
    std::vector<StoredOutput> held(objects_.size());
    std::vector<const StoredOutput*> stored(objects_.size(), nullptr);
    for (size_t objIdx = 0; objIdx < objects_.size(); ++objIdx) {
      if (!include[objIdx]) continue;
      ObjectState& obj = objects_[objIdx];
      if (const MemoryStore::Id* id = obj.cond.find(frame)) {
        // Conditioning frames are re-emitted from their stored output, not re-tracked.
        held[objIdx] = store_.get(*id);
        masks[objIdx] = held[objIdx].predMasks;
        if (options_.clearNonCondMemAroundInput) clearNonCondAround(objIdx, frame);
      } else {
        FrameOutput out = runSingleFrame(objIdx, frame, false, std::nullopt, at::Tensor(), reverse, true, at::Tensor());
        assign(obj.nonCond, frame, store_.put(out.stored));
        held[objIdx] = out.stored;
        masks[objIdx] = out.predMasks;
      }
      obj.framesTracked[frame] = reverse;
      stored[objIdx] = &held[objIdx];
    }
    FrameResult result = makeResult(frame, masks, stored, &include);
    if (onFrame) onFrame(result);
    if (progress)
      progress(static_cast<double>(step + 1) / static_cast<double>(order.size()),
               "tracking frame " + std::to_string(frame));
  }
}

void VideoSession::Impl::clearPromptsOf(size_t objIdx, int frame) {
  ObjectState& obj = objects_[objIdx];
  obj.pointInputs.erase(frame);
  obj.maskInputs.erase(frame);
  eraseFrom(obj.tempCond, frame);
  eraseFrom(obj.tempNonCond, frame);
  if (auto id = obj.cond.take(frame)) {
    // The conditioning output stays as a tracked output; the frame counts as untracked again.
    assign(obj.nonCond, frame, *id);
    obj.framesTracked.erase(frame);
  }
}

FrameResult VideoSession::Impl::clearPrompts(int frame, int objId) {
  c10::InferenceMode guard;
  checkFrame(frame);
  const int objIdx = objIndex(objId, false);
  if (objIdx >= 0) clearPromptsOf(static_cast<size_t>(objIdx), frame);
  bool isCond = false;
  for (const auto& obj : objects_) isCond = isCond || obj.tempCond.contains(frame);
  return consolidate(frame, isCond);
}

RemoveResult VideoSession::Impl::removeObject(int objId) {
  c10::InferenceMode guard;
  RemoveResult result;
  const int objIdx = objIndex(objId, false);
  if (objIdx < 0) {
    result.objIds = objectIds();
    return result;
  }
  if (objects_.size() == 1) {
    reset();
    return result;
  }
  std::set<int> inputFrames;
  for (const auto& kv : objects_[objIdx].pointInputs) inputFrames.insert(kv.first);
  for (const auto& kv : objects_[objIdx].maskInputs) inputFrames.insert(kv.first);
  for (int frame : inputFrames) clearPromptsOf(static_cast<size_t>(objIdx), frame);
  dropObject(objects_[objIdx]);
  objects_.erase(objects_.begin() + objIdx);
  result.objIds = objectIds();
  for (int frame : inputFrames) {
    bool isCond = false;
    for (const auto& obj : objects_) isCond = isCond || obj.tempCond.contains(frame);
    result.updatedFrames.push_back(consolidate(frame, isCond));
  }
  return result;
}

void VideoSession::Impl::reset() {
  for (auto& obj : objects_) dropObject(obj);
  objects_.clear();
  store_.clear();
  promptMemory_.reset();
}

std::vector<int> VideoSession::Impl::objectIds() const {
  std::vector<int> ids;
  for (const auto& obj : objects_) ids.push_back(obj.objId);
  return ids;
}

ObjectStateSummary VideoSession::Impl::objectState(int objId) const {
  for (const auto& obj : objects_) {
    if (obj.objId != objId) continue;
    ObjectStateSummary s;
    s.objId = objId;
    s.condFrames = obj.cond.frames();
    s.nonCondFrames = obj.nonCond.frames();
    s.tempCondFrames = obj.tempCond.frames();
    s.tempNonCondFrames = obj.tempNonCond.frames();
    s.pointInputFrames = keysOf(obj.pointInputs);
    for (const auto& kv : obj.maskInputs) s.maskInputFrames.push_back(kv.first);
    for (const auto& [frame, rev] : obj.framesTracked) (rev ? s.trackedReverse : s.trackedForward).push_back(frame);
    return s;
  }
  throw Sam2Error("no object with id " + std::to_string(objId));
}

MemoryUsage VideoSession::Impl::memoryUsage() const {
  MemoryUsage u;
  u.storedOutputs = store_.size();
  u.bytesOnDevice = store_.bytesOnDevice();
  u.bytesInRam = store_.bytesInRam();
  u.bytesOnDisk = store_.bytesOnDisk();
  u.transfersToDevice = store_.transfers().toDevice;
  u.transfersToHost = store_.transfers().toHost;
  u.cachedFeatureFrames = featureCache_.size();
  u.featureCacheBytes = featureCache_.size() * featureBytesPerFrame_;
  return u;
}

std::optional<StoredOutput> VideoSession::Impl::storedOutput(int objId, int frame) {
  const int idx = objIndex(objId, false);
  if (idx < 0) return std::nullopt;
  const ObjectState& obj = objects_[static_cast<size_t>(idx)];
  const MemoryStore::Id* id = obj.cond.find(frame);
  if (!id) id = obj.nonCond.find(frame);
  if (!id) return std::nullopt;
  return store_.get(*id);
}

// ---- public wrapper ----

VideoSession::VideoSession(std::shared_ptr<const Sam2Model> model, int numFrames, int width, int height,
                           FrameSource source, VideoOptions options) {
  if (!model) throw Sam2Error("a video session needs a model");
  impl_ = std::make_unique<Impl>(modelBase(*model), numFrames, width, height, std::move(source), std::move(options));
}

VideoSession::~VideoSession() = default;

FrameResult VideoSession::addPoints(int frame, int objId, const std::vector<PointPrompt>& points,
                                    std::optional<BoxPrompt> box, bool clearOldPoints) {
  return impl_->addPoints(frame, objId, points, box, clearOldPoints);
}
FrameResult VideoSession::addMask(int frame, int objId, const Mask& mask) { return impl_->addMask(frame, objId, mask); }
void VideoSession::propagate(std::optional<int> startFrame, bool reverse, std::optional<int> maxFrames,
                             const std::function<void(const FrameResult&)>& onFrame,
                             const std::function<bool()>& cancelled, const ProgressFn& progress) {
  impl_->propagate(startFrame, reverse, maxFrames, onFrame, cancelled, progress);
}
void VideoSession::propagateObjects(const std::vector<int>& objIds, std::optional<int> startFrame, bool reverse,
                                    std::optional<int> maxFrames,
                                    const std::function<void(const FrameResult&)>& onFrame,
                                    const std::function<bool()>& cancelled, const ProgressFn& progress) {
  impl_->propagate(startFrame, reverse, maxFrames, onFrame, cancelled, progress, objIds);
}
RemoveResult VideoSession::removeObject(int objId) { return impl_->removeObject(objId); }
FrameResult VideoSession::clearPrompts(int frame, int objId) { return impl_->clearPrompts(frame, objId); }
void VideoSession::reset() { impl_->reset(); }
std::vector<int> VideoSession::objectIds() const { return impl_->objectIds(); }
int VideoSession::numFrames() const { return impl_->numFrames_; }
int VideoSession::width() const { return impl_->width_; }
int VideoSession::height() const { return impl_->height_; }
ObjectStateSummary VideoSession::objectState(int objId) const { return impl_->objectState(objId); }
MemoryUsage VideoSession::memoryUsage() const { return impl_->memoryUsage(); }

}  // namespace sam2
