#pragma once
// VideoSession's implementation state (model-internal, uses LibTorch): the reference video
// predictor's inference state, one ObjectState per object, outputs in a MemoryStore, and hooks
// through which tests and debugging tools watch each track step.
#include <ATen/ATen.h>

#include <list>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "model/memory_store.h"
#include "model/tracker.h"
#include "model/video_session.h"

namespace sam2 {

class Sam2BaseImpl;

// A map from frame index to a value that remembers the order in which frames were first inserted,
// like the Python dicts of the reference (re-assigning an existing frame keeps its place).
template <typename V>
class FrameOrderedMap {
 public:
  bool contains(int frame) const { return items_.count(frame) != 0; }
  const V* find(int frame) const {
    auto it = items_.find(frame);
    return it == items_.end() ? nullptr : &it->second.first;
  }
  // Returns the value it replaced, if any.
  std::optional<V> set(int frame, V value) {
    auto it = items_.find(frame);
    if (it != items_.end()) {
      V old = std::move(it->second.first);
      it->second.first = std::move(value);
      return old;
    }
    order_.push_back(frame);
    items_.emplace(frame, std::make_pair(std::move(value), std::prev(order_.end())));
    return std::nullopt;
  }
  std::optional<V> take(int frame) {
    auto it = items_.find(frame);
    if (it == items_.end()) return std::nullopt;
    V value = std::move(it->second.first);
    order_.erase(it->second.second);
    items_.erase(it);
    return value;
  }
  std::vector<int> frames() const { return {order_.begin(), order_.end()}; }
  std::vector<V> values() const {
    std::vector<V> out;
    for (const auto& kv : items_) out.push_back(kv.second.first);
    return out;
  }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  void clear() {
    items_.clear();
    order_.clear();
  }

 private:
  std::map<int, std::pair<V, std::list<int>::iterator>> items_;
  std::list<int> order_;
};

// One object's prompts and outputs (the reference's per-object dicts).
struct ObjectState {
  int objId = 0;
  std::map<int, PointInputs> pointInputs;
  std::map<int, at::Tensor> maskInputs;  // [1, 1, S, S] float 0/1 on the CPU
  FrameOrderedMap<MemoryStore::Id> cond, nonCond, tempCond, tempNonCond;
  std::map<int, bool> framesTracked;  // frame -> tracked in reverse
};

// What one track step did (trace + tensors), for golden tests and debugging.
struct TrackStepEvent {
  int frame = 0;
  int objId = 0;
  bool isInitCondFrame = false;
  bool reverse = false;
  bool runMemEncoder = false;
  int numPoints = 0;
  bool maskInput = false;
  bool prevSamMaskLogits = false;
  std::vector<SamHeadsTrace> heads;
  float objectScore = 0.f;
  int memoryFrames = 0;
  int objPtrTokens = 0;
  std::vector<int> stateCondFrames, stateNonCondFrames;
  MemoryAttentionTrace attention;  // undefined tensors when memory attention did not run
  bool memoryAttentionReused = false;  // a repeated click: the last prompt's result was reused
  at::Tensor predMasksBeforeFill, predMasks, objPtr, objectScoreLogits;
  at::Tensor maskmemFeatures;      // as stored (bfloat16), or undefined
};

struct MemoryEncoderEvent {
  int frame = 0;
  int objId = 0;
  bool isMaskFromPts = true;
  float objectScore = 0.f;
};

struct ClearMemoryEvent {
  int frame = 0;
  int objId = 0;
  int windowBegin = 0, windowEnd = 0;
  std::vector<int> removedFrames;
};

struct VideoSession::Impl {
  Impl(std::shared_ptr<Sam2BaseImpl> model, int numFrames, int width, int height, FrameSource source,
       VideoOptions options);

  // Hooks (optional).
  std::function<void(const TrackStepEvent&)> onTrackStep;
  std::function<void(const MemoryEncoderEvent&)> onMemoryEncoder;
  std::function<void(const ClearMemoryEvent&)> onClearMemory;

