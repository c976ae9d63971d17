// Keyboard-first work (issue 20, item 3): Tab / Shift+Tab walk the objects, digits 1–9 give the
// selected object a class (undoable), every action's keys can be changed in the shortcuts editor
// (saved in the settings, conflicts refused with the other action's name), and no two actions
// share a key by default.
#include <QAction>
#include <QKeySequenceEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotation/project.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/canvas_view.h"
#include "ui/main_window.h"
#include "ui/shortcut_map.h"
#include "ui/shortcuts_dialog.h"

using namespace s2s;
using namespace s2s::ui;

namespace {
const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);
QString image() { return kData + QStringLiteral("/sam2_mini/input.png"); }
} // namespace

class TestUiKeyboard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;

    // A window showing the test image with three objects and the classes "cat" and "dog".
    std::unique_ptr<MainWindow> window(std::vector<int>* objectIds = nullptr) {
        auto w = std::make_unique<MainWindow>();
        w->setInteractive(false);
        w->resize(900, 600);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()) || w->openMedia({image()}) != 1)
            return nullptr;
        Project* p = w->project();
        for (const char* name : {"cat", "dog"}) {
            ObjectClass cls;
            cls.name = QString::fromLatin1(name);
            cls.color = name[0] == 'c' ? QColor(Qt::red) : QColor(Qt::blue);
            p->addClass(cls);
        }
        const int media = w->annotator()->mediaId();
        for (int i = 0; i < 3; ++i) {
            AnnotatedObject obj;
            obj.color = Qt::green;
            const int id = p->addObject(media, obj);
            if (objectIds)
                objectIds->push_back(id);
        }
        p->undoStack()->clear();
        return w;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(settingsDir_.path()); }
    void init() { QSettings().remove(QStringLiteral("shortcuts")); }

    void tabWalksTheObjects() {
        std::vector<int> ids;
        auto w = window(&ids);
        QVERIFY(w);
        Annotator* a = w->annotator();
        QCOMPARE(a->selectedObject(), -1);
        QTest::keyClick(w.get(), Qt::Key_Tab);
        QCOMPARE(a->selectedObject(), ids[0]);
        QTest::keyClick(w.get(), Qt::Key_Tab);
        QCOMPARE(a->selectedObject(), ids[1]);
        QTest::keyClick(w.get(), Qt::Key_Backtab, Qt::ShiftModifier);  // what Shift+Tab sends
        QCOMPARE(a->selectedObject(), ids[0]);
        QTest::keyClick(w.get(), Qt::Key_Backtab, Qt::ShiftModifier);  // wraps around
        QCOMPARE(a->selectedObject(), ids[2]);
        QTest::keyClick(w.get(), Qt::Key_Tab);
        QCOMPARE(a->selectedObject(), ids[0]);
    }

    void digitsGiveClasses() {
        std::vector<int> ids;
        auto w = window(&ids);
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        QSignalSpy messages(w.get(), &MainWindow::messageShown);

        QTest::keyClick(w.get(), Qt::Key_2);  // nothing selected: a hint, no change
        QCOMPARE(p->undoStack()->count(), 0);
        QVERIFY(!messages.isEmpty() && messages.last().at(0).toString().contains(QStringLiteral("Select an object")));

        w->annotator()->selectObject(ids[1]);
        QTest::keyClick(w.get(), Qt::Key_2);
        const int dog = p->classes()[1].id;
        QCOMPARE(p->object(media, ids[1])->classId, dog);
        QCOMPARE(p->object(media, ids[1])->color, QColor(Qt::blue));
        QCOMPARE(p->undoStack()->count(), 1);
        QTest::keyClick(w.get(), Qt::Key_1);
        QCOMPARE(p->object(media, ids[1])->classId, p->classes()[0].id);
        QCOMPARE(p->undoStack()->count(), 2);

        QTest::keyClick(w.get(), Qt::Key_5);  // two classes only
        QCOMPARE(p->undoStack()->count(), 2);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("no class 5")));

        p->undoStack()->undo();
        QCOMPARE(p->object(media, ids[1])->classId, dog);
        p->undoStack()->undo();
        QCOMPARE(p->object(media, ids[1])->classId, -1);
        QCOMPARE(p->object(media, ids[1])->color, QColor(Qt::green));
        QCOMPARE(p->object(media, ids[0])->classId, -1);  // the others untouched
    }

    // Every key belongs to one action only, in the defaults the code gives.
    void defaultsHaveNoConflicts() {
        auto w = window();
        QVERIFY(w);
        const QList<QAction*> actions = w->shortcuts()->actions();
        QVERIFY(actions.size() > 40);
        for (QAction* act : actions) {
            QAction* other = w->shortcuts()->conflict(act->objectName(), act->shortcuts());
            QVERIFY2(other == nullptr, qPrintable(act->objectName() + QStringLiteral(" shares a key with ") +
                                                  (other ? other->objectName() : QString())));
        }
    }

    // The editor: a new key works at once and after a restart; a key in use is refused with the
    // name of the action that has it; Reset gives the default back.
    void editorChangesSavesAndRefuses() {
        {
            auto w = window();
            QVERIFY(w);
            ShortcutsDialog dialog(w->shortcuts(), {{QStringLiteral("Pan"), QStringLiteral("Space+drag")}}, w.get());
            QVERIFY(dialog.selectAction(QStringLiteral("tool.box")));
            QCOMPARE(dialog.keyEdit()->keySequence(), QKeySequence(Qt::Key_R));
            // Taken by "Export dataset": refused, nothing changes.
            QVERIFY(!dialog.assignToSelected(QKeySequence(Qt::CTRL | Qt::Key_E)));
            QVERIFY(dialog.errorText().contains(QStringLiteral("Export dataset")));
            QCOMPARE(w->action(QStringLiteral("tool.box"))->shortcut(), QKeySequence(Qt::Key_R));
            QCOMPARE(w->action(QStringLiteral("export"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

            QVERIFY(dialog.assignToSelected(QKeySequence(Qt::Key_F2)));
            QVERIFY(dialog.errorText().isEmpty());
            QCOMPARE(dialog.shownKeys(QStringLiteral("tool.box")), QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText));
            QTest::keyClick(w.get(), Qt::Key_F2);
            QCOMPARE(w->annotator()->tool(), Tool::Box);
            QTest::keyClick(w.get(), Qt::Key_C);
            QCOMPARE(w->annotator()->tool(), Tool::Click);
            QTest::keyClick(w.get(), Qt::Key_R);  // no longer the box tool
            QCOMPARE(w->annotator()->tool(), Tool::Click);
            // R is free now: another action may take it.
            QVERIFY(w->shortcuts()->assign(QStringLiteral("fit"), {QKeySequence(Qt::Key_R)}));
        }
        {  // A new window reads the changes.
            auto w = window();
            QVERIFY(w);
            QCOMPARE(w->action(QStringLiteral("tool.box"))->shortcut(), QKeySequence(Qt::Key_F2));
            QCOMPARE(w->action(QStringLiteral("fit"))->shortcut(), QKeySequence(Qt::Key_R));
            QVERIFY(w->shortcuts()->isChanged(QStringLiteral("tool.box")));
            // The default R is taken by "fit" now: resetting the box tool is refused...
            QString error;
            QVERIFY(!w->shortcuts()->reset(QStringLiteral("tool.box"), &error));
            QVERIFY(error.contains(QStringLiteral("Fit to window")));
            // ...until everything goes back.
            ShortcutsDialog dialog(w->shortcuts(), {}, w.get());
            dialog.resetAll();
            QCOMPARE(w->action(QStringLiteral("tool.box"))->shortcut(), QKeySequence(Qt::Key_R));
            QCOMPARE(w->action(QStringLiteral("fit"))->shortcut(), QKeySequence(Qt::Key_F));
            QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/tool.box")));
        }
    }

    // "No shortcut" is kept apart from "the default", and a saved key that clashes with another
    // action's (an older settings file) is skipped on load.
    void clearedAndClashingSettings() {
        QSettings().setValue(QStringLiteral("shortcuts/tool.brush"), QStringList{QStringLiteral("Ctrl+E")});
        {
            auto w = window();
            QVERIFY(w);
            QCOMPARE(w->action(QStringLiteral("tool.brush"))->shortcut(), QKeySequence(Qt::Key_B));
            QVERIFY(w->shortcuts()->assign(QStringLiteral("tool.eraser"), {}));
            QVERIFY(w->action(QStringLiteral("tool.eraser"))->shortcuts().isEmpty());
        }
        auto w = window();
        QVERIFY(w);
        QVERIFY(w->action(QStringLiteral("tool.eraser"))->shortcuts().isEmpty());
        QVERIFY(w->shortcuts()->isChanged(QStringLiteral("tool.eraser")));
    }
};

QTEST_MAIN(TestUiKeyboard)
#include "test_ui_keyboard.moc"
