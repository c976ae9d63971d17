#include "ui/masklet_history_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "annotation/worker/video_editor.h"

namespace s2s::ui {

MaskletHistoryDialog::MaskletHistoryDialog(VideoEditor* editor, int mediaId, int objectId, QWidget* parent)
    : QDialog(parent), editor_(editor), mediaId_(mediaId), objectId_(objectId) {
    setWindowTitle(tr("Masklet history"));
    setObjectName(QStringLiteral("maskletHistoryDialog"));
    auto* layout = new QVBoxLayout(this);
    const AnnotatedObject* object = editor->project() ? editor->project()->object(mediaId, objectId) : nullptr;
    layout->addWidget(new QLabel(
        tr("The last %1 versions of %2, newest last, compared with its masks now.")
            .arg(MaskletHistory::kVersionsKept)
            .arg(object && !object->name.isEmpty() ? object->name : tr("object %1").arg(objectId)),
        this));
    table_ = new QTableWidget(0, 5, this);
    table_->setHorizontalHeaderLabels(
        {tr("When"), tr("What"), tr("Frames"), tr("Frames differing"), tr("Mean IoU with now")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    show_ = buttons->addButton(tr("Show first difference"), QDialogButtonBox::ActionRole);
    restore_ = buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore_, &QPushButton::clicked, this, &MaskletHistoryDialog::restoreSelected);
    connect(show_, &QPushButton::clicked, this, [this] {
        const int v = selectedVersion();
        if (v < 0 || !editor_->project())
            return;
        const auto& versions = editor_->history().versions(mediaId_, objectId_);
        const MaskletComparison c =
            MaskletHistory::compare(*editor_->project(), mediaId_, objectId_, versions[static_cast<size_t>(v)]);
        if (c.firstDiffering >= 0)
            Q_EMIT showFrame(c.firstDiffering);
    });
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        restore_->setEnabled(selectedVersion() >= 0);
        show_->setEnabled(selectedVersion() >= 0);
    });
    connect(editor_, &VideoEditor::historyChanged, this, [this](int media, int obj) {
        if (media == mediaId_ && obj == objectId_)
            refresh();
    });
    resize(640, 320);
    refresh();
}

void MaskletHistoryDialog::refresh() {
    const auto& versions = editor_->history().versions(mediaId_, objectId_);
    table_->setRowCount(static_cast<int>(versions.size()));
    for (int row = 0; row < static_cast<int>(versions.size()); ++row) {
        const MaskletVersion& v = versions[static_cast<size_t>(row)];
        const MaskletComparison c = editor_->project()
                                        ? MaskletHistory::compare(*editor_->project(), mediaId_, objectId_, v)
                                        : MaskletComparison();
        const QStringList cells{v.when.toString(QStringLiteral("HH:mm:ss")), v.label, QString::number(c.framesInVersion),
                                c.framesDiffering == 0 ? tr("none (current)")
                                                       : tr("%1 (frames %2-%3)")
                                                             .arg(c.framesDiffering)
                                                             .arg(c.firstDiffering + 1)
                                                             .arg(c.lastDiffering + 1),
                                QString::number(c.meanIou, 'f', 3)};
        for (int col = 0; col < cells.size(); ++col)
            table_->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    if (!versions.empty())
        table_->selectRow(static_cast<int>(versions.size()) - 1);
    restore_->setEnabled(selectedVersion() >= 0);
    show_->setEnabled(selectedVersion() >= 0);
}

int MaskletHistoryDialog::selectedVersion() const {
    const auto rows = table_->selectionModel() ? table_->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool MaskletHistoryDialog::restoreSelected() {
    const int v = selectedVersion();
    return v >= 0 && editor_->restoreVersion(mediaId_, objectId_, v);
}

} // namespace s2s::ui