  FrameResult addPoints(int frame, int objId, const std::vector<PointPrompt>& points, std::optional<BoxPrompt> box,
                        bool clearOldPoints);
  FrameResult addMask(int frame, int objId, const Mask& mask);
  void propagate(std::optional<int> startFrame, bool reverse, std::optional<int> maxFrames,
                 const std::function<void(const FrameResult&)>& onFrame, const std::function<bool()>& cancelled,
                 const ProgressFn& progress, const std::vector<int>& onlyObjects = {});
  RemoveResult removeObject(int objId);
  FrameResult clearPrompts(int frame, int objId);
  void reset();

  std::vector<int> objectIds() const;
  ObjectStateSummary objectState(int objId) const;
  MemoryUsage memoryUsage() const;

  // An object's stored output on a frame (conditioning first), for tests.
  std::optional<StoredOutput> storedOutput(int objId, int frame);
  const at::Tensor& maskmemPosEnc() const { return maskmemPosEnc_; }

  // ---- internals ----
  struct FrameOutput {
    StoredOutput stored;
    at::Tensor predMasks;  // on the compute device
  };

  const FrameFeatures& features(int frame);
  int objIndex(int objId, bool create);
  void checkFrame(int frame) const;
  TrackMemory memoryOf(ObjectState& obj);
  FrameOutput runSingleFrame(size_t objIdx, int frame, bool isInitCondFrame, const std::optional<PointInputs>& points,
                             const at::Tensor& maskInputs, bool reverse, bool runMemEncoder,
                             const at::Tensor& prevSamMaskLogits);
  FrameResult afterPrompt(size_t objIdx, int frame, bool isCond, const FrameOutput& out);
  FrameResult consolidate(int frame, bool isCond);
  // `include` (when given) selects the objects that appear in the result.
  FrameResult makeResult(int frame, const std::vector<at::Tensor>& lowResPerObject,
                         const std::vector<const StoredOutput*>& stored, const std::vector<bool>* include = nullptr);
  void preflight();
  void clearNonCondAround(size_t objIdx, int frame);
  void clearPromptsOf(size_t objIdx, int frame);
  void assign(FrameOrderedMap<MemoryStore::Id>& map, int frame, MemoryStore::Id id);
  void eraseFrom(FrameOrderedMap<MemoryStore::Id>& map, int frame);
  void dropObject(ObjectState& obj);

  std::shared_ptr<Sam2BaseImpl> model_;
  Sam2Config config_;
  std::unique_ptr<Tracker> tracker_;
  int numFrames_, width_, height_;
  FrameSource source_;
  VideoOptions options_;
  MemoryStore store_;
  std::vector<ObjectState> objects_;
  std::list<std::pair<int, FrameFeatures>> featureCache_;  // front: most recent
  // How many frames the cache holds: VideoOptions::featureCacheFrames, fewer (at least one) when
  // they would not fit the device budget (reserveFeatureCache).
  size_t featureCacheCapacity_ = 1;
  size_t featureBytesPerFrame_ = 0;  // known from the first frame encoded
  void reserveFeatureCache(size_t bytesPerFrame);
  at::Tensor maskmemPosEnc_;

  // A click on a tracked frame runs memory attention over the object's memory; the next click on
  // that frame attends to the same memory (its own output waits in the temporary outputs), so
  // the last prompt's memory-conditioned features are kept and reused while the object's stored
  // outputs (the signature: frame and store id of every conditioning and tracked output) are
  // unchanged. Exact: the same tensors the attention would compute again.
  struct PromptMemory {
    int objId = 0, frame = -1;
    bool reverse = false;
    std::vector<std::pair<int, MemoryStore::Id>> signature;
    at::Tensor pixFeatWithMem;
    int memoryFrames = 0, objPtrTokens = 0;
  };
  std::optional<PromptMemory> promptMemory_;
  static std::vector<std::pair<int, MemoryStore::Id>> memorySignature(const ObjectState& obj);
};

// SAM2Base's modules as the tracker reads them.
TrackerModules trackerModulesOf(Sam2BaseImpl& model);

// The video predictor's preprocessing of one RGB8 frame: [1, 3, S, S] float32 (see
// GOLDEN_FORMAT.md "Preprocessing").
at::Tensor preprocessVideoFrame(const uint8_t* rgb, int width, int height, int imageSize);


}  // namespace sam2
