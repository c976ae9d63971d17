#pragma once
// The project's class list: add, rename (double-click), recolour, remove. The selected class is
// the one new objects get.
#include <QPointer>
#include <QWidget>

#include "annotation/project.h"

class QListWidget;
class QListWidgetItem;

namespace s2s::ui {

class ClassListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClassListPanel(QWidget* parent = nullptr);
    void setProject(Project* project);
    int currentClass() const;  // -1: none

Q_SIGNALS:
    void currentClassChanged(int classId);

private:
    void rebuild();
    void addClass();
    void removeClass();
    void recolor();
    void onItemChanged(QListWidgetItem* item);

    QPointer<Project> project_;
    QListWidget* list_;
    bool rebuilding_ = false;
};

} // namespace s2s::ui
