#include "annotation/worker/video_tracker.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <stdexcept>

#include <QFileInfo>

#include "annotation/media_source.h"
#include "annotation/worker/image_model.h"
#include "annotation/worker/shared_weights.h"
#include "annotation/worker/thread_guard.h"
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

Rle toRle(const sam2::Mask& mask) {
    return Rle::encode(mask.data.data(), mask.height, mask.width);
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
    std::unique_ptr<sam2::VideoSession> video;
    // What the session holds as conditioning input: (frame, object) -> mask.
    std::map<std::pair<int, int>, Rle> conditioning;
};

VideoTrackerWorker::VideoTrackerWorker() {
    qRegisterMetaType<s2s::ModelSpec>();
    qRegisterMetaType<s2s::PropagationRequest>();
    qRegisterMetaType<s2s::TrackedFrame>();
    qRegisterMetaType<s2s::PropagationSummary>();
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

void VideoTrackerWorker::forgetMedia(int mediaId) {
    sessions_.erase(std::remove_if(sessions_.begin(), sessions_.end(),
                                   [mediaId](const auto& s) { return s->mediaId == mediaId; }),
                    sessions_.end());
}

VideoTrackerWorker::Session& VideoTrackerWorker::sessionFor(const PropagationRequest& request) {
    const auto found = std::find_if(sessions_.begin(), sessions_.end(), [&](const auto& s) {
        return s->mediaId == request.mediaId && s->path == request.mediaPath;
    });
    if (found != sessions_.end()) {
        std::rotate(sessions_.begin(), found, found + 1);
        return *sessions_.front();
    }
    forgetMedia(request.mediaId);
    auto session = std::make_unique<Session>();
    session->mediaId = request.mediaId;
    session->path = request.mediaPath;
    session->media = MediaSource::open(request.mediaPath);
    const MediaInfo& info = session->media->info();
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
    // The interactive options of the reference predictor: a correction becomes a conditioning
    // frame, and tracked memory next to it is dropped so the correction wins when re-tracking.
    sam2::VideoOptions options;
    options.addAllFramesToCorrectAsCond = true;
    options.clearNonCondMemAroundInput = true;
    options.keepLogits = false;
    session->video = std::make_unique<sam2::VideoSession>(model_->weights, info.frameCount, info.width,
                                                          info.height, std::move(source), options);
    sessions_.insert(sessions_.begin(), std::move(session));
    while (static_cast<int>(sessions_.size()) > kSessionsKept)
        sessions_.pop_back();
    return *sessions_.front();
}

void VideoTrackerWorker::syncConditioning(Session& session, const PropagationRequest& request) {
    std::map<std::pair<int, int>, Rle> wanted;
    std::set<int> wantedObjects;
    for (const ConditioningFrame& c : request.conditioning) {
        wanted[{c.frame, c.objectId}] = c.mask;
        wantedObjects.insert(c.objectId);
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
            video.clearPrompts(it->first.first, it->first.second);
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
        const int start = std::clamp(request.startFrame, 0, numFrames - 1);
        std::vector<bool> passes;  // reverse flags
        if (request.direction != PropagationDirection::Backward)
            passes.push_back(false);
        if (request.direction != PropagationDirection::Forward)
            passes.push_back(true);
        int total = 0;
        for (bool reverse : passes)
            total += framesInDirection(start, reverse, request.maxFrames, numFrames);
        bool cancelSeen = false;
        for (bool reverse : passes) {
            if (isCancelled(request.id))
                break;
            session.media->setReadAhead(reverse ? -1 : +1, start);
            const auto onFrame = [&](const sam2::FrameResult& result) {
                if (cancelSeen)
                    framesAfterCancel_.fetch_add(1);
                TrackedFrame out;
                out.requestId = request.id;
                out.mediaId = request.mediaId;
                out.frame = result.frame;
                for (const sam2::ObjectResult& object : result.objects) {
                    if (!object.hasOutput)
                        continue;
                    out.objects.push_back({object.objId, toRle(object.mask), object.objectScore, object.iou});
                }
                ++summary.framesTracked;
                Q_EMIT frameTracked(out);
                Q_EMIT progress(request.id, summary.framesTracked, total);
            };
            const auto cancelled = [&] {
                cancelSeen = cancelSeen || isCancelled(request.id);
                return cancelSeen;
            };
            std::optional<int> maxFrames;
            if (request.maxFrames >= 0)
                maxFrames = request.maxFrames;
            video.propagate(start, reverse, maxFrames, onFrame, cancelled);
        }
        session.media->setReadAhead(0, start);
        summary.cancelled = isCancelled(request.id);
    } catch (const std::exception& e) {
        // The session may be half-updated: drop it, the next request rebuilds it from the project.
        forgetMedia(request.mediaId);
        summary.error = QString::fromStdString(e.what());
    }
    Q_EMIT finished(summary);
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
    connect(worker_, &VideoTrackerWorker::frameTracked, this, &VideoTracker::frameTracked);
    connect(worker_, &VideoTrackerWorker::progress, this, &VideoTracker::progress);
    connect(worker_, &VideoTrackerWorker::finished, this, &VideoTracker::finished);
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

quint64 VideoTracker::propagate(PropagationRequest request) {
    request.id = nextId_++;
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, request] { worker->propagate(request); }, Qt::QueuedConnection);
    return request.id;
}

void VideoTracker::cancel(quint64 requestId) { worker_->cancelUpTo(requestId); }

void VideoTracker::forgetMedia(int mediaId) {
    VideoTrackerWorker* worker = worker_;
    QMetaObject::invokeMethod(worker_, [worker, mediaId] { worker->forgetMedia(mediaId); }, Qt::QueuedConnection);
}

} // namespace s2s
