#include "ui/video_controller.h"

#include <algorithm>

#include <QSettings>

#include "annotation/worker/inference_client.h"
#include "ui/annotator.h"

namespace s2s::ui {

namespace {
// The canvas follows a running propagation at most this often (showing a frame also asks the
// image worker to encode it, which should not compete with tracking for every frame).
constexpr qint64 kFollowIntervalMs = 500;
constexpr double kMaxPlaybackFps = 30.0;
} // namespace

VideoController::VideoController(Annotator* annotator, InferenceClient* inference, QObject* parent)
    : QObject(parent), annotator_(annotator), inference_(inference), editor_(new VideoEditor(this)) {
    connect(annotator_, &Annotator::frameShown, this, &VideoController::onFrameShown);
    annotator_->setVideoEditor(editor_);  // clicks on video frames go through SAM 2's video predictor
    {
        const QSettings settings;
        VideoEditorSettings s;
        s.retrackOnlyChanged = settings.value(QStringLiteral("video/retrackOnlyChanged"), s.retrackOnlyChanged).toBool();
        s.agreeFrames = settings.value(QStringLiteral("video/agreeFrames"), s.agreeFrames).toInt();
        s.predictor.addAllFramesToCorrectAsCond =
            settings.value(QStringLiteral("video/addAllFramesToCorrectAsCond"), s.predictor.addAllFramesToCorrectAsCond).toBool();
        s.predictor.clearNonCondMemAroundInput =
            settings.value(QStringLiteral("video/clearNonCondMemAroundInput"), s.predictor.clearNonCondMemAroundInput).toBool();
        s.predictor.clearNonCondMemForMultiObj =
            settings.value(QStringLiteral("video/clearNonCondMemForMultiObj"), s.predictor.clearNonCondMemForMultiObj).toBool();
        s.predictor.nonOverlapMasks = settings.value(QStringLiteral("video/nonOverlapMasks"), s.predictor.nonOverlapMasks).toBool();
        editor_->setSettings(s);
    }
    connect(editor_, &VideoEditor::frameTracked, this, &VideoController::onFrameTracked);
    connect(editor_, &VideoEditor::frameApplied, this, &VideoController::onFrameApplied);
    connect(editor_, &VideoEditor::runFinished, this, &VideoController::onRunFinished);
    connect(editor_, &VideoEditor::runProgress, this, &VideoController::propagationProgress);
    connect(editor_, &VideoEditor::message, this, &VideoController::message);
    connect(&playTimer_, &QTimer::timeout, this, &VideoController::onPlayTick);
    // Another checkpoint (or device, dtype) for the image worker: move the tracker to the same
    // weights now, so the old ones are freed instead of staying in memory until the next run
    // (the weights are shared, so this reads nothing more from disk).
    connect(inference_, &InferenceClient::modelLoaded, this, [this](const ModelStatus& status) {
        if (tracker()->hasRequestedModel() && !tracker()->hasModel(status.spec))
            tracker()->loadModel(status.spec);
    });
}

VideoController::~VideoController() { editor_->cancel(); }

void VideoController::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    const bool wasRunning = editor_->isRunning();
    editor_->setProject(project);  // cancels a running propagation
    if (wasRunning)
        Q_EMIT propagationFinished(0, true, QString());
    pause();
    project_ = project;
    mediaId_ = -1;
    frame_ = 0;
    lastRange_.reset();
    lastReport_.reset();
    if (project_) {
        connect(project_, &Project::maskChanged, this, [this](int mediaId, int, int) {
            if (mediaId == mediaId_)
                Q_EMIT dataChanged();
        });
        connect(project_, &Project::reviewChanged, this, [this](int mediaId, int, int) {
            if (mediaId == mediaId_)
                Q_EMIT dataChanged();  // the timeline's review colours
        });
        connect(project_, &Project::objectsChanged, this, [this](int mediaId) {
            if (mediaId == mediaId_)
                Q_EMIT dataChanged();
        });
        connect(project_, &Project::mediaListChanged, this, [this] {
            if (mediaId_ >= 0 && (!project_ || project_->media(mediaId_) == nullptr)) {
                pause();
                tracker()->forgetMedia(mediaId_);
                mediaId_ = -1;
                Q_EMIT frameChanged(-1, 0);
            }
            Q_EMIT dataChanged();
        });
    }
    Q_EMIT frameChanged(mediaId_, frame_);
    Q_EMIT dataChanged();
}

int VideoController::frameCount() const {
    if (!project_ || mediaId_ < 0)
        return 0;
    const MediaItem* item = project_->media(mediaId_);
    return item ? item->frameCount : 0;
}

double VideoController::fps() const {
    const MediaItem* item = project_ && mediaId_ >= 0 ? project_->media(mediaId_) : nullptr;
    return item && item->fps > 0 ? item->fps : 25.0;
}

