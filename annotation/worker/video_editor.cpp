#include "annotation/worker/video_editor.h"

#include <algorithm>

#include <QUndoStack>

#include "annotation/commands.h"

namespace s2s {

VideoEditor::VideoEditor(QObject* parent) : QObject(parent), tracker_(new VideoTracker(this)) {
    qRegisterMetaType<s2s::VideoRunReport>();
    connect(tracker_, &VideoTracker::prompted, this, &VideoEditor::onPrompted);
    connect(tracker_, &VideoTracker::frameTracked, this, &VideoEditor::onFrameTracked);
    connect(tracker_, &VideoTracker::finished, this, &VideoEditor::onFinished);
    connect(tracker_, &VideoTracker::progress, this, [this](quint64 id, int done, int) {
        if (run_ && run_->requestId == id)
            Q_EMIT runProgress(run_->doneBefore + done, std::max(run_->total, run_->doneBefore + done));
    });
    connect(tracker_, &VideoTracker::modelFailed, this, [this](const QString& text) {
        Q_EMIT message(tr("The model could not be loaded for video: %1").arg(text));
    });
}

VideoEditor::~VideoEditor() {
    if (run_)
        tracker_->cancel(run_->requestId);
}

void VideoEditor::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    if (run_) {
        tracker_->cancel(run_->requestId);
        run_.reset();
    }
    pending_.clear();
    changed_.clear();
    lastCorrection_.reset();
    history_.clear();
    project_ = project;
    if (project_)
        connect(project_, &Project::maskChanged, this, &VideoEditor::onMaskChanged);
}

void VideoEditor::setSettings(const VideoEditorSettings& settings) {
    settings_ = settings;
    settings_.agreeFrames = std::max(0, settings_.agreeFrames);
}

bool VideoEditor::checkVideo(int mediaId) {
    if (!project_ || project_->media(mediaId) == nullptr) {
        Q_EMIT message(tr("Open a video or a frame folder to track objects."));
        return false;
    }
    if (!tracker_->hasRequestedModel()) {
        Q_EMIT message(tr("Load a SAM 2 checkpoint first (Model menu)."));
        return false;
    }
    return true;
}

void VideoEditor::fillBase(VideoRequestBase& request, int mediaId) const {
    request.mediaId = mediaId;
    request.mediaPath = project_->media(mediaId)->path;
    request.options = settings_.predictor;
    for (const auto& [frame, objects] : project_->allAnnotations(mediaId))
        for (const auto& [objectId, ann] : objects)
            if (isPersonMade(ann))
                request.conditioning.push_back({frame, objectId, ann.mask});
    for (const auto& [id, p] : pending_)
        if (p.mediaId == mediaId && !p.clear)
            request.inFlight.emplace_back(p.frame, p.objectId);
}

std::vector<int> VideoEditor::personFrames(int mediaId, int objectId) const {
    std::vector<int> frames;
    if (!project_ || project_->media(mediaId) == nullptr)
        return frames;
    for (int f : project_->framesWithMasks(mediaId, objectId))
        if (const FrameAnnotation* a = project_->annotation(mediaId, f, objectId); a && isPersonMade(*a))
            frames.push_back(f);
    return frames;
}

std::set<std::pair<int, int>> VideoEditor::changedFrames(int mediaId) const {
    const auto it = changed_.find(mediaId);
    return it == changed_.end() ? std::set<std::pair<int, int>>() : it->second;
}

// ---- prompts ----------------------------------------------------------------------------------

quint64 VideoEditor::prompt(int mediaId, int frame, int objectId, const std::vector<PointPrompt>& points,
                            const std::optional<BoxPrompt>& box, const std::optional<AnnotatedObject>& newObject) {
    if (!checkVideo(mediaId))
        return 0;
    if (points.empty() && !box) {
        Q_EMIT message(tr("Click on the object or draw a box around it."));
        return 0;
    }
    if (project_->object(mediaId, objectId) == nullptr && !newObject) {
        Q_EMIT message(tr("There is no object %1 on this video.").arg(objectId));
        return 0;
    }
    if (run_ && run_->report.mediaId == mediaId) {
        Q_EMIT message(tr("Wait for tracking to finish (or cancel it), then correct."));
        return 0;
    }
    PromptRequest request;
    fillBase(request, mediaId);
    request.frame = frame;
    request.objectId = objectId;
    request.points = points;
    request.box = box;
    const quint64 id = tracker_->prompt(std::move(request));
    pending_[id] = Pending{mediaId, frame, objectId, points, box, newObject, false};
    return id;
}

