#pragma once
// Lists the official SAM 2.1 checkpoints and downloads the chosen one into modelsDirectory().
#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace s2s::ui {

class CheckpointDownloader;

class CheckpointDownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit CheckpointDownloadDialog(QWidget* parent = nullptr);

Q_SIGNALS:
    void downloaded(const QString& path);

private:
    void startSelected();
    CheckpointDownloader* downloader_;
    QListWidget* list_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* start_;
    QPushButton* cancel_;
};

} // namespace s2s::ui
