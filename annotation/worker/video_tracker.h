#pragma once
// Video tracking for the desktop app: SAM 2's streaming-memory video predictor
// (sam2::VideoSession) on a thread of its own, beside the image InferenceWorker.
//
// The GUI side (VideoTracker) lives on the GUI thread and never blocks; the work runs on the
// tracker's thread (VideoTrackerWorker), which shares the image worker's weights (shared_weights.h), one
// sam2::VideoSession per open video (the most recent few; older ones are dropped, their state is
// rebuilt from the project's prompts when needed) and a MediaSource per video with read-ahead in
// the direction of propagation.
//
// Clicks and boxes on a video frame go to the session as SAM 2's add_new_points_or_box (prompt):
// with the object's memory and the frame's previous logits on a tracked frame. The project stays
// the one truth: every request carries the frames a person made (clicks, boxes, brushed masks)
// with their masks. The worker compares them with what its session holds (the mask each prompt
// gave) and sends only the difference (addMask for frames it does not hold as the project has
// them, e.g. brushed or restored by undo; clearPrompts for frames no longer made by a person;
// removeObject for objects gone), so undo, deletions and corrections reach the session without
// the GUI tracking its state.
//
//   auto* tracker = new s2s::VideoTracker(this);
//   connect(tracker, &s2s::VideoTracker::frameTracked, this, &View::applyFrame);
//   tracker->loadModel(spec);
//   quint64 id = tracker->propagate(request);   // answered by frameTracked... then finished
//   tracker->cancel(id);                         // stops before the next frame
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include "annotation/rle.h"
#include "annotation/worker/inference_types.h"

namespace sam2 {
class Sam2Model;
}

