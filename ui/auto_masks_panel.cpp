#include "ui/auto_masks_panel.h"

#include <QBitmap>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegion>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotation/commands.h"
#include "annotation/project.h"
#include "annotation/worker/auto_masklets.h"
#include "annotation/worker/inference_client.h"
#include "annotation/worker/video_editor.h"
#include "ui/annotator.h"
#include "ui/canvas_view.h"

namespace s2s::ui {

namespace {

const QString kSettingsKey = QStringLiteral("auto/settings");
const QString kKeyframesKey = QStringLiteral("auto/keyframeInterval");

// The mask's outline as a path (its pixel region, merged into rings).
QPainterPath outlineOf(const Rle& mask) {
    QImage mono(mask.width(), mask.height(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});  // index 1 (black) = inside
    mono.fill(0);
    const std::vector<uint8_t> pixels = mask.decode();
    for (int y = 0; y < mask.height(); ++y) {
        uchar* row = mono.scanLine(y);
        const uint8_t* src = pixels.data() + static_cast<size_t>(y) * mask.width();
        for (int x = 0; x < mask.width(); ++x)
            if (src[x])
                row[x >> 3] |= static_cast<uchar>(0x80 >> (x & 7));
    }
    QPainterPath path;
    path.addRegion(QRegion(QBitmap::fromImage(mono)));
    return path.simplified();
}

} // namespace

AutoMasksPanel::AutoMasksPanel(InferenceClient* inference, Annotator* annotator, CanvasView* canvas, QWidget* parent)
    : QWidget(parent), inference_(inference), annotator_(annotator), canvas_(canvas) {
    setObjectName(QStringLiteral("autoMasksPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* settingsBox = new QGroupBox(tr("Generator"), this);
    auto* form = new QFormLayout(settingsBox);
    pointsPerSide_ = new QSpinBox(settingsBox);
    pointsPerSide_->setRange(1, 128);
    pointsPerSide_->setToolTip(tr("Points along each side of the grid of single-click prompts (points_per_side)"));
    form->addRow(tr("Points per side"), pointsPerSide_);
    predIou_ = new QDoubleSpinBox(settingsBox);
    predIou_->setRange(0.0, 1.0);
    predIou_->setSingleStep(0.01);
    predIou_->setDecimals(3);
    predIou_->setToolTip(tr("Drop masks whose predicted IoU is not above this (pred_iou_thresh)"));
    form->addRow(tr("Predicted IoU above"), predIou_);
    stability_ = new QDoubleSpinBox(settingsBox);
    stability_->setRange(0.0, 1.0);
    stability_->setSingleStep(0.01);
    stability_->setDecimals(3);
    stability_->setToolTip(tr("Drop masks whose stability score is below this (stability_score_thresh)"));
    form->addRow(tr("Stability at least"), stability_);
    cropLayers_ = new QSpinBox(settingsBox);
    cropLayers_->setRange(0, 3);
    cropLayers_->setToolTip(tr("Run again on 4, 16, ... crops for small objects (crop_n_layers)"));
    form->addRow(tr("Crop layers"), cropLayers_);
    minRegion_ = new QSpinBox(settingsBox);
    minRegion_->setRange(0, 100000);
    minRegion_->setToolTip(tr("Fill holes and remove islands up to this area (min_mask_region_area)"));
    form->addRow(tr("Clean regions up to"), minRegion_);
    m2m_ = new QCheckBox(tr("Refine each mask once (use_m2m)"), settingsBox);
    form->addRow(m2m_);
    layout->addWidget(settingsBox);

    auto* runRow = new QHBoxLayout;
    runButton_ = new QPushButton(tr("Segment everything"), this);
    runButton_->setObjectName(QStringLiteral("autoRun"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("autoCancel"));
    runRow->addWidget(runButton_);
    runRow->addWidget(cancelButton_);
    layout->addLayout(runRow);
    auto* videoRow = new QHBoxLayout;
    keyframes_ = new QSpinBox(this);
    keyframes_->setObjectName(QStringLiteral("autoKeyframes"));
    keyframes_->setRange(0, 100000);
    keyframes_->setPrefix(tr("every "));
    keyframes_->setSuffix(tr(" frames"));
    keyframes_->setSpecialValueText(tr("first frame only"));
    keyframes_->setToolTip(tr("Whole video: run the generator on the first frame and every this many frames; later "
                              "keyframes add only objects that overlap no masklet there"));
    keyframes_->setValue(QSettings().value(kKeyframesKey, 30).toInt());
    videoButton_ = new QPushButton(tr("Masklets for the whole video"), this);
    videoButton_->setObjectName(QStringLiteral("autoVideo"));
    videoRow->addWidget(videoButton_);
    videoRow->addWidget(keyframes_);
    layout->addLayout(videoRow);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    layout->addWidget(progress_);

    auto* filterBox = new QGroupBox(tr("Proposals"), this);
    auto* filters = new QFormLayout(filterBox);
    minAreaFilter_ = new QSpinBox(filterBox);
    minAreaFilter_->setRange(0, 100000000);
    minAreaFilter_->setSuffix(tr(" px"));
    filters->addRow(tr("Minimum area"), minAreaFilter_);
    minIouFilter_ = new QSlider(Qt::Horizontal, filterBox);
    minIouFilter_->setRange(0, 100);
    filters->addRow(tr("Minimum predicted IoU"), minIouFilter_);
    minStabilityFilter_ = new QSlider(Qt::Horizontal, filterBox);
    minStabilityFilter_->setRange(0, 100);
    filters->addRow(tr("Minimum stability"), minStabilityFilter_);
    counts_ = new QLabel(filterBox);
    filters->addRow(counts_);
    auto* selectRow = new QHBoxLayout;
    selectAll_ = new QPushButton(tr("Select all"), filterBox);
    selectNone_ = new QPushButton(tr("Select none"), filterBox);
    selectRow->addWidget(selectAll_);
    selectRow->addWidget(selectNone_);
    filters->addRow(selectRow);
    auto* keepRow = new QHBoxLayout;
    keep_ = new QPushButton(tr("Keep selected"), filterBox);
    keep_->setObjectName(QStringLiteral("autoKeep"));
    discard_ = new QPushButton(tr("Discard"), filterBox);
    keepRow->addWidget(keep_);
    keepRow->addWidget(discard_);
    filters->addRow(keepRow);
    layout->addWidget(filterBox);
    layout->addStretch(1);

    AutoMaskSettings remembered;
    const QByteArray saved = QSettings().value(kSettingsKey).toByteArray();
    if (!saved.isEmpty()) {
        try {
            remembered = AutoMaskSettings::fromJson(nlohmann::json::parse(saved.toStdString()));
        } catch (const std::exception&) {
            remembered = AutoMaskSettings();  // a damaged setting: the reference's defaults
        }
    }
    setSettings(remembered);

    qRegisterMetaType<AutoMaskletReport>();
    connect(runButton_, &QPushButton::clicked, this, [this] { run(); });
    connect(videoButton_, &QPushButton::clicked, this, [this] { runVideo(); });
    connect(cancelButton_, &QPushButton::clicked, this, &AutoMasksPanel::cancel);
    connect(selectAll_, &QPushButton::clicked, this, [this] { selectAll(true); });
    connect(selectNone_, &QPushButton::clicked, this, [this] { selectAll(false); });
    connect(keep_, &QPushButton::clicked, this, [this] { keepSelected(); });
    connect(discard_, &QPushButton::clicked, this, &AutoMasksPanel::discard);
    auto filtersChanged = [this] {
        setFilters(minAreaFilter_->value(), minIouFilter_->value() / 100.0, minStabilityFilter_->value() / 100.0);
    };
    connect(minAreaFilter_, &QSpinBox::valueChanged, this, filtersChanged);
    connect(minIouFilter_, &QSlider::valueChanged, this, filtersChanged);
    connect(minStabilityFilter_, &QSlider::valueChanged, this, filtersChanged);
    connect(inference_, &InferenceClient::autoMasksProgress, this, [this](quint64 id, double fraction) {
        if (id == runId_)
            progress_->setValue(static_cast<int>(fraction * 100));
    });
    connect(inference_, &InferenceClient::autoMasksReady, this, &AutoMasksPanel::onReady);
    connect(inference_, &InferenceClient::autoMasksFailed, this, &AutoMasksPanel::onFailed);
    connect(canvas_, &CanvasView::proposalClicked, this, &AutoMasksPanel::toggleAt);
    connect(annotator_, &Annotator::frameShown, this, &AutoMasksPanel::onFrameShown);
    refresh();
}

AutoMaskSettings AutoMasksPanel::settings() const {
    AutoMaskSettings s = hidden_;
    s.pointsPerSide = pointsPerSide_->value();
    s.predIouThresh = predIou_->value();
    s.stabilityScoreThresh = stability_->value();
    s.cropNLayers = cropLayers_->value();
    s.minMaskRegionArea = minRegion_->value();
    s.useM2m = m2m_->isChecked();
    return s;
}

void AutoMasksPanel::setSettings(const AutoMaskSettings& s) {
    hidden_ = s;
    pointsPerSide_->setValue(s.pointsPerSide);
    predIou_->setValue(s.predIouThresh);
    stability_->setValue(s.stabilityScoreThresh);
    cropLayers_->setValue(s.cropNLayers);
    minRegion_->setValue(s.minMaskRegionArea);
    m2m_->setChecked(s.useM2m);
}

void AutoMasksPanel::saveSettings() const {
    QSettings().setValue(kSettingsKey, QByteArray::fromStdString(settings().toJson().dump()));
}

bool AutoMasksPanel::run() {
    if (isRunning())
        return false;
    const FrameRef frame = annotator_->currentFrameRef();
    if (!frame.isValid()) {
        Q_EMIT message(tr("Open an image or a video frame first."));
        return false;
    }
    if (!inference_->isModelLoaded()) {
        Q_EMIT message(tr("Load a model first (Model ▸ Choose checkpoint)."));
        return false;
    }
    const AutoMaskSettings s = settings();
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        Q_EMIT message(tr("Segment everything: %1").arg(problem));
        return false;
    }
    saveSettings();
    discard();
    runFrame_ = frame;
    runMedia_ = annotator_->mediaId();
    runId_ = inference_->autoMasks(frame, s);
    progress_->setValue(0);
    refresh();
    return true;
}

void AutoMasksPanel::cancel() {
    // Noted first: a job waiting for the generator ends at once, and its end clears videoRunId_.
    const bool generating = runId_ != 0 || videoRunId_ != 0;
    if (job_)
        job_->cancel();  // stops its tracking, or ends it while it waits for the generator
    if (generating)
        inference_->cancelAutoMasks();
}

void AutoMasksPanel::setVideoEditor(VideoEditor* editor) {
    videoEditor_ = editor;
    refresh();
}

int AutoMasksPanel::keyframeInterval() const { return keyframes_->value(); }

void AutoMasksPanel::setKeyframeInterval(int frames) { keyframes_->setValue(frames); }

bool AutoMasksPanel::runVideo() {
    if (isRunning())
        return false;
    const FrameRef frame = annotator_->currentFrameRef();
    Project* project = annotator_->project();
    const MediaItem* media = project && frame.isValid() ? project->media(frame.mediaId) : nullptr;
    if (!media || media->kind == MediaKind::Image || !videoEditor_) {
        Q_EMIT message(tr("Open a video or a frame folder first."));
        return false;
    }
    if (!inference_->isModelLoaded()) {
        Q_EMIT message(tr("Load a model first (Model ▸ Choose checkpoint)."));
        return false;
    }
    // The tracker shares the image worker's weights (its exact spec); a no-op when loaded.
    videoEditor_->loadModel(inference_->modelStatus().spec);
    AutoMaskletSettings settings;
    settings.generator = this->settings();
    settings.keyframeInterval = keyframes_->value();
    saveSettings();
    discard();
    job_ = new AutoMaskletJob(videoEditor_, media->id, settings, this);
    const QString path = media->path;
    const int mediaId = media->id;
    connect(job_, &AutoMaskletJob::proposalsNeeded, this, [this, path, mediaId](int f) {
        FrameRef ref;
        ref.mediaId = mediaId;
        ref.mediaPath = path;
        ref.frame = f;
        videoFrame_ = f;
        videoRunId_ = inference_->autoMasks(ref, job_->settings().generator);
    });
    connect(job_, &AutoMaskletJob::progress, this, [this](int done, int total, const QString& stage) {
        progress_->setValue(total > 0 ? 100 * done / total : 0);
        if (!stage.isEmpty())
            Q_EMIT message(stage);
    });
    connect(job_, &AutoMaskletJob::finished, this, [this](const AutoMaskletReport& report) {
        job_->deleteLater();
        job_ = nullptr;
        videoRunId_ = 0;
        if (!report.error.isEmpty())
            Q_EMIT message(tr("Automatic masklets failed: %1").arg(report.error));
        else if (report.cancelled)
            Q_EMIT message(tr("Automatic masklets cancelled; %n masklet(s) made so far are kept (Undo removes them).", "",
                              report.objectsAdded));
        else
            Q_EMIT message(tr("%n automatic masklet(s) from %1 keyframe(s).", "", report.objectsAdded)
                               .arg(report.keyframes.size()));
        refresh();
        Q_EMIT videoFinished(report);
    });
    progress_->setValue(0);
    QSettings().setValue(kKeyframesKey, keyframes_->value());
    if (!job_->start())
        return false;  // finished has said why
    refresh();
    return true;
}

void AutoMasksPanel::onReady(quint64 id, const FrameRef& frame, const AutoMaskProposals& proposals) {
    if (job_ && id == videoRunId_) {
        videoRunId_ = 0;
        job_->setProposals(frame.frame, proposals);
        return;
    }
    if (id != runId_)
        return;
    runId_ = 0;
    progress_->setValue(100);
    // The person may have moved on while it ran: proposals only make sense on their frame.
    if (!(frame == annotator_->currentFrameRef())) {
        Q_EMIT message(tr("Segment everything finished on a frame no longer shown; run it again here."));
        refresh();
        Q_EMIT finished(false);
        return;
    }
    proposals_ = proposals;
    selected_.assign(proposals_.size(), true);
    outlines_.clear();
    for (const AutoMaskProposal& p : proposals_)
        outlines_.push_back(outlineOf(p.mask));
    Q_EMIT message(tr("%n mask(s) proposed: click to keep or drop, then Keep selected.", "", int(proposals_.size())));
    refresh();
    Q_EMIT finished(true);
}

void AutoMasksPanel::onFailed(quint64 id, const QString& text, bool cancelled) {
    if (job_ && id == videoRunId_) {
        videoRunId_ = 0;
        if (cancelled)
            job_->setProposals(videoFrame_, std::nullopt);
        else
            job_->fail(tr("frame %1: %2").arg(videoFrame_ + 1).arg(text));
        return;
    }
    if (id != runId_)
        return;
    runId_ = 0;
    progress_->setValue(0);
    Q_EMIT message(cancelled ? tr("Segment everything cancelled.") : tr("Segment everything failed: %1").arg(text));
    refresh();
    Q_EMIT finished(false);
}

void AutoMasksPanel::onFrameShown(int mediaId, int frame) {
    if (!proposals_.empty() && (mediaId != runMedia_ || frame != runFrame_.frame))
        discard();  // proposals belong to the frame they were made on
}

bool AutoMasksPanel::isVisible(int index) const {
    const AutoMaskProposal& p = proposals_.at(static_cast<size_t>(index));
    return static_cast<int64_t>(p.mask.area()) >= minArea_ && p.predictedIou >= minIou_ &&
           p.stabilityScore >= minStability_;
}

int AutoMasksPanel::visibleCount() const {
    int n = 0;
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i)
        n += isVisible(i) ? 1 : 0;
    return n;
}

int AutoMasksPanel::selectedCount() const {
    int n = 0;
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i)
        n += isVisible(i) && selected_[static_cast<size_t>(i)] ? 1 : 0;
    return n;
}

void AutoMasksPanel::toggleAt(QPointF pos) {
    int best = -1;
    uint64_t bestArea = 0;
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i) {
        const Rle& mask = proposals_[static_cast<size_t>(i)].mask;
        if (!isVisible(i) || !mask.contains(static_cast<int>(pos.x()), static_cast<int>(pos.y())))
            continue;
        if (best < 0 || mask.area() < bestArea) {
            best = i;
            bestArea = mask.area();
        }
    }
    if (best < 0)
        return;
    selected_[static_cast<size_t>(best)] = !selected_[static_cast<size_t>(best)];
    refresh();
}

