#include "ui/checkpoint_download_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/checkpoint_downloader.h"
#include "ui/model_files.h"

namespace s2s::ui {

CheckpointDownloadDialog::CheckpointDownloadDialog(QWidget* parent)
    : QDialog(parent), downloader_(new CheckpointDownloader(this)) {
    setWindowTitle(tr("Download SAM 2.1 checkpoints"));
    auto* intro = new QLabel(tr("Official checkpoints from Meta (dl.fbaipublicfiles.com). They are "
                                "saved in %1.").arg(QDir::toNativeSeparators(modelsDirectory())), this);
    intro->setWordWrap(true);
    list_ = new QListWidget(this);
    for (const OfficialCheckpoint& ckpt : officialCheckpoints()) {
        const bool present = QFileInfo(QDir(modelsDirectory()).filePath(ckpt.fileName)).isFile();
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2%3").arg(ckpt.fileName, ckpt.title, present ? tr(" (installed)") : QString()),
            list_);
        item->setData(Qt::UserRole, ckpt.fileName);
    }
    list_->setCurrentRow(0);
    progress_ = new QProgressBar(this);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    start_ = new QPushButton(tr("Download"), this);
    cancel_ = new QPushButton(tr("Stop"), this);
    cancel_->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(start_, QDialogButtonBox::ActionRole);
    buttons->addButton(cancel_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list_);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(start_, &QPushButton::clicked, this, &CheckpointDownloadDialog::startSelected);
    connect(cancel_, &QPushButton::clicked, downloader_, &CheckpointDownloader::cancel);
    connect(downloader_, &CheckpointDownloader::progress, this, [this](qint64 got, qint64 total) {
        progress_->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            progress_->setValue(static_cast<int>(got * 1000 / total));
        status_->setText(tr("%1 of %2 MB").arg(got / 1e6, 0, 'f', 1).arg(total > 0 ? total / 1e6 : 0.0, 0, 'f', 1));
    });
    connect(downloader_, &CheckpointDownloader::finished, this, [this](const QString& path) {
        start_->setEnabled(true);
        cancel_->setEnabled(false);
        status_->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT downloaded(path);
    });
    connect(downloader_, &CheckpointDownloader::failed, this, [this](const QString& message) {
        start_->setEnabled(true);
        cancel_->setEnabled(false);
        progress_->setRange(0, 1000);
        status_->setText(message);
    });
    resize(560, 360);
}

void CheckpointDownloadDialog::startSelected() {
    const QListWidgetItem* item = list_->currentItem();
    if (item == nullptr)
        return;
    for (const OfficialCheckpoint& ckpt : officialCheckpoints()) {
        if (ckpt.fileName != item->data(Qt::UserRole).toString())
            continue;
        start_->setEnabled(false);
        cancel_->setEnabled(true);
        status_->setText(tr("Connecting…"));
        downloader_->start(ckpt.url, QDir(modelsDirectory()).filePath(ckpt.fileName), ckpt.sizeBytes);
    }
}

} // namespace s2s::ui
