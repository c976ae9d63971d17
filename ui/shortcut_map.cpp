#include "ui/shortcut_map.h"

#include <QSettings>

namespace s2s::ui {

namespace {

QString settingsKey(const QString& name) { return QStringLiteral("shortcuts/") + name; }

QString actionText(const QAction* act) { return act->text().remove(QLatin1Char('&')); }

} // namespace

QString keysText(const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const QKeySequence& key : keys)
        parts << key.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

ShortcutMap::ShortcutMap(QObject* parent) : QObject(parent) {}

void ShortcutMap::adopt(const QList<QAction*>& actions) {
    for (QAction* act : actions) {
        const QString name = act->objectName();
        if (name.isEmpty() || defaults_.count(name) != 0)
            continue;
        actions_.append(act);
        defaults_[name] = act->shortcuts();
    }
    QSettings settings;
    for (QAction* act : actions) {
        const QString name = act->objectName();
        if (name.isEmpty() || !settings.contains(settingsKey(name)))
            continue;
        QList<QKeySequence> keys;
        for (const QString& text : settings.value(settingsKey(name)).toStringList())
            if (const QKeySequence key(text, QKeySequence::PortableText); !key.isEmpty())
                keys << key;
        if (QAction* other = conflict(name, keys)) {
            qWarning("saved shortcut %s of %s is taken by %s; keeping the default", qPrintable(keysText(keys)),
                     qPrintable(name), qPrintable(other->objectName()));
            continue;
        }
        act->setShortcuts(keys);
    }
}

QList<QAction*> ShortcutMap::actions() const {
    QList<QAction*> out;
    for (const QPointer<QAction>& act : actions_)
        if (act)
            out << act.data();
    return out;
}

QAction* ShortcutMap::find(const QString& name) const {
    for (QAction* act : actions())
        if (act->objectName() == name)
            return act;
    return nullptr;
}

QList<QKeySequence> ShortcutMap::defaults(const QString& name) const {
    const auto it = defaults_.find(name);
    return it == defaults_.end() ? QList<QKeySequence>() : it->second;
}

bool ShortcutMap::isChanged(const QString& name) const {
    const QAction* act = find(name);
    return act != nullptr && act->shortcuts() != defaults(name);
}

QAction* ShortcutMap::conflict(const QString& name, const QList<QKeySequence>& keys) const {
    for (QAction* act : actions()) {
        if (act->objectName() == name)
            continue;
        for (const QKeySequence& key : keys)
            if (!key.isEmpty() && act->shortcuts().contains(key))
                return act;
    }
    return nullptr;
}

bool ShortcutMap::assign(const QString& name, const QList<QKeySequence>& keys, QString* error) {
    QAction* act = find(name);
    if (act == nullptr) {
        if (error)
            *error = tr("There is no action named %1.").arg(name);
        return false;
    }
    if (QAction* other = conflict(name, keys)) {
        if (error)
            *error = tr("%1 is already the shortcut of “%2”. Give that action another key first.")
                         .arg(keysText(keys), actionText(other));
        return false;
    }
    act->setShortcuts(keys);
    save(name);
    Q_EMIT changed(name);
    return true;
}

bool ShortcutMap::reset(const QString& name, QString* error) { return assign(name, defaults(name), error); }

void ShortcutMap::resetAll() {
    QSettings settings;
    settings.remove(QStringLiteral("shortcuts"));
    for (QAction* act : actions()) {
        act->setShortcuts(defaults(act->objectName()));
        Q_EMIT changed(act->objectName());
    }
}

void ShortcutMap::save(const QString& name) const {
    QSettings settings;
    const QAction* act = find(name);
    if (act == nullptr || !isChanged(name)) {
        settings.remove(settingsKey(name));
        return;
    }
    QStringList texts;
    for (const QKeySequence& key : act->shortcuts())
        texts << key.toString(QKeySequence::PortableText);
    // An empty list reads back as "no value"; a single empty string keeps "no shortcut" apart
    // from "the default".
    settings.setValue(settingsKey(name), texts.isEmpty() ? QStringList{QString()} : texts);
}

} // namespace s2s::ui
