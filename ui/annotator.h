#pragma once
// The annotation controller of one canvas: shows a frame of a media item, turns the canvas
// tools into prompts for the inference worker and into undoable edits of the project, and keeps
// the canvas in step with the project (undo, redo and edits made elsewhere redraw it).
//
// Prompts live in the project (FrameAnnotation::points / box), so undoing a click removes its
// point too; the next click sends every remaining prompt, plus the low-res logits of the
// prediction those exact prompts gave (when known) to refine rather than start over.
// Nothing here waits for the model: requests are queued to the worker and answers applied when
// they come back.
#include <map>
#include <optional>
#include <set>
#include <vector>

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <list>

#include "annotation/project.h"
#include "annotation/worker/inference_types.h"
#include "ui/frame_pipeline.h"
#include "ui/media_probe.h"
#include "ui/polygon_editor.h"
#include "ui/tools.h"

namespace s2s {
class InferenceClient;
class VideoEditor;
}

namespace s2s::ui {

class CanvasView;

class Annotator : public QObject {
    Q_OBJECT
public:
    Annotator(CanvasView* canvas, InferenceClient* inference, QObject* parent = nullptr);
    ~Annotator() override;

    void setProject(Project* project);  // not owned; nullptr detaches
    Project* project() const { return project_; }

    // Shows frame `frame` of a media item (loads it, asks the worker to encode it and the next
    // items). Still images show at once (decoded ahead or here); frames of videos and frame
    // folders are decoded on a background thread and shown when ready (frameShown), the newest
    // request winning: older ones still decoding are dropped, so scrubbing never blocks the GUI.
    // Returns false when the item is unknown, or with a message when a still image cannot be
    // read; a video frame that cannot be read is reported by message().
    bool showFrame(int mediaId, int frame = 0);
    // A frame asked for with showFrame and not shown yet.
    bool isFrameLoading() const { return frames_->wanted().has_value(); }
    // The frame on screen, or the one being loaded when one is.
    int requestedMediaId() const { return frames_->wanted() ? frames_->wanted()->mediaId : mediaId_; }
    int requestedFrame() const { return frames_->wanted() ? frames_->wanted()->frame : frame_; }
    // Read-ahead of the current video's decoder: +1 while playing or tracking forward, -1
    // backward, 0 to stop. Frames in that direction are then decoded before they are asked for.
    void setReadAhead(int direction, int fromFrame);
    FrameLoader::Stats mediaStats() const { return frames_->stats(); }
    void clearView();
    int mediaId() const { return mediaId_; }
    int frame() const { return frame_; }
    const QImage& currentImage() const { return image_; }
    FrameRef currentFrameRef() const;

    // The object edited by clicks and brushes; -1: the next click or stroke makes a new object.
    int selectedObject() const { return selected_; }
    void selectObject(int objectId);
    // Keyboard: Tab / Shift+Tab (step +1 / -1) select the next / previous object of the item
    // shown, wrapping around; with none selected, the first / last.
    void selectAdjacentObject(int step);
    // Keyboard: digits 1–9 give the selected object the project's class number `number` (in the
    // class list's order) and its colour, as one undo step. False, with message(), when no object
    // is selected or there is no such class.
    bool assignClassNumber(int number);
    // Tools ▸ Edit vertices (Tool::Vertices): the selected object's mask on the frame shown as
    // polygons in vertexEditor(), started again whenever the frame, the selection or that mask
    // changes. applyVertexEdit() stores what the rings give as a hand edit (one undo step; on a
    // video the frame becomes person-made like a brush edit); cancelVertexEdit() drops the edits.
    const PolygonEditor& vertexEditor() const { return vertexEditor_; }
    PolygonEditor& vertexEditor() { return vertexEditor_; }
    void setVertexTolerance(double pixels);
    double vertexTolerance() const { return vertexTolerance_; }
    bool applyVertexEdit();
    void cancelVertexEdit();
    // Class given to new objects (-1: none).
    void setDefaultClass(int classId) { defaultClass_ = classId; }
    int defaultClass() const { return defaultClass_; }

    // Clicks and boxes on frames of videos and frame folders go to this editor (SAM 2's video
    // predictor: memory and the frame's previous logits on a tracked frame) instead of the image
    // worker; without one, every frame is segmented as an image. Hover previews stay on the image
    // path and are never stored.
    void setVideoEditor(VideoEditor* editor);
    // Whether the shown media's prompts go to the video editor.
    bool promptsGoToVideo() const;

    Tool tool() const;
    void setTool(Tool tool);
    void setHoverPreviewEnabled(bool enabled);
    bool hoverPreviewEnabled() const { return hoverPreview_; }
    // How many items after the current one are encoded ahead.
    void setPrefetchCount(int count) { prefetchCount_ = count; }

