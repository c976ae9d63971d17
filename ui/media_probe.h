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

// Decodes frames for the canvas, keeping the last media open. Thread-safe: the Annotator decodes
// video frames on a thread of its own and steers the source's read-ahead from the GUI thread.
class FrameLoader {
public:
    FrameLoader();
    ~FrameLoader();
    // Format_RGB888; a null image with *error set on failure.
    QImage frame(const QString& path, int index, QString* error);
    // Read-ahead of the media at `path` (opened if needed): direction +1 forward, -1 backward,
    // 0 off, anchored at fromFrame (MediaSource::setReadAhead). Failures to open are ignored
    // here: the next frame() reports them.
    void setReadAhead(const QString& path, int direction, int fromFrame);

    // What the open source did (diagnostics and tests).
    struct Stats {
        QString path;                 // the open media; empty when none
        int readAheadDirection = 0;   // last direction given for it
        qint64 framesRequested = 0;
        qint64 cacheHits = 0;
        qint64 readAheadFrames = 0;   // frames the source's read-ahead decoded
    };
    Stats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace s2s::ui
