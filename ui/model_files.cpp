#include "ui/model_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace s2s::ui {

const QList<OfficialCheckpoint>& officialCheckpoints() {
    static const QString base =
        QStringLiteral("https://dl.fbaipublicfiles.com/segment_anything_2/092824/");
    // Sizes of the files published on 2024-09-28; a download of another length is rejected.
    static const QList<OfficialCheckpoint> list = {
        {QStringLiteral("sam2.1_hiera_tiny.pt"), QStringLiteral("Tiny (38.9 M parameters)"),
         QUrl(base + QStringLiteral("sam2.1_hiera_tiny.pt")), 0},
        {QStringLiteral("sam2.1_hiera_small.pt"), QStringLiteral("Small (46 M parameters)"),
         QUrl(base + QStringLiteral("sam2.1_hiera_small.pt")), 0},
        {QStringLiteral("sam2.1_hiera_base_plus.pt"), QStringLiteral("Base+ (80.8 M parameters)"),
         QUrl(base + QStringLiteral("sam2.1_hiera_base_plus.pt")), 0},
        {QStringLiteral("sam2.1_hiera_large.pt"), QStringLiteral("Large (224.4 M parameters)"),
         QUrl(base + QStringLiteral("sam2.1_hiera_large.pt")), 0},
    };
    return list;
}

QString modelsDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/models");
}

QString findInstalledCheckpoint() {
    const QDir dir(modelsDirectory());
    for (const OfficialCheckpoint& ckpt : officialCheckpoints())
        if (QFileInfo(dir.filePath(ckpt.fileName)).isFile())
            return dir.filePath(ckpt.fileName);
    return QString();
}

QString missingModelHelp() {
    QStringList names;
    for (const OfficialCheckpoint& ckpt : officialCheckpoints())
        names << ckpt.fileName;
    return QCoreApplication::translate(
               "ModelFiles",
               "No SAM 2 checkpoint is loaded, so clicks and boxes cannot segment yet (brush, "
               "eraser and polygon work). Get one of the official files %1 (tiny is the "
               "quickest) from https://dl.fbaipublicfiles.com/segment_anything_2/092824/ and "
               "put it in %2, or choose any SAM 2 checkpoint with Model ▸ Choose checkpoint. "
               "Model ▸ Download official checkpoints fetches them for you.")
        .arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(modelsDirectory()));
}

} // namespace s2s::ui
