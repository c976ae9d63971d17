#pragma once
// The GUI side of inference: starts the InferenceWorker on a QThread of its own, hands it
// requests, and keeps what the GUI shows about it (model status, what it is doing). Lives on the
// GUI thread; its calls never block. Answers arrive as this object's signals, on the GUI thread.
//
//   auto* inference = new s2s::InferenceClient(this);
//   connect(inference, &s2s::InferenceClient::segmented, this, &View::showMask);
//   inference->loadModel({checkpoint});
//   inference->encode(frame);                 // as soon as an item is shown
//   quint64 id = inference->segment(request); // a click
#include <QObject>
#include <QThread>

#include "annotation/worker/auto_masks.h"
#include "annotation/worker/inference_types.h"

namespace s2s {

class InferenceWorker;

class InferenceClient : public QObject {
    Q_OBJECT
public:
    explicit InferenceClient(QObject* parent = nullptr);
    ~InferenceClient() override;  // stops the thread after the job in progress

    void loadModel(const ModelSpec& spec);
    void unloadModel();
    void encode(const FrameRef& frame);
    // Replaces the prefetch queue with these frames (the next items in the list).
    void prefetch(const std::vector<FrameRef>& frames);
    // Queues a segmentation and returns its id (assigned here; request.id is ignored).
    quint64 segment(SegmentRequest request);
    void setEmbeddingCache(const QString& directory, qint64 maxBytes);
    // "Segment everything" on a frame; returns the run's id (answered by autoMasksReady or
    // autoMasksFailed). cancelAutoMasks stops it between point batches.
    quint64 autoMasks(const FrameRef& frame, const AutoMaskSettings& settings);
    void cancelAutoMasks();

    // Whether "cuda" is a device choice on this machine (LibTorch built with CUDA, a GPU present).
    static bool cudaAvailable();
    // The CUDA devices (id "cuda:N", name, memory) and the memory in use on one of them.
    static QList<GpuDevice> cudaDevices();
    static qint64 gpuMemoryInUse(const QString& device);
    // Whether bfloat16 is faster than float32 on this CPU (native bfloat16 instructions).
    static bool cpuBfloat16Fast();
    // Whether the CPU can run bfloat16 at all (it needs AVX-512), and why not.
    static bool cpuBfloat16Available();

    bool isModelLoaded() const { return status_.loaded; }
    bool isModelLoading() const { return loading_; }
    const ModelStatus& modelStatus() const { return status_; }
    QString lastModelError() const { return lastError_; }
    QString activityText() const { return activityText_; }
    InferenceWorker* worker() const { return worker_; }
    QThread* thread() const { return thread_; }

Q_SIGNALS:
    void modelLoaded(const s2s::ModelStatus& status);
    void modelFailed(const QString& message);
    void modelUnloaded();
    void embeddingReady(const s2s::FrameRef& frame);
    void segmented(const s2s::SegmentResult& result);
    void segmentFailed(quint64 requestId, const QString& message);
    void encodeFailed(const s2s::FrameRef& frame, const QString& message);
    void autoMasksProgress(quint64 id, double fraction);
    void autoMasksReady(quint64 id, const s2s::FrameRef& frame, const s2s::AutoMaskProposals& proposals);
    void autoMasksFailed(quint64 id, const QString& message, bool cancelled);
    void activity(const QString& text, int percent);

private:
    QThread* thread_;
    InferenceWorker* worker_;
    ModelStatus status_;
    QString lastError_;
    QString activityText_;
    bool loading_ = false;
    quint64 nextId_ = 1;
};

} // namespace s2s
