#include "ui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/shortcut_map.h"

namespace s2s::ui {

namespace {
enum Column { ActionColumn = 0, KeysColumn = 1 };
constexpr int kNameRole = Qt::UserRole;
} // namespace

ShortcutsDialog::ShortcutsDialog(ShortcutMap* map, const QList<QPair<QString, QString>>& gestures, QWidget* parent)
    : QDialog(parent), map_(map), gestures_(gestures) {
    setWindowTitle(tr("Keyboard shortcuts"));
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("Search actions and keys"));
    search_->setClearButtonEnabled(true);
    table_ = new QTableWidget(this);
    table_->setColumnCount(2);
    table_->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table_->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);

    keyEdit_ = new QKeySequenceEdit(this);
    auto* assign = new QPushButton(tr("&Assign"), this);
    auto* clear = new QPushButton(tr("C&lear"), this);
    auto* reset = new QPushButton(tr("&Reset"), this);
    auto* resetAllButton = new QPushButton(tr("Reset &all"), this);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("New key:"), this));
    editRow->addWidget(keyEdit_, 1);
    editRow->addWidget(assign);
    editRow->addWidget(clear);
    editRow->addWidget(reset);
    editRow->addWidget(resetAllButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(table_, 1);
    layout->addLayout(editRow);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    resize(620, 640);

    connect(search_, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        const QAction* act = name.isEmpty() ? nullptr : map_->find(name);
        keyEdit_->setKeySequence(act != nullptr && !act->shortcuts().isEmpty() ? act->shortcuts().first()
                                                                              : QKeySequence());
        error_->clear();
    });
    connect(assign, &QPushButton::clicked, this, [this] { assignToSelected(keyEdit_->keySequence()); });
    connect(clear, &QPushButton::clicked, this, &ShortcutsDialog::clearSelected);
    connect(reset, &QPushButton::clicked, this, &ShortcutsDialog::resetSelected);
    connect(resetAllButton, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
    fill();
}

void ShortcutsDialog::fill() {
    struct Row {
        QString text, keys, name;
        bool changed = false;
    };
    QList<Row> rows;
    for (QAction* act : map_->actions())
        rows.append({act->text().remove(QLatin1Char('&')), keysText(act->shortcuts()), act->objectName(),
                     map_->isChanged(act->objectName())});
    for (const auto& [what, how] : gestures_)
        rows.append({what, how, QString(), false});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.text < b.text; });
    const QString selected = selectedName();
    table_->clearContents();
    table_->setRowCount(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        auto* what = new QTableWidgetItem(rows[i].text);
        auto* keys = new QTableWidgetItem(rows[i].keys);
        what->setData(kNameRole, rows[i].name);
        if (rows[i].name.isEmpty()) {  // a gesture: shown, not editable
            for (QTableWidgetItem* item : {what, keys}) {
                item->setFlags(Qt::ItemIsEnabled);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        } else if (rows[i].changed) {
            QFont bold = keys->font();
            bold.setBold(true);
            keys->setFont(bold);
            keys->setToolTip(tr("Changed; the default is %1").arg(keysText(map_->defaults(rows[i].name))));
        }
        table_->setItem(i, ActionColumn, what);
        table_->setItem(i, KeysColumn, keys);
    }
    if (!selected.isEmpty())
        selectAction(selected);
    filter(search_->text());
}

void ShortcutsDialog::filter(const QString& text) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        const bool match = text.isEmpty() || table_->item(row, ActionColumn)->text().contains(text, Qt::CaseInsensitive) ||
                           table_->item(row, KeysColumn)->text().contains(text, Qt::CaseInsensitive);
        table_->setRowHidden(row, !match);
    }
}

QString ShortcutsDialog::selectedName() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    for (const QTableWidgetItem* item : items)
        if (item->column() == ActionColumn)
            return item->data(kNameRole).toString();
    return {};
}

bool ShortcutsDialog::selectAction(const QString& actionName) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, ActionColumn)->data(kNameRole).toString() == actionName) {
            table_->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ShortcutsDialog::shownKeys(const QString& actionName) const {
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, ActionColumn)->data(kNameRole).toString() == actionName)
            return table_->item(row, KeysColumn)->text();
    return {};
}

QString ShortcutsDialog::errorText() const { return error_->text(); }

void ShortcutsDialog::showResult(bool ok, const QString& error) {
    error_->setText(ok ? QString() : error);
    if (ok)
        fill();
}

bool ShortcutsDialog::assignToSelected(const QKeySequence& key) {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showResult(false, tr("Choose an action in the list first."));
        return false;
    }
    if (key.isEmpty())
        return clearSelected();
    QString error;
    const bool ok = map_->assign(name, {key}, &error);
    showResult(ok, error);
    return ok;
}

bool ShortcutsDialog::clearSelected() {
    const QString name = selectedName();
    QString error;
    const bool ok = !name.isEmpty() && map_->assign(name, {}, &error);
    showResult(ok, name.isEmpty() ? tr("Choose an action in the list first.") : error);
    return ok;
}

bool ShortcutsDialog::resetSelected() {
    const QString name = selectedName();
    QString error;
    const bool ok = !name.isEmpty() && map_->reset(name, &error);
    showResult(ok, name.isEmpty() ? tr("Choose an action in the list first.") : error);
    return ok;
}

void ShortcutsDialog::resetAll() {
    map_->resetAll();
    showResult(true, QString());
}

} // namespace s2s::ui
