#include "annotation/worker/inference_worker.h"

#include <exception>

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include "annotation/worker/frame_reader.h"
#include "annotation/worker/image_model.h"
#include "annotation/worker/thread_guard.h"

namespace s2s {

struct InferenceWorker::EncodedEntry {
    FrameRef frame;
    std::shared_ptr<ImageModel::Encoded> encoded;
};

InferenceWorker::InferenceWorker(QObject* parent)
    : QObject(parent), reader_(std::make_unique<WorkerFrameReader>()) {
    qRegisterMetaType<s2s::FrameRef>();
    qRegisterMetaType<s2s::ModelSpec>();
    qRegisterMetaType<s2s::ModelStatus>();
    qRegisterMetaType<s2s::SegmentRequest>();
    qRegisterMetaType<s2s::SegmentResult>();
    qRegisterMetaType<s2s::AutoMaskSettings>();
    qRegisterMetaType<s2s::AutoMaskProposals>();
}

InferenceWorker::~InferenceWorker() = default;

// ---- requests (any thread) ------------------------------------------------------------------

void InferenceWorker::requestLoadModel(const ModelSpec& spec) {
    std::lock_guard lock(mutex_);
    Job job;
    job.kind = Kind::Load;
    job.spec = spec;
    control_.push_back(job);
    scheduleLocked();
}

void InferenceWorker::requestUnloadModel() {
    std::lock_guard lock(mutex_);
    Job job;
    job.kind = Kind::Unload;
    control_.push_back(job);
    scheduleLocked();
}

void InferenceWorker::requestEncode(const FrameRef& frame, bool prefetch) {
    std::lock_guard lock(mutex_);
    Job job;
    job.kind = prefetch ? Kind::Prefetch : Kind::Encode;
    job.frame = frame;
    (prefetch ? prefetch_ : encodes_q_).push_back(job);
    scheduleLocked();
}

void InferenceWorker::requestSegment(const SegmentRequest& request) {
    std::lock_guard lock(mutex_);
    Job job;
    job.kind = Kind::Segment;
    job.segment = request;
    job.frame = request.frame;
    segments_.push_back(job);
    scheduleLocked();
}

void InferenceWorker::requestAutoMasks(quint64 id, const FrameRef& frame, const AutoMaskSettings& settings) {
    std::lock_guard lock(mutex_);
    Job job;
    job.kind = Kind::AutoMasks;
    job.frame = frame;
    job.autoId = id;
    job.autoSettings = settings;
    cancelAuto_ = false;
    autos_.push_back(job);
    scheduleLocked();
}

void InferenceWorker::cancelAutoMasks() {
    std::deque<Job> dropped;
    {
        std::lock_guard lock(mutex_);
        dropped.swap(autos_);
        cancelAuto_ = true;
    }
    for (const Job& job : dropped)
        Q_EMIT autoMasksFailed(job.autoId, QString(), true);
}

void InferenceWorker::cancelPrefetch() {
    std::lock_guard lock(mutex_);
    prefetch_.clear();
}

void InferenceWorker::setEmbeddingCache(const QString& directory, qint64 maxBytes) {
    std::lock_guard lock(mutex_);
    cacheDir_ = directory;
    cacheMaxBytes_ = maxBytes;
    cacheSettingsChanged_ = true;
}

int InferenceWorker::pendingCount() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(control_.size() + segments_.size() + autos_.size() + encodes_q_.size() +
                            prefetch_.size());
}

void InferenceWorker::scheduleLocked() {
    if (scheduled_)
        return;
    scheduled_ = true;
    // Always queued, so the job runs on this object's thread whoever asked.
    QMetaObject::invokeMethod(this, "serveOne", Qt::QueuedConnection);
}

// ---- serving (worker thread) ----------------------------------------------------------------

