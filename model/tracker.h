#pragma once
// The track step of SAM 2 (model-internal): SAM2Base.track_step and what it calls
// (_prepare_memory_conditioned_features, _forward_sam_heads as the video path uses it,
// _use_mask_as_output, _encode_new_memory), for one object (batch 1) on one frame.
//
// The tracker reads the model's modules and learned tensors through TrackerModules, and one
// object's stored outputs through TrackMemory, so it knows nothing of how a session stores them.
#include <ATen/ATen.h>

#include <functional>
#include <optional>
#include <vector>

#include "model/config.h"
#include "model/memory_encoder.h"

namespace sam2 {

class MemoryAttentionImpl;
class PromptEncoderImpl;
class MaskDecoderImpl;

// What the track step needs from the model (pointers into a loaded model; not owned).
struct TrackerModules {
  PromptEncoderImpl* promptEncoder = nullptr;
  MaskDecoderImpl* maskDecoder = nullptr;
  MemoryAttentionImpl* memoryAttention = nullptr;
  MemoryEncoderImpl* memoryEncoder = nullptr;
  std::function<at::Tensor(const at::Tensor&)> objPtrProj;      // SAM output token -> object pointer
  std::function<at::Tensor(const at::Tensor&)> objPtrTposProj;  // identity when not projected
  std::function<at::Tensor(const at::Tensor&)> maskDownsample;  // [1,1,S,S] -> [1,1,S/4,S/4]
  at::Tensor maskmemTposEnc;     // [num_maskmem, 1, 1, memDim]
  at::Tensor noMemEmbed;         // [1, 1, hidden]
  at::Tensor noMemPosEnc;        // [1, 1, hidden]
  at::Tensor noObjPtr;           // [1, hidden] (undefined without object scores + pointers)
  at::Tensor noObjEmbedSpatial;  // [1, memDim] (SAM 2.1 only)
};

// One frame's image features as the tracker uses them (batch 1, NCHW).
struct FrameFeatures {
  at::Tensor visionFeat;             // [1, hidden, H, W] stride-16 features (no no_mem_embed added)
  at::Tensor visionPos;              // [1, hidden, H, W] their position encoding
  std::vector<at::Tensor> highRes;   // {[1, hidden/8, 4H, 4W], [1, hidden/4, 2H, 2W]} after conv_s0/s1, or empty
};

// Clicks in model-input pixels (0..image_size), labels 1/0 and 2/3 for box corners.
struct PointInputs {
  at::Tensor coords;  // [1, P, 2] float32
  at::Tensor labels;  // [1, P] int32
  int64_t count() const { return labels.defined() ? labels.size(1) : 0; }
};

// One stored memory of an object: its memory features (bfloat16 as stored) and object pointer.
struct MemoryFrame {
  at::Tensor maskmemFeatures;
  at::Tensor objPtr;
};

// Read access to one object's conditioning and non-conditioning outputs.
struct TrackMemory {
  std::vector<int> condFrames;  // conditioning frames in insertion order
  std::function<bool(int frame)> hasNonCond;
  std::function<MemoryFrame(int frame, bool cond)> load;
  at::Tensor maskmemPosEnc;     // [1, memDim, H, W] the memory position encoding (same for all)
};

struct TrackStepInput {
  int frame = 0;
  bool isInitCondFrame = false;
  bool reverse = false;
  int numFrames = 1;
  std::optional<PointInputs> points;
  at::Tensor maskInputs;         // [1, 1, S, S] binary, or undefined
  at::Tensor prevSamMaskLogits;  // [1, 1, S/4, S/4] clamped earlier logits fed back, or undefined
  bool runMemEncoder = true;
  // The memory-conditioned features of this frame when they are known to be unchanged (another
  // click on the same frame with the same memory): memory attention is then skipped.
  at::Tensor pixFeatWithMem;     // [1, C, H, W] or undefined
  int memoryFrames = 0, objPtrTokens = 0;  // what that memory attention attended to
};

// The SAM-head call of a step, for traces and golden checks.
struct SamHeadsTrace {
  bool multimask = false;
  int numPoints = 0;
  bool maskInputs = false;
  std::vector<float> ious;
  float objectScore = 0.f;
  int bestIndex = -1;                // with multimask
  std::optional<float> stability;    // single-mask request with dynamic multimask
  std::optional<bool> stable;
};

// The memory-attention call of a step (golden internals).
struct MemoryAttentionTrace {
  at::Tensor curr, currPos, memory, memoryPos, pixFeatWithMem;
  int64_t numObjPtrTokens = 0;
};

struct TrackStepOutput {
  at::Tensor predMasks;          // [1, 1, S/4, S/4] low-res logits (before hole filling)
  at::Tensor predMasksHighRes;   // [1, 1, S, S]
  at::Tensor objPtr;             // [1, hidden]
  at::Tensor objectScoreLogits;  // [1, 1]
  float iou = 0.f;               // predicted IoU of the chosen mask
  at::Tensor maskmemFeatures;    // [1, memDim, H, W] in the model dtype, when the memory encoder ran
  at::Tensor maskmemPosEnc;
  std::vector<SamHeadsTrace> heads;
  int memoryFrames = 0;          // spatial memories attended to
  int objPtrTokens = 0;          // object-pointer tokens attended to
  at::Tensor pixFeatWithMem;     // the memory-conditioned features used (to reuse, see the input)
};

class Tracker {
 public:
  Tracker(TrackerModules modules, const Sam2Config& config, int maxCondFramesInAttn);

  // debug, when given, receives the memory attention's inputs and output.
  TrackStepOutput trackStep(const FrameFeatures& features, const TrackStepInput& input, const TrackMemory& memory,
                            MemoryAttentionTrace* debug = nullptr) const;

  // _encode_new_memory: the frame's memory from its high-res mask logits.
  MemoryEncoding encodeNewMemory(const FrameFeatures& features, const at::Tensor& highResMasks,
                                 const at::Tensor& objectScoreLogits, bool isMaskFromPts) const;

  const Sam2Config& config() const { return config_; }

 private:
  struct HeadsResult {
    at::Tensor lowResMasks, highResMasks, objPtr, objectScoreLogits;
    float iou = 0.f;
  };
  HeadsResult forwardSamHeads(const at::Tensor& backbone, const std::optional<PointInputs>& points,
                              const at::Tensor& maskInputs, const std::vector<at::Tensor>& highRes, bool multimask,
                              std::vector<SamHeadsTrace>& traces) const;
  HeadsResult useMaskAsOutput(const FrameFeatures& features, const at::Tensor& maskInputs,
                              std::vector<SamHeadsTrace>& traces) const;
  at::Tensor memoryConditionedFeatures(const FrameFeatures& features, const TrackStepInput& input,
                                       const TrackMemory& memory, TrackStepOutput& out,
                                       MemoryAttentionTrace* debug) const;
  bool useMultimask(bool isInitCondFrame, int64_t numPoints) const;

  TrackerModules m_;
  Sam2Config config_;
  int maxCondFramesInAttn_;
};

// select_closest_cond_frames: up to maxCondFrames conditioning frames closest to `frame` (the
// closest before, the closest at or after, then by distance); -1 keeps all. Returns the selected
// frames in the reference's order and the unselected ones.
std::pair<std::vector<int>, std::vector<int>> selectClosestCondFrames(int frame, const std::vector<int>& condFrames,
                                                                      int maxCondFrames);

// get_1d_sine_pe: sine embedding of positions [N] -> [N, dim] (sin half, then cos half).
at::Tensor sineEmbedding1d(const at::Tensor& positions, int64_t dim, double temperature = 10000.0);

}  // namespace sam2
