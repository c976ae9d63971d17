#pragma once
// The video side of the annotator: which frame of which video is shown, playback, and
// propagation with SAM 2's video predictor (VideoTracker, its own thread) turned into project
// edits.
//
// Provenance decides who wins: a frame whose mask a person made (click, box, brush: MaskSource
// Model / Manual / Imported) is a conditioning frame of the video session and is never
// overwritten by tracking; frames with MaskSource::Propagation are the model's and are replaced
// by the next propagation over them.
//
// A propagation shows each frame as soon as it is computed (written to the project inside a
// HistoryScope, so the canvas and timeline redraw at once) and, when it ends or is cancelled,
// becomes ONE SetMasksCommand on the undo stack with everything it computed: undo reverts the
// whole run, redo restores it.
#include <map>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "annotation/commands.h"
#include "annotation/project.h"
#include "annotation/worker/video_tracker.h"

namespace s2s {
class InferenceClient;
}

namespace s2s::ui {

class Annotator;

class VideoController : public QObject {
    Q_OBJECT
public:
    // A tracked mask with predicted IoU below this, or an object lost after being seen, is a
    // "problem" frame (next-problem jumps there; the timeline marks it).
    static constexpr float kLowIou = 0.5f;

    struct Confidence {
        float objectScore = 0.f;  // presence logit; <= 0: absent / occluded
        float iou = 0.f;
    };

    VideoController(Annotator* annotator, InferenceClient* inference, QObject* parent = nullptr);
    ~VideoController() override;

    void setProject(Project* project);
    Project* project() const { return project_; }
    VideoTracker* tracker() const { return tracker_; }
    Annotator* annotator() const { return annotator_; }

    // ---- what is shown ---------------------------------------------------------------------
    int mediaId() const { return mediaId_; }
    int frame() const { return frame_; }
    int frameCount() const;   // 0 when no media is shown
    bool isVideo() const { return frameCount() > 1; }
    double fps() const;

    // Model confidence of a tracked frame (known for frames tracked in this session of the app).
    std::optional<Confidence> confidence(int objectId, int frame) const;
    // Frames with a person-made mask of any object, ascending.
    std::vector<int> keyframes() const;
    bool isProblemFrame(int frame) const;

    bool isPropagating() const { return running_.has_value(); }
    // Whether the canvas shows the frames of a running propagation as they come (a few times a
    // second; each shown frame is also encoded by the image worker, so on a slow CPU turning
    // this off leaves all cores to tracking).
    void setFollowPropagation(bool follow) { follow_ = follow; }
    bool followsPropagation() const { return follow_; }
    // The tracker's id of the running propagation (0 when none).
    quint64 runningRequestId() const { return running_ ? running_->id : 0; }
    bool isPlaying() const { return playTimer_.isActive(); }

public Q_SLOTS:
    bool seek(int frame);
    void step(int delta);
    void nextKeyframe();
    void previousKeyframe();
    // The next frame after the current one with a problem (wraps to the start); false if none.
    bool nextProblem();
    void play();
    void pause();
    void togglePlay();

    // Tracks every prompted object from the current frame. maxFrames < 0: to the end of the video.
    // Returns false (with message()) when nothing can be tracked (no model, no prompts, running).
    bool propagate(s2s::PropagationDirection direction, int maxFrames = -1);
    // Stops the running propagation before its next frame; what it computed is kept.
    void cancelPropagation();
    // Removes an object's masks from the current frame to the end (one undo step).
    void clearFromCurrentFrame(int objectId);
    // Deletes an object with its masks on every frame (one undo step).
    void deleteObject(int objectId);

Q_SIGNALS:
    void frameChanged(int mediaId, int frame);
    // Masks, objects or confidences of the shown media changed: views redraw.
    void dataChanged();
    void playingChanged(bool playing);
    void propagationStarted();
    void propagationProgress(int done, int total);
    // frames: computed frames kept; cancelled: stopped by cancelPropagation.
    void propagationFinished(int frames, bool cancelled, const QString& error);
    void message(const QString& text);

private:
    struct Run {
        quint64 id = 0;
        int mediaId = -1;
        int frames = 0;
        bool cancelRequested = false;
        // (frame, object) -> annotation before the run, and as the run set it.
        std::map<std::pair<int, int>, std::optional<FrameAnnotation>> before, after;
    };

    void onFrameShown(int mediaId, int frame);
    void onFrameTracked(const TrackedFrame& frame);
    void onFinished(const PropagationSummary& summary);
    void onPlayTick();
    // The frame being loaded when one is, else the shown one: where stepping starts from.
    int targetFrame() const;
    void commitRun();
    bool ensureModel();
    static bool isPersonMade(const FrameAnnotation& annotation);

    Annotator* annotator_;
    InferenceClient* inference_;
    VideoTracker* tracker_;
    QPointer<Project> project_;
    int mediaId_ = -1;
    int frame_ = 0;
    QTimer playTimer_;
    std::optional<Run> running_;
    QElapsedTimer followClock_;  // the canvas follows a propagation a few times a second
    bool follow_ = true;
    // (mediaId, objectId) -> frame -> confidence
    std::map<std::pair<int, int>, std::map<int, Confidence>> confidence_;
};

} // namespace s2s::ui