std::optional<InferenceWorker::Job> InferenceWorker::takeNext() {
    std::lock_guard lock(mutex_);
    scheduled_ = false;
    if (cacheSettingsChanged_) {
        cacheSettingsChanged_ = false;
        cache_ = std::make_unique<EmbeddingCache>(cacheDir_, cacheMaxBytes_);
    }
    std::optional<Job> job;
    if (!control_.empty()) {
        job = control_.front();
        control_.pop_front();
    } else if (!segments_.empty()) {
        // A hover preview is only worth running when no newer preview waits behind it.
        while (segments_.size() > 1 && segments_.front().segment.preview) {
            bool newerPreview = false;
            for (std::size_t i = 1; i < segments_.size(); ++i)
                newerPreview = newerPreview || segments_[i].segment.preview;
            if (!newerPreview)
                break;
            segments_.pop_front();
        }
        job = segments_.front();
        segments_.pop_front();
    } else if (!autos_.empty()) {
        job = autos_.front();
        autos_.pop_front();
    } else if (!encodes_q_.empty()) {
        // Only the newest "on screen" item matters; older ones became prefetches.
        job = encodes_q_.back();
        encodes_q_.pop_back();
        for (const Job& older : encodes_q_) {
            Job pre = older;
            pre.kind = Kind::Prefetch;
            prefetch_.push_front(pre);
        }
        encodes_q_.clear();
    } else if (!prefetch_.empty()) {
        job = prefetch_.front();
        prefetch_.pop_front();
    }
    if (job && !(control_.empty() && segments_.empty() && autos_.empty() && encodes_q_.empty() && prefetch_.empty()))
        scheduleLocked();
    return job;
}

void InferenceWorker::serveOne() {
    std::optional<Job> job = takeNext();
    if (!job)
        return;
    run(*job);
    if (pendingCount() == 0)
        Q_EMIT activity(QString(), -1);
}

void InferenceWorker::run(const Job& job) {
    switch (job.kind) {
    case Kind::Load: loadModel(job.spec); break;
    case Kind::Unload: unloadModel(); break;
    case Kind::Segment: segment(job.segment); break;
    case Kind::AutoMasks: autoMasks(job); break;
    case Kind::Encode: encode(job.frame, false); break;
    case Kind::Prefetch: encode(job.frame, true); break;
    }
}

void InferenceWorker::loadModel(const ModelSpec& spec) {
    if (!ThreadGuard::checkWorkerThread("InferenceWorker::loadModel")) {
        Q_EMIT modelFailed(tr("Internal error: the model was asked to load on the GUI thread."));
        return;
    }
    encoded_.clear();
    model_.reset();
    weights_.store(nullptr);
    Q_EMIT activity(tr("Loading model %1…").arg(QFileInfo(spec.checkpoint).fileName()), -1);
    try {
        model_ = ImageModel::load(spec);
        weights_.store(model_->weightsIdentity());
        Q_EMIT modelLoaded(model_->status());
    } catch (const std::exception& e) {
        model_.reset();
        Q_EMIT modelFailed(QString::fromStdString(e.what()));
    }
}

void InferenceWorker::unloadModel() {
    encoded_.clear();
    model_.reset();
    weights_.store(nullptr);
    Q_EMIT modelUnloaded();
}