namespace s2s {

enum class PropagationDirection { Forward, Backward, Both };

// The video predictor's options (SAM2VideoPredictor's names in brackets). The defaults suit
// correcting (README, "Correcting a video"): a click on a tracked frame becomes a conditioning
// frame that later propagations keep [add_all_frames_to_correct_as_cond]; the corrected
// object's tracked memory within num_maskmem frames of it is dropped, so stale memory does not
// pull the next frames back [clear_non_cond_mem_around_input], and that clearing is per object,
// never touching the others [clear_non_cond_mem_for_multi_obj]; objects may overlap
// [non_overlap_masks off], so re-tracking one object cannot change another's masks.
struct VideoPredictorOptions {
    bool addAllFramesToCorrectAsCond = true;
    bool clearNonCondMemAroundInput = true;
    bool clearNonCondMemForMultiObj = true;
    bool nonOverlapMasks = false;
    // Diagnostics and golden tests: each result carries its logits at video resolution.
    bool keepLogits = false;
    // The session's store of tracking memory: RAM before it spills to disk, and where to.
    qint64 memoryBudgetBytes = qint64{256} << 20;
    QString spillDirectory;     // empty: the system's temporary folder
    bool operator==(const VideoPredictorOptions&) const = default;
};

// One frame a person made for one object, as the project holds it. Frames made with clicks or a
// box carry them: the session then holds them as point prompts (as SAM 2's add_new_points_or_box
// left them); a frame the session does not hold as the project has it is given as a mask prompt.
struct ConditioningFrame {
    int frame = 0;
    int objectId = -1;
    Rle mask;
};

// What every request to the tracker shares: the video and the project's person-made frames of
// every object (the complete set, not a change list), which the worker syncs its session with
// before anything else.
struct VideoRequestBase {
    quint64 id = 0;                // assigned by VideoTracker
    int mediaId = -1;
    QString mediaPath;
    VideoPredictorOptions options;
    std::vector<ConditioningFrame> conditioning;
    // (frame, object) whose prompts are still on their way to the project (an earlier click not
    // answered yet): the session keeps what it holds for them.
    std::vector<std::pair<int, int>> inFlight;
};

struct PropagationRequest : VideoRequestBase {
    int startFrame = 0;            // < 0: the earliest person-made frame (the reference's default)
    PropagationDirection direction = PropagationDirection::Forward;
    int maxFrames = -1;            // frames after the start in each direction; < 0: to the end
    int maxFramesBackward = -2;    // backward pass when direction is Both; -2: as maxFrames
    std::vector<int> objects;      // objects to track (empty: all); the others are left as they are
    // Early stop: once every tracked object has given this many consecutive frames whose mask
    // agrees (IoU >= agreeIou) with `existing`, the pass ends (0: never).
    int stopAfterAgreeing = 0;
    float agreeIou = 0.98f;
    std::map<std::pair<int, int>, Rle> existing;  // (frame, object) -> mask stored before
};

// Clicks and/or a box on one frame for one object, with SAM 2's video semantics: on a frame the
// object was tracked on, inference with its memory and the frame's previous logits; on a frame
// with no result yet, an initial conditioning frame (multimask for a lone click, as the reference).
struct PromptRequest : VideoRequestBase {
    int frame = 0;
    int objectId = -1;
    std::vector<PointPrompt> points;  // every click on this frame for this object, in order
    std::optional<BoxPrompt> box;
};

// Drops an object's prompts on a frame (it becomes a tracked frame). `conditioning` is the set
// without that frame.
struct ClearPromptsRequest : VideoRequestBase {
    int frame = 0;
    int objectId = -1;
};

struct TrackedObject {
    int objectId = -1;
    Rle mask;                      // video resolution
    float objectScore = 0.f;       // presence logit; <= 0: the model thinks the object is absent
    float iou = 0.f;               // predicted IoU of the mask
    std::vector<float> logits;     // video resolution, row-major; only with options.keepLogits
};

// The results of one frame, sent as soon as the frame is computed.
struct TrackedFrame {
    quint64 requestId = 0;
    int mediaId = -1;
    int frame = 0;
    std::vector<TrackedObject> objects;
};

struct PropagationSummary {
    quint64 requestId = 0;
    int mediaId = -1;
    int framesTracked = 0;         // frames sent with frameTracked
    int firstFrame = -1;           // lowest and highest frame sent (-1: none)
    int lastFrame = -1;
    bool stoppedEarly = false;     // a pass ended because the masks agreed with `existing`
    bool cancelled = false;
    QString error;                 // empty on success
    // The session's tracking memory when the request ended.
    qint64 storeRamBytes = 0, storeDiskBytes = 0, storedOutputs = 0;
};

// The answer to a PromptRequest or ClearPromptsRequest: that frame's result for that object
// (no object when the session did not hold it).
struct PromptAnswer {
    quint64 requestId = 0;
    int mediaId = -1;
    int frame = 0;
    int objectId = -1;
    std::optional<TrackedObject> result;
    double milliseconds = 0.0;     // the worker's time for the request, sync included
    QString error;
};

// Works on the tracker's thread; reached through VideoTracker.
class VideoTrackerWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kSessionsKept = 2;

    VideoTrackerWorker();
    ~VideoTrackerWorker() override;

    // Thread-safe: the propagation with this id (and any older one) stops before its next frame.
    void cancelUpTo(quint64 requestId);
    // Frames computed by the last propagation after its cancel was seen (tests: at most one).
    int framesAfterCancel() const { return framesAfterCancel_.load(); }
    // Back-pressure: at most this many computed frames wait for the receiving thread; the
    // tracker pauses beyond that (a busy GUI thread would otherwise queue every frame's masks).
    static constexpr int kMaxUnconsumedFrames = 16;
    // Thread-safe: the receiver handled one frameTracked() (VideoTracker calls it).
    void frameConsumed() { unconsumed_.fetch_sub(1); }
    int unconsumedFrames() const { return unconsumed_.load(); }
    // Address of the loaded weights (nullptr when none); the image worker's when they share them.
    const void* weightsIdentity() const { return weights_.load(); }

