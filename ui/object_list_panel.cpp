#include "ui/object_list_panel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotation/commands.h"

namespace s2s::ui {

namespace {
enum Column { NameColumn = 0, ClassColumn = 1, AreaColumn = 2, ReviewColumn = 3 };
constexpr int kIdRole = Qt::UserRole + 1;

QIcon swatch(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setBrush(color);
    painter.setPen(QPen(Qt::black, 1));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

ObjectListPanel::ObjectListPanel(QWidget* parent) : QWidget(parent) {
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("objectList"));
    tree_->setColumnCount(4);
    tree_->setHeaderLabels({tr("Object"), tr("Class"), tr("Area"), tr("Review")});
    tree_->setRootIsDecorated(false);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(ClassColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(AreaColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(ReviewColumn, QHeaderView::ResizeToContents);
    tree_->headerItem()->setToolTip(ReviewColumn, tr("Masks accepted of all masks; ✗ counts those flagged for a fix"));
    reviewSummary_ = new QLabel(this);
    reviewSummary_->setObjectName(QStringLiteral("reviewSummary"));
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    tree_->setToolTip(tr("Check box: show or hide. Double-click a name to rename."));

    auto* add = new QToolButton(this);
    add->setText(tr("New"));
    add->setToolTip(tr("New object: the next click or stroke starts it (N)"));
    auto* remove = new QToolButton(this);
    remove->setText(tr("Delete"));
    remove->setToolTip(tr("Delete the selected object (Del)"));
    colorButton_ = new QToolButton(this);
    colorButton_->setText(tr("Colour…"));
    classCombo_ = new QComboBox(this);
    classCombo_->setToolTip(tr("Class of the selected object"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(colorButton_);
    buttons->addStretch();
    auto* classRow = new QHBoxLayout;
    classRow->addWidget(new QLabel(tr("Class:"), this));
    classRow->addWidget(classCombo_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tree_, 1);
    layout->addWidget(reviewSummary_);
    layout->addLayout(classRow);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &ObjectListPanel::newObjectRequested);
    connect(remove, &QToolButton::clicked, this, &ObjectListPanel::deleteRequested);
    connect(colorButton_, &QToolButton::clicked, this, &ObjectListPanel::chooseColor);
    connect(tree_, &QTreeWidget::itemChanged, this, &ObjectListPanel::onItemChanged);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!rebuilding_)
            Q_EMIT objectSelected(selectedObject());
        updateClassCombo();
    });
    connect(classCombo_, &QComboBox::activated, this, &ObjectListPanel::onClassChosen);
}

void ObjectListPanel::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    project_ = project;
    mediaId_ = -1;
    if (project_) {
        connect(project_, &Project::objectsChanged, this, [this](int id) {
            if (id == mediaId_)
                rebuild();
        });
        connect(project_, &Project::classesChanged, this, &ObjectListPanel::rebuild);
        connect(project_, &Project::maskChanged, this, [this](int media, int frame, int) {
            if (media == mediaId_ && frame == frame_)
                rebuild();
        });
        // A whole masklet's verdicts come as one signal per mask: one rebuild for them all.
        connect(project_, &Project::reviewChanged, this, [this](int media, int, int) {
            if (media != mediaId_ || reviewRebuildPending_)
                return;
            reviewRebuildPending_ = true;
            QTimer::singleShot(0, this, [this] {
                reviewRebuildPending_ = false;
                rebuild();
            });
        });
    }
    rebuild();
}

void ObjectListPanel::setMedia(int mediaId, int frame) {
    mediaId_ = mediaId;
    frame_ = frame;
    rebuild();
}

int ObjectListPanel::selectedObject() const {
    const QList<QTreeWidgetItem*> items = tree_->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(NameColumn, kIdRole).toInt();
}

void ObjectListPanel::setSelectedObject(int objectId) {
    rebuilding_ = true;
    tree_->clearSelection();
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (item->data(NameColumn, kIdRole).toInt() == objectId) {
            item->setSelected(true);
            tree_->scrollToItem(item);
        }
    }
    rebuilding_ = false;
    updateClassCombo();
}