std::shared_ptr<ImageModel::Encoded> InferenceWorker::encodedFor(const FrameRef& frame,
                                                                 bool prefetch) {
    for (auto it = encoded_.begin(); it != encoded_.end(); ++it) {
        if ((*it)->frame == frame) {
            encoded_.splice(encoded_.begin(), encoded_, it);
            return encoded_.front()->encoded;
        }
    }
    std::shared_ptr<ImageModel::Encoded> encoded;
    const QString key = EmbeddingCache::keyFor(frame, model_->cacheKey());
    if (cache_) {
        if (std::optional<QByteArray> bytes = cache_->load(key)) {
            try {
                encoded = model_->loadEmbedding(*bytes);
                cacheHits_.fetch_add(1);
            } catch (const std::exception&) {
                encoded.reset();  // stale or damaged file: encode again and overwrite it
            }
        }
    }
    if (!encoded) {
        const QString name = QFileInfo(frame.mediaPath).fileName();
        Q_EMIT activity(prefetch ? tr("Encoding %1 ahead…").arg(name)
                                 : tr("Encoding %1…").arg(name), -1);
        const QImage rgb = reader_->frame(frame.mediaPath, frame.frame);
        encoded = model_->encode(rgb);
        encodes_.fetch_add(1);
        if (cache_)
            cache_->store(key, model_->saveEmbedding(*encoded));
    }
    auto entry = std::make_unique<EncodedEntry>();
    entry->frame = frame;
    entry->encoded = encoded;
    encoded_.push_front(std::move(entry));
    while (static_cast<int>(encoded_.size()) > kEncodedInMemory)
        encoded_.pop_back();
    return encoded;
}

void InferenceWorker::encode(const FrameRef& frame, bool prefetch) {
    if (!ThreadGuard::checkWorkerThread("InferenceWorker::encode")) {
        Q_EMIT encodeFailed(frame, tr("Internal error: encoding was asked on the GUI thread."));
        return;
    }
    if (!model_ || !frame.isValid())
        return;
    try {
        encodedFor(frame, prefetch);
        Q_EMIT embeddingReady(frame);
    } catch (const std::exception& e) {
        Q_EMIT encodeFailed(frame, QString::fromStdString(e.what()));
    }
}

void InferenceWorker::segment(const SegmentRequest& request) {
    if (!ThreadGuard::checkWorkerThread("InferenceWorker::segment")) {
        Q_EMIT segmentFailed(request.id,
                             tr("Internal error: segmentation was asked on the GUI thread."));
        return;
    }
    if (!model_) {
        Q_EMIT segmentFailed(request.id, tr("No model is loaded. Choose a SAM 2 checkpoint in "
                                            "Model ▸ Choose checkpoint."));
        return;
    }
    try {
        std::shared_ptr<ImageModel::Encoded> encoded = encodedFor(request.frame, false);
        if (!request.preview)
            Q_EMIT activity(tr("Segmenting…"), -1);
        SegmentResult result = model_->predict(*encoded, request);
        Q_EMIT segmented(result);
    } catch (const std::exception& e) {
        Q_EMIT segmentFailed(request.id, QString::fromStdString(e.what()));
    }
}

void InferenceWorker::autoMasks(const Job& job) {
    if (!ThreadGuard::checkWorkerThread("InferenceWorker::autoMasks")) {
        Q_EMIT autoMasksFailed(job.autoId, tr("Internal error: automatic masks were asked on the GUI thread."), false);
        return;
    }
    if (!model_) {
        Q_EMIT autoMasksFailed(job.autoId, tr("No model is loaded."), false);
        return;
    }
    if (cancelAuto_.load()) {
        Q_EMIT autoMasksFailed(job.autoId, QString(), true);
        return;
    }
    const QString name = QFileInfo(job.frame.mediaPath).fileName();
    try {
        const QImage rgb = reader_->frame(job.frame.mediaPath, job.frame.frame);
        Q_EMIT activity(tr("Segmenting everything in %1…").arg(name), 0);
        const AutoMaskRun run = model_->autoMasks(
            rgb.convertToFormat(QImage::Format_RGB888), job.autoSettings,
            [&](double fraction) {
                Q_EMIT autoMasksProgress(job.autoId, fraction);
                Q_EMIT activity(tr("Segmenting everything in %1…").arg(name), static_cast<int>(fraction * 100));
            },
            [this] { return cancelAuto_.load(); });
        if (!run)
            Q_EMIT autoMasksFailed(job.autoId, QString(), true);
        else
            Q_EMIT autoMasksReady(job.autoId, job.frame, *run);
    } catch (const std::exception& e) {
        Q_EMIT autoMasksFailed(job.autoId, QString::fromStdString(e.what()), false);
    }
}

} // namespace s2s