    // Weights loaded elsewhere (the CLI's --synthetic or --checkpoint); replaces any model.
    void adoptModel(std::shared_ptr<const sam2::Sam2Model> weights, const s2s::ModelSpec& spec);

public Q_SLOTS:
    void loadModel(const s2s::ModelSpec& spec);
    void propagate(const s2s::PropagationRequest& request);
    void prompt(const s2s::PromptRequest& request);
    void clearPrompts(const s2s::ClearPromptsRequest& request);
    void forgetMedia(int mediaId);

Q_SIGNALS:
    void modelLoaded(const QString& checkpoint);
    void modelFailed(const QString& message);
    void frameTracked(const s2s::TrackedFrame& frame);
    // done of total frames (total over both directions).
    void progress(quint64 requestId, int done, int total);
    void finished(const s2s::PropagationSummary& summary);
    void prompted(const s2s::PromptAnswer& answer);

private:
    struct Session;
    Session& sessionFor(const VideoRequestBase& request);
    // Makes the session hold what the project holds; returns the result of clearing (frame,
    // object) when that key was dropped and `clearedKey` names it.
    void syncConditioning(Session& session, const VideoRequestBase& request,
                          std::optional<std::pair<int, int>> clearedKey = std::nullopt,
                          std::optional<TrackedObject>* cleared = nullptr);
    bool isCancelled(quint64 requestId) const { return requestId <= cancelUpTo_.load(); }

    struct Model;
    std::unique_ptr<Model> model_;
    std::vector<std::unique_ptr<Session>> sessions_;  // most recently used first
    std::atomic<quint64> cancelUpTo_{0};
    std::atomic<int> framesAfterCancel_{0};
    std::atomic<int> unconsumed_{0};  // frameTracked() emitted, not yet handled by the receiver
    std::atomic<const void*> weights_{nullptr};
};

// GUI-thread front: owns the tracker's thread; every call returns at once.
class VideoTracker : public QObject {
    Q_OBJECT
public:
    explicit VideoTracker(QObject* parent = nullptr);
    ~VideoTracker() override;  // cancels what runs, then stops the thread

    // Loads the checkpoint for video (no-op when that spec is loaded or loading already).
    void loadModel(const ModelSpec& spec);
    // Uses weights already loaded (the CLI); `spec` names them for hasModel.
    void useModel(std::shared_ptr<const sam2::Sam2Model> weights, const ModelSpec& spec);
    bool hasModel(const ModelSpec& spec) const;
    // Whether a model was asked for (loaded, or loading) at all.
    bool hasRequestedModel() const { return hasRequested_; }
    // Queue a request and return its id (answered by frameTracked... finished, or prompted).
    quint64 propagate(PropagationRequest request);
    quint64 prompt(PromptRequest request);
    quint64 clearPrompts(ClearPromptsRequest request);
    void cancel(quint64 requestId);
    void forgetMedia(int mediaId);
    VideoTrackerWorker* worker() const { return worker_; }

Q_SIGNALS:
    void modelFailed(const QString& message);
    void frameTracked(const s2s::TrackedFrame& frame);
    void progress(quint64 requestId, int done, int total);
    void finished(const s2s::PropagationSummary& summary);
    void prompted(const s2s::PromptAnswer& answer);

private:
    QThread* thread_;
    VideoTrackerWorker* worker_;
    ModelSpec requested_;
    bool hasRequested_ = false;
    quint64 nextId_ = 1;
};

} // namespace s2s

Q_DECLARE_METATYPE(s2s::PropagationRequest)
Q_DECLARE_METATYPE(s2s::TrackedFrame)
Q_DECLARE_METATYPE(s2s::PropagationSummary)
Q_DECLARE_METATYPE(s2s::PromptRequest)
Q_DECLARE_METATYPE(s2s::ClearPromptsRequest)
Q_DECLARE_METATYPE(s2s::PromptAnswer)
