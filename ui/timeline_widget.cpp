#include "ui/timeline_widget.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QToolTip>
#include <QHelpEvent>
#include <QVBoxLayout>

#include "ui/annotator.h"
#include "ui/masklet_history_dialog.h"
#include "ui/video_controller.h"

namespace s2s::ui {

// ---- TimelineView ------------------------------------------------------------------------------

TimelineView::TimelineView(VideoController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("timelineView"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(controller_, &VideoController::dataChanged, this, [this] {
        // Every object gets its row; the panel's scroll area scrolls when they do not fit.
        setMinimumHeight(sizeHint().height());
        update();
    });
    connect(controller_, &VideoController::frameChanged, this, qOverload<>(&QWidget::update));
}

QSize TimelineView::sizeHint() const {
    int rows = 0;
    if (Project* p = controller_->project(); p && p->media(controller_->mediaId()))
        rows = static_cast<int>(p->objects(controller_->mediaId()).size());
    return {600, kRulerHeight + std::max(rows, 1) * kRowHeight + 4};
}

QSize TimelineView::minimumSizeHint() const { return {300, kRulerHeight + kRowHeight + 4}; }

int TimelineView::xOf(int frame) const {
    const int n = std::max(controller_->frameCount(), 1);
    const int barWidth = std::max(width() - kLabelWidth - 4, 1);
    return kLabelWidth + static_cast<int>(static_cast<qint64>(frame) * barWidth / n);
}

int TimelineView::frameAt(int x) const {
    const int n = controller_->frameCount();
    if (n <= 0)
        return -1;
    const int barWidth = std::max(width() - kLabelWidth - 4, 1);
    const int frame = static_cast<int>(static_cast<qint64>(x - kLabelWidth) * n / barWidth);
    return std::clamp(frame, 0, n - 1);
}

int TimelineView::objectAt(int y) const {
    Project* p = controller_->project();
    if (!p || !p->media(controller_->mediaId()) || y < kRulerHeight)
        return -1;
    const auto& objects = p->objects(controller_->mediaId());
    const int row = (y - kRulerHeight) / kRowHeight;
    return row < static_cast<int>(objects.size()) ? objects[row].id : -1;
}

void TimelineView::paintRow(QPainter& painter, int row, int objectId, const QColor& color) {
    Project* p = controller_->project();
    const int mediaId = controller_->mediaId();
    const int top = kRulerHeight + row * kRowHeight;
    const int barTop = top + 2;
    const int barHeight = kRowHeight - 8;  // mask state; below it the confidence strip
    const int n = controller_->frameCount();
    QColor tracked = color;
    tracked.setAlpha(110);
    for (int f = 0; f < n; ++f) {
        const int x0 = xOf(f);
        const int x1 = std::max(xOf(f + 1), x0 + 1);
        const FrameAnnotation* ann = p->annotation(mediaId, f, objectId);
        const std::optional<VideoController::Confidence> conf = controller_->confidence(objectId, f);
        if (ann && reviewColours_) {
            QColor c = reviewColour(ann->review.state);
            if (reviewFilter_ && ann->review.state != *reviewFilter_)
                c.setAlpha(40);
            painter.fillRect(QRect(x0, barTop, x1 - x0, barHeight), c);
        } else if (ann) {
            const bool person = ann->source != MaskSource::Propagation;
            painter.fillRect(QRect(x0, barTop, x1 - x0, barHeight), person ? color : tracked);
            if (ann->source == MaskSource::Manual)  // brushed / corrected by hand
                painter.fillRect(QRect(x0, barTop + barHeight - 3, x1 - x0, 3), color.darker(220));
            if (!ann->points.empty() || ann->box) {
                const int cx = (x0 + x1) / 2;
                const int cy = barTop + barHeight / 2;
                const QPoint diamond[4] = {{cx, cy - 4}, {cx + 4, cy}, {cx, cy + 4}, {cx - 4, cy}};
                painter.setPen(QPen(Qt::black, 1));
                painter.setBrush(Qt::white);
                painter.drawPolygon(diamond, 4);
                painter.setBrush(Qt::NoBrush);
            }
        } else if (conf && conf->objectScore <= 0.f) {
            painter.fillRect(QRect(x0, barTop, x1 - x0, barHeight), QBrush(QColor(128, 128, 128), Qt::BDiagPattern));
        }
        // Confidence strip: the predicted IoU of tracked frames as a bar height.
        std::optional<float> iou;
        if (conf && conf->objectScore > 0.f)
            iou = conf->iou;
        else if (ann && ann->source == MaskSource::Propagation && ann->score)
            iou = *ann->score;
        if (iou) {
            const int stripTop = barTop + barHeight + 1;
            const int h = std::clamp(static_cast<int>(*iou * 4.0f + 0.5f), 1, 4);
            const QColor c = *iou < VideoController::kLowIou ? QColor(220, 40, 40) : QColor(60, 160, 60);
            painter.fillRect(QRect(x0, stripTop + 4 - h, x1 - x0, h), c);
        }
    }
}

QColor TimelineView::reviewColour(ReviewState state) {
    switch (state) {
    case ReviewState::Accepted: return QColor(50, 170, 80);
    case ReviewState::NeedsFix: return QColor(215, 50, 40);
    case ReviewState::NotReviewed: break;
    }
    return QColor(165, 165, 165);
}

void TimelineView::setReviewColours(bool on) {
    reviewColours_ = on;
    update();
}

void TimelineView::setReviewFilter(std::optional<ReviewState> state) {
    reviewFilter_ = state;
    update();
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int n = controller_->frameCount();
    Project* p = controller_->project();
    if (!p || n <= 1 || !p->media(controller_->mediaId())) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Open a video or a frame folder to see its timeline."));
        return;
    }
    // Ruler: a tick every 'step' frames, labelled; keyframes (person-made masks) and problems.
    painter.fillRect(QRect(0, 0, width(), kRulerHeight), palette().alternateBase());
    painter.setPen(palette().color(QPalette::Text));
    const int barWidth = std::max(width() - kLabelWidth - 4, 1);
    int step = 1;
    for (int s : {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000}) {
        step = s;
        if (static_cast<double>(s) * barWidth / n >= 50.0)
            break;
    }
    for (int f = 0; f < n; f += step) {
        const int x = xOf(f);
        painter.drawLine(x, kRulerHeight - 5, x, kRulerHeight);
        painter.drawText(QPoint(x + 2, kRulerHeight - 6), QString::number(f + 1));
    }
    // The stretch the last propagation or re-track went over (a re-track after a correction
    // covers only the corrected object's affected frames).
    if (const auto range = controller_->lastTrackedRange()) {
        const int x0 = xOf(range->first), x1 = std::max(xOf(range->second + 1), x0 + 2);
        painter.fillRect(QRect(x0, kRulerHeight - 8, x1 - x0, 3), QColor(60, 170, 90));
    }
    for (int f : controller_->keyframes()) {
        const int x = xOf(f);
        painter.fillRect(QRect(x, kRulerHeight - 4, std::max(xOf(f + 1) - x, 2), 4), QColor(40, 110, 220));
    }
    for (int f = 0; f < n; ++f) {
        if (controller_->isProblemFrame(f)) {
            const int x = xOf(f);
            painter.fillRect(QRect(x, 0, std::max(xOf(f + 1) - x, 2), 4), QColor(220, 40, 40));
        }
    }
    const auto& objects = p->objects(controller_->mediaId());
    const int selected = controller_->annotator()->selectedObject();
    for (int row = 0; row < static_cast<int>(objects.size()); ++row) {
        const AnnotatedObject& object = objects[row];
        const int top = kRulerHeight + row * kRowHeight;
        if (object.id == selected)
            painter.fillRect(QRect(0, top, width(), kRowHeight), palette().highlight().color().lighter(170));
        painter.fillRect(QRect(4, top + 5, 10, 10), object.color);
        painter.setPen(palette().color(QPalette::Text));
        const QString name = object.name.isEmpty() ? tr("Object %1").arg(object.id) : object.name;
        painter.drawText(QRect(18, top, kLabelWidth - 22, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, kLabelWidth - 22));
        paintRow(painter, row, object.id, object.color);
    }
    // Playhead.
    const int x = (xOf(controller_->frame()) + std::max(xOf(controller_->frame() + 1), xOf(controller_->frame()) + 1)) / 2;
    painter.setPen(QPen(QColor(230, 120, 0), 2));
    painter.drawLine(x, 0, x, height());
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (pos.x() < kLabelWidth) {
        const int objectId = objectAt(pos.y());
        if (objectId >= 0)
            controller_->annotator()->selectObject(objectId);
        update();
        return;
    }
    const int frame = frameAt(pos.x());
    if (frame >= 0)
        controller_->seek(frame);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if ((event->buttons() & Qt::LeftButton) && pos.x() >= kLabelWidth) {
        const int frame = frameAt(pos.x());
        if (frame >= 0)
            controller_->seek(frame);
    }
}

QString TimelineView::describeCell(int objectId, int frame) const {
    Project* p = controller_->project();
    const AnnotatedObject* object = p ? p->object(controller_->mediaId(), objectId) : nullptr;
    if (!object)
        return QString();
    const QString name = object->name.isEmpty() ? tr("Object %1").arg(objectId) : object->name;
    QString state;
    const FrameAnnotation* ann = p->annotation(controller_->mediaId(), frame, objectId);
    const std::optional<VideoController::Confidence> conf = controller_->confidence(objectId, frame);
    if (!ann)
        state = conf && conf->objectScore <= 0.f ? tr("tracked as absent") : tr("no mask");
    else if (ann->source == MaskSource::Propagation)
        state = tr("tracked");
    else if (ann->source == MaskSource::Manual)
        state = tr("corrected by hand");
    else if (ann->source == MaskSource::Imported)
        state = tr("imported");
    else
        state = tr("prompted (%n point(s))", "", static_cast<int>(ann->points.size())) +
                (ann->box ? tr(", box") : QString());
    QString text = tr("Frame %1 · %2: %3").arg(frame + 1).arg(name, state);
    if (conf)
        text += tr("\nPredicted IoU %1, presence score %2")
                    .arg(conf->iou, 0, 'f', 2)
                    .arg(conf->objectScore, 0, 'f', 2);
    else if (ann && ann->score)
        text += tr("\nPredicted IoU %1").arg(*ann->score, 0, 'f', 2);
    if (ann && ann->review.state != ReviewState::NotReviewed)
        text += (ann->review.state == ReviewState::Accepted ? tr("\nAccepted by %1 (%2)") : tr("\nFlagged for a fix by %1 (%2)"))
                    .arg(ann->review.by, ann->review.at);
    return text;
}

bool TimelineView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int objectId = objectAt(help->pos().y());
        const int frame = frameAt(help->pos().x());
        const QString text = objectId >= 0 && frame >= 0 && help->pos().x() >= kLabelWidth
                                 ? describeCell(objectId, frame)
                                 : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
    const int objectId = objectAt(event->pos().y());
    Project* p = controller_->project();
    if (objectId < 0 || !p)
        return;
    const AnnotatedObject* object = p->object(controller_->mediaId(), objectId);
    if (!object)
        return;
    const QString name = object->name.isEmpty() ? tr("Object %1").arg(objectId) : object->name;
    QMenu menu(this);
    QAction* select = menu.addAction(tr("Select %1").arg(name));
    QAction* clear = menu.addAction(tr("Clear %1 from frame %2 on").arg(name).arg(controller_->frame() + 1));
    QAction* remove = menu.addAction(tr("Delete %1 from the whole video").arg(name));
    clear->setEnabled(!controller_->isPropagating());
    remove->setEnabled(!controller_->isPropagating());
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == select)
        controller_->annotator()->selectObject(objectId);
    else if (chosen == clear)
        controller_->clearFromCurrentFrame(objectId);
    else if (chosen == remove)
        controller_->deleteObject(objectId);
}

