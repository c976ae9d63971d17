#include "ui/video_ui.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

#include "ui/main_window.h"
#include "ui/timeline_widget.h"
#include "ui/video_controller.h"

namespace s2s::ui {

VideoController* installVideoUi(MainWindow* window) {
    auto* controller = new VideoController(window->annotator(), window->inference(), window);
    controller->setObjectName(QStringLiteral("videoController"));
    auto* panel = new TimelinePanel(controller, window);
    QDockWidget* dock = window->addBottomDock(panel, MainWindow::tr("Timeline"));
    dock->setObjectName(QStringLiteral("timelineDock"));

    QMenu* menu = window->menuBar()->addMenu(MainWindow::tr("&Video"));
    menu->setObjectName(QStringLiteral("videoMenu"));
    for (QAction* act : panel->videoActions()) {
        window->addAction(act);  // shortcuts work wherever the focus is in the window
        menu->addAction(act);
        if (act->objectName() == QLatin1String("video.nextProblem") ||
            act->objectName() == QLatin1String("video.cancel") ||
            act->objectName() == QLatin1String("video.history"))
            menu->addSeparator();
    }
    menu->addAction(dock->toggleViewAction());

    // Undo while frames are still arriving would interleave with the run's own undo step.
    QObject::connect(controller, &VideoController::propagationStarted, window, [window] {
        for (const char* name : {"undo", "redo"})
            if (QAction* act = window->action(QString::fromLatin1(name)))
                act->setEnabled(false);
    });
    QObject::connect(controller, &VideoController::propagationFinished, window, [window] {
        QUndoStack* stack = window->project() ? window->project()->undoStack() : nullptr;
        if (QAction* act = window->action(QStringLiteral("undo")))
            act->setEnabled(stack && stack->canUndo());
        if (QAction* act = window->action(QStringLiteral("redo")))
            act->setEnabled(stack && stack->canRedo());
    });
    QObject::connect(controller, &VideoController::message, window, [window](const QString& text) {
        window->statusBar()->showMessage(text, 6000);
        Q_EMIT window->messageShown(text);
    });
    return controller;
}

TimelinePanel* timelinePanelOf(const MainWindow* window) {
    return window->findChild<TimelinePanel*>(QStringLiteral("timeline"));
}

} // namespace s2s::ui