    // Requests sent to the worker and not answered yet (hover previews excluded).
    int pendingRequests() const { return static_cast<int>(inflight_.size()); }
    // Number of candidate masks of the last single click on the selected object (0 if none).
    int candidateCount() const;
    int candidateIndex() const { return candidateIndex_; }

public Q_SLOTS:
    // The tools' entry points (the canvas calls them; scripts and tests may too). Coordinates
    // are image pixels.
    void addPoint(QPointF pos, bool positive) { onPointClicked(pos, positive); }
    void addBox(QRectF rect) { onBoxDrawn(rect); }
    void paintMask(const QImage& stroke, bool erase) { onStrokeFinished(stroke, erase); }
    // Replaces the selected object's prompts on the shown frame (a new object when none is
    // selected) by these, in one request: what a sequence of clicks leaves, for scripts and tests
    // (a golden session adds two clicks in one call).
    void setFramePrompts(const std::vector<s2s::PointPrompt>& points, const std::optional<s2s::BoxPrompt>& box);
    // Replaces the selected object's mask by the next candidate of its single-click prediction.
    void cycleCandidate();
    // Removes the selected object's last point (or its box) and predicts again from the rest.
    void undoLastPrompt();
    void deleteSelectedObject();
    // A new, empty object (selected), so the next prompts go to it.
    void startNewObject();

Q_SIGNALS:
    void selectedObjectChanged(int objectId);
    void frameShown(int mediaId, int frame);
    // A sentence for the status bar.
    void message(const QString& text);
    // No request in flight any more (every click answered).
    void idle();
    // The vertex editor started again or changed (its vertex count, its overlap with the mask).
    void vertexEditChanged();

private:
    void restartVertexEdit();
    void showVertexPreview();
    // Stores `mask` as the selected object's hand-made mask on the frame shown.
    bool commitHandMask(const Rle& mask, const QString& text);

    struct Inflight {
        int mediaId = -1;
        int frame = 0;
        int objectId = -1;
        bool newObject = false;
    };
    struct Prompts {
        std::vector<PointPrompt> points;
        std::optional<BoxPrompt> box;
        bool operator==(const Prompts&) const = default;
    };
    struct KnownLogits {
        Prompts prompts;
        MaskLogits logits;
    };
    using Key = std::tuple<int, int, int>;  // media, frame, object

    void onPointClicked(QPointF pos, bool positive);
    void onBoxDrawn(QRectF rect);
    void onHoverMoved(QPointF pos);
    void onHoverLeft();
    void onStrokeFinished(const QImage& stroke, bool erase);
    void onPolygonFinished(const QPolygonF& polygon);
    void onSegmented(const SegmentResult& result);
    void onSegmentFailed(quint64 id, const QString& message);
    void onVideoPromptApplied(quint64 requestId, int mediaId, int frame, int objectId, const QString& error);
    void onEmbeddingReady(const FrameRef& frame);
    void onMaskChanged(int mediaId, int frame, int objectId);
    void onObjectsChanged(int mediaId);
    void onMediaListChanged();

    bool modelReady();
    // The prompts the next click adds to: those still in flight, else the project's.
    Prompts currentPrompts(int objectId) const;
    int targetObject(bool* isNew);
    void sendSegment(int objectId, bool isNew, const Prompts& prompts);
    void sendPreview(QPointF pos);
    void applyMask(int objectId, std::optional<FrameAnnotation> annotation, const QString& text);
    AnnotatedObject makeNewObject(int objectId) const;
    void editMaskByImage(const QImage& paint, bool erase, const QString& text);
    void refreshOverlays();
    void refreshObject(int objectId);
    void refreshPrompts();
    void prefetchNext();

    void onFrameReady(int mediaId, const QString& path, int frame, const QImage& image);
    void display(int mediaId, const QString& path, int frame, const QImage& image);

    // Video prompts share inflight_ with the image worker's requests under this bit.
    static constexpr quint64 kVideoRequest = quint64{1} << 63;

    QPointer<CanvasView> canvas_;
    InferenceClient* inference_;
    QPointer<VideoEditor> videoEditor_;
    QPointer<Project> project_;
    FramePipeline* frames_;  // decodes what is shown (frame_pipeline.h)
    QImage image_;
    QString mediaPath_;
    int mediaId_ = -1;
    int frame_ = 0;
    int selected_ = -1;
    int defaultClass_ = -1;
    int pendingNewObject_ = -1;  // id reserved by a click whose answer has not come yet
    bool hoverPreview_ = true;
    PolygonEditor vertexEditor_;
    double vertexTolerance_ = 1.0;
    int prefetchCount_ = 2;

    std::map<quint64, Inflight> inflight_;
    std::map<int, Prompts> pendingPrompts_;      // objectId -> prompts sent, not yet answered
    std::map<Key, KnownLogits> logits_;
    std::set<std::pair<int, int>> encoded_;      // (mediaId, frame) the worker has encoded
    // Hover preview throttle: one in flight at a time; the newest position waits.
    bool previewInFlight_ = false;
    std::optional<QPointF> previewWaiting_;
    bool hovering_ = false;
    // Candidates of the last single click (multimask).
    std::optional<Key> candidateKey_;
    SegmentResult candidates_;
    int candidateIndex_ = 0;
};

// A distinct colour for object number n (golden-angle hues).
QColor objectColor(int n);

} // namespace s2s::ui
