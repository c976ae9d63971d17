#pragma once
// Video object tracking with SAM 2's streaming memory: the reference SAM2VideoPredictor's
// semantics (facebookresearch/sam2, sam2_video_predictor.py) behind a plain C++ interface (no
// LibTorch in this header).
//
//   auto session = std::make_unique<sam2::VideoSession>(model, numFrames, width, height, source, {});
//   session->addPoints(0, /*objId*/ 1, {{70, 117, 1}});
//   session->propagate(std::nullopt, false, std::nullopt, [](const sam2::FrameResult& r) { ... });
//
// Frames are pulled from the FrameSource when they are needed (and only a few frames' image
// features are cached). What later frames attend to (memory features in bfloat16, object
// pointers, low-res logits) lives in a store with a RAM budget that spills to disk, so memory
// stays bounded however long the video. Results are handed out as they are produced; the session
// keeps no video-resolution masks.
//
// Not thread-safe: one thread drives a session. Several sessions may share one Sam2Model.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace sam2 {

class Sam2Model;

// Returns frame `frameIndex` (0-based) as tightly packed RGB8, row-major, width * 3 bytes a row,
// at the size given to the session. Throwing (any std::exception) aborts the current call.
using FrameSource = std::function<std::vector<uint8_t>(int frameIndex)>;

struct VideoOptions {
  // The reference predictor's options (defaults as in SAM2VideoPredictor). An annotation tool
  // wants the first two true: a correction then becomes a conditioning frame that later
  // propagations keep instead of re-tracking.
  bool addAllFramesToCorrectAsCond = false;
  bool clearNonCondMemAroundInput = false;
  bool nonOverlapMasks = false;     // one object per pixel in the returned logits
  // The legacy predictor's clear_non_cond_mem_for_multi_obj: with false, the memory around an
  // input frame is cleared only while the session has a single object. The current predictor
  // clears per object (the object the input belongs to), which is what true gives.
  bool clearNonCondMemForMultiObj = true;
  int maxCondFramesInAttn = -1;     // -1: attend to every conditioning frame

  // On a GPU: how many bytes the session keeps in GPU memory: its cached image features (which
  // take their share first, at least one frame's) and stored per-frame outputs, so that tracking
  // reads its memory frames with no copy; beyond it the least recently used outputs go to RAM.
  // Unset: 4 GiB on a GPU (about 5,000 object-frames of a 1024-pixel model), none on the CPU. Set
  // on the CPU, it is a RAM pool ahead of memoryBudgetBytes that counts its moves as a GPU's would
  // (MemoryUsage::transfersToDevice), so tests can check the tiers without a GPU.
  std::optional<size_t> deviceMemoryBudgetBytes;
  // RAM for stored per-frame outputs; beyond it the least recently used ones go to disk.
  size_t memoryBudgetBytes = size_t{256} << 20;
  // Where spilled outputs go (a private subfolder is created and removed); empty: the system's
  // temporary folder.
  std::string spillDirectory;
  // How many recent frames' image features to keep (the reference keeps 1).
  int featureCacheFrames = 2;
  // Return each object's logits at video resolution in ObjectResult::logits.
  bool keepLogits = true;
  // Return each object's mask as COCO run-length counts (ObjectResult::rleCounts) instead of
  // bytes (mask.data stays empty; mask.width and mask.height are set). The runs are found where
  // the masks are, so on a GPU a frame's masks come to the host as kilobytes (mask_rle.h).
  bool masksAsRle = false;
  // Repeated clicks on a tracked frame reuse the memory attention of the first (exact: the
  // object's memory is unchanged between them), so refining costs a mask-decoder pass.
  bool reuseMemoryAttention = true;
};

struct ObjectResult {
  int objId = 0;
  Mask mask;                  // logits > 0, at the video's resolution
  float objectScore = 0.f;    // object-presence logit (> 0: present); -1024 when the object has no output here
  float iou = 0.f;            // predicted IoU of the chosen mask (0 when none)
  std::vector<float> logits;  // height * width, row-major (empty unless keepLogits)
  // With VideoOptions::masksAsRle: the mask as uncompressed COCO counts (column-major runs, the
  // first of 0s), mask.data empty.
  std::vector<uint32_t> rleCounts;
  bool hasOutput = true;      // false: no output for this object on this frame (placeholder -1024)
};

