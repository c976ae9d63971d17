#include "ui/class_list_panel.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotation/commands.h"
#include "ui/annotator.h"

namespace s2s::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
QIcon swatch(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

ClassListPanel::ClassListPanel(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("classList"));
    list_->setToolTip(tr("Classes of the project. New objects get the selected class. "
                         "Double-click to rename."));
    auto* add = new QToolButton(this);
    add->setText(tr("Add"));
    auto* remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    auto* color = new QToolButton(this);
    color->setText(tr("Colour…"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(color);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &ClassListPanel::addClass);
    connect(remove, &QToolButton::clicked, this, &ClassListPanel::removeClass);
    connect(color, &QToolButton::clicked, this, &ClassListPanel::recolor);
    connect(list_, &QListWidget::itemChanged, this, &ClassListPanel::onItemChanged);
    connect(list_, &QListWidget::currentRowChanged, this, [this] {
        if (!rebuilding_)
            Q_EMIT currentClassChanged(currentClass());
    });
}

void ClassListPanel::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    project_ = project;
    if (project_)
        connect(project_, &Project::classesChanged, this, &ClassListPanel::rebuild);
    rebuild();
}

int ClassListPanel::currentClass() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(kIdRole).toInt() : -1;
}

void ClassListPanel::rebuild() {
    const int current = currentClass();
    rebuilding_ = true;
    list_->clear();
    if (project_) {
        int number = 0;
        for (const ObjectClass& cls : project_->classes()) {
            auto* item = new QListWidgetItem(swatch(cls.color), cls.name, list_);
            item->setData(kIdRole, cls.id);
            if (++number <= 9)  // the keys of MainWindow's "class.N" actions
                item->setToolTip(tr("Key %1 gives the selected object this class").arg(number));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (cls.id == current)
                list_->setCurrentItem(item);
        }
    }
    rebuilding_ = false;
    if (currentClass() != current)
        Q_EMIT currentClassChanged(currentClass());
}

void ClassListPanel::addClass() {
    if (!project_)
        return;
    ObjectClass cls;
    const int n = static_cast<int>(project_->classes().size()) + 1;
    cls.name = tr("class %1").arg(n);
    cls.color = objectColor(n * 3);
    auto* command = new AddClassCommand(project_, cls);
    project_->undoStack()->push(command);
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kIdRole).toInt() == command->classId()) {
            list_->setCurrentRow(i);
            list_->editItem(list_->item(i));
        }
}

void ClassListPanel::removeClass() {
    const int id = currentClass();
    if (project_ && project_->objectClass(id))
        project_->undoStack()->push(new RemoveClassCommand(project_, id));
}

void ClassListPanel::recolor() {
    const ObjectClass* cls = project_ ? project_->objectClass(currentClass()) : nullptr;
    if (cls == nullptr)
        return;
    const QColor color = QColorDialog::getColor(cls->color, this, tr("Class colour"));
    if (!color.isValid())
        return;
    ObjectClass after = *cls;
    after.color = color;
    project_->undoStack()->push(new EditClassCommand(project_, after));
}

void ClassListPanel::onItemChanged(QListWidgetItem* item) {
    if (rebuilding_ || !project_)
        return;
    const ObjectClass* cls = project_->objectClass(item->data(kIdRole).toInt());
    const QString name = item->text().trimmed();
    if (cls == nullptr || name.isEmpty() || name == cls->name)
        return;
    ObjectClass after = *cls;
    after.name = name;
    project_->undoStack()->push(new EditClassCommand(project_, after));
}

} // namespace s2s::ui