quint64 VideoEditor::clearPrompts(int mediaId, int frame, int objectId) {
    if (!checkVideo(mediaId))
        return 0;
    const FrameAnnotation* ann = project_->annotation(mediaId, frame, objectId);
    if (ann == nullptr || !isPersonMade(*ann)) {
        Q_EMIT message(tr("This frame has no prompts of that object."));
        return 0;
    }
    if (run_ && run_->report.mediaId == mediaId) {
        Q_EMIT message(tr("Wait for tracking to finish (or cancel it)."));
        return 0;
    }
    ClearPromptsRequest request;
    fillBase(request, mediaId);
    const auto key = std::make_pair(frame, objectId);
    request.conditioning.erase(std::remove_if(request.conditioning.begin(), request.conditioning.end(),
                                              [&](const ConditioningFrame& c) {
                                                  return c.frame == key.first && c.objectId == key.second;
                                              }),
                               request.conditioning.end());
    request.frame = frame;
    request.objectId = objectId;
    const quint64 id = tracker_->clearPrompts(std::move(request));
    Pending p;
    p.mediaId = mediaId;
    p.frame = frame;
    p.objectId = objectId;
    p.clear = true;
    pending_[id] = p;
    return id;
}

void VideoEditor::onPrompted(const PromptAnswer& answer) {
    const auto it = pending_.find(answer.requestId);
    if (it == pending_.end())
        return;
    const Pending p = it->second;
    pending_.erase(it);
    QString error = answer.error;
    if (error.isEmpty() && (!project_ || project_->media(p.mediaId) == nullptr))
        error = tr("The video was closed.");
    if (error.isEmpty() && !p.clear && !answer.result)
        error = tr("The model gave no mask for this object.");
    if (!error.isEmpty()) {
        Q_EMIT message(p.clear ? tr("Could not clear the prompts: %1").arg(error)
                               : tr("Segmentation failed: %1").arg(error));
        Q_EMIT promptApplied(answer.requestId, p.mediaId, p.frame, p.objectId, error);
        return;
    }
    try {
        QUndoStack* stack = project_->undoStack();
        const FrameAnnotation* existing = project_->annotation(p.mediaId, p.frame, p.objectId);
        std::optional<FrameAnnotation> after;
        QString text;
        if (p.clear) {
            // The frame becomes a tracked one: the model's mask there without the prompts.
            if (answer.result && answer.result->objectScore > 0.f && !answer.result->mask.isEmpty()) {
                FrameAnnotation ann;
                ann.mask = answer.result->mask;
                ann.source = MaskSource::Propagation;
                ann.score = answer.result->iou;
                after = std::move(ann);
            } else if (!answer.result && existing) {
                FrameAnnotation ann = *existing;  // the session did not hold it: keep the mask, demoted
                ann.source = MaskSource::Propagation;
                ann.points.clear();
                ann.box.reset();
                after = std::move(ann);
            }
            text = tr("Clear prompts on frame %1").arg(p.frame + 1);
        } else {
            FrameAnnotation ann;
            ann.mask = answer.result->mask;  // empty when the model sees no object: the prompts stay
            ann.source = MaskSource::Model;
            ann.points = p.points;
            ann.box = p.box;
            ann.score = answer.result->iou;
            after = std::move(ann);
            const bool wasTracked = existing && !isPersonMade(*existing);
            text = wasTracked ? tr("Correct on frame %1").arg(p.frame + 1)
                   : p.box && p.points.empty() ? tr("Box prompt") : tr("Click prompt");
        }
        if (project_->object(p.mediaId, p.objectId) == nullptr) {
            if (!p.newObject)
                throw AnnotationError(tr("The object was deleted meanwhile.").toStdString());
            stack->beginMacro(tr("Add object"));
            stack->push(new AddObjectCommand(project_, p.mediaId, *p.newObject));
            stack->push(new SetMaskCommand(project_, p.mediaId, p.frame, p.objectId, after));
            stack->endMacro();
            lastCorrection_.reset();
        } else {
            auto* command = new SetMasksCommand(project_, p.mediaId, {{p.frame, p.objectId, after}});
            const quint64 group = nextGroup_++;
            command->setMergeGroup(group);
            command->setText(text);
            stack->push(command);  // not merged: its group is new
            lastCorrection_ = LastCorrection{p.mediaId, p.frame, p.objectId, group,
                                             stack->command(stack->index() - 1), text};
        }
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
        Q_EMIT message(tr("Could not apply the mask: %1").arg(error));
    }
    if (error.isEmpty() && project_) {
        history_.record(*project_, p.mediaId, p.objectId, project_->undoStack()->undoText());
        Q_EMIT historyChanged(p.mediaId, p.objectId);
    }
    Q_EMIT promptApplied(answer.requestId, p.mediaId, p.frame, p.objectId, error);
}

