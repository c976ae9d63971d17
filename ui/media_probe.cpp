#include "ui/media_probe.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include "annotation/media_source.h"

namespace s2s::ui {

bool probeMedia(const QString& path, ProbedMedia* out, QString* error) {
    try {
        const auto source = MediaSource::open(path);
        const MediaInfo& info = source->info();
        out->kind = info.kind == MediaKind::Video    ? ProbedMedia::Kind::Video
                    : info.kind == MediaKind::FrameFolder ? ProbedMedia::Kind::Frames
                                                     : ProbedMedia::Kind::Image;
        out->width = info.width;
        out->height = info.height;
        out->frameCount = std::max(1, info.frameCount);
        out->fps = info.fps;
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool looksLikeImage(const QString& path) {
    static const QStringList kSuffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                          QStringLiteral("png"), QStringLiteral("bmp"),
                                          QStringLiteral("tif"), QStringLiteral("tiff"),
                                          QStringLiteral("webp")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList imageFilesIn(const QString& folder) {
    QStringList files;
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort))
        if (looksLikeImage(info.fileName()))
            files.append(info.absoluteFilePath());
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return files;
}

QImage decodeFrame(const QString& path, int index, QString* error) {
    try {
        return MediaSource::open(path)->frame(index);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return QImage();
    }
}

struct FrameLoader::Impl {
    QString path;
    std::unique_ptr<MediaSource> source;
};

FrameLoader::FrameLoader() : impl_(std::make_unique<Impl>()) {}
FrameLoader::~FrameLoader() = default;

QImage FrameLoader::frame(const QString& path, int index, QString* error) {
    try {
        if (!impl_->source || impl_->path != path) {
            impl_->source.reset();
            impl_->source = MediaSource::open(path);
            impl_->path = path;
        }
        return impl_->source->frame(index);
    } catch (const std::exception& e) {
        impl_->source.reset();
        impl_->path.clear();
        if (error)
            *error = QString::fromStdString(e.what());
        return QImage();
    }
}

} // namespace s2s::ui