void AutoMasksPanel::selectAll(bool selected) {
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i)
        if (isVisible(i))
            selected_[static_cast<size_t>(i)] = selected;
    refresh();
}

void AutoMasksPanel::setFilters(int minArea, double minPredictedIou, double minStability) {
    minArea_ = minArea;
    minIou_ = minPredictedIou;
    minStability_ = minStability;
    if (minAreaFilter_->value() != minArea)
        minAreaFilter_->setValue(minArea);
    if (minIouFilter_->value() != qRound(minPredictedIou * 100))
        minIouFilter_->setValue(qRound(minPredictedIou * 100));
    if (minStabilityFilter_->value() != qRound(minStability * 100))
        minStabilityFilter_->setValue(qRound(minStability * 100));
    refresh();
}

int AutoMasksPanel::keepSelected() {
    Project* project = annotator_->project();
    const int n = selectedCount();
    if (!project || n == 0 || project->media(runMedia_) == nullptr) {
        discard();
        return 0;
    }
    QUndoStack* stack = project->undoStack();
    stack->beginMacro(tr("Keep %n automatic mask(s)", "", n));
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i) {
        if (!isVisible(i) || !selected_[static_cast<size_t>(i)])
            continue;
        const AutoMaskProposal& p = proposals_[static_cast<size_t>(i)];
        const int id = project->nextObjectId(runMedia_);
        AnnotatedObject obj = autoObject(p, id);
        obj.id = id;
        obj.color = objectColor(id);
        stack->push(new AddObjectCommand(project, runMedia_, obj));
        stack->push(new SetMaskCommand(project, runMedia_, runFrame_.frame, id, autoAnnotation(p)));
    }
    stack->endMacro();
    discard();
    Q_EMIT message(tr("Kept %n automatic mask(s) as objects.", "", n));
    return n;
}