// ---- propagation ------------------------------------------------------------------------------

bool VideoEditor::canStartRun(int mediaId) {
    if (!checkVideo(mediaId))
        return false;
    if (run_) {
        Q_EMIT message(tr("A propagation is already running."));
        return false;
    }
    if (!pending_.empty()) {
        Q_EMIT message(tr("Wait for the last prompt's mask, then propagate."));
        return false;
    }
    return true;
}

bool VideoEditor::propagate(int mediaId, int startFrame, PropagationDirection direction, int maxFrames,
                            const std::vector<int>& objects) {
    if (!canStartRun(mediaId))
        return false;
    PropagationRequest request;
    fillBase(request, mediaId);
    if (request.conditioning.empty()) {
        Q_EMIT message(tr("Nothing to track: click on an object first."));
        return false;
    }
    request.startFrame = startFrame;
    request.direction = direction;
    request.maxFrames = maxFrames;
    request.objects = objects;
    std::vector<int> tracked = objects;
    if (tracked.empty())
        for (const AnnotatedObject& o : project_->objects(mediaId))
            tracked.push_back(o.id);
    startRun(mediaId, false, tracked, {request});
    return true;
}

bool VideoEditor::propagateFrom(int mediaId, int frame, PropagationDirection direction, int maxFrames) {
    if (!settings_.retrackOnlyChanged || !project_ || project_->media(mediaId) == nullptr)
        return propagate(mediaId, frame, direction, maxFrames);
    std::vector<int> objects;
    for (const auto& [f, objectId] : changedFrames(mediaId))
        if (f == frame && project_->object(mediaId, objectId) != nullptr && !personFrames(mediaId, objectId).empty())
            objects.push_back(objectId);
    if (objects.empty())
        return propagate(mediaId, frame, direction, maxFrames);
    if (!canStartRun(mediaId))
        return false;
    std::vector<PropagationRequest> requests;
    for (int objectId : objects) {
        // The affected stretch: up to the object's neighbouring person-made frames.
        int next = -1, previous = -1;
        for (int f : personFrames(mediaId, objectId)) {
            if (f > frame && next < 0)
                next = f;
            if (f < frame)
                previous = f;
        }
        const auto limit = [&](int stretch) { return maxFrames < 0 ? stretch : stretch < 0 ? maxFrames : std::min(stretch, maxFrames); };
        PropagationRequest request;
        fillBase(request, mediaId);
        request.startFrame = frame;
        request.direction = direction;
        request.maxFrames = limit(next >= 0 ? next - frame - 1 : -1);
        request.maxFramesBackward = limit(previous >= 0 ? frame - previous - 1 : -1);
        if (direction == PropagationDirection::Backward)
            request.maxFrames = request.maxFramesBackward;
        request.objects = {objectId};
        request.stopAfterAgreeing = settings_.agreeFrames;
        request.agreeIou = settings_.agreeIou;
        for (int f : project_->framesWithMasks(mediaId, objectId))
            request.existing[{f, objectId}] = project_->annotation(mediaId, f, objectId)->mask;
        requests.push_back(std::move(request));
    }
    startRun(mediaId, true, objects, std::move(requests));
    return true;
}

