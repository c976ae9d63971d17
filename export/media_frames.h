#pragma once
// Frames and facts of a media file for export/import (frame images beside a dataset, checks of a
// video's size and length). Wraps annotation/media_source.h in its own translation unit.
#include <memory>

#include <QImage>
#include <QString>

namespace s2s {

class MediaSource;

struct MediaFacts {
    int width = 0;
    int height = 0;
    int frameCount = 0;
    double fps = 0.0;
    bool isVideo = false;   // a video file or a frame folder (not a single image)
    bool isFolder = false;  // a frame folder
};

class FrameReader {
public:
    // Opens the file or frame folder; throws DatasetError with the media's own message.
    explicit FrameReader(const QString& path);
    ~FrameReader();
    FrameReader(const FrameReader&) = delete;
    FrameReader& operator=(const FrameReader&) = delete;

    const MediaFacts& facts() const { return facts_; }
    // Frame `index` as RGB888; throws DatasetError when out of range or undecodable.
    QImage frame(int index);

private:
    QString path_;
    std::unique_ptr<MediaSource> source_;
    MediaFacts facts_;
};

} // namespace s2s
