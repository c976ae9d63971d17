#include "annotation/worker/video_tracker.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <stdexcept>
#include <chrono>
#include <thread>

#include <QElapsedTimer>
#include <QFileInfo>

#include "annotation/media_source.h"
#include "annotation/worker/image_model.h"
#include "annotation/worker/shared_weights.h"
#include "annotation/worker/thread_guard.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/sam2_model.h"
#include "model/video_session.h"

namespace s2s {

namespace {

sam2::Mask toModelMask(const Rle& rle) {
    sam2::Mask mask;
    mask.width = rle.width();
    mask.height = rle.height();
    mask.data = rle.decode();
    return mask;
}

// The session returns run-length counts (VideoOptions::masksAsRle): on a GPU a frame's masks then
// come to the host as kilobytes.
Rle toRle(const sam2::ObjectResult& object) {
    if (object.mask.data.empty())
        return Rle::fromCounts(object.rleCounts, object.mask.height, object.mask.width);
    return Rle::encode(object.mask.data.data(), object.mask.height, object.mask.width);
}

TrackedObject toTracked(const sam2::ObjectResult& object) {
    TrackedObject out{object.objId, toRle(object), object.objectScore, object.iou, object.logits};
    return out;
}

std::optional<TrackedObject> resultOf(const sam2::FrameResult& result, int objectId) {
    for (const sam2::ObjectResult& object : result.objects)
        if (object.objId == objectId && object.hasOutput)
            return toTracked(object);
    return std::nullopt;
}

// A trim and the page faults after it cost about 17 ms with a 64 MB working set per frame and
// 180 ms with 1 GB (measured with the app's allocator settings), against 256 frames of tracking:
// under 0.3 % even at the golden mini model's 24 ms a frame.
constexpr int kReleaseHeapEveryFrames = 256;

double millisecondsSince(const QElapsedTimer& timer) { return timer.nsecsElapsed() / 1e6; }

template <typename Request>
PromptAnswer answerTo(const Request& request) {
    PromptAnswer answer;
    answer.requestId = request.id;
    answer.mediaId = request.mediaId;
    answer.frame = request.frame;
    answer.objectId = request.objectId;
    return answer;
}

// The frames a propagation visits in one direction (start included), as the session counts them.
int framesInDirection(int start, bool reverse, int maxFrames, int numFrames) {
    const int available = reverse ? start + 1 : numFrames - start;
    return maxFrames < 0 ? available : std::min(available, maxFrames + 1);
}

} // namespace

struct VideoTrackerWorker::Model {
    ModelSpec spec;
    std::shared_ptr<const sam2::Sam2Model> weights;
};

struct VideoTrackerWorker::Session {
    int mediaId = -1;
    QString path;
    std::unique_ptr<MediaSource> media;
    VideoPredictorOptions options;
    std::unique_ptr<sam2::VideoSession> video;
    // What the session holds as person-made input: (frame, object) -> the mask the project has
    // for it (the mask a prompt gave, or the mask given as a prompt).
    std::map<std::pair<int, int>, Rle> conditioning;
};

VideoTrackerWorker::VideoTrackerWorker() {
    qRegisterMetaType<s2s::ModelSpec>();
    qRegisterMetaType<s2s::PropagationRequest>();
    qRegisterMetaType<s2s::TrackedFrame>();
    qRegisterMetaType<s2s::PropagationSummary>();
    qRegisterMetaType<s2s::PromptRequest>();
    qRegisterMetaType<s2s::ClearPromptsRequest>();
    qRegisterMetaType<s2s::PromptAnswer>();
}

VideoTrackerWorker::~VideoTrackerWorker() = default;

void VideoTrackerWorker::cancelUpTo(quint64 requestId) {
    quint64 seen = cancelUpTo_.load();
    while (seen < requestId && !cancelUpTo_.compare_exchange_weak(seen, requestId)) {
    }
}

void VideoTrackerWorker::loadModel(const ModelSpec& spec) {
    if (!ThreadGuard::checkWorkerThread("VideoTrackerWorker::loadModel")) {
        Q_EMIT modelFailed(tr("Internal error: the video model was called on the GUI thread."));
        return;
    }
    sessions_.clear();  // sessions hold the old weights
    model_.reset();
    weights_.store(nullptr);
    try {
        if (!QFileInfo(spec.checkpoint).isFile())
            throw std::runtime_error(
                tr("The checkpoint %1 does not exist.").arg(spec.checkpoint).toStdString());
        const QString config = spec.config.isEmpty() ? companionConfigFor(spec.checkpoint) : spec.config;
        auto model = std::make_unique<Model>();
        model->spec = spec;
        // The image worker loaded these weights already (same spec): share them, no second copy.
        model->weights = SharedWeights::acquire(spec, config);
        weights_.store(model->weights.get());
        model_ = std::move(model);
        Q_EMIT modelLoaded(spec.checkpoint);
    } catch (const std::exception& e) {
        Q_EMIT modelFailed(QString::fromStdString(e.what()));
    }
}

void VideoTrackerWorker::adoptModel(std::shared_ptr<const sam2::Sam2Model> weights, const ModelSpec& spec) {
    sessions_.clear();
    auto model = std::make_unique<Model>();
    model->spec = spec;
    model->weights = std::move(weights);
    weights_.store(model->weights.get());
    model_ = std::move(model);
    Q_EMIT modelLoaded(spec.checkpoint);
}

void VideoTrackerWorker::forgetMedia(int mediaId) {
    sessions_.erase(std::remove_if(sessions_.begin(), sessions_.end(),
                                   [mediaId](const auto& s) { return s->mediaId == mediaId; }),
                    sessions_.end());
}

VideoTrackerWorker::Session& VideoTrackerWorker::sessionFor(const VideoRequestBase& request) {
    const auto found = std::find_if(sessions_.begin(), sessions_.end(), [&](const auto& s) {
        return s->mediaId == request.mediaId && s->path == request.mediaPath && s->options == request.options;
    });
    if (found != sessions_.end()) {
        std::rotate(sessions_.begin(), found, found + 1);
        return *sessions_.front();
    }
    forgetMedia(request.mediaId);
    auto session = std::make_unique<Session>();
    session->mediaId = request.mediaId;
    session->path = request.mediaPath;
    session->options = request.options;
    session->media = MediaSource::open(request.mediaPath);
    const MediaInfo& info = session->media->info();
    // The tracker reads each frame about once per run (the model keeps the features it needs), so
    // its decoded-frame cache holds the read-ahead window and a little more: 32 frames, at least
    // 8 MB, at most the default. With the default's 256 MB a long video of small frames kept
    // every frame tracked so far (a 10,000-frame 64x64 clip: 120 MB).
    const std::int64_t frameBytes = std::int64_t(std::max(info.width, 1)) * std::max(info.height, 1) * 3;
    session->media->setCacheLimitBytes(
        std::clamp<std::int64_t>(32 * frameBytes, 8LL << 20, MediaSource::kDefaultCacheBytes));
    MediaSource* media = session->media.get();
    // Frames are decoded on demand (with read-ahead in the propagation's direction) and handed to
    // the model as packed RGB rows.
    sam2::FrameSource source = [media](int index) {
        const QImage image = media->frame(index);
        const int rowBytes = image.width() * 3;
        std::vector<uint8_t> rgb(static_cast<size_t>(rowBytes) * image.height());
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(rgb.data() + static_cast<size_t>(y) * rowBytes, image.constScanLine(y), rowBytes);
        return rgb;
    };
    // The reference predictor's options as the request gives them (VideoPredictorOptions).
    sam2::VideoOptions options;
    options.addAllFramesToCorrectAsCond = request.options.addAllFramesToCorrectAsCond;
    options.clearNonCondMemAroundInput = request.options.clearNonCondMemAroundInput;
    options.clearNonCondMemForMultiObj = request.options.clearNonCondMemForMultiObj;
    options.nonOverlapMasks = request.options.nonOverlapMasks;
    options.keepLogits = request.options.keepLogits;
    options.masksAsRle = true;
    options.memoryBudgetBytes = static_cast<size_t>(std::max<qint64>(0, request.options.memoryBudgetBytes));
    options.spillDirectory = request.options.spillDirectory.toStdString();
    session->video = std::make_unique<sam2::VideoSession>(model_->weights, info.frameCount, info.width,
                                                          info.height, std::move(source), options);
    sessions_.insert(sessions_.begin(), std::move(session));
    while (static_cast<int>(sessions_.size()) > kSessionsKept)
        sessions_.pop_back();
    return *sessions_.front();
}

void VideoTrackerWorker::syncConditioning(Session& session, const VideoRequestBase& request,
                                          std::optional<std::pair<int, int>> clearedKey,
                                          std::optional<TrackedObject>* cleared) {
    std::map<std::pair<int, int>, Rle> wanted;
    std::set<int> wantedObjects;
    for (const ConditioningFrame& c : request.conditioning) {
        wanted[{c.frame, c.objectId}] = c.mask;
        wantedObjects.insert(c.objectId);
    }
    for (const auto& key : request.inFlight) {
        if (const auto held = session.conditioning.find(key); held != session.conditioning.end())
            wanted[key] = held->second;
        wantedObjects.insert(key.second);
    }
    sam2::VideoSession& video = *session.video;
    // Objects without any person-made frame leave the session (deleted, or every prompt undone).
    for (int objId : video.objectIds()) {
        if (wantedObjects.count(objId) == 0) {
            video.removeObject(objId);
            for (auto it = session.conditioning.begin(); it != session.conditioning.end();)
                it = it->first.second == objId ? session.conditioning.erase(it) : std::next(it);
        }
    }
    // Frames no longer made by a person become ordinary tracked frames.
    for (auto it = session.conditioning.begin(); it != session.conditioning.end();) {
        if (wanted.count(it->first) == 0) {
            const sam2::FrameResult result = video.clearPrompts(it->first.first, it->first.second);
            if (cleared && clearedKey == it->first)
                *cleared = resultOf(result, it->first.second);
            it = session.conditioning.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& [key, mask] : wanted) {
        const auto held = session.conditioning.find(key);
        if (held != session.conditioning.end() && held->second == mask)
            continue;
        if (mask.width() != video.width() || mask.height() != video.height())
            throw std::runtime_error(tr("A mask on frame %1 does not have the video's size.")
                                         .arg(key.first + 1)
                                         .toStdString());
        video.addMask(key.first, key.second, toModelMask(mask));
        session.conditioning[key] = mask;
    }
}

void VideoTrackerWorker::propagate(const PropagationRequest& request) {
    PropagationSummary summary;
    summary.requestId = request.id;
    summary.mediaId = request.mediaId;
    framesAfterCancel_.store(0);
    if (!ThreadGuard::checkWorkerThread("VideoTrackerWorker::propagate")) {
        summary.error = tr("Internal error: the video model was called on the GUI thread.");
        Q_EMIT finished(summary);
        return;
    }
    if (isCancelled(request.id)) {
        summary.cancelled = true;
        Q_EMIT finished(summary);
        return;
    }
    if (!model_) {
        summary.error = tr("No model is loaded for video tracking.");
        Q_EMIT finished(summary);
        return;
    }
    if (request.conditioning.empty()) {
        summary.error = tr("Nothing to track: prompt an object on a frame first.");
        Q_EMIT finished(summary);
        return;
    }
    try {
        Session& session = sessionFor(request);
        syncConditioning(session, request);
        sam2::VideoSession& video = *session.video;
        const int numFrames = video.numFrames();
        int start = request.startFrame;
        if (start < 0) {  // the earliest person-made frame (the session's own default, below)
            start = numFrames - 1;
            for (const ConditioningFrame& c : request.conditioning)
                start = std::min(start, c.frame);
        }
        start = std::clamp(start, 0, numFrames - 1);
        const std::optional<int> sessionStart =
            request.startFrame < 0 ? std::nullopt : std::optional<int>(start);
        std::vector<bool> passes;  // reverse flags
        if (request.direction != PropagationDirection::Backward)
            passes.push_back(false);
        if (request.direction != PropagationDirection::Forward)
            passes.push_back(true);
        const auto limitOf = [&](bool reverse) {
            return reverse && request.direction == PropagationDirection::Both && request.maxFramesBackward != -2
                       ? request.maxFramesBackward
                       : request.maxFrames;
        };
        int total = 0;
        for (bool reverse : passes)
            total += framesInDirection(start, reverse, limitOf(reverse), numFrames);
        bool cancelSeen = false;
        for (bool reverse : passes) {
            if (isCancelled(request.id))
                break;
            session.media->setReadAhead(reverse ? -1 : +1, start);
            std::map<int, int> agreeing;  // object -> consecutive frames agreeing with `existing`
            bool agreed = false;
            // Only a stretch tracked before can agree: with no stored mask beyond the start in this
            // direction (a new object), an absent result says nothing and tracking goes on.
            const int reach = limitOf(reverse) < 0 ? numFrames : limitOf(reverse);
            const bool hasHistory = std::any_of(request.existing.begin(), request.existing.end(), [&](const auto& kv) {
                const int distance = reverse ? start - kv.first.first : kv.first.first - start;
                return distance > 0 && distance <= reach;
            });
            const int stopAfter = hasHistory ? request.stopAfterAgreeing : 0;
            const auto onFrame = [&](const sam2::FrameResult& result) {
                if (cancelSeen)
                    framesAfterCancel_.fetch_add(1);
                TrackedFrame out;
                out.requestId = request.id;
                out.mediaId = request.mediaId;
                out.frame = result.frame;
                bool allAgree = !result.objects.empty();
                for (const sam2::ObjectResult& object : result.objects) {
                    if (!object.hasOutput)
                        continue;
                    TrackedObject tracked = toTracked(object);
                    // The start frame is the change itself, not a re-tracked frame.
                    if (stopAfter > 0 && result.frame == start) {
                        allAgree = false;
                    } else if (stopAfter > 0) {
                        // What the project would store: nothing for an absent object.
                        const bool present = tracked.objectScore > 0.f && !tracked.mask.isEmpty();
                        const auto before = request.existing.find({result.frame, object.objId});
                        const bool hadMask = before != request.existing.end() && !before->second.isEmpty();
                        const bool same = present && hadMask ? Rle::iou(tracked.mask, before->second) >= request.agreeIou
                                                             : present == hadMask;
                        agreeing[object.objId] = same ? agreeing[object.objId] + 1 : 0;
                        allAgree = allAgree && agreeing[object.objId] >= stopAfter;
                    }
                    out.objects.push_back(std::move(tracked));
                }
                agreed = stopAfter > 0 && allAgree;
                ++summary.framesTracked;
                if (summary.framesTracked % kReleaseHeapEveryFrames == 0)
                    sam2::releaseFreeHeap();  // a long run's heap holes out of RAM (cpu_tuning.h)
                summary.firstFrame = summary.firstFrame < 0 ? result.frame : std::min(summary.firstFrame, result.frame);
                summary.lastFrame = std::max(summary.lastFrame, result.frame);
                while (unconsumed_.load() >= kMaxUnconsumedFrames && !isCancelled(request.id))
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                unconsumed_.fetch_add(1);
                Q_EMIT frameTracked(out);
                Q_EMIT progress(request.id, summary.framesTracked, total);
            };
            const auto cancelled = [&] {
                cancelSeen = cancelSeen || isCancelled(request.id);
                return cancelSeen || agreed;
            };
            std::optional<int> maxFrames;
            if (limitOf(reverse) >= 0)
                maxFrames = limitOf(reverse);
            video.propagateObjects(request.objects, sessionStart, reverse, maxFrames, onFrame, cancelled);
            summary.stoppedEarly = summary.stoppedEarly || agreed;
        }
        session.media->setReadAhead(0, start);
        summary.cancelled = isCancelled(request.id);
        const sam2::MemoryUsage usage = video.memoryUsage();
        summary.storeRamBytes = static_cast<qint64>(usage.bytesInRam);
        summary.storeDiskBytes = static_cast<qint64>(usage.bytesOnDisk);
        summary.storedOutputs = static_cast<qint64>(usage.storedOutputs);
    } catch (const std::exception& e) {
        // The session may be half-updated: drop it, the next request rebuilds it from the project.
        forgetMedia(request.mediaId);
        summary.error = QString::fromStdString(e.what());
    }
    Q_EMIT finished(summary);
}

void VideoTrackerWorker::prompt(const PromptRequest& request) {
    PromptAnswer answer = answerTo(request);
    QElapsedTimer timer;
    timer.start();
    try {
        if (!ThreadGuard::checkWorkerThread("VideoTrackerWorker::prompt"))
            throw std::runtime_error(tr("Internal error: the video model was called on the GUI thread.").toStdString());
        if (!model_)
            throw std::runtime_error(tr("No model is loaded for video tracking.").toStdString());
        Session& session = sessionFor(request);
        syncConditioning(session, request);
        if (request.frame < 0 || request.frame >= session.video->numFrames())
            throw std::runtime_error(tr("Frame %1 is outside the video.").arg(request.frame + 1).toStdString());
        std::vector<sam2::PointPrompt> points;
        for (const PointPrompt& p : request.points)
            points.push_back({static_cast<float>(p.x), static_cast<float>(p.y), p.positive ? 1 : 0});
        std::optional<sam2::BoxPrompt> box;
        if (request.box)
            box = sam2::BoxPrompt{static_cast<float>(request.box->x0), static_cast<float>(request.box->y0),
                                  static_cast<float>(request.box->x1), static_cast<float>(request.box->y1)};
        // Every click of the frame with clear_old_points: the same point inputs as appending the
        // last one, and the previous logits of the frame are fed back either way.
        const sam2::FrameResult result =
            session.video->addPoints(request.frame, request.objectId, points, box, /*clearOldPoints=*/true);
        answer.result = resultOf(result, request.objectId);
        // The session now holds this frame as the project will: with the mask it gave (the
        // project keeps a person's prompts even when the mask is empty).
        session.conditioning[{request.frame, request.objectId}] = answer.result ? answer.result->mask : Rle();
    } catch (const std::exception& e) {
        forgetMedia(request.mediaId);  // possibly half-updated: rebuilt from the project next time
        answer.result.reset();
        answer.error = QString::fromStdString(e.what());
    }
    answer.milliseconds = millisecondsSince(timer);
    Q_EMIT prompted(answer);
}

void VideoTrackerWorker::clearPrompts(const ClearPromptsRequest& request) {
    PromptAnswer answer = answerTo(request);
    QElapsedTimer timer;
    timer.start();
    try {
        if (!model_)
            throw std::runtime_error(tr("No model is loaded for video tracking.").toStdString());
        Session& session = sessionFor(request);
        std::optional<TrackedObject> cleared;
        syncConditioning(session, request, std::make_pair(request.frame, request.objectId), &cleared);
        answer.result = std::move(cleared);
    } catch (const std::exception& e) {
        forgetMedia(request.mediaId);
        answer.error = QString::fromStdString(e.what());
    }
    answer.milliseconds = millisecondsSince(timer);
    Q_EMIT prompted(answer);
}

// ---- GUI-thread front ------------------------------------------------------------------------

VideoTracker::VideoTracker(QObject* parent)
    : QObject(parent), thread_(new QThread(this)), worker_(new VideoTrackerWorker) {
    thread_->setObjectName(QStringLiteral("sam2-video"));
    worker_->moveToThread(thread_);
    connect(worker_, &VideoTrackerWorker::modelFailed, this, [this](const QString& message) {
        hasRequested_ = false;
        Q_EMIT modelFailed(message);
    });
    connect(worker_, &VideoTrackerWorker::frameTracked, this, [this](const TrackedFrame& frame) {
        Q_EMIT frameTracked(frame);  // the receivers run here, on this thread
        worker_->frameConsumed();
    });
    connect(worker_, &VideoTrackerWorker::progress, this, &VideoTracker::progress);
    connect(worker_, &VideoTrackerWorker::finished, this, &VideoTracker::finished);
    connect(worker_, &VideoTrackerWorker::prompted, this, &VideoTracker::prompted);
    thread_->start();
}

VideoTracker::~VideoTracker() {
    worker_->cancelUpTo(nextId_);
    thread_->quit();
    thread_->wait();
    delete worker_;
}

bool VideoTracker::hasModel(const ModelSpec& spec) const {
    return hasRequested_ && requested_.checkpoint == spec.checkpoint && requested_.config == spec.config &&
           requested_.device == spec.device && requested_.dtype == spec.dtype && requested_.threads == spec.threads;
}

void VideoTracker::loadModel(const ModelSpec& spec) {
    if (hasModel(spec))
        return;
    requested_ = spec;
    hasRequested_ = true;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, spec] { worker->loadModel(spec); }, Qt::QueuedConnection);
}

void VideoTracker::useModel(std::shared_ptr<const sam2::Sam2Model> weights, const ModelSpec& spec) {
    requested_ = spec;
    hasRequested_ = true;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(
        worker_, [worker, weights = std::move(weights), spec]() mutable { worker->adoptModel(std::move(weights), spec); },
        Qt::QueuedConnection);
}

quint64 VideoTracker::propagate(PropagationRequest request) {
    request.id = nextId_++;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, request] { worker->propagate(request); }, Qt::QueuedConnection);
    return request.id;
}

quint64 VideoTracker::prompt(PromptRequest request) {
    request.id = nextId_++;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, request] { worker->prompt(request); }, Qt::QueuedConnection);
    return request.id;
}

quint64 VideoTracker::clearPrompts(ClearPromptsRequest request) {
    request.id = nextId_++;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, request] { worker->clearPrompts(request); }, Qt::QueuedConnection);
    return request.id;
}

void VideoTracker::cancel(quint64 requestId) { worker_->cancelUpTo(requestId); }

void VideoTracker::forgetMedia(int mediaId) {
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, mediaId] { worker->forgetMedia(mediaId); }, Qt::QueuedConnection);
}

} // namespace s2s
