#pragma once
// Video annotation as SAM 2's data engine does it, on the project: clicks and boxes on any frame
// through the video predictor (memory-aware corrections), propagation, and re-tracking only what
// a person changed. The one engine path of the desktop app (ui/VideoController, ui/Annotator)
// and of `sam2studio-cli track` / `replay`: QtCore only, every call returns at once, the model
// runs on the VideoTracker's thread and answers come back as signals.
//
// Everything ends up in the project as undoable commands:
//   - a click or box on a frame is one command (the object's mask on that frame, source Model,
//     with the prompts); on a new object it is "Add object";
//   - a propagation is one command with every mask it set (applied frame by frame as it runs,
//     inside a HistoryScope, so views follow; committed when it ends or is cancelled);
//   - a correction followed by its re-tracking merge into one undo step.
//
// Who wins: a frame whose mask a person made (MaskSource Model / Manual / Imported) is a
// conditioning frame and is never overwritten by tracking; tracked frames (Propagation) are
// replaced by the next propagation over them.
//
// Re-tracking only what changed (propagateFrom): when a person changed objects on the frame a
// propagation starts from (a click, a box, a brush stroke, an undo), only those objects are
// tracked, each only over its affected stretch: from that frame to the object's next
// person-made frame (or the end of the video; backwards likewise when asked), stopping early once
// `agreeFrames` consecutive frames agree with the masks already stored (IoU >= agreeIou). Other
// objects' masks are not touched. With no change on that frame, every object is tracked.
#include <map>
#include <optional>
#include <set>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include "annotation/masklet_history.h"
#include "annotation/project.h"
#include "annotation/worker/video_tracker.h"

class QUndoCommand;

namespace s2s {

struct VideoEditorSettings {
    VideoPredictorOptions predictor;
    bool retrackOnlyChanged = true;  // propagateFrom re-tracks only changed objects (see above)
    int agreeFrames = 5;             // K: consecutive agreeing frames that end a re-track (0: never)
    float agreeIou = 0.98f;
    bool operator==(const VideoEditorSettings&) const = default;
};

// What a propagation run did, when it ends.
struct VideoRunReport {
    int mediaId = -1;
    bool retrack = false;           // re-tracked changed objects only
    std::vector<int> objects;       // the objects tracked (all of the video's when not a re-track)
    int framesTracked = 0;          // frame results received (per request, summed)
    int masksChanged = 0;           // (frame, object) masks that differ from before the run
    int firstFrame = -1, lastFrame = -1;  // the stretch tracked (-1: none)
    bool stoppedEarly = false;      // a re-track ended because the masks agreed
    bool cancelled = false;
    QString error;
    double milliseconds = 0.0;
    qint64 storeRamBytes = 0, storeDiskBytes = 0, storedOutputs = 0;  // the session's memory at the end
};

class VideoEditor : public QObject {
    Q_OBJECT
public:
    explicit VideoEditor(QObject* parent = nullptr);
    ~VideoEditor() override;

    void setProject(Project* project);
    Project* project() const { return project_; }
    VideoTracker* tracker() const { return tracker_; }

    // Loads the checkpoint for video (a no-op when loaded; shares the image worker's weights).
    void loadModel(const ModelSpec& spec) { tracker_->loadModel(spec); }

    void setSettings(const VideoEditorSettings& settings);
    const VideoEditorSettings& settings() const { return settings_; }

    // ---- prompts ----------------------------------------------------------------------------
    // Every click on `frame` for the object (in order) and/or a box: SAM 2's add_new_points_or_box.
    // `newObject`: the object to add (in the same undo step) when it is not in the project yet.
    // Returns the request id (answered by promptApplied), 0 when refused (message says why).
    quint64 prompt(int mediaId, int frame, int objectId, const std::vector<PointPrompt>& points,
                   const std::optional<BoxPrompt>& box, const std::optional<AnnotatedObject>& newObject = std::nullopt);
    // Drops the object's prompts on a frame: it becomes a tracked frame with the mask the model
    // then gives (SAM 2's clear_all_prompts_in_frame). Answered by promptApplied.
    quint64 clearPrompts(int mediaId, int frame, int objectId);
    // Requests sent with prompt / clearPrompts and not answered yet.
    int pendingPrompts() const { return static_cast<int>(pending_.size()); }