// ---- TimelinePanel -----------------------------------------------------------------------------

TimelinePanel::TimelinePanel(VideoController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("timeline"));
    view_ = new TimelineView(controller_, this);

    makeAction(QStringLiteral("video.play"), tr("&Play / pause"), {QKeySequence(Qt::Key_K)},
               tr("Play or pause the video (K)"));
    makeAction(QStringLiteral("video.stepBack"), tr("Pre&vious frame"),
               {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Comma)},
               tr("Previous frame (Left or ,)"));
    makeAction(QStringLiteral("video.stepForward"), tr("Ne&xt frame"),
               {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Period)}, tr("Next frame (Right or .)"));
    makeAction(QStringLiteral("video.previousKeyframe"), tr("Previous &keyframe"),
               {QKeySequence(Qt::SHIFT | Qt::Key_Left)},
               tr("Previous frame with a person-made mask (Shift+Left)"));
    makeAction(QStringLiteral("video.nextKeyframe"), tr("Next k&eyframe"), {QKeySequence(Qt::SHIFT | Qt::Key_Right)},
               tr("Next frame with a person-made mask (Shift+Right)"));
    makeAction(QStringLiteral("video.nextProblem"), tr("Next &problem"), {QKeySequence(Qt::Key_J)},
               tr("Next frame where a tracked mask has low confidence or the object was lost (J)"));
    makeAction(QStringLiteral("video.propagateForward"), tr("Propagate &forward"),
               {QKeySequence(Qt::CTRL | Qt::Key_P)}, tr("Track forward from this frame: after a correction only the objects changed here, else every "
                  "prompted object (Ctrl+P)"));
    makeAction(QStringLiteral("video.propagateBackward"), tr("Propagate &backward"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
               tr("Track backward from this frame: after a correction only the objects changed here, else every "
                  "prompted object (Ctrl+Shift+P)"));
    makeAction(QStringLiteral("video.propagateBoth"), tr("Propagate both &ways"),
               {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)},
               tr("Track forward, then backward from this frame (Ctrl+Alt+P)"));
    makeAction(QStringLiteral("video.cancel"), tr("&Cancel propagation"), {QKeySequence(Qt::CTRL | Qt::Key_Period)},
               tr("Stop tracking before the next frame; computed frames are kept (Ctrl+.)"));
    QAction* follow = makeAction(QStringLiteral("video.follow"), tr("&Show frames while tracking"), {},
                                 tr("The canvas follows a propagation as frames are computed"));
    follow->setCheckable(true);
    follow->setChecked(controller_->followsPropagation());
    connect(follow, &QAction::toggled, controller_, &VideoController::setFollowPropagation);
    makeAction(QStringLiteral("video.clearFromHere"), tr("C&lear object from this frame on"),
               {QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
               tr("Remove the selected object's masks from this frame to the end (Shift+Del)"));
    makeAction(QStringLiteral("video.clearPrompts"), tr("Clear &prompts on this frame"), {},
               tr("The selected object's clicks on this frame are dropped; the frame becomes a tracked one "
                  "(SAM 2's clear_all_prompts_in_frame)"));
    makeAction(QStringLiteral("video.propagateAll"), tr("Re-track &every object forward"), {},
               tr("Track every object from this frame to the end, whatever changed"));
    makeAction(QStringLiteral("video.history"), tr("Masklet &history…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
               tr("Compare the selected object's last versions and restore one (Ctrl+Shift+H)"));
    // Tracking options (Video menu): SAM 2's predictor options and re-tracking.
    const VideoEditorSettings current = controller_->editorSettings();
    auto option = [this](const QString& name, const QString& text, const QString& tip, bool checked) {
        QAction* act = makeAction(name, text, {}, tip);
        act->setCheckable(true);
        act->setChecked(checked);
        connect(act, &QAction::toggled, this, [this] { applyOptions(); });
        return act;
    };
    option(QStringLiteral("video.retrackOnlyChanged"), tr("Re-track only what changed"),
           tr("After a correction, Propagate tracks only the objects changed on this frame, up to their next "
              "keyframe, and stops once %1 frames agree with the stored masks")
               .arg(current.agreeFrames),
           current.retrackOnlyChanged);
    option(QStringLiteral("video.correctAsCond"), tr("Keep corrections as keyframes"),
           tr("A click on a tracked frame becomes a conditioning frame that later propagations keep "
              "(add_all_frames_to_correct_as_cond)"),
           current.predictor.addAllFramesToCorrectAsCond);
    option(QStringLiteral("video.clearAround"), tr("Drop tracked memory around corrections"),
           tr("Tracked frames near a correction leave the object's memory, so they do not pull it back "
              "(clear_non_cond_mem_around_input)"),
           current.predictor.clearNonCondMemAroundInput);
    option(QStringLiteral("video.clearMultiObj"), tr("…also with several objects"),
           tr("Clear that memory per object when the video has several objects (clear_non_cond_mem_for_multi_obj); "
              "off: only with a single object, as SAM 2's legacy predictor"),
           current.predictor.clearNonCondMemForMultiObj);
    option(QStringLiteral("video.nonOverlap"), tr("One object per pixel"),
           tr("Where objects overlap, only the most confident keeps the pixel (non_overlap_masks)"),
           current.predictor.nonOverlapMasks);

    connect(action(QStringLiteral("video.play")), &QAction::triggered, controller_, &VideoController::togglePlay);
    connect(action(QStringLiteral("video.stepBack")), &QAction::triggered, controller_, [this] { controller_->step(-1); });
    connect(action(QStringLiteral("video.stepForward")), &QAction::triggered, controller_, [this] { controller_->step(1); });
    connect(action(QStringLiteral("video.previousKeyframe")), &QAction::triggered, controller_,
            &VideoController::previousKeyframe);
    connect(action(QStringLiteral("video.nextKeyframe")), &QAction::triggered, controller_, &VideoController::nextKeyframe);
    connect(action(QStringLiteral("video.nextProblem")), &QAction::triggered, controller_, &VideoController::nextProblem);
    connect(action(QStringLiteral("video.propagateForward")), &QAction::triggered, this,
            [this] { propagateWith(PropagationDirection::Forward); });
    connect(action(QStringLiteral("video.propagateBackward")), &QAction::triggered, this,
            [this] { propagateWith(PropagationDirection::Backward); });
    connect(action(QStringLiteral("video.propagateBoth")), &QAction::triggered, this,
            [this] { propagateWith(PropagationDirection::Both); });
    connect(action(QStringLiteral("video.cancel")), &QAction::triggered, controller_, &VideoController::cancelPropagation);
    connect(action(QStringLiteral("video.clearFromHere")), &QAction::triggered, this, [this] {
        const int objectId = controller_->annotator()->selectedObject();
        if (objectId >= 0)
            controller_->clearFromCurrentFrame(objectId);
    });
    connect(action(QStringLiteral("video.clearPrompts")), &QAction::triggered, this, [this] {
        const int objectId = controller_->annotator()->selectedObject();
        if (objectId >= 0)
            controller_->clearPromptsOnFrame(objectId);
    });
    connect(action(QStringLiteral("video.propagateAll")), &QAction::triggered, this,
            [this] { controller_->propagateAll(PropagationDirection::Forward, chosenMaxFrames()); });
    connect(action(QStringLiteral("video.history")), &QAction::triggered, this, [this] {
        const int objectId = controller_->annotator()->selectedObject();
        if (objectId < 0 || !controller_->project()) {
            Q_EMIT controller_->message(tr("Select an object to see its masklet history."));
            return;
        }
        MaskletHistoryDialog dialog(controller_->editor(), controller_->mediaId(), objectId, this);
        connect(&dialog, &MaskletHistoryDialog::showFrame, controller_, &VideoController::seek);
        dialog.exec();
    });

    auto button = [this](const QString& name, const QString& text) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action(name));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 0);
    controls->addWidget(button(QStringLiteral("video.previousKeyframe"), tr("|◀")));
    controls->addWidget(button(QStringLiteral("video.stepBack"), tr("◀")));
    auto* play = button(QStringLiteral("video.play"), tr("▶"));
    play->setObjectName(QStringLiteral("playButton"));
    controls->addWidget(play);
    controls->addWidget(button(QStringLiteral("video.stepForward"), tr("▶|")));
    controls->addWidget(button(QStringLiteral("video.nextKeyframe"), tr("▶▶|")));
    controls->addWidget(button(QStringLiteral("video.nextProblem"), tr("Next problem")));
    frameLabel_ = new QLabel(this);
    frameLabel_->setObjectName(QStringLiteral("frameLabel"));
    frameLabel_->setMinimumWidth(120);
    controls->addWidget(frameLabel_);
    controls->addStretch(1);

    direction_ = new QComboBox(this);
    direction_->setObjectName(QStringLiteral("propagateDirection"));
    direction_->addItem(tr("Forward"), static_cast<int>(PropagationDirection::Forward));
    direction_->addItem(tr("Backward"), static_cast<int>(PropagationDirection::Backward));
    direction_->addItem(tr("Both ways"), static_cast<int>(PropagationDirection::Both));
    range_ = new QComboBox(this);
    range_->setObjectName(QStringLiteral("propagateRange"));
    range_->addItem(tr("whole video"));
    range_->addItem(tr("next N frames"));
    count_ = new QSpinBox(this);
    count_->setObjectName(QStringLiteral("propagateCount"));
    count_->setRange(1, 1000000);
    count_->setValue(30);
    count_->setEnabled(false);
    connect(range_, qOverload<int>(&QComboBox::currentIndexChanged), count_, [this](int index) {
        count_->setEnabled(index == 1);
    });
    auto* propagate = new QToolButton(this);
    propagate->setObjectName(QStringLiteral("propagateButton"));
    propagate->setText(tr("Propagate"));
    propagate->setToolTip(tr("Track every prompted object from this frame (Ctrl+P forward)"));
    connect(propagate, &QToolButton::clicked, this, &TimelinePanel::propagateChosen);
    auto* cancel = button(QStringLiteral("video.cancel"), tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("propagateProgress"));
    progress_->setMaximumWidth(180);
    progress_->setFormat(tr("%v / %m frames"));
    progress_->setVisible(false);
    controls->addWidget(direction_);
    controls->addWidget(range_);
    controls->addWidget(count_);
    controls->addWidget(propagate);
    controls->addWidget(progress_);
    controls->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(view_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    connect(controller_, &VideoController::frameChanged, this, &TimelinePanel::updateState);
    connect(controller_, &VideoController::dataChanged, this, &TimelinePanel::updateState);
    connect(controller_, &VideoController::playingChanged, this, [this, play](bool playing) {
        play->setText(playing ? tr("❚❚") : tr("▶"));
    });
    connect(controller_, &VideoController::propagationStarted, this, [this] {
        progress_->setRange(0, 0);
        progress_->setVisible(true);
        updateState();
    });
    connect(controller_, &VideoController::propagationProgress, this, [this](int done, int total) {
        progress_->setRange(0, std::max(total, 1));
        progress_->setValue(done);
    });
    connect(controller_, &VideoController::propagationFinished, this, [this] {
        progress_->setVisible(false);
        updateState();
    });
    updateState();
}

