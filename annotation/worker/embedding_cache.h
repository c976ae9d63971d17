#pragma once
// Image embeddings on disk, so reopening a project does not encode its images again.
// One file per (media file, frame, model) in a folder bounded in bytes: when a store goes over the
// bound, the least recently used files are removed first (a read refreshes a file's time).
// Keys include the media file's size and modification time, so an edited image is re-encoded.
#include <optional>

#include <QByteArray>
#include <QString>

#include "annotation/worker/inference_types.h"

namespace s2s {

class EmbeddingCache {
public:
    static constexpr qint64 kDefaultMaxBytes = 2LL * 1024 * 1024 * 1024;

    // An empty directory disables the cache (load finds nothing, store writes nothing).
    explicit EmbeddingCache(QString directory = QString(), qint64 maxBytes = kDefaultMaxBytes);

    // <QStandardPaths::CacheLocation>/embeddings
    static QString defaultDirectory();
    // A file-name-safe key for one frame under one model (modelKey names checkpoint and dtype).
    static QString keyFor(const FrameRef& frame, const QString& modelKey);

    QString directory() const { return directory_; }
    bool isEnabled() const { return !directory_.isEmpty(); }
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return maxBytes_; }

    std::optional<QByteArray> load(const QString& key) const;
    // Atomic write; returns false (and leaves no partial file) on failure.
    bool store(const QString& key, const QByteArray& bytes);
    qint64 totalBytes() const;
    int fileCount() const;
    void clear();

private:
    QString pathOf(const QString& key) const;
    void evict();

    QString directory_;
    qint64 maxBytes_;
};

} // namespace s2s
