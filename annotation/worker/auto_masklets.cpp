#include "annotation/worker/auto_masklets.h"

#include <QMetaObject>
#include <QUndoStack>

#include <algorithm>

#include "annotation/commands.h"
#include "annotation/project.h"
#include "annotation/worker/video_editor.h"

namespace s2s {

namespace {

bool isAutomatic(const AnnotatedObject& object) {
    return object.attributes.contains("auto");
}

int automaticCount(const Project& project, int mediaId) {
    const auto& objects = project.objects(mediaId);
    return static_cast<int>(std::count_if(objects.begin(), objects.end(), isAutomatic));
}

} // namespace

std::vector<int> AutoMaskletSettings::keyframes(int frameCount) const {
    std::vector<int> frames;
    const int last = lastFrameIn(frameCount);
    if (firstFrame < 0 || firstFrame > last)
        return frames;
    frames.push_back(firstFrame);
    if (keyframeInterval > 0)
        for (long long f = static_cast<long long>(firstFrame) + keyframeInterval; f <= last; f += keyframeInterval)
            frames.push_back(static_cast<int>(f));
    return frames;
}

QString AutoMaskletSettings::validate(int frameCount) const {
    if (const QString problem = generator.validate(); !problem.isEmpty())
        return problem;
    if (keyframeInterval < 0)
        return QStringLiteral("the keyframe interval must be 0 (first keyframe only) or more, not %1").arg(keyframeInterval);
    if (!(newObjectMaxIou > 0.0 && newObjectMaxIou <= 1.0))
        return QStringLiteral("the IoU below which a proposal is new must lie in (0, 1], not %1").arg(newObjectMaxIou);
    if (frameCount < 1)
        return QStringLiteral("the video has no frames");
    if (firstFrame < 0 || firstFrame >= frameCount)
        return QStringLiteral("the first keyframe %1 is outside the video (0..%2)").arg(firstFrame).arg(frameCount - 1);
    if (lastFrame >= 0 && lastFrame < firstFrame)
        return QStringLiteral("the last frame %1 comes before the first keyframe %2").arg(lastFrame).arg(firstFrame);
    return QString();
}

AutoMaskletJob::AutoMaskletJob(VideoEditor* editor, int mediaId, AutoMaskletSettings settings, QObject* parent)
    : QObject(parent), editor_(editor), mediaId_(mediaId), settings_(std::move(settings)) {
    qRegisterMetaType<AutoMaskletReport>();
    connect(editor_, &VideoEditor::runFinished, this, &AutoMaskletJob::onRunFinished);
    connect(editor_, &VideoEditor::message, this, [this](const QString& text) { lastMessage_ = text; });
}

AutoMaskletJob::~AutoMaskletJob() = default;

AnnotatedObject AutoMaskletJob::masklet(const AutoMaskProposal& proposal, int number, int frame) {
    AnnotatedObject object = autoObject(proposal, number);
    object.attributes["auto"]["frame"] = frame;  // the keyframe it was found on
    object.attributes["sav_masklet_type"] = "auto";
    noteStability(object, frame, proposal.stabilityScore);
    return object;
}

void AutoMaskletJob::noteStability(AnnotatedObject& object, int frame, double stability) {
    object.attributes["auto"]["stability_by_frame"][std::to_string(frame)] = stability;
}

bool AutoMaskletJob::start() {
    report_ = AutoMaskletReport{};
    report_.mediaId = mediaId_;
    Project* project = editor_->project();
    const MediaItem* media = project ? project->media(mediaId_) : nullptr;
    QString problem;
    if (!media)
        problem = tr("There is no such video in the project.");
    else if (media->kind == MediaKind::Image)
        problem = tr("Automatic masklets need a video or a frame folder; use Segment everything on an image.");
    else if (editor_->isRunning() || editor_->pendingPrompts() > 0)
        problem = tr("Tracking is running; wait for it to end or cancel it.");
    else if (const QString invalid = settings_.validate(media->frameCount); !invalid.isEmpty())
        problem = invalid;
    if (!problem.isEmpty()) {
        report_.error = problem;
        Q_EMIT finished(report_);
        return false;
    }
    keyframes_ = settings_.keyframes(media->frameCount);
    next_ = 0;
    backQueue_.clear();
    cancelled_ = false;
    running_ = true;
    askNext();
    return true;
}

void AutoMaskletJob::askNext() {
    if (!running_)
        return;
    if (next_ >= keyframes_.size()) {
        trackBackward();
        return;
    }
    const int frame = keyframes_[next_];
    stage_ = Stage::Generating;
    awaiting_ = frame;
    Q_EMIT progress(static_cast<int>(next_), static_cast<int>(keyframes_.size()),
                    tr("Segmenting everything on frame %1").arg(frame + 1));
    Q_EMIT proposalsNeeded(frame);
}

void AutoMaskletJob::setProposals(int frame, const AutoMaskRun& run) {
    if (!running_ || stage_ != Stage::Generating || frame != awaiting_)
        return;
    awaiting_ = -1;
    if (cancelled_ || !run) {
        cancelled_ = true;
        finish();
        return;
    }
    Project* project = editor_->project();
    if (!project || !project->media(mediaId_)) {
        finish(tr("The video was removed from the project."));
        return;
    }
    report_.keyframes.push_back(frame);
    report_.proposals[frame] = static_cast<int>(run->size());

    // What this frame already holds: masklets found earlier and tracked here, and any object a
    // person made. Copies: the project changes below.
    const std::map<int, FrameAnnotation> existing = project->frameAnnotations(mediaId_, frame);
    std::vector<const AutoMaskProposal*> kept;
    std::map<int, double> matchedStability;  // automatic object -> stability of its best proposal
    for (const AutoMaskProposal& proposal : *run) {
        double best = 0.0;
        int bestObject = -1;
        for (const auto& [objectId, annotation] : existing) {
            const double iou = Rle::iou(proposal.mask, annotation.mask);
            if (iou > best) {
                best = iou;
                bestObject = objectId;
            }
        }
        if (best < settings_.newObjectMaxIou) {
            kept.push_back(&proposal);
        } else if (const AnnotatedObject* object = project->object(mediaId_, bestObject);
                   object && isAutomatic(*object) && !matchedStability.count(bestObject)) {
            matchedStability[bestObject] = proposal.stabilityScore;
        }
    }

    std::vector<int> added;
    if (!kept.empty() || !matchedStability.empty()) {
        QUndoStack* stack = project->undoStack();
        stack->beginMacro(tr("Automatic masklets on frame %1 (%n new)", "", static_cast<int>(kept.size())).arg(frame + 1));
        for (const auto& [objectId, stability] : matchedStability) {
            AnnotatedObject object = *project->object(mediaId_, objectId);
            noteStability(object, frame, stability);
            stack->push(new EditObjectCommand(project, mediaId_, object));
        }
        int number = automaticCount(*project, mediaId_);
        for (const AutoMaskProposal* proposal : kept) {
            auto* add = new AddObjectCommand(project, mediaId_, masklet(*proposal, ++number, frame));
            stack->push(add);
            const int id = add->objectId();
            stack->push(new SetMaskCommand(project, mediaId_, frame, id, autoAnnotation(*proposal)));
            added.push_back(id);
        }
        stack->endMacro();
    }
    report_.added[frame] = added;
    report_.objectsAdded += static_cast<int>(added.size());
    if (settings_.trackBack && frame != keyframes_.front() && !added.empty())
        backQueue_.emplace_back(frame, added);
    ++next_;
    trackForward(frame);
}

void AutoMaskletJob::trackForward(int from) {
    const MediaItem* media = editor_->project()->media(mediaId_);
    const int last = settings_.lastFrameIn(media->frameCount);
    const int to = next_ < keyframes_.size() ? keyframes_[next_] : last;
    if (to <= from || editor_->project()->objects(mediaId_).empty()) {
        askNext();  // nothing to track (yet): straight to the next keyframe
        return;
    }
    stage_ = Stage::Forward;
    Q_EMIT progress(static_cast<int>(next_), static_cast<int>(keyframes_.size()),
                    tr("Tracking frames %1-%2").arg(from + 1).arg(to + 1));
    lastMessage_.clear();
    if (!editor_->propagate(mediaId_, from, PropagationDirection::Forward, to - from))
        finish(lastMessage_.isEmpty() ? tr("Tracking could not start.") : lastMessage_);
}

void AutoMaskletJob::trackBackward() {
    if (!running_)
        return;
    Project* project = editor_->project();
    while (!backQueue_.empty()) {
        auto [frame, objects] = backQueue_.front();
        backQueue_.erase(backQueue_.begin());
        // Objects a person deleted meanwhile are left out.
        objects.erase(std::remove_if(objects.begin(), objects.end(),
                                     [&](int id) { return project->object(mediaId_, id) == nullptr; }),
                      objects.end());
        if (objects.empty())
            continue;
        stage_ = Stage::Backward;
        Q_EMIT progress(static_cast<int>(keyframes_.size()), static_cast<int>(keyframes_.size()),
                        tr("Tracking the masklets found on frame %1 back to frame %2").arg(frame + 1).arg(keyframes_.front() + 1));
        lastMessage_.clear();
        if (!editor_->propagate(mediaId_, frame, PropagationDirection::Backward, frame - keyframes_.front(), objects))
            finish(lastMessage_.isEmpty() ? tr("Tracking could not start.") : lastMessage_);
        return;
    }
    finish();
}

void AutoMaskletJob::onRunFinished(const VideoRunReport& run) {
    if (!running_ || (stage_ != Stage::Forward && stage_ != Stage::Backward) || run.mediaId != mediaId_)
        return;
    report_.framesTracked += run.framesTracked;
    if (run.cancelled || cancelled_) {
        cancelled_ = true;
        finish();
        return;
    }
    if (!run.error.isEmpty()) {
        finish(run.error);
        return;
    }
    // Queued: the editor's other listeners see this run end before the next one starts.
    const bool forward = stage_ == Stage::Forward;
    stage_ = Stage::Idle;
    QMetaObject::invokeMethod(this, [this, forward] { forward ? askNext() : trackBackward(); }, Qt::QueuedConnection);
}

void AutoMaskletJob::fail(const QString& message) {
    if (running_)
        finish(message);
}

void AutoMaskletJob::cancel() {
    if (!running_)
        return;
    cancelled_ = true;
    if ((stage_ == Stage::Forward || stage_ == Stage::Backward) && editor_->isRunning())
        editor_->cancel();  // ends with runFinished(cancelled)
    else
        finish();
}

void AutoMaskletJob::finish(const QString& error) {
    if (!running_)
        return;
    running_ = false;
    stage_ = Stage::Idle;
    awaiting_ = -1;
    report_.error = error;
    report_.cancelled = cancelled_ && error.isEmpty();
    const int total = static_cast<int>(keyframes_.size());
    Q_EMIT progress(total, total, QString());
    Q_EMIT finished(report_);
}

} // namespace s2s