QAction* TimelinePanel::makeAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                                   const QString& tip) {
    auto* act = new QAction(text, this);
    act->setObjectName(name);
    act->setShortcuts(keys);
    act->setToolTip(tip);
    act->setShortcutContext(Qt::WindowShortcut);
    actions_[name] = act;
    actionList_.append(act);
    return act;
}

QAction* TimelinePanel::action(const QString& name) const {
    const auto it = actions_.find(name);
    return it == actions_.end() ? nullptr : it->second;
}

int TimelinePanel::chosenMaxFrames() const { return range_->currentIndex() == 1 ? count_->value() : -1; }

void TimelinePanel::applyOptions() {
    VideoEditorSettings s = controller_->editorSettings();
    s.retrackOnlyChanged = action(QStringLiteral("video.retrackOnlyChanged"))->isChecked();
    s.predictor.addAllFramesToCorrectAsCond = action(QStringLiteral("video.correctAsCond"))->isChecked();
    s.predictor.clearNonCondMemAroundInput = action(QStringLiteral("video.clearAround"))->isChecked();
    s.predictor.clearNonCondMemForMultiObj = action(QStringLiteral("video.clearMultiObj"))->isChecked();
    s.predictor.nonOverlapMasks = action(QStringLiteral("video.nonOverlap"))->isChecked();
    controller_->setEditorSettings(s);
}

