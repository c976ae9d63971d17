#pragma once
// Requests to and answers from the InferenceWorker (inference_worker.h). Plain values that cross
// threads in queued signals, so they carry no pointers into the project: masks come back as RLE.
#include <optional>
#include <vector>

#include <QList>
#include <QMetaType>
#include <QString>

#include "annotation/rle.h"
#include "annotation/types.h"

namespace s2s {

// One frame of one media item, as the worker reads it (it opens the media itself, so the GUI
// thread never decodes for the model and the worker can encode items ahead).
struct FrameRef {
    int mediaId = -1;
    QString mediaPath;
    int frame = 0;
    bool isValid() const { return mediaId >= 0 && !mediaPath.isEmpty(); }
    bool operator==(const FrameRef& o) const {
        return mediaId == o.mediaId && frame == o.frame && mediaPath == o.mediaPath;
    }
};

// Which checkpoint to load and where to run it.
struct ModelSpec {
    QString checkpoint;   // .pt file
    QString config;       // YAML; empty = "<checkpoint base name>.yaml" beside it, else detected
    QString device = QStringLiteral("cpu");  // "cpu", "cuda", "cuda:N"
    QString dtype = QStringLiteral("float32");
    int threads = 0;      // <= 0: every core
};

// A CUDA device as the device menu lists it.
struct GpuDevice {
    QString id;             // "cuda:0"
    QString name;           // "NVIDIA H100 80GB HBM3"
    qint64 totalBytes = 0;  // 0 where unknown
    bool bfloat16 = false;  // computes in bfloat16 (Ampere or later); older GPUs run float16
};

struct ModelStatus {
    bool loaded = false;
    QString checkpoint;
    QString configPath;   // the YAML actually used (empty when the variant was detected)
    QString variant;      // config name, e.g. "sam2.1_hiera_t" or the YAML's base name
    QString device;
    int imageSize = 0;    // model input side
    ModelSpec spec;       // as asked to load (the video tracker loads the same, sharing weights)
};

// Low-resolution mask logits of a previous prediction, fed back to refine with the next click.
struct MaskLogits {
    int size = 0;
    std::vector<float> data;
    bool empty() const { return data.empty(); }
};

struct SegmentRequest {
    quint64 id = 0;          // chosen by the client, echoed in the answer
    FrameRef frame;
    int objectId = -1;       // echoed; the worker does not look at the project
    std::vector<PointPrompt> points;
    std::optional<BoxPrompt> box;
    MaskLogits maskInput;    // empty = none
    bool multimask = false;
    bool preview = false;    // hover preview: dropped when a newer preview is waiting
};

struct SegmentResult {
    quint64 id = 0;
    FrameRef frame;
    int objectId = -1;
    bool preview = false;
    std::vector<PointPrompt> points;   // the prompts that gave these masks
    std::optional<BoxPrompt> box;
    std::vector<Rle> masks;            // candidates (3 with multimask, else 1), image size
    std::vector<float> scores;         // predicted IoU per candidate
    std::vector<MaskLogits> logits;    // per candidate, to feed back as maskInput
    int bestIndex = 0;
};

} // namespace s2s

Q_DECLARE_METATYPE(s2s::FrameRef)
Q_DECLARE_METATYPE(s2s::ModelSpec)
Q_DECLARE_METATYPE(s2s::ModelStatus)
Q_DECLARE_METATYPE(s2s::SegmentRequest)
Q_DECLARE_METATYPE(s2s::SegmentResult)
