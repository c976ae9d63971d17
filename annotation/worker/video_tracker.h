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
// The project stays the one truth: every propagation request carries the frames a person made
// (clicks, boxes, brushed masks) as conditioning masks. The worker compares them with what its
// session already holds and sends only the difference (addMask for new or changed frames,
// clearPrompts for frames no longer made by a person, removeObject for objects gone), so undo,
// deletions and corrections reach the session without the GUI tracking its state.
//
//   auto* tracker = new s2s::VideoTracker(this);
//   connect(tracker, &s2s::VideoTracker::frameTracked, this, &View::applyFrame);
//   tracker->loadModel(spec);
//   quint64 id = tracker->propagate(request);   // answered by frameTracked... then finished
//   tracker->cancel(id);                         // stops before the next frame
#include <atomic>
#include <map>
#include <memory>
#include <vector>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include "annotation/rle.h"
#include "annotation/worker/inference_types.h"

namespace s2s {

enum class PropagationDirection { Forward, Backward, Both };

// One frame a person made for one object: its mask becomes a conditioning frame of the session.
struct ConditioningFrame {
    int frame = 0;
    int objectId = -1;
    Rle mask;
};

struct PropagationRequest {
    quint64 id = 0;                // assigned by VideoTracker::propagate
    int mediaId = -1;
    QString mediaPath;
    int startFrame = 0;
    PropagationDirection direction = PropagationDirection::Forward;
    int maxFrames = -1;            // frames after the start in each direction; < 0: to the end
    // Every person-made frame of every object of the video (the complete set, not a change list).
    std::vector<ConditioningFrame> conditioning;
};

struct TrackedObject {
    int objectId = -1;
    Rle mask;                      // video resolution
    float objectScore = 0.f;       // presence logit; <= 0: the model thinks the object is absent
    float iou = 0.f;               // predicted IoU of the mask
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
    bool cancelled = false;
    QString error;                 // empty on success
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
    // Address of the loaded weights (nullptr when none); the image worker's when they share them.
    const void* weightsIdentity() const { return weights_.load(); }

public Q_SLOTS:
    void loadModel(const s2s::ModelSpec& spec);
    void propagate(const s2s::PropagationRequest& request);
    void forgetMedia(int mediaId);

Q_SIGNALS:
    void modelLoaded(const QString& checkpoint);
    void modelFailed(const QString& message);
    void frameTracked(const s2s::TrackedFrame& frame);
    // done of total frames (total over both directions).
    void progress(quint64 requestId, int done, int total);
    void finished(const s2s::PropagationSummary& summary);

private:
    struct Session;
    Session& sessionFor(const PropagationRequest& request);
    void syncConditioning(Session& session, const PropagationRequest& request);
    bool isCancelled(quint64 requestId) const { return requestId <= cancelUpTo_.load(); }

    struct Model;
    std::unique_ptr<Model> model_;
    std::vector<std::unique_ptr<Session>> sessions_;  // most recently used first
    std::atomic<quint64> cancelUpTo_{0};
    std::atomic<int> framesAfterCancel_{0};
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
    bool hasModel(const ModelSpec& spec) const;
    // Whether a model was asked for (loaded, or loading) at all.
    bool hasRequestedModel() const { return hasRequested_; }
    // Queues a propagation and returns its id.
    quint64 propagate(PropagationRequest request);
    void cancel(quint64 requestId);
    void forgetMedia(int mediaId);
    VideoTrackerWorker* worker() const { return worker_; }

Q_SIGNALS:
    void modelFailed(const QString& message);
    void frameTracked(const s2s::TrackedFrame& frame);
    void progress(quint64 requestId, int done, int total);
    void finished(const s2s::PropagationSummary& summary);

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