void ObjectListPanel::rebuild() {
    const int selected = selectedObject();
    rebuilding_ = true;
    tree_->clear();
    if (project_ && project_->media(mediaId_) != nullptr) {
        for (const AnnotatedObject& obj : project_->objects(mediaId_)) {
            auto* item = new QTreeWidgetItem(tree_);
            item->setData(NameColumn, kIdRole, obj.id);
            item->setText(NameColumn, obj.name.isEmpty() ? tr("Object %1").arg(obj.id) : obj.name);
            item->setIcon(NameColumn, swatch(obj.color));
            item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, obj.hidden ? Qt::Unchecked : Qt::Checked);
            const ObjectClass* cls = project_->objectClass(obj.classId);
            item->setText(ClassColumn, cls ? cls->name : tr("–"));
            const FrameAnnotation* ann = project_->annotation(mediaId_, frame_, obj.id);
            item->setText(AreaColumn, ann ? QString::number(ann->mask.area()) : QString());
            const ReviewCounts counts = project_->reviewCounts(mediaId_, obj.id);
            if (counts.total() > 0) {
                QString text = QStringLiteral("%1/%2 ✓").arg(counts.accepted).arg(counts.total());
                if (counts.needsFix > 0)
                    text += QStringLiteral("  %1 ✗").arg(counts.needsFix);
                item->setText(ReviewColumn, text);
                item->setToolTip(ReviewColumn, reviewText(counts));
                const ReviewState state = counts.masklet();  // counted once, not again per object
                if (state != ReviewState::NotReviewed)
                    item->setForeground(ReviewColumn, state == ReviewState::Accepted ? QColor(40, 150, 60)
                                                                                      : QColor(200, 50, 40));
            }
            if (obj.id == selected)
                item->setSelected(true);
        }
    }
    rebuilding_ = false;
    const bool known = project_ && project_->media(mediaId_) != nullptr;
    const ReviewCounts all = known ? project_->reviewCounts(mediaId_) : ReviewCounts();
    reviewSummary_->setVisible(all.total() > 0);
    reviewSummary_->setText(all.total() > 0 ? tr("Review: %1").arg(reviewText(all)) : QString());
    updateClassCombo();
}

QString ObjectListPanel::reviewText(const ReviewCounts& counts) {
    return tr("%1 accepted, %2 need a fix, %3 not reviewed")
        .arg(counts.accepted)
        .arg(counts.needsFix)
        .arg(counts.notReviewed);
}

ReviewCounts ObjectListPanel::shownCounts() const {
    return project_ && project_->media(mediaId_) ? project_->reviewCounts(mediaId_) : ReviewCounts();
}

void ObjectListPanel::updateClassCombo() {
    classCombo_->clear();
    classCombo_->addItem(tr("(no class)"), -1);
    const int id = selectedObject();
    const AnnotatedObject* obj = project_ ? project_->object(mediaId_, id) : nullptr;
    if (project_)
        for (const ObjectClass& cls : project_->classes())
            classCombo_->addItem(swatch(cls.color), cls.name, cls.id);
    classCombo_->setEnabled(obj != nullptr);
    colorButton_->setEnabled(obj != nullptr);
    if (obj)
        classCombo_->setCurrentIndex(std::max(0, classCombo_->findData(obj->classId)));
}

void ObjectListPanel::onItemChanged(QTreeWidgetItem* item, int column) {
    if (rebuilding_ || !project_ || column != NameColumn)
        return;
    const AnnotatedObject* obj = project_->object(mediaId_, item->data(NameColumn, kIdRole).toInt());
    if (obj == nullptr)
        return;
    AnnotatedObject after = *obj;
    after.name = item->text(NameColumn).trimmed();
    after.hidden = item->checkState(NameColumn) == Qt::Unchecked;
    if (after == *obj)
        return;
    project_->undoStack()->push(new EditObjectCommand(project_, mediaId_, after));
}

void ObjectListPanel::onClassChosen(int index) {
    const AnnotatedObject* obj = project_ ? project_->object(mediaId_, selectedObject()) : nullptr;
    if (obj == nullptr)
        return;
    AnnotatedObject after = *obj;
    after.classId = classCombo_->itemData(index).toInt();
    if (const ObjectClass* cls = project_->objectClass(after.classId); cls && cls->color.isValid())
        after.color = cls->color;
    if (!(after == *obj))
        project_->undoStack()->push(new EditObjectCommand(project_, mediaId_, after));
}

void ObjectListPanel::chooseColor() {
    const AnnotatedObject* obj = project_ ? project_->object(mediaId_, selectedObject()) : nullptr;
    if (obj == nullptr)
        return;
    const QColor color = QColorDialog::getColor(obj->color, this, tr("Object colour"));
    if (!color.isValid() || color == obj->color)
        return;
    AnnotatedObject after = *obj;
    after.color = color;
    project_->undoStack()->push(new EditObjectCommand(project_, mediaId_, after));
}

} // namespace s2s::ui
