#pragma once
// Writes a dataset into a staging folder beside its destination and renames it into place at
// the end, so a failed or cancelled export never leaves half a dataset (nor damages an older one).
#include <QByteArray>
#include <QImage>
#include <QString>
#include <nlohmann/json_fwd.hpp>

namespace s2s {

class DatasetWriter {
public:
    // Prepares the staging folder next to `finalDir`. When `finalDir` exists and is not empty it
    // is replaced on commit() only with `overwrite`; otherwise this throws DatasetError before
    // anything is written. An existing empty folder is always fine.
    DatasetWriter(const QString& finalDir, bool overwrite);
    // Removes the staging folder unless commit() succeeded.
    ~DatasetWriter();
    DatasetWriter(const DatasetWriter&) = delete;
    DatasetWriter& operator=(const DatasetWriter&) = delete;

    const QString& finalDir() const { return finalDir_; }
    const QString& stagingDir() const { return stagingDir_; }
    // Absolute path of `relative` inside the staging folder; its parent folders are created.
    QString path(const QString& relative) const;

    // Each throws DatasetError naming the file on failure.
    void writeBytes(const QString& relative, const QByteArray& bytes) const;
    // Pretty when indent >= 0, compact (one line) when indent < 0.
    void writeJson(const QString& relative, const nlohmann::ordered_json& value, int indent = -1) const;
    void writeText(const QString& relative, const QString& text) const;
    // Format from the suffix (png, jpg). JPEG at quality 95.
    void writeImage(const QString& relative, const QImage& image) const;
    void copyFile(const QString& source, const QString& relative) const;

    // Moves the staging folder to finalDir (replacing the old one when allowed). Throws
    // DatasetError and keeps any old dataset when the rename fails.
    void commit();

private:
    QString finalDir_;
    QString stagingDir_;
    bool overwrite_ = false;
    bool committed_ = false;
};

} // namespace s2s
