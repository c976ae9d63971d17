#include "annotation/worker/inference_client.h"

#include "annotation/worker/image_model.h"
#include "annotation/worker/inference_worker.h"

namespace s2s {

InferenceClient::InferenceClient(QObject* parent)
    : QObject(parent), thread_(new QThread(this)), worker_(new InferenceWorker) {
    thread_->setObjectName(QStringLiteral("sam2-inference"));
    worker_->moveToThread(thread_);
    // The worker emits on its own thread; these connections queue into the GUI thread.
    connect(worker_, &InferenceWorker::modelLoaded, this, [this](const ModelStatus& status) {
        loading_ = false;
        status_ = status;
        lastError_.clear();
        Q_EMIT modelLoaded(status);
    });
    connect(worker_, &InferenceWorker::modelFailed, this, [this](const QString& message) {
        loading_ = false;
        status_ = ModelStatus();
        lastError_ = message;
        Q_EMIT modelFailed(message);
    });
    connect(worker_, &InferenceWorker::modelUnloaded, this, [this] {
        status_ = ModelStatus();
        Q_EMIT modelUnloaded();
    });
    connect(worker_, &InferenceWorker::embeddingReady, this, &InferenceClient::embeddingReady);
    connect(worker_, &InferenceWorker::segmented, this, &InferenceClient::segmented);
    connect(worker_, &InferenceWorker::segmentFailed, this, &InferenceClient::segmentFailed);
    connect(worker_, &InferenceWorker::encodeFailed, this, &InferenceClient::encodeFailed);
    connect(worker_, &InferenceWorker::autoMasksProgress, this, &InferenceClient::autoMasksProgress);
    connect(worker_, &InferenceWorker::autoMasksReady, this, &InferenceClient::autoMasksReady);
    connect(worker_, &InferenceWorker::autoMasksFailed, this, &InferenceClient::autoMasksFailed);
    connect(worker_, &InferenceWorker::activity, this, [this](const QString& text, int percent) {
        activityText_ = text;
        Q_EMIT activity(text, percent);
    });
    thread_->start();
}

InferenceClient::~InferenceClient() {
    worker_->cancelPrefetch();
    worker_->cancelAutoMasks();
    thread_->quit();
    thread_->wait();
    delete worker_;
}

bool InferenceClient::cudaAvailable() { return cudaDeviceAvailable(); }

QList<GpuDevice> InferenceClient::cudaDevices() { return s2s::cudaDevices(); }

qint64 InferenceClient::gpuMemoryInUse(const QString& device) { return s2s::gpuMemoryInUse(device); }

bool InferenceClient::cpuBfloat16Fast() { return s2s::cpuBfloat16Fast(); }

bool InferenceClient::cpuBfloat16Available() { return s2s::cpuBfloat16Available(); }

void InferenceClient::loadModel(const ModelSpec& spec) {
    loading_ = true;
    worker_->cancelPrefetch();
    worker_->requestLoadModel(spec);
}

void InferenceClient::unloadModel() { worker_->requestUnloadModel(); }

void InferenceClient::encode(const FrameRef& frame) {
    if (frame.isValid())
        worker_->requestEncode(frame, false);
}

void InferenceClient::prefetch(const std::vector<FrameRef>& frames) {
    worker_->cancelPrefetch();
    for (const FrameRef& frame : frames)
        if (frame.isValid())
            worker_->requestEncode(frame, true);
}

quint64 InferenceClient::segment(SegmentRequest request) {
    request.id = nextId_++;
    worker_->requestSegment(request);
    return request.id;
}

quint64 InferenceClient::autoMasks(const FrameRef& frame, const AutoMaskSettings& settings) {
    const quint64 id = nextId_++;
    worker_->requestAutoMasks(id, frame, settings);
    return id;
}

void InferenceClient::cancelAutoMasks() { worker_->cancelAutoMasks(); }

void InferenceClient::setEmbeddingCache(const QString& directory, qint64 maxBytes) {
    worker_->setEmbeddingCache(directory, maxBytes);
}

} // namespace s2s
