#include "annotation/worker/image_model.h"

#include "annotation/worker/shared_weights.h"

#include <stdexcept>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

#include "model/automatic_masks.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/image_session.h"
#include "model/runtime.h"
#include "model/sam2_model.h"
#include "model/types.h"

namespace s2s {

struct ImageModel::Impl {
    std::shared_ptr<const sam2::Sam2Model> model;
};

class ImageModel::Encoded {
public:
    explicit Encoded(std::unique_ptr<sam2::ImageSession> s) : session(std::move(s)) {}
    std::unique_ptr<sam2::ImageSession> session;
};

QString companionConfigFor(const QString& checkpoint) {
    const QFileInfo info(checkpoint);
    for (const char* suffix : {".yaml", ".yml"}) {
        const QString candidate =
            info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(suffix);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return QString();
}

bool cudaDeviceAvailable() { return sam2::cudaAvailable(); }

QList<GpuDevice> cudaDevices() {
    QList<GpuDevice> out;
    for (const sam2::CudaDevice& d : sam2::cudaDevices())
        out.append({QStringLiteral("cuda:%1").arg(d.index), QString::fromStdString(d.name),
                    static_cast<qint64>(d.totalBytes), sam2::cudaDeviceHasBf16(d)});
    return out;
}

qint64 gpuMemoryInUse(const QString& device) {
    if (!device.startsWith(QStringLiteral("cuda")))
        return 0;
    const int colon = device.indexOf(QLatin1Char(':'));
    bool ok = true;
    const int index = colon < 0 ? 0 : device.mid(colon + 1).toInt(&ok);
    return ok ? static_cast<qint64>(sam2::cudaMemoryInUse(index)) : 0;
}

bool cpuBfloat16Fast() { return sam2::cpuHasNativeBf16(); }

bool cpuBfloat16Available() { return sam2::cpuCanRunBf16(); }

ImageModel::ImageModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ImageModel::~ImageModel() = default;

std::unique_ptr<ImageModel> ImageModel::load(const ModelSpec& spec) {
    // The load errors reach the person in the app's language (the model's own reason, from
    // model/, stays English inside "Could not load %1: %2").
    const QFileInfo info(spec.checkpoint);
    if (spec.checkpoint.isEmpty())
        throw std::runtime_error(
            QCoreApplication::translate("s2s::ImageModel", "No checkpoint was chosen.").toStdString());
    if (!info.isFile())
        throw std::runtime_error(
            QCoreApplication::translate("s2s::ImageModel", "The checkpoint %1 does not exist.")
                .arg(spec.checkpoint)
                .toStdString());
    const QString config = spec.config.isEmpty() ? companionConfigFor(spec.checkpoint) : spec.config;
    if (!config.isEmpty() && !QFileInfo(config).isFile())
        throw std::runtime_error(
            QCoreApplication::translate("s2s::ImageModel", "The model config %1 does not exist.")
                .arg(config)
                .toStdString());

    auto impl = std::make_unique<Impl>();
    try {
        // The video tracker asks for the same weights: one copy in memory for both.
        impl->model = SharedWeights::acquire(spec, config);
    } catch (const sam2::Sam2Error& e) {
        throw std::runtime_error(QCoreApplication::translate("s2s::ImageModel", "Could not load %1: %2")
                                     .arg(info.fileName(), QString::fromStdString(e.what()))
                                     .toStdString());
    }
    std::unique_ptr<ImageModel> result(new ImageModel(std::move(impl)));
    ModelStatus& status = result->status_;
    status.loaded = true;
    status.checkpoint = info.absoluteFilePath();
    status.configPath = config;
    status.variant = QString::fromStdString(result->impl_->model->config().name);
    status.device = spec.device;
    status.spec = spec;
    status.imageSize = result->impl_->model->config().image_size;
    // Same weights file (path, size, time) and dtype give the same embeddings.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(status.checkpoint.toUtf8());
    hash.addData(QByteArray::number(info.size()));
    hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    hash.addData(spec.dtype.toUtf8());
    result->cacheKey_ = QString::fromLatin1(hash.result().toHex());
    return result;
}

const void* ImageModel::weightsIdentity() const { return impl_->model.get(); }

std::shared_ptr<const sam2::Sam2Model> ImageModel::weights() const { return impl_->model; }

std::shared_ptr<ImageModel::Encoded> ImageModel::encode(const QImage& rgb) {
    const QImage image = rgb.format() == QImage::Format_RGB888
                             ? rgb
                             : rgb.convertToFormat(QImage::Format_RGB888);
    auto session = std::make_unique<sam2::ImageSession>(impl_->model);
    sam2::ImageRgb view;
    view.width = image.width();
    view.height = image.height();
    view.data = image.constBits();
    view.stride = static_cast<int>(image.bytesPerLine());
    try {
        session->setImage(view);
    } catch (const sam2::Sam2Error& e) {
        throw std::runtime_error(e.what());
    }
    return std::make_shared<Encoded>(std::move(session));
}

QByteArray ImageModel::saveEmbedding(const Encoded& encoded) const {
    const std::vector<uint8_t> bytes = encoded.session->saveEmbedding();
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

std::shared_ptr<ImageModel::Encoded> ImageModel::loadEmbedding(const QByteArray& bytes) {
    auto session = std::make_unique<sam2::ImageSession>(impl_->model);
    const auto* begin = reinterpret_cast<const uint8_t*>(bytes.constData());
    session->loadEmbedding(std::vector<uint8_t>(begin, begin + bytes.size()));
    return std::make_shared<Encoded>(std::move(session));
}

SegmentResult ImageModel::predict(Encoded& encoded, const SegmentRequest& request) {
    sam2::ImagePrompt prompt;
    for (const PointPrompt& p : request.points)
        prompt.points.push_back(
            {static_cast<float>(p.x), static_cast<float>(p.y), p.positive ? 1 : 0});
    if (request.box)
        prompt.box = sam2::BoxPrompt{static_cast<float>(request.box->x0),
                                     static_cast<float>(request.box->y0),
                                     static_cast<float>(request.box->x1),
                                     static_cast<float>(request.box->y1)};
    if (!request.maskInput.empty())
        prompt.maskInput = sam2::LowResLogits{request.maskInput.size, request.maskInput.data};
    prompt.multimask = request.multimask;

    sam2::ImagePrediction prediction;
    try {
        prediction = encoded.session->predict(prompt);
    } catch (const sam2::Sam2Error& e) {
        throw std::runtime_error(e.what());
    }
    SegmentResult result;
    result.id = request.id;
    result.frame = request.frame;
    result.objectId = request.objectId;
    result.preview = request.preview;
    result.points = request.points;
    result.box = request.box;
    result.bestIndex = prediction.bestIndex;
    result.scores = prediction.iouScores;
    for (const sam2::Mask& mask : prediction.masks)
        result.masks.push_back(Rle::encode(mask.data.data(), mask.height, mask.width));
    for (const sam2::LowResLogits& logits : prediction.lowRes)
        result.logits.push_back(MaskLogits{logits.size, logits.data});
    return result;
}

AutoMaskRun ImageModel::autoMasks(const QImage& rgb, const AutoMaskSettings& settings,
                                  const std::function<void(double)>& progress,
                                  const std::function<bool()>& cancel) {
    if (const QString problem = settings.validate(); !problem.isEmpty())
        throw std::runtime_error(problem.toStdString());
    if (rgb.format() != QImage::Format_RGB888 || rgb.isNull())
        throw std::runtime_error("automatic masks need an RGB888 image");
    sam2::AutoMaskOptions o;
    o.pointsPerSide = settings.pointsPerSide;
    o.pointsPerBatch = settings.pointsPerBatch;
    o.predIouThresh = static_cast<float>(settings.predIouThresh);
    o.stabilityScoreThresh = static_cast<float>(settings.stabilityScoreThresh);
    o.stabilityScoreOffset = static_cast<float>(settings.stabilityScoreOffset);
    o.maskThreshold = static_cast<float>(settings.maskThreshold);
    o.boxNmsThresh = static_cast<float>(settings.boxNmsThresh);
    o.cropNLayers = settings.cropNLayers;
    o.cropNmsThresh = static_cast<float>(settings.cropNmsThresh);
    o.cropOverlapRatio = settings.cropOverlapRatio;
    o.cropNPointsDownscaleFactor = settings.cropNPointsDownscaleFactor;
    o.minMaskRegionArea = settings.minMaskRegionArea;
    o.useM2m = settings.useM2m;
    o.multimaskOutput = settings.multimaskOutput;
    sam2::ImageRgb view;
    view.width = rgb.width();
    view.height = rgb.height();
    view.data = rgb.constBits();
    view.stride = static_cast<int>(rgb.bytesPerLine());
    sam2::AutoMaskResult result;
    try {
        result = sam2::generateAutoMasks(
            impl_->model, view, o,
            progress ? sam2::ProgressFn([&](double fraction, const std::string&) { progress(fraction); })
                     : sam2::ProgressFn(),
            cancel ? sam2::CancelFn(cancel) : sam2::CancelFn());
    } catch (const sam2::Sam2Error& e) {
        throw std::runtime_error(e.what());
    }
    if (result.cancelled)
        return std::nullopt;
    std::vector<AutoMaskProposal> proposals;
    for (sam2::AutoMask& m : result.masks) {
        AutoMaskProposal p;
        p.mask = Rle::fromCounts(std::move(m.counts), m.height, m.width);
        p.predictedIou = m.predictedIou;
        p.stabilityScore = m.stabilityScore;
        p.point = QPointF(m.point[0], m.point[1]);
        p.bbox = QRectF(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]);
        p.cropBox = QRect(static_cast<int>(m.cropBox[0]), static_cast<int>(m.cropBox[1]),
                          static_cast<int>(m.cropBox[2]), static_cast<int>(m.cropBox[3]));
        proposals.push_back(std::move(p));
    }
    return proposals;
}

} // namespace s2s