void AutoMasksPanel::discard() {
    proposals_.clear();
    selected_.clear();
    outlines_.clear();
    refresh();
}

void AutoMasksPanel::refresh() {
    std::vector<CanvasView::Proposal> shown;
    for (int i = 0; i < static_cast<int>(proposals_.size()); ++i) {
        if (!isVisible(i))
            continue;
        shown.push_back({outlines_[static_cast<size_t>(i)], objectColor(i + 1), selected_[static_cast<size_t>(i)]});
    }
    if (shown.empty())
        canvas_->clearProposals();
    else
        canvas_->setProposals(shown);
    const bool running = isRunning();
    runButton_->setEnabled(!running);
    videoButton_->setEnabled(!running && videoEditor_ != nullptr);
    cancelButton_->setEnabled(running);
    progress_->setVisible(running || progress_->value() > 0);
    const bool any = !proposals_.empty();
    for (QWidget* w : {static_cast<QWidget*>(selectAll_), static_cast<QWidget*>(selectNone_),
                       static_cast<QWidget*>(keep_), static_cast<QWidget*>(discard_)})
        w->setEnabled(any);
    counts_->setText(any ? tr("%1 of %2 shown, %3 selected").arg(visibleCount()).arg(proposals_.size()).arg(selectedCount())
                         : running ? tr("Running…") : tr("No proposals"));
    keep_->setText(any ? tr("Keep %n selected", "", selectedCount()) : tr("Keep selected"));
    Q_EMIT proposalsChanged();
}

} // namespace s2s::ui
