#pragma once
// The video timeline under the canvas.
//
// TimelineView paints one bar per object over the frames of the shown video: where the object
// has a tracked mask (light), a person-made mask (full colour), prompts (a diamond), a brushed
// correction (a bar under the cell), the model's confidence (a strip whose height is the
// predicted IoU, red when low) and frames where the object was tracked as absent (grey). A
// ruler on top marks keyframes and problem frames; the playhead is the current frame. Clicking or
// dragging seeks; a row's context menu clears or deletes that object. In review mode the cells
// show each mask's review state instead, optionally filtered to one state.
//
// TimelinePanel puts transport and propagation controls above it (play, step, keyframes, next
// problem; propagate forward / backward / both over the whole video or the next N frames, with
// progress and cancel). Its actions carry the keyboard shortcuts; actions() lists them for a
// menu, action(name) finds one ("video.play", "video.propagateForward", ...).
#include <map>
#include <optional>

#include <QWidget>

#include "annotation/worker/video_tracker.h"

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace s2s::ui {

class VideoController;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kLabelWidth = 130;
    static constexpr int kRulerHeight = 18;
    static constexpr int kRowHeight = 20;

    explicit TimelineView(VideoController* controller, QWidget* parent = nullptr);

    // The frame under x (widget coordinates), clamped; -1 when no video.
    int frameAt(int x) const;
    // The object of the row under y; -1 for none.
    int objectAt(int y) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Review mode: cells coloured by review state (accepted green, needs fix red, not reviewed
    // grey) instead of by object; with a filter, masks in other states are drawn faint.
    void setReviewColours(bool on);
    void setReviewFilter(std::optional<ReviewState> state);
    bool reviewColours() const { return reviewColours_; }
    std::optional<ReviewState> reviewFilter() const { return reviewFilter_; }
    // The colour a mask's cell gets in review mode (tests read it back from a grab()).
    static QColor reviewColour(ReviewState state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;  // tooltips: what is known of a cell

private:
    int xOf(int frame) const;
    QString describeCell(int objectId, int frame) const;
    void paintRow(class QPainter& painter, int row, int objectId, const QColor& color);
    VideoController* controller_;
    bool reviewColours_ = false;
    std::optional<ReviewState> reviewFilter_;
};

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(VideoController* controller, QWidget* parent = nullptr);

    TimelineView* view() const { return view_; }
    QAction* action(const QString& name) const;
    QList<QAction*> videoActions() const { return actionList_; }
    // The range chosen in the panel: frames after the current one, or -1 for the whole video.
    int chosenMaxFrames() const;

public Q_SLOTS:
    void propagateChosen();  // with the panel's direction and range

private:
    QAction* makeAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                        const QString& tip);
    void updateState();
    void applyOptions();  // the Tracking options' check boxes into the controller
    void propagateWith(PropagationDirection direction);

    VideoController* controller_;
    TimelineView* view_;
    QLabel* frameLabel_;
    QComboBox* direction_;
    QComboBox* range_;
    QSpinBox* count_;
    QProgressBar* progress_;
    std::map<QString, QAction*> actions_;
    QList<QAction*> actionList_;
};

} // namespace s2s::ui