    // ---- propagation ------------------------------------------------------------------------
    // Tracks `objects` (empty: all) from startFrame (< 0: the earliest person-made frame).
    bool propagate(int mediaId, int startFrame, PropagationDirection direction, int maxFrames = -1,
                   const std::vector<int>& objects = {});
    // The app's propagation: re-tracks only what changed on `frame` when settings say so (see
    // above), else every object from `frame`.
    bool propagateFrom(int mediaId, int frame, PropagationDirection direction, int maxFrames = -1);
    void cancel();
    bool isRunning() const { return run_.has_value(); }
    quint64 runningRequestId() const { return run_ ? run_->requestId : 0; }
    int runningMediaId() const { return run_ ? run_->report.mediaId : -1; }

    // (frame, object) changed by a person on a video since tracking last went over them.
    std::set<std::pair<int, int>> changedFrames(int mediaId) const;
    // Frames the object has a person-made mask on, ascending.
    std::vector<int> personFrames(int mediaId, int objectId) const;

    // The last versions of each object's masklet, recorded after every prompt and propagation.
    const MaskletHistory& history() const { return history_; }
    // Puts version `index` (of history().versions) back as one undo step; false if unchanged.
    bool restoreVersion(int mediaId, int objectId, int index);

    static bool isPersonMade(const FrameAnnotation& annotation) {
        return annotation.source != MaskSource::Propagation;
    }

Q_SIGNALS:
    void promptApplied(quint64 requestId, int mediaId, int frame, int objectId, const QString& error);
    // Every frame result as it comes (confidence, logits for diagnostics), before it is applied.
    void frameTracked(const s2s::TrackedFrame& frame);
    // A frame's masks were written to the project by a running propagation.
    void frameApplied(int mediaId, int frame);
    void runStarted(int mediaId);
    void runProgress(int done, int total);
    void runFinished(const s2s::VideoRunReport& report);
    void historyChanged(int mediaId, int objectId);
    void message(const QString& text);

private:
    struct Pending {
        int mediaId = -1, frame = 0, objectId = -1;
        std::vector<PointPrompt> points;
        std::optional<BoxPrompt> box;
        std::optional<AnnotatedObject> newObject;
        bool clear = false;
    };
    struct Run {
        quint64 requestId = 0;
        std::vector<PropagationRequest> queue;  // requests still to send after the current one
        int total = 0, doneBefore = 0;
        quint64 mergeGroup = 0;
        QString correctionText;
        VideoRunReport report;
        QElapsedTimer clock;
        std::map<std::pair<int, int>, std::optional<FrameAnnotation>> before, after;
    };
    struct LastCorrection {
        int mediaId = -1, frame = 0, objectId = -1;
        quint64 group = 0;
        const QUndoCommand* command = nullptr;
        QString text;
    };

    void fillBase(VideoRequestBase& request, int mediaId) const;
    bool checkVideo(int mediaId);
    bool canStartRun(int mediaId);  // checkVideo, nothing running, no prompt in flight
    void startRun(int mediaId, bool retrack, std::vector<int> objects, std::vector<PropagationRequest> requests);
    void sendNext();
    void onPrompted(const PromptAnswer& answer);
    void onFrameTracked(const TrackedFrame& frame);
    void onFinished(const PropagationSummary& summary);
    void commitRun();
    void onMaskChanged(int mediaId, int frame, int objectId);

    VideoTracker* tracker_;
    QPointer<Project> project_;
    VideoEditorSettings settings_;
    std::map<quint64, Pending> pending_;
    std::optional<Run> run_;
    std::optional<LastCorrection> lastCorrection_;
    std::map<int, std::set<std::pair<int, int>>> changed_;  // mediaId -> (frame, object)
    MaskletHistory history_;
    int applying_ = 0;     // > 0 while this editor writes to the project itself
    quint64 nextGroup_ = 1;
};

} // namespace s2s

Q_DECLARE_METATYPE(s2s::VideoRunReport)