struct FrameResult {
  int frame = -1;
  std::vector<ObjectResult> objects;  // in the session's object order (objectIds())
};

struct RemoveResult {
  std::vector<int> objIds;                 // the objects left
  std::vector<FrameResult> updatedFrames;  // frames whose prompts belonged to the removed object
};

// What the session holds for one object (for tests, diagnostics and UIs that show the state).
struct ObjectStateSummary {
  int objId = 0;
  std::vector<int> condFrames;         // conditioning outputs, in insertion order
  std::vector<int> nonCondFrames;      // non-conditioning outputs, in insertion order
  std::vector<int> tempCondFrames;     // prompted since the last propagation
  std::vector<int> tempNonCondFrames;
  std::vector<int> pointInputFrames;   // ascending
  std::vector<int> maskInputFrames;    // ascending
  std::vector<int> trackedForward;     // ascending
  std::vector<int> trackedReverse;     // ascending
};

struct MemoryUsage {
  size_t storedOutputs = 0;   // per-object frame outputs held
  size_t bytesOnDevice = 0;   // of those outputs, in the device tier (VideoOptions::deviceMemoryBudgetBytes)
  size_t bytesInRam = 0;
  size_t bytesOnDisk = 0;
  size_t cachedFeatureFrames = 0;
  size_t featureCacheBytes = 0;  // their image features (within the device budget, where there is one)
  // Stored outputs copied host -> device and device -> host since the session began: with the
  // outputs within the device budget, a propagation adds none per frame.
  uint64_t transfersToDevice = 0;
  uint64_t transfersToHost = 0;
};

class VideoSession {
 public:
  // `width` x `height` is the video's resolution (prompts and results use it).
  VideoSession(std::shared_ptr<const Sam2Model> model, int numFrames, int width, int height, FrameSource source,
               VideoOptions options = {});
  ~VideoSession();
  VideoSession(const VideoSession&) = delete;
  VideoSession& operator=(const VideoSession&) = delete;

  // Points (and/or a box) for object objId on a frame, in video pixels. A new object id is added.
  // clearOldPoints=false appends to the frame's earlier clicks (a box needs clearOldPoints=true).
  // Returns every object's result on that frame.
  FrameResult addPoints(int frame, int objId, const std::vector<PointPrompt>& points,
                        std::optional<BoxPrompt> box = std::nullopt, bool clearOldPoints = true);
  // A mask (any size; resized to the model's input) as the object's prompt on a frame.
  FrameResult addMask(int frame, int objId, const Mask& mask);

  // Tracks every object from startFrame (default: the earliest conditioning frame) forward or in
  // reverse, over at most maxFrames frames after the start (the start frame included on top, as
  // the reference's max_frame_num_to_track). onFrame receives each frame's results as soon as
  // they exist; cancelled is polled between frames (propagation then stops, keeping what it did);
  // progress gets the fraction of frames done.
  void propagate(std::optional<int> startFrame, bool reverse, std::optional<int> maxFrames,
                 const std::function<void(const FrameResult&)>& onFrame, const std::function<bool()>& cancelled = {},
                 const ProgressFn& progress = {});

  // As propagate, but only the objects in objIds are tracked and returned (empty: every
  // object); the others' stored outputs are left as they are. Objects are tracked independently,
  // so an object's results do not depend on which others are tracked with it (except through
  // nonOverlapMasks, which then applies among the tracked ones).
  void propagateObjects(const std::vector<int>& objIds, std::optional<int> startFrame, bool reverse,
                        std::optional<int> maxFrames, const std::function<void(const FrameResult&)>& onFrame,
                        const std::function<bool()>& cancelled = {}, const ProgressFn& progress = {});

  RemoveResult removeObject(int objId);
  // Removes the object's prompts on a frame (its conditioning output becomes a tracked one).
  FrameResult clearPrompts(int frame, int objId);
  // Forgets every object, prompt and output.
  void reset();

  std::vector<int> objectIds() const;
  int numFrames() const;
  int width() const;
  int height() const;
  ObjectStateSummary objectState(int objId) const;
  MemoryUsage memoryUsage() const;

  struct Impl;
  // Model-internal access (tests, debugging hooks); see video_session_internal.h.
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace sam2