void VideoEditor::startRun(int mediaId, bool retrack, std::vector<int> objects,
                           std::vector<PropagationRequest> requests) {
    Run run;
    run.report.mediaId = mediaId;
    run.report.retrack = retrack;
    run.report.objects = std::move(objects);
    const int frames = project_->media(mediaId)->frameCount;
    for (const PropagationRequest& r : requests) {
        const int start = r.startFrame < 0 ? 0 : r.startFrame;
        const auto count = [&](bool reverse, int limit) {
            const int available = reverse ? start + 1 : frames - start;
            return limit < 0 ? available : std::min(available, limit + 1);
        };
        if (r.direction != PropagationDirection::Backward)
            run.total += count(false, r.maxFrames);
        if (r.direction != PropagationDirection::Forward)
            run.total += count(true, r.direction == PropagationDirection::Both && r.maxFramesBackward != -2
                                         ? r.maxFramesBackward
                                         : r.maxFrames);
    }
    // A re-track right after a correction of one of its objects on its start frame joins the
    // correction's undo step (while that correction is still the last command).
    if (retrack && lastCorrection_ && lastCorrection_->mediaId == mediaId && !requests.empty() &&
        lastCorrection_->frame == requests.front().startFrame &&
        std::count(run.report.objects.begin(), run.report.objects.end(), lastCorrection_->objectId) > 0) {
        QUndoStack* stack = project_->undoStack();
        if (stack->index() > 0 && stack->command(stack->index() - 1) == lastCorrection_->command) {
            run.mergeGroup = lastCorrection_->group;
            run.correctionText = lastCorrection_->text;
        }
    }
    run.queue = std::move(requests);
    run.clock.start();
    run_ = std::move(run);
    sendNext();
    // After the first request is on its way: a listener may cancel the run from here.
    Q_EMIT runStarted(mediaId);
}

void VideoEditor::sendNext() {
    PropagationRequest request = std::move(run_->queue.front());
    run_->queue.erase(run_->queue.begin());
    run_->requestId = tracker_->propagate(std::move(request));
}

void VideoEditor::cancel() {
    if (!run_)
        return;
    run_->queue.clear();
    tracker_->cancel(run_->requestId);
}

void VideoEditor::onFrameTracked(const TrackedFrame& tracked) {
    if (!run_ || tracked.requestId != run_->requestId || !project_ || project_->media(tracked.mediaId) == nullptr)
        return;
    Q_EMIT frameTracked(tracked);
    ++applying_;
    for (const TrackedObject& result : tracked.objects) {
        if (project_->object(tracked.mediaId, result.objectId) == nullptr)
            continue;  // deleted while tracking
        const FrameAnnotation* existing = project_->annotation(tracked.mediaId, tracked.frame, result.objectId);
        if (existing && isPersonMade(*existing))
            continue;  // a person's mask always wins over tracking
        std::optional<FrameAnnotation> wanted;
        if (result.objectScore > 0.f && !result.mask.isEmpty()) {
            FrameAnnotation ann;
            ann.mask = result.mask;
            ann.source = MaskSource::Propagation;
            ann.score = result.iou;
            wanted = std::move(ann);
        }
        const std::pair<int, int> key{tracked.frame, result.objectId};
        if (run_->before.count(key) == 0)
            run_->before[key] = existing ? std::optional<FrameAnnotation>(*existing) : std::nullopt;
        run_->after[key] = wanted;
        if ((existing == nullptr && !wanted) || (existing && wanted && *existing == *wanted))
            continue;
        try {
            Project::HistoryScope scope(project_);  // becomes one undo command at the end
            project_->setAnnotation(tracked.mediaId, tracked.frame, result.objectId, wanted);
        } catch (const AnnotationError& e) {
            Q_EMIT message(QString::fromUtf8(e.what()));
        }
    }
    --applying_;
    Q_EMIT frameApplied(tracked.mediaId, tracked.frame);
}

void VideoEditor::onFinished(const PropagationSummary& summary) {
    if (!run_ || summary.requestId != run_->requestId)
        return;
    VideoRunReport& report = run_->report;
    report.framesTracked += summary.framesTracked;
    run_->doneBefore += summary.framesTracked;
    if (summary.firstFrame >= 0) {
        report.firstFrame = report.firstFrame < 0 ? summary.firstFrame : std::min(report.firstFrame, summary.firstFrame);
        report.lastFrame = std::max(report.lastFrame, summary.lastFrame);
    }
    report.stoppedEarly = report.stoppedEarly || summary.stoppedEarly;
    report.storeRamBytes = summary.storeRamBytes;
    report.storeDiskBytes = summary.storeDiskBytes;
    report.storedOutputs = summary.storedOutputs;
    report.cancelled = report.cancelled || summary.cancelled;
    if (!summary.error.isEmpty())
        report.error = summary.error;
    if (!run_->queue.empty() && report.error.isEmpty() && !report.cancelled) {
        sendNext();
        return;
    }
    commitRun();
    report.milliseconds = run_->clock.nsecsElapsed() / 1e6;
    if (report.error.isEmpty() && !report.cancelled && report.firstFrame >= 0) {
        // Tracking went over these frames: their changes are taken into account now.
        auto& changed = changed_[report.mediaId];
        for (auto it = changed.begin(); it != changed.end();) {
            const bool covered = it->first >= report.firstFrame && it->first <= report.lastFrame &&
                                 std::count(report.objects.begin(), report.objects.end(), it->second) > 0;
            it = covered ? changed.erase(it) : std::next(it);
        }
    }
    const VideoRunReport done = report;
    run_.reset();
    if (!done.error.isEmpty())
        Q_EMIT message(tr("Tracking failed: %1").arg(done.error));
    else if (done.cancelled)
        Q_EMIT message(tr("Tracking cancelled; %n frame(s) kept.", "", done.framesTracked));
    else if (done.retrack)
        Q_EMIT message(tr("Re-tracked frames %1-%2 (%n frame(s)); other objects unchanged.", "", done.framesTracked)
                           .arg(done.firstFrame + 1)
                           .arg(done.lastFrame + 1));
    else
        Q_EMIT message(tr("Tracked %n frame(s).", "", done.framesTracked));
    Q_EMIT runFinished(done);
}

