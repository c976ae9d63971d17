#include "annotation/worker/image_model.h"

#include "annotation/worker/shared_weights.h"

#include <stdexcept>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

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

} // namespace s2s
