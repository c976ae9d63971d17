#pragma once
// The Annotator's frame pipeline: gets the frames it shows off the GUI thread.
//
//  - Video frames (and frame folders) are decoded on one background thread, one at a time; a
//    newer wish replaces an older one still waiting, so scrubbing never queues up work and never
//    blocks. The result comes back as frameReady() / frameFailed() on the GUI thread.
//  - Still images are decoded at once (stillImage), or taken from the few decoded ahead on
//    another thread for the next items of the list (decodeAhead), so moving on is instant.
//  - The open video's read-ahead (MediaSource) follows playback and tracking (setReadAhead).
#include <list>
#include <memory>
#include <optional>
#include <set>

#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include "ui/media_probe.h"

namespace s2s::ui {

class FramePipeline : public QObject {
    Q_OBJECT
public:
    struct Wish {
        int mediaId = -1;
        QString path;
        int frame = 0;
        quint64 serial = 0;
    };

    explicit FramePipeline(QObject* parent = nullptr);
    // Waits for the decodes in flight (they post their results to this object).
    ~FramePipeline() override;

    // Asks for a video frame; answered by frameReady or frameFailed unless wished away first.
    void want(int mediaId, const QString& path, int frame);
    // The frame asked for and not delivered yet.
    const std::optional<Wish>& wanted() const { return wanted_; }
    // Drops the wish (the view moved to a still image or was cleared): its frame is not delivered.
    void forget() { wanted_.reset(); }

    // A still image now: decoded ahead, or decoded here. Null with *error set on failure.
    QImage stillImage(const QString& path, QString* error);
    // Decodes a still image on the side for a later stillImage(); the last few are kept.
    void decodeAhead(const QString& path);

    void setReadAhead(const QString& path, int direction, int fromFrame);
    FrameLoader::Stats stats() const { return loader_->stats(); }

Q_SIGNALS:
    void frameReady(int mediaId, const QString& path, int frame, const QImage& image);
    void frameFailed(int mediaId, const QString& path, int frame, const QString& error);

private:
    void decodeWanted();
    void onDecoded(const Wish& wish, const QImage& image, const QString& error);
    QImage takeDecoded(const QString& path);

    std::unique_ptr<FrameLoader> loader_;
    QThreadPool displayPool_;  // one thread: one video decode at a time
    std::optional<Wish> wanted_;
    bool decoding_ = false;
    quint64 nextSerial_ = 1;

    static constexpr std::size_t kDecodedImages = 3;
    QThreadPool aheadPool_;
    std::list<std::pair<QString, QImage>> decodedAhead_;  // most recent first
    std::set<QString> decodingAhead_;
};

} // namespace s2s::ui
