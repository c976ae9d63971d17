#pragma once
// The media items of the project, in order; the current one is shown on the canvas.
#include <QPointer>
#include <QWidget>

#include "annotation/project.h"

class QListWidget;

namespace s2s::ui {

class MediaListPanel : public QWidget {
    Q_OBJECT
public:
    explicit MediaListPanel(QWidget* parent = nullptr);
    void setProject(Project* project);
    void setCurrentMedia(int mediaId);
    int currentMedia() const;
    QListWidget* list() const { return list_; }

Q_SIGNALS:
    void mediaActivated(int mediaId);
    void removeRequested(int mediaId);

private:
    void rebuild();
    QPointer<Project> project_;
    QListWidget* list_;
    bool rebuilding_ = false;
};

} // namespace s2s::ui
