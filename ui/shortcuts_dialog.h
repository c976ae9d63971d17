#pragma once
// Help ▸ Keyboard shortcuts: every action with its keys, searchable, and editable: pick a row,
// press the new key in the key field, Assign (a key another action has is refused with its name),
// Clear, Reset or Reset all. Mouse gestures are listed too, greyed out. Changes go through
// ShortcutMap (saved in the settings, applied at once).
#include <QDialog>
#include <QList>
#include <QPair>

class QKeySequence;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace s2s::ui {

class ShortcutMap;

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // `gestures`: (what, how) rows that are not actions ("Pan with any tool", "Space+drag").
    ShortcutsDialog(ShortcutMap* map, const QList<QPair<QString, QString>>& gestures, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QKeySequenceEdit* keyEdit() const { return keyEdit_; }
    // The last refusal in words (empty after a success).
    QString errorText() const;
    // The keys shown in the action's row.
    QString shownKeys(const QString& actionName) const;

    bool selectAction(const QString& actionName);
    // What the buttons do, on the selected row.
    bool assignToSelected(const QKeySequence& key);
    bool clearSelected();
    bool resetSelected();
    void resetAll();

private:
    void fill();
    void filter(const QString& text);
    QString selectedName() const;
    void showResult(bool ok, const QString& error);

    ShortcutMap* map_;
    QList<QPair<QString, QString>> gestures_;
    QLineEdit* search_;
    QTableWidget* table_;
    QKeySequenceEdit* keyEdit_;
    QLabel* error_;
};

} // namespace s2s::ui
