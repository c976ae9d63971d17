#pragma once
// The worker's one door to model/: loads a SAM 2 checkpoint and runs the image predictor.
// Only image_model.cpp includes model headers, so the rest of the worker (and everything above
// it) builds without them. Not thread-safe: the InferenceWorker calls it from its own thread.
#include <functional>
#include <memory>

#include <QByteArray>
#include <QImage>
#include <QString>

#include "annotation/worker/auto_masks.h"
#include "annotation/worker/inference_types.h"

namespace sam2 {
class Sam2Model;
}

namespace s2s {

class ImageModel {
public:
    // One encoded image (the model's cached features for it).
    class Encoded;

    // Loads the checkpoint. A YAML config is used when given, else "<base name>.yaml" beside the
    // checkpoint when present, else the official variant is detected from the tensors.
    // Throws std::runtime_error with a message a person can act on.
    static std::unique_ptr<ImageModel> load(const ModelSpec& spec);
    ~ImageModel();

    const ModelStatus& status() const { return status_; }
    // Identity of the weights and dtype, for the embedding cache.
    QString cacheKey() const { return cacheKey_; }
    // The loaded weights' address (shared with the video tracker; see shared_weights.h).
    const void* weightsIdentity() const;
    // The loaded weights themselves, for a video session in the same process (the CLI's
    // automatic masklets track with the weights that generated them).
    std::shared_ptr<const sam2::Sam2Model> weights() const;

    // `rgb` is Format_RGB888. Throws std::runtime_error.
    std::shared_ptr<Encoded> encode(const QImage& rgb);
    QByteArray saveEmbedding(const Encoded& encoded) const;
    std::shared_ptr<Encoded> loadEmbedding(const QByteArray& bytes);
    SegmentResult predict(Encoded& encoded, const SegmentRequest& request);
    // "Segment everything" on one RGB888 image: the reference's automatic mask generator.
    // progress gets the fraction done; cancel is polled between point batches (nullopt then).
    // Throws std::runtime_error (invalid settings included).
    AutoMaskRun autoMasks(const QImage& rgb, const AutoMaskSettings& settings,
                          const std::function<void(double)>& progress = {},
                          const std::function<bool()>& cancel = {});

private:
    struct Impl;
    explicit ImageModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    ModelStatus status_;
    QString cacheKey_;
};

// True when LibTorch was built with CUDA and a CUDA device is present.
bool cudaDeviceAvailable();

// The CUDA devices present, as the device menu lists them ("cuda:N").
QList<GpuDevice> cudaDevices();
// Bytes in use on a "cuda:N" device (every process); 0 for the CPU or where unknown.
qint64 gpuMemoryInUse(const QString& device);

// True when this CPU computes bfloat16 natively (AVX-512 BF16 or AMX): only there is the
// bfloat16 model faster than float32 on the CPU (about twice, see the README's Performance).
bool cpuBfloat16Fast();

// Whether this CPU can run the bfloat16 model at all (below AVX-512 model/ refuses it, see
// model/cpu_tuning.h).
bool cpuBfloat16Available();

// Finds the YAML that goes with a checkpoint: "<dir>/<base name>.yaml" (or .yml); empty if none.
QString companionConfigFor(const QString& checkpoint);

} // namespace s2s
