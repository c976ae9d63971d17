#pragma once
// The inference worker: a QObject that lives on its own QThread and owns the SAM 2 model, its
// encoded images and the on-disk embedding cache. Nothing else in the application touches the
// model, and nothing here runs on the GUI thread.
//
// Requests are queued with the thread-safe request*() members (InferenceClient calls them from
// the GUI thread) and answered with signals, which reach GUI objects as queued signals. The worker
// serves its queue by priority, one item per event-loop turn:
//   1. model load / unload (in order),
//   2. segmentations (clicks and boxes in order; of several waiting hover previews only the newest
//      runs, older ones are dropped),
//   3. "segment everything" runs (long: progress, and cancelAutoMasks() stops one between batches),
//   4. encodes of the item on screen,
//   5. prefetch encodes of the next items (cancelled by cancelPrefetch()).
// An image is encoded once: kept in memory (a few recent ones) and in the embedding cache.
#include <atomic>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <optional>

#include <QObject>
#include <QString>

#include "annotation/worker/embedding_cache.h"
#include "annotation/worker/image_model.h"
#include "annotation/worker/inference_types.h"

namespace s2s {

class WorkerFrameReader;

class InferenceWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kEncodedInMemory = 4;

    explicit InferenceWorker(QObject* parent = nullptr);
    ~InferenceWorker() override;

    // ---- thread-safe requests (return at once; answered by signals) -------------------------
    void requestLoadModel(const ModelSpec& spec);
    void requestUnloadModel();
    // Encode a frame now (the one on screen), or ahead of time (prefetch, lowest priority).
    void requestEncode(const FrameRef& frame, bool prefetch = false);
    void requestSegment(const SegmentRequest& request);
    // "Segment everything" on a frame; answered by autoMasksReady or autoMasksFailed with `id`.
    void requestAutoMasks(quint64 id, const FrameRef& frame, const AutoMaskSettings& settings);
    // Stops the running run (between point batches) and drops queued ones.
    void cancelAutoMasks();
    void cancelPrefetch();
    // Where embeddings go on disk (empty: no disk cache). Applies from the next request.
    void setEmbeddingCache(const QString& directory, qint64 maxBytes);
    // Number of requests not yet served.
    int pendingCount() const;

    // ---- counters for diagnostics and tests (any thread) -----------------------------------
    int encodeCount() const { return encodes_.load(); }          // images run through the encoder
    int cacheHitCount() const { return cacheHits_.load(); }      // embeddings read from disk
    // Address of the loaded weights (nullptr when none); equal to the video tracker's when both
    // share one model (shared_weights.h).
    const void* weightsIdentity() const { return weights_.load(); }

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
    // cancelled: stopped by cancelAutoMasks (message empty).
    void autoMasksFailed(quint64 id, const QString& message, bool cancelled);
    // What the worker does now; percent -1 = no measure. Empty text: idle.
    void activity(const QString& text, int percent);

private:
    enum class Kind { Load, Unload, Segment, AutoMasks, Encode, Prefetch };
    struct Job {
        Kind kind = Kind::Encode;
        ModelSpec spec;
        FrameRef frame;
        SegmentRequest segment;
        quint64 autoId = 0;
        AutoMaskSettings autoSettings;
    };
    struct EncodedEntry;

    void scheduleLocked();
    Q_INVOKABLE void serveOne();
    std::optional<Job> takeNext();
    void run(const Job& job);
    void loadModel(const ModelSpec& spec);
    void unloadModel();
    void encode(const FrameRef& frame, bool prefetch);
    void segment(const SegmentRequest& request);
    void autoMasks(const Job& job);
    // The encoded frame from memory, disk, or the encoder (in that order). Throws.
    std::shared_ptr<ImageModel::Encoded> encodedFor(const FrameRef& frame, bool prefetch);

    mutable std::mutex mutex_;
    std::deque<Job> control_, segments_, autos_, encodes_q_, prefetch_;
    std::atomic<bool> cancelAuto_{false};
    bool scheduled_ = false;
    QString cacheDir_;
    qint64 cacheMaxBytes_ = EmbeddingCache::kDefaultMaxBytes;
    bool cacheSettingsChanged_ = false;

    // Worker-thread state.
    std::unique_ptr<ImageModel> model_;
    std::unique_ptr<WorkerFrameReader> reader_;
    std::unique_ptr<EmbeddingCache> cache_;
    std::list<std::unique_ptr<EncodedEntry>> encoded_;  // most recent first
    std::atomic<int> encodes_{0};
    std::atomic<int> cacheHits_{0};
    std::atomic<const void*> weights_{nullptr};
};

} // namespace s2s
