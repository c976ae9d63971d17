#pragma once
// Every named action's keys, changeable by the person (Help ▸ Keyboard shortcuts): the keys the
// code gave are the defaults, changes live in the settings under "shortcuts/<action name>" (a
// list of portable key strings, present only while different from the defaults), and a key
// that another action already uses is refused. No widgets: the dialog (shortcuts_dialog.h) and
// the tests drive it the same way.
#include <map>

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

namespace s2s::ui {

class ShortcutMap : public QObject {
    Q_OBJECT
public:
    explicit ShortcutMap(QObject* parent = nullptr);

    // Takes the actions that have an object name; their keys now are their defaults. Then
    // applies the saved changes (one that would clash with another action's keys is skipped,
    // with a warning in the log).
    void adopt(const QList<QAction*>& actions);

    QList<QAction*> actions() const;  // in the order adopted
    QAction* find(const QString& name) const;
    QList<QKeySequence> defaults(const QString& name) const;
    bool isChanged(const QString& name) const;

    // The other action that already has one of `keys` (nullptr: none).
    QAction* conflict(const QString& name, const QList<QKeySequence>& keys) const;
    // Gives the action `keys` (empty: none) and saves it. Refuses a conflict or an unknown name:
    // false, and `error` says which action has the key.
    bool assign(const QString& name, const QList<QKeySequence>& keys, QString* error = nullptr);
    // Back to the defaults (refused, like assign, when another action took a default key since).
    bool reset(const QString& name, QString* error = nullptr);
    // Every action back to its defaults; forgets all saved changes.
    void resetAll();

Q_SIGNALS:
    void changed(const QString& name);

private:
    void save(const QString& name) const;

    QList<QPointer<QAction>> actions_;
    std::map<QString, QList<QKeySequence>> defaults_;
};

// Keys as people read them ("Ctrl+E, Ctrl+Shift+Z").
QString keysText(const QList<QKeySequence>& keys);

} // namespace s2s::ui
