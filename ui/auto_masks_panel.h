#pragma once
// "Segment everything" (Edit ▸ Segment everything): runs SAM 2's automatic mask generator on the
// image or video frame on screen, on the inference worker (progress, cancel), and shows the
// proposals as outlines on the canvas. On a video, "Masklets for the whole video" runs the
// annotation layer's AutoMaskletJob instead (generator every k frames, tracked by the
// VideoEditor; annotation/worker/auto_masklets.h): the masklets go straight into the project,
// one undo step per keyframe and per tracking run. The person keeps or drops them (click one, select all or
// none, filter by area and scores); the kept ones become objects in one undo step. The generator's
// settings are remembered (QSettings "auto/settings", the reference's keywords as JSON).
#include <QPainterPath>
#include <QWidget>

#include "annotation/worker/auto_masks.h"
#include "annotation/worker/inference_types.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace s2s {
class AutoMaskletJob;
class InferenceClient;
class VideoEditor;
struct AutoMaskletReport;
}

namespace s2s::ui {

class Annotator;
class CanvasView;

class AutoMasksPanel : public QWidget {
    Q_OBJECT
public:
    AutoMasksPanel(InferenceClient* inference, Annotator* annotator, CanvasView* canvas, QWidget* parent = nullptr);

    // Starts a run on the frame on screen with the settings shown; false when there is no frame
    // or no model (the reason goes to message()).
    bool run();
    void cancel();
    bool isRunning() const { return runId_ != 0 || job_ != nullptr; }

    // The app's video editor, which tracks the whole-video masklets.
    void setVideoEditor(VideoEditor* editor);
    // Automatic masklets for the whole video on screen: the generator on frame 0 and every
    // keyframeInterval() frames, with the settings shown. False when it cannot start (message()
    // says why).
    bool runVideo();
    int keyframeInterval() const;
    void setKeyframeInterval(int frames);

    // Proposals of the last run and which of them pass the filters and are selected.
    const AutoMaskProposals& proposals() const { return proposals_; }
    bool isVisible(int index) const;
    bool isSelected(int index) const { return selected_.at(static_cast<size_t>(index)); }
    int visibleCount() const;
    int selectedCount() const;  // selected and visible: what keepSelected() adds

    // Toggles the smallest visible proposal under an image point.
    void toggleAt(QPointF imagePos);
    void selectAll(bool selected);
    // Filters: minimum area in pixels, minimum predicted IoU and stability score (0..1).
    void setFilters(int minArea, double minPredictedIou, double minStability);
    // Adds the selected visible proposals as objects on their frame (one undo step) and clears.
    // Returns how many were added.
    int keepSelected();
    void discard();

    AutoMaskSettings settings() const;
    void setSettings(const AutoMaskSettings& settings);

Q_SIGNALS:
    void finished(bool ok);  // a run ended: proposals ready (true), or failed or cancelled
    void videoFinished(const s2s::AutoMaskletReport& report);  // a whole-video run ended
    void proposalsChanged();
    void message(const QString& text);

private:
    void onReady(quint64 id, const FrameRef& frame, const AutoMaskProposals& proposals);
    void onFailed(quint64 id, const QString& message, bool cancelled);
    void onFrameShown(int mediaId, int frame);
    void refresh();  // canvas outlines, counts, buttons
    void saveSettings() const;

    InferenceClient* inference_;
    Annotator* annotator_;
    CanvasView* canvas_;
    quint64 runId_ = 0;
    VideoEditor* videoEditor_ = nullptr;
    AutoMaskletJob* job_ = nullptr;
    quint64 videoRunId_ = 0;           // the generator run the job waits for
    int videoFrame_ = -1;
    FrameRef runFrame_;
    int runMedia_ = -1;
    AutoMaskProposals proposals_;
    std::vector<bool> selected_;
    std::vector<QPainterPath> outlines_;
    int minArea_ = 0;
    double minIou_ = 0.0, minStability_ = 0.0;

    QSpinBox* pointsPerSide_;
    QDoubleSpinBox* predIou_;
    QDoubleSpinBox* stability_;
    QSpinBox* cropLayers_;
    QSpinBox* minRegion_;
    QCheckBox* m2m_;
    AutoMaskSettings hidden_;  // keywords without a widget keep their remembered values
    QSpinBox* keyframes_;
    QPushButton* videoButton_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QSpinBox* minAreaFilter_;
    QSlider* minIouFilter_;
    QSlider* minStabilityFilter_;
    QLabel* counts_;
    QPushButton* selectAll_;
    QPushButton* selectNone_;
    QPushButton* keep_;
    QPushButton* discard_;
};

} // namespace s2s::ui
