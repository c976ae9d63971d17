#include "export/dataset_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <nlohmann/json.hpp>

#include "export/dataset_error.h"

namespace s2s {

namespace {

QString uniqueSibling(const QString& finalDir, const QString& tag) {
    const QFileInfo info(finalDir);
    const QString token = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') + tag +
           QLatin1Char('-') + token;
}

bool isEmptyDir(const QString& path) {
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

DatasetWriter::DatasetWriter(const QString& finalDir, bool overwrite) : overwrite_(overwrite) {
    if (finalDir.trimmed().isEmpty()) throw DatasetError(QStringLiteral("no output folder given"));
    finalDir_ = QFileInfo(finalDir).absoluteFilePath();
    const QFileInfo target(finalDir_);
    if (target.exists() && !target.isDir())
        throw DatasetError(QStringLiteral("%1 exists and is not a folder").arg(finalDir_));
    if (target.exists() && !isEmptyDir(finalDir_) && !overwrite_)
        throw DatasetError(QStringLiteral("%1 exists and is not empty; choose another folder or allow "
                                          "overwriting (--overwrite)").arg(finalDir_));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        throw DatasetError(QStringLiteral("cannot create folder %1").arg(parent));
    stagingDir_ = uniqueSibling(finalDir_, QStringLiteral("partial"));
    if (!QDir().mkpath(stagingDir_))
        throw DatasetError(QStringLiteral("cannot create a folder in %1 (read-only or full?)").arg(parent));
}

DatasetWriter::~DatasetWriter() {
    if (!committed_ && !stagingDir_.isEmpty()) QDir(stagingDir_).removeRecursively();
}

QString DatasetWriter::path(const QString& relative) const {
    const QString full = QDir(stagingDir_).filePath(relative);
    const QString parent = QFileInfo(full).absolutePath();
    if (!QDir().mkpath(parent)) throw DatasetError(QStringLiteral("cannot create folder %1").arg(parent));
    return full;
}

void DatasetWriter::writeBytes(const QString& relative, const QByteArray& bytes) const {
    QSaveFile file(path(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DatasetError(QStringLiteral("cannot write %1: %2").arg(relative, file.errorString()));
}

void DatasetWriter::writeJson(const QString& relative, const nlohmann::ordered_json& value, int indent) const {
    const std::string text = value.dump(indent < 0 ? -1 : indent) + "\n";
    writeBytes(relative, QByteArray::fromStdString(text));
}

void DatasetWriter::writeText(const QString& relative, const QString& text) const {
    writeBytes(relative, text.toUtf8());
}

void DatasetWriter::writeImage(const QString& relative, const QImage& image) const {
    const QString full = path(relative);
    const QString suffix = QFileInfo(relative).suffix().toLower();
    const int quality = (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) ? 95 : -1;
    if (image.isNull() || !image.save(full, nullptr, quality))
        throw DatasetError(QStringLiteral("cannot write image %1").arg(relative));
}

void DatasetWriter::copyFile(const QString& source, const QString& relative) const {
    const QString full = path(relative);
    QFile::remove(full);
    if (!QFile::copy(source, full))
        throw DatasetError(QStringLiteral("cannot copy %1 to %2").arg(source, relative));
}

void DatasetWriter::commit() {
    if (committed_) return;
    QDir fs;
    QString displaced;
    if (QFileInfo::exists(finalDir_)) {
        if (isEmptyDir(finalDir_)) {
            if (!fs.rmdir(finalDir_))
                throw DatasetError(QStringLiteral("cannot replace the empty folder %1").arg(finalDir_));
        } else {
            if (!overwrite_)
                throw DatasetError(QStringLiteral("%1 appeared while exporting; nothing replaced").arg(finalDir_));
            displaced = uniqueSibling(finalDir_, QStringLiteral("old"));
            if (!fs.rename(finalDir_, displaced))
                throw DatasetError(QStringLiteral("cannot move the old %1 aside (in use?)").arg(finalDir_));
        }
    }
    if (!fs.rename(stagingDir_, finalDir_)) {
        if (!displaced.isEmpty()) fs.rename(displaced, finalDir_);
        throw DatasetError(QStringLiteral("cannot move the finished dataset into %1").arg(finalDir_));
    }
    committed_ = true;
    if (!displaced.isEmpty()) QDir(displaced).removeRecursively();
}

} // namespace s2s
