#pragma once
// Where SAM 2 checkpoints are expected and which official files exist.
#include <QString>
#include <QStringList>
#include <QUrl>

namespace s2s::ui {

struct OfficialCheckpoint {
    QString fileName;   // "sam2.1_hiera_tiny.pt"
    QString title;      // "Tiny (39 M parameters)"
    QUrl url;           // official download address
    qint64 sizeBytes;   // expected size (0 = unknown; then only the server's length is checked)
};

// The four SAM 2.1 checkpoints, smallest first.
const QList<OfficialCheckpoint>& officialCheckpoints();
// <AppDataLocation>/models: where downloads go and where the app looks for checkpoints.
QString modelsDirectory();
// The first official checkpoint present in modelsDirectory() (smallest first); empty if none.
QString findInstalledCheckpoint();
// A paragraph telling the person which files to get and where to put them.
QString missingModelHelp();

} // namespace s2s::ui
