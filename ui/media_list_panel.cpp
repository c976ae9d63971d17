#include "ui/media_list_panel.h"

#include <QApplication>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace s2s::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

MediaListPanel::MediaListPanel(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("mediaList"));
    list_->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list_);
    connect(list_, &QListWidget::currentRowChanged, this, [this] {
        if (!rebuilding_ && currentMedia() >= 0)
            Q_EMIT mediaActivated(currentMedia());
    });
    auto* remove = new QAction(tr("Remove from project"), list_);
    connect(remove, &QAction::triggered, this, [this] {
        if (currentMedia() >= 0)
            Q_EMIT removeRequested(currentMedia());
    });
    list_->addAction(remove);
}

void MediaListPanel::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    project_ = project;
    if (project_) {
        connect(project_, &Project::mediaListChanged, this, &MediaListPanel::rebuild);
        connect(project_, &Project::mediaChanged, this, &MediaListPanel::rebuild);
        connect(project_, &Project::objectsChanged, this, &MediaListPanel::rebuild);
    }
    rebuild();
}

int MediaListPanel::currentMedia() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(kIdRole).toInt() : -1;
}

void MediaListPanel::setCurrentMedia(int mediaId) {
    rebuilding_ = true;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kIdRole).toInt() == mediaId)
            list_->setCurrentRow(i);
    rebuilding_ = false;
}

void MediaListPanel::rebuild() {
    const int current = currentMedia();
    rebuilding_ = true;
    list_->clear();
    if (project_) {
        QStyle* style = QApplication::style();
        for (const MediaItem& item : project_->mediaItems()) {
            const int objects = static_cast<int>(project_->objects(item.id).size());
            QString text = item.displayName();
            if (objects > 0)
                text += QStringLiteral("  (%1)").arg(objects);
            const QIcon icon = item.missing ? style->standardIcon(QStyle::SP_MessageBoxWarning)
                               : item.kind == MediaKind::Image
                                   ? style->standardIcon(QStyle::SP_FileIcon)
                                   : style->standardIcon(QStyle::SP_MediaPlay);
            auto* row = new QListWidgetItem(icon, text, list_);
            row->setData(kIdRole, item.id);
            row->setToolTip(item.missing ? tr("Missing: %1").arg(item.path) : item.path);
            if (item.id == current)
                list_->setCurrentItem(row);
        }
    }
    rebuilding_ = false;
}

} // namespace s2s::ui