void VideoController::onFrameShown(int mediaId, int frame) {
    const bool otherMedia = mediaId != mediaId_;
    mediaId_ = mediaId;
    frame_ = frame;
    if (otherMedia) {
        pause();
        Q_EMIT dataChanged();
    }
    Q_EMIT frameChanged(mediaId_, frame_);
}

std::optional<VideoController::Confidence> VideoController::confidence(int objectId, int frame) const {
    // Kept in the project, so a reopened project shows what the tracker said.
    const std::optional<TrackConfidence> c = project_ ? project_->trackConfidence(mediaId_, objectId, frame)
                                                      : std::nullopt;
    if (!c)
        return std::nullopt;
    return Confidence{c->presence, c->iou};
}

std::vector<int> VideoController::keyframes() const {
    std::vector<int> frames;
    if (!project_ || mediaId_ < 0 || project_->media(mediaId_) == nullptr)
        return frames;
    for (const auto& [frame, objects] : project_->allAnnotations(mediaId_)) {
        if (std::any_of(objects.begin(), objects.end(), [](const auto& o) { return isPersonMade(o.second); }))
            frames.push_back(frame);
    }
    return frames;
}

bool VideoController::isProblemFrame(int frame) const {
    if (!project_ || mediaId_ < 0 || project_->media(mediaId_) == nullptr)
        return false;
    for (const AnnotatedObject& object : project_->objects(mediaId_)) {
        const FrameAnnotation* ann = project_->annotation(mediaId_, frame, object.id);
        const std::optional<Confidence> conf = confidence(object.id, frame);
        // A tracked mask the model itself doubts.
        if (ann && ann->source == MaskSource::Propagation) {
            const float iou = conf ? conf->iou : ann->score.value_or(1.f);
            if (iou < kLowIou)
                return true;
        }
        // Lost: tracked as absent right after a frame where it had a mask (occlusion or drift).
        if (!ann && conf && conf->objectScore <= 0.f && frame > 0 &&
            project_->annotation(mediaId_, frame - 1, object.id) != nullptr)
            return true;
    }
    return false;
}

bool VideoController::seek(int frame) {
    const int count = frameCount();
    if (count <= 0)
        return false;
    frame = std::clamp(frame, 0, count - 1);
    if (frame == frame_ && annotator_->mediaId() == mediaId_ && !annotator_->isFrameLoading())
        return true;
    return annotator_->showFrame(mediaId_, frame);
}

int VideoController::targetFrame() const {
    // Keys pressed while a frame decodes move on from that frame, not from the one still shown.
    return annotator_->isFrameLoading() && annotator_->requestedMediaId() == mediaId_
               ? annotator_->requestedFrame()
               : frame_;
}

void VideoController::step(int delta) {
    const int target = targetFrame() + delta;
    // Stepping on decodes the next frames in the same direction ahead of time.
    if (!isPlaying() && !isPropagating() && delta != 0)
        annotator_->setReadAhead(delta > 0 ? +1 : -1, target);
    seek(target);
}

void VideoController::nextKeyframe() {
    const int from = targetFrame();
    for (int f : keyframes()) {
        if (f > from) {
            seek(f);
            return;
        }
    }
    Q_EMIT message(tr("No keyframe after this frame."));
}

void VideoController::previousKeyframe() {
    const std::vector<int> frames = keyframes();
    const int from = targetFrame();
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        if (*it < from) {
            seek(*it);
            return;
        }
    }
    Q_EMIT message(tr("No keyframe before this frame."));
}

bool VideoController::nextProblem() {
    const int count = frameCount();
    const int from = targetFrame();
    for (int i = 1; i <= count; ++i) {
        const int f = (from + i) % std::max(count, 1);
        if (isProblemFrame(f)) {
            seek(f);
            return true;
        }
    }
    Q_EMIT message(tr("No frame with a low-confidence or lost mask."));
    return false;
}

void VideoController::play() {
    if (!isVideo() || playTimer_.isActive())
        return;
    const int from = frame_ >= frameCount() - 1 ? 0 : frame_;
    annotator_->setReadAhead(+1, from);  // the next frames decode while the current one shows
    if (from != frame_)
        seek(from);
    playTimer_.start(static_cast<int>(1000.0 / std::min(fps(), kMaxPlaybackFps)));
    Q_EMIT playingChanged(true);
}

void VideoController::pause() {
    if (!playTimer_.isActive())
        return;
    playTimer_.stop();
    annotator_->setReadAhead(0, frame_);
    Q_EMIT playingChanged(false);
}

void VideoController::togglePlay() { isPlaying() ? pause() : play(); }

void VideoController::onPlayTick() {
    // Still decoding the last frame asked for: play at the decoder's pace rather than pile up
    // requests that would only be dropped.
    if (annotator_->isFrameLoading())
        return;
    if (frame_ + 1 >= frameCount() || !seek(frame_ + 1))
        pause();
}

