#pragma once
// The objects of the shown media item: select, add, rename (double-click), class, colour,
// hide (check box), delete. Every edit is an undo command on the project.
#include <QPointer>
#include <QWidget>

#include "annotation/project.h"

class QComboBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace s2s::ui {

class ObjectListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ObjectListPanel(QWidget* parent = nullptr);

    void setProject(Project* project);
    void setMedia(int mediaId, int frame);
    void setSelectedObject(int objectId);
    int selectedObject() const;
    QTreeWidget* tree() const { return tree_; }
    // The review counts of the item shown (the summary under the list).
    ReviewCounts shownCounts() const;
    QLabel* reviewSummary() const { return reviewSummary_; }

Q_SIGNALS:
    void objectSelected(int objectId);  // -1: none
    void newObjectRequested();
    void deleteRequested();

private:
    void rebuild();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void onClassChosen(int index);
    void chooseColor();
    void updateClassCombo();
    static QString reviewText(const ReviewCounts& counts);

    QPointer<Project> project_;
    int mediaId_ = -1;
    int frame_ = 0;
    bool rebuilding_ = false;
    QTreeWidget* tree_;
    QComboBox* classCombo_;
    QToolButton* colorButton_;
    QLabel* reviewSummary_;
    bool reviewRebuildPending_ = false;
};

} // namespace s2s::ui