void VideoEditor::commitRun() {
    if (!run_ || !project_ || project_->media(run_->report.mediaId) == nullptr)
        return;
    const int mediaId = run_->report.mediaId;
    std::vector<SetMasksCommand::Entry> entries;
    ++applying_;
    {
        // Put the frames back as they were, then let one command apply the run (its undo state is
        // captured on push). The run's records are dropped as they are used: on a long video they
        // are two per tracked mask, and holding them beside the command's own would raise the peak.
        Project::HistoryScope scope(project_);
        entries.reserve(run_->after.size());
        for (auto it = run_->after.begin(); it != run_->after.end(); it = run_->after.erase(it)) {
            const auto [frame, objectId] = it->first;
            std::optional<FrameAnnotation>& after = it->second;
            auto beforeNode = run_->before.extract(it->first);
            if (project_->object(mediaId, objectId) == nullptr)
                continue;
            const FrameAnnotation* now = project_->annotation(mediaId, frame, objectId);
            const bool unchanged = (now == nullptr && !after) || (now && after && *now == *after);
            if (!unchanged)
                continue;  // edited meanwhile: leave it
            const std::optional<FrameAnnotation> before = beforeNode ? std::move(beforeNode.mapped()) : std::nullopt;
            if (before == after)
                continue;
            project_->setAnnotation(mediaId, frame, objectId, before);
            entries.push_back({frame, objectId, std::move(after)});
        }
        run_->before.clear();
    }
    run_->report.masksChanged = static_cast<int>(entries.size());
    if (!entries.empty()) {
        try {
            auto* command = new SetMasksCommand(project_, mediaId, std::move(entries));
            const VideoRunReport& r = run_->report;
            if (run_->mergeGroup) {
                command->setMergeGroup(run_->mergeGroup);
                command->setText(tr("%1, re-tracked frames %2-%3").arg(run_->correctionText).arg(r.firstFrame + 1).arg(r.lastFrame + 1));
            } else if (r.retrack) {
                command->setText(tr("Re-track frames %1-%2").arg(r.firstFrame + 1).arg(r.lastFrame + 1));
            } else {
                command->setText(tr("Propagate over %n frame(s)", "", r.framesTracked));
            }
            project_->undoStack()->push(command);
        } catch (const AnnotationError& e) {
            Q_EMIT message(QString::fromUtf8(e.what()));
        }
        for (int objectId : run_->report.objects) {
            history_.record(*project_, mediaId, objectId, project_->undoStack()->undoText());
            Q_EMIT historyChanged(mediaId, objectId);
        }
    }
    --applying_;
    lastCorrection_.reset();
}

bool VideoEditor::restoreVersion(int mediaId, int objectId, int index) {
    if (!project_ || run_)
        return false;
    const auto& versions = history_.versions(mediaId, objectId);
    if (index < 0 || index >= static_cast<int>(versions.size()))
        return false;
    QUndoCommand* command = MaskletHistory::restoreCommand(project_, mediaId, objectId, versions[static_cast<size_t>(index)]);
    if (!command)
        return false;
    project_->undoStack()->push(command);
    history_.record(*project_, mediaId, objectId, command->text());
    Q_EMIT historyChanged(mediaId, objectId);
    return true;
}

void VideoEditor::onMaskChanged(int mediaId, int frame, int objectId) {
    if (applying_ > 0 || !project_)
        return;
    const FrameAnnotation* ann = project_->annotation(mediaId, frame, objectId);
    if (ann && isPersonMade(*ann))
        changed_[mediaId].insert({frame, objectId});
}

} // namespace s2s
