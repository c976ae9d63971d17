#pragma once
// The UI's window onto s2s::MediaSource. Kept apart because media_source.h and annotation/types.h
// both declare s2s::MediaKind and cannot meet in one translation unit.
#include <QImage>
#include <QString>
#include <QStringList>
#include <memory>

namespace s2s::ui {

struct ProbedMedia {
    enum class Kind { Image, Video, Frames } kind = Kind::Image;
    int width = 0;
    int height = 0;
    int frameCount = 1;
    double fps = 0.0;
};

// Opens the media to learn its kind and size. Returns false with a person-readable *error.
bool probeMedia(const QString& path, ProbedMedia* out, QString* error);

// Image files directly inside `folder`, sorted by name (for "open a whole folder of images").
QStringList imageFilesIn(const QString& folder);
// True when the file name looks like a still image (by extension; the content decides on open).
bool looksLikeImage(const QString& path);

// Opens the media, decodes one frame, closes it (safe on any thread). Null image + *error on failure.
QImage decodeFrame(const QString& path, int index, QString* error);

// Decodes frames for the canvas, keeping the last media open.
class FrameLoader {
public:
    FrameLoader();
    ~FrameLoader();
    // Format_RGB888; a null image with *error set on failure.
    QImage frame(const QString& path, int index, QString* error);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace s2s::ui
