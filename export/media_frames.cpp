// Wraps annotation/media_source.h behind facts and frames, so format code stays small.
#include "export/media_frames.h"

#include "annotation/media_source.h"
#include "export/dataset_error.h"

namespace s2s {

FrameReader::FrameReader(const QString& path) : path_(path) {
    try {
        source_ = MediaSource::open(path);
        source_->setReadAhead(+1, 0);
    } catch (const std::exception& e) {
        throw DatasetError(QStringLiteral("cannot open media %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    const MediaInfo& info = source_->info();
    facts_.width = info.width;
    facts_.height = info.height;
    facts_.frameCount = info.frameCount;
    facts_.fps = info.fps;
    facts_.isVideo = info.kind != MediaKind::Image;
    facts_.isFolder = info.kind == MediaKind::FrameFolder;
}

FrameReader::~FrameReader() = default;

QImage FrameReader::frame(int index) {
    try {
        return source_->frame(index);
    } catch (const std::exception& e) {
        throw DatasetError(QStringLiteral("cannot read frame %1 of %2: %3")
                               .arg(index)
                               .arg(path_, QString::fromUtf8(e.what())));
    }
}

} // namespace s2s
