#pragma once
// The video side of the annotator: which frame of which video is shown, playback, and the
// window's handle on the annotation layer's VideoEditor (annotation/worker/video_editor.h), which
// turns clicks on video frames, propagation and re-tracking into project edits with SAM 2's
// video predictor; the CLI drives the same VideoEditor.
//
// Provenance decides who wins: a frame whose mask a person made (click, box, brush: MaskSource
// Model / Manual / Imported) is a conditioning frame of the video session and is never
// overwritten by tracking; frames with MaskSource::Propagation are the model's and are replaced
// by the next propagation over them. A propagation shows each frame as soon as it is computed
// and becomes ONE undo step; after a correction it re-tracks only what changed (VideoEditor).
#include <map>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "annotation/commands.h"
#include "annotation/project.h"
#include "annotation/worker/video_editor.h"

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
    VideoTracker* tracker() const { return editor_->tracker(); }
    VideoEditor* editor() const { return editor_; }
    Annotator* annotator() const { return annotator_; }

    // ---- what is shown ---------------------------------------------------------------------
    int mediaId() const { return mediaId_; }
    int frame() const { return frame_; }
    int frameCount() const;   // 0 when no media is shown
    bool isVideo() const { return frameCount() > 1; }
    double fps() const;

    // Model confidence of a tracked frame (saved with the project: Project::trackConfidence).
    std::optional<Confidence> confidence(int objectId, int frame) const;
    // Frames with a person-made mask of any object, ascending.
    std::vector<int> keyframes() const;
    bool isProblemFrame(int frame) const;

    bool isPropagating() const { return editor_->isRunning(); }
    // Whether the canvas shows the frames of a running propagation as they come (a few times a
    // second; each shown frame is also encoded by the image worker, so on a slow CPU turning
    // this off leaves all cores to tracking).
    void setFollowPropagation(bool follow) { follow_ = follow; }
    bool followsPropagation() const { return follow_; }
    // The tracker's id of the running propagation (0 when none).
    quint64 runningRequestId() const { return editor_->runningRequestId(); }
    // The frames the last propagation or re-track went over (first, last), for the timeline.
    std::optional<std::pair<int, int>> lastTrackedRange() const { return lastRange_; }
    // The report of the last finished propagation (nullopt before the first).
    const std::optional<VideoRunReport>& lastReport() const { return lastReport_; }
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

    // Tracks from the current frame (maxFrames < 0: to the end of the video): only the objects a
    // person changed on this frame, over their affected stretch, when there are such changes
    // (VideoEditor::propagateFrom), else every prompted object. Returns false (with message())
    // when nothing can be tracked (no model, no prompts, running).
    bool propagate(s2s::PropagationDirection direction, int maxFrames = -1);
    // Every object from the current frame, whatever changed.
    bool propagateAll(s2s::PropagationDirection direction, int maxFrames = -1);
    // Removes the selected object's prompts on the current frame (it becomes a tracked frame).
    void clearPromptsOnFrame(int objectId);
    // The predictor options and re-tracking settings (Video ▸ Tracking options), remembered in
    // the settings (QSettings "video/...").
    void setEditorSettings(const s2s::VideoEditorSettings& settings);
    const VideoEditorSettings& editorSettings() const { return editor_->settings(); }
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
    void onFrameShown(int mediaId, int frame);
    void onFrameTracked(const TrackedFrame& frame);
    void onFrameApplied(int mediaId, int frame);
    void onRunFinished(const VideoRunReport& report);
    void onPlayTick();
    bool startPropagation(s2s::PropagationDirection direction, int maxFrames, bool all);
    // The frame being loaded when one is, else the shown one: where stepping starts from.
    int targetFrame() const;
    static bool isPersonMade(const FrameAnnotation& annotation) { return VideoEditor::isPersonMade(annotation); }

public:
    // Asks the tracker for the image worker's model (false with a message when none is loaded).
    bool ensureModel();

private:
    Annotator* annotator_;
    InferenceClient* inference_;
    VideoEditor* editor_;
    QPointer<Project> project_;
    int mediaId_ = -1;
    int frame_ = 0;
    QTimer playTimer_;
    std::optional<std::pair<int, int>> lastRange_;
    std::optional<VideoRunReport> lastReport_;
    QElapsedTimer followClock_;  // the canvas follows a propagation a few times a second
    bool follow_ = true;
};

} // namespace s2s::ui
