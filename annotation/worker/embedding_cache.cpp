#include "annotation/worker/embedding_cache.h"

#include <algorithm>
#include <vector>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace s2s {

namespace {
const QString kSuffix = QStringLiteral(".emb");
}

EmbeddingCache::EmbeddingCache(QString directory, qint64 maxBytes)
    : directory_(std::move(directory)), maxBytes_(maxBytes) {}

QString EmbeddingCache::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/embeddings");
}

QString EmbeddingCache::keyFor(const FrameRef& frame, const QString& modelKey) {
    const QFileInfo info(frame.mediaPath);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(QByteArray::number(info.size()));
    hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    hash.addData(QByteArray::number(frame.frame));
    hash.addData(modelKey.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void EmbeddingCache::setMaxBytes(qint64 bytes) {
    maxBytes_ = bytes;
    evict();
}

QString EmbeddingCache::pathOf(const QString& key) const {
    return directory_ + QLatin1Char('/') + key + kSuffix;
}

std::optional<QByteArray> EmbeddingCache::load(const QString& key) const {
    if (!isEnabled())
        return std::nullopt;
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadWrite))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    // Reading refreshes the time eviction looks at (least recently used goes first).
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    if (bytes.isEmpty())
        return std::nullopt;
    return bytes;
}

bool EmbeddingCache::store(const QString& key, const QByteArray& bytes) {
    if (!isEnabled() || bytes.isEmpty() || bytes.size() > maxBytes_)
        return false;
    if (!QDir().mkpath(directory_))
        return false;
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    evict();
    return true;
}

qint64 EmbeddingCache::totalBytes() const {
    qint64 total = 0;
    const QDir dir(directory_);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files))
        total += info.size();
    return total;
}

int EmbeddingCache::fileCount() const {
    return QDir(directory_).entryList({QStringLiteral("*") + kSuffix}, QDir::Files).size();
}

void EmbeddingCache::clear() {
    const QDir dir(directory_);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files))
        QFile::remove(info.absoluteFilePath());
}

void EmbeddingCache::evict() {
    if (!isEnabled())
        return;
    const QDir dir(directory_);
    QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
    qint64 total = 0;
    for (const QFileInfo& info : files)
        total += info.size();
    if (total <= maxBytes_)
        return;
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo& info : files) {
        if (total <= maxBytes_)
            break;
        if (QFile::remove(info.absoluteFilePath()))
            total -= info.size();
    }
}

} // namespace s2s