void TimelinePanel::propagateChosen() {
    propagateWith(static_cast<PropagationDirection>(direction_->currentData().toInt()));
}

void TimelinePanel::propagateWith(PropagationDirection direction) {
    controller_->propagate(direction, chosenMaxFrames());
}

void TimelinePanel::updateState() {
    const bool video = controller_->isVideo();
    const bool running = controller_->isPropagating();
    const int n = controller_->frameCount();
    frameLabel_->setText(video ? tr("Frame %1 / %2").arg(controller_->frame() + 1).arg(n) : QString());
    for (QAction* act : actionList_)
        act->setEnabled(video && !running);
    action(QStringLiteral("video.cancel"))->setEnabled(running);
    // Stepping and playback stay available while tracking: looking at results as they come.
    for (const char* name : {"video.play", "video.stepBack", "video.stepForward", "video.previousKeyframe",
                             "video.nextKeyframe", "video.nextProblem", "video.follow"})
        action(QString::fromLatin1(name))->setEnabled(video);
    // Options can be set before a video is open; they apply from the next request (not while a
    // propagation runs, whose session was made with the old ones).
    for (const char* name : {"video.retrackOnlyChanged", "video.correctAsCond", "video.clearAround",
                             "video.clearMultiObj", "video.nonOverlap"})
        action(QString::fromLatin1(name))->setEnabled(!running);
    direction_->setEnabled(video && !running);
    range_->setEnabled(video && !running);
    view_->setMinimumHeight(view_->sizeHint().height());
    view_->update();
}

} // namespace s2s::ui