bool VideoController::ensureModel() {
    if (!inference_->isModelLoaded()) {
        Q_EMIT message(tr("Load a SAM 2 checkpoint first (Model menu)."));
        return false;
    }
    // The image worker's exact spec (device, dtype, threads): the tracker then shares its weights
    // instead of loading a second copy.
    editor_->loadModel(inference_->modelStatus().spec);  // queued first; a no-op when already loaded
    return true;
}

bool VideoController::propagate(PropagationDirection direction, int maxFrames) {
    return startPropagation(direction, maxFrames, false);
}

bool VideoController::propagateAll(PropagationDirection direction, int maxFrames) {
    return startPropagation(direction, maxFrames, true);
}

bool VideoController::startPropagation(PropagationDirection direction, int maxFrames, bool all) {
    if (!project_ || !isVideo()) {
        Q_EMIT message(tr("Open a video or a frame folder to track objects."));
        return false;
    }
    if (isPropagating()) {
        Q_EMIT message(tr("A propagation is already running."));
        return false;
    }
    if (annotator_->pendingRequests() > 0) {
        Q_EMIT message(tr("Wait for the last prompt's mask, then propagate."));
        return false;
    }
    if (keyframes().empty()) {
        Q_EMIT message(tr("Nothing to track: click on an object first."));
        return false;
    }
    if (!ensureModel())
        return false;
    const bool started = all ? editor_->propagate(mediaId_, frame_, direction, maxFrames)
                             : editor_->propagateFrom(mediaId_, frame_, direction, maxFrames);
    if (!started)
        return false;
    pause();
    // The canvas follows the run: decode its frames ahead in the run's direction.
    if (follow_)
        annotator_->setReadAhead(direction == PropagationDirection::Backward ? -1 : +1, frame_);
    followClock_.start();
    Q_EMIT propagationStarted();
    Q_EMIT message(tr("Tracking…"));
    return true;
}

void VideoController::cancelPropagation() { editor_->cancel(); }

void VideoController::onFrameTracked(const TrackedFrame& tracked) {
    for (const TrackedObject& result : tracked.objects)
        if (project_ && project_->object(tracked.mediaId, result.objectId) != nullptr)
            project_->setTrackConfidence(tracked.mediaId, result.objectId, tracked.frame,
                                         {result.objectScore, result.iou});
}

void VideoController::onFrameApplied(int mediaId, int frame) {
    if (follow_ && mediaId == mediaId_ && frame != frame_ && followClock_.elapsed() >= kFollowIntervalMs) {
        followClock_.restart();
        annotator_->showFrame(mediaId_, frame);
    }
    Q_EMIT dataChanged();
}

void VideoController::onRunFinished(const VideoRunReport& report) {
    lastReport_ = report;
    if (report.firstFrame >= 0 && report.mediaId == mediaId_)
        lastRange_ = std::make_pair(report.firstFrame, report.lastFrame);
    annotator_->setReadAhead(0, frame_);
    Q_EMIT propagationFinished(report.framesTracked, report.cancelled, report.error);
    Q_EMIT dataChanged();
}

void VideoController::setEditorSettings(const VideoEditorSettings& s) {
    editor_->setSettings(s);
    QSettings settings;
    settings.setValue(QStringLiteral("video/retrackOnlyChanged"), s.retrackOnlyChanged);
    settings.setValue(QStringLiteral("video/agreeFrames"), s.agreeFrames);
    settings.setValue(QStringLiteral("video/addAllFramesToCorrectAsCond"), s.predictor.addAllFramesToCorrectAsCond);
    settings.setValue(QStringLiteral("video/clearNonCondMemAroundInput"), s.predictor.clearNonCondMemAroundInput);
    settings.setValue(QStringLiteral("video/clearNonCondMemForMultiObj"), s.predictor.clearNonCondMemForMultiObj);
    settings.setValue(QStringLiteral("video/nonOverlapMasks"), s.predictor.nonOverlapMasks);
}

void VideoController::clearPromptsOnFrame(int objectId) {
    if (!project_ || mediaId_ < 0 || objectId < 0 || !ensureModel())
        return;
    editor_->clearPrompts(mediaId_, frame_, objectId);
}

void VideoController::clearFromCurrentFrame(int objectId) {
    if (!project_ || mediaId_ < 0 || isPropagating())
        return;
    try {
        auto* command = new ClearMasksCommand(project_, mediaId_, objectId, frame_);
        command->setText(tr("Clear masks from frame %1 on").arg(frame_ + 1));
        project_->undoStack()->push(command);
    } catch (const AnnotationError& e) {
        Q_EMIT message(QString::fromUtf8(e.what()));
    }
}

void VideoController::deleteObject(int objectId) {
    if (!project_ || mediaId_ < 0 || isPropagating())
        return;
    try {
        project_->undoStack()->push(new RemoveObjectCommand(project_, mediaId_, objectId));
    } catch (const AnnotationError& e) {
        Q_EMIT message(QString::fromUtf8(e.what()));
    }
}

} // namespace s2s::ui
