#pragma once
// Helpers shared by the GUI tests: isolated settings and caches, synthetic mouse input.
#include <QApplication>
#include <QFileInfo>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

namespace guitest {

// Keeps QSettings, caches and autosaves of the tests away from the user's.
inline void isolateSettings(const QString& dir) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SAM2Studio"));
    // One name per test program: caches (embeddings) live under the application name, and ctest
    // runs programs in parallel; a shared folder let one program's cleanup empty another's cache.
    QCoreApplication::setApplicationName(QStringLiteral("sam2studio-test-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

inline void sendMouse(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    const QPointF local(pos);
    QMouseEvent event(type, local, target->mapToGlobal(local), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

inline void click(QWidget* target, QPoint pos, Qt::MouseButton button = Qt::LeftButton,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    sendMouse(target, QEvent::MouseButtonPress, pos, button, button, modifiers);
    sendMouse(target, QEvent::MouseButtonRelease, pos, button, Qt::NoButton, modifiers);
}

inline void drag(QWidget* target, const QList<QPoint>& path) {
    sendMouse(target, QEvent::MouseButtonPress, path.first(), Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i < path.size(); ++i)
        sendMouse(target, QEvent::MouseMove, path[i], Qt::NoButton, Qt::LeftButton);
    sendMouse(target, QEvent::MouseButtonRelease, path.last(), Qt::LeftButton, Qt::NoButton);
}

inline void hover(QWidget* target, QPoint pos) {
    sendMouse(target, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
}

} // namespace guitest
