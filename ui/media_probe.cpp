#include "ui/media_probe.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include <mutex>

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
    mutable std::mutex mutex;  // guards path/source/direction; decoding runs outside it
    QString path;
    std::shared_ptr<MediaSource> source;
    int direction = 0;

    // The source for `path`, opened when another (or none) is open. Throws MediaError.
    std::shared_ptr<MediaSource> sourceFor(const QString& wanted) {
        std::lock_guard lock(mutex);
        if (!source || path != wanted) {
            source.reset();
            path.clear();
            direction = 0;
            source = std::shared_ptr<MediaSource>(MediaSource::open(wanted));
            path = wanted;
        }
        return source;
    }
    void forget(const QString& failed) {
        std::lock_guard lock(mutex);
        if (path == failed) {
            source.reset();
            path.clear();
            direction = 0;
        }
    }
};

FrameLoader::FrameLoader() : impl_(std::make_unique<Impl>()) {}
FrameLoader::~FrameLoader() = default;

QImage FrameLoader::frame(const QString& path, int index, QString* error) {
    try {
        // MediaSource is thread-safe: the lock only covers choosing the source, so a decode in
        // progress never blocks a read-ahead change from the GUI thread.
        const std::shared_ptr<MediaSource> source = impl_->sourceFor(path);
        return source->frame(index);
    } catch (const std::exception& e) {
        impl_->forget(path);
        if (error)
            *error = QString::fromStdString(e.what());
        return QImage();
    }
}

void FrameLoader::setReadAhead(const QString& path, int direction, int fromFrame) {
    try {
        const std::shared_ptr<MediaSource> source = impl_->sourceFor(path);
        source->setReadAhead(direction, fromFrame);
        std::lock_guard lock(impl_->mutex);
        if (impl_->source == source)
            impl_->direction = direction;
    } catch (const std::exception&) {
        impl_->forget(path);
    }
}

FrameLoader::Stats FrameLoader::stats() const {
    std::shared_ptr<MediaSource> source;
    Stats out;
    {
        std::lock_guard lock(impl_->mutex);
        source = impl_->source;
        out.path = impl_->path;
        out.readAheadDirection = impl_->direction;
    }
    if (source) {
        const MediaStats media = source->stats();
        out.framesRequested = media.framesRequested;
        out.cacheHits = media.cacheHits;
        out.readAheadFrames = media.readAheadFrames;
    }
    return out;
}

} // namespace s2s::ui
