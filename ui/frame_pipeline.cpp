#include "ui/frame_pipeline.h"

namespace s2s::ui {

FramePipeline::FramePipeline(QObject* parent) : QObject(parent), loader_(std::make_unique<FrameLoader>()) {
    displayPool_.setMaxThreadCount(1);
    aheadPool_.setMaxThreadCount(1);
}

FramePipeline::~FramePipeline() {
    aheadPool_.clear();
    aheadPool_.waitForDone();
    displayPool_.clear();
    displayPool_.waitForDone();
}

void FramePipeline::want(int mediaId, const QString& path, int frame) {
    wanted_ = Wish{mediaId, path, frame, nextSerial_++};
    if (!decoding_)
        decodeWanted();
}

void FramePipeline::decodeWanted() {
    if (!wanted_)
        return;
    decoding_ = true;
    const Wish wish = *wanted_;
    FrameLoader* loader = loader_.get();  // outlives the pool: the destructor waits for it
    displayPool_.start([this, loader, wish] {
        QString error;
        const QImage image = loader->frame(wish.path, wish.frame, &error);
        QMetaObject::invokeMethod(this, [this, wish, image, error] { onDecoded(wish, image, error); },
                                  Qt::QueuedConnection);
    });
}

void FramePipeline::onDecoded(const Wish& wish, const QImage& image, const QString& error) {
    decoding_ = false;
    if (!wanted_)
        return;  // forgotten meanwhile
    if (wanted_->serial != wish.serial) {
        decodeWanted();  // a newer frame was asked for: this one is stale, go for that
        return;
    }
    wanted_.reset();
    if (image.isNull())
        Q_EMIT frameFailed(wish.mediaId, wish.path, wish.frame, error);
    else
        Q_EMIT frameReady(wish.mediaId, wish.path, wish.frame, image);
}

QImage FramePipeline::stillImage(const QString& path, QString* error) {
    wanted_.reset();  // a still image replaces whatever video frame was on its way
    QImage image = takeDecoded(path);
    if (image.isNull())
        image = loader_->frame(path, 0, error);
    return image;
}

void FramePipeline::decodeAhead(const QString& path) {
    if (decodingAhead_.count(path))
        return;
    for (const auto& entry : decodedAhead_)
        if (entry.first == path)
            return;
    decodingAhead_.insert(path);
    aheadPool_.start([this, path] {
        QImage image = decodeFrame(path, 0, nullptr);
        QMetaObject::invokeMethod(this, [this, path, image] {
            decodingAhead_.erase(path);
            if (image.isNull())
                return;
            decodedAhead_.emplace_front(path, image);
            while (decodedAhead_.size() > kDecodedImages)
                decodedAhead_.pop_back();
        }, Qt::QueuedConnection);
    });
}

QImage FramePipeline::takeDecoded(const QString& path) {
    for (auto it = decodedAhead_.begin(); it != decodedAhead_.end(); ++it) {
        if (it->first == path) {
            QImage image = it->second;
            decodedAhead_.erase(it);
            return image;
        }
    }
    return QImage();
}

void FramePipeline::setReadAhead(const QString& path, int direction, int fromFrame) {
    loader_->setReadAhead(path, direction, fromFrame);
}

} // namespace s2s::ui
