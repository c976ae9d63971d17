#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotation/autosave.h"
#include "annotation/commands.h"
#include "annotation/worker/inference_client.h"
#include "export/export.h"
#include "ui/annotator.h"
#include "ui/auto_masks_panel.h"
#include "ui/canvas_view.h"
#include "ui/class_list_panel.h"
#include "ui/dataset_jobs.h"
#include "ui/checkpoint_download_dialog.h"
#include "ui/icons.h"
#include "ui/media_list_panel.h"
#include "ui/media_probe.h"
#include "ui/model_controller.h"
#include "ui/project_files.h"
#include "ui/review_controller.h"
#include "ui/timeline_widget.h"
#include "ui/shortcut_map.h"
#include "ui/shortcuts_dialog.h"
#include "ui/model_files.h"
#include "ui/object_list_panel.h"
#include "ui/video_controller.h"
#include "ui/video_ui.h"

namespace s2s::ui {

namespace {
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), inference_(new InferenceClient(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    resize(1400, 880);

    canvas_ = new CanvasView(this);
    banner_ = new QLabel(this);
    banner_->setObjectName(QStringLiteral("modelBanner"));
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; border-bottom: 1px solid #d8c27a; }"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner_);
    layout->addWidget(canvas_, 1);
    setCentralWidget(central);

    annotator_ = new Annotator(canvas_, inference_, this);
    datasetJobs_ = new DatasetJobs(this);
    model_ = new ModelController(this, inference_);
    projectFiles_ = new ProjectFiles(this, [this](std::unique_ptr<Project> project) { setProject(std::move(project)); });
    review_ = new ReviewController(annotator_, this);
    inference_->setEmbeddingCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                      QStringLiteral("/embeddings"),
                                  2LL * 1024 * 1024 * 1024);

    buildDocks();
    buildActions();
    buildMenus();
    buildStatusBar();

    connect(annotator_, &Annotator::message, this, [this](const QString& t) { showMessage(t); });
    connect(datasetJobs_, &DatasetJobs::message, this, &MainWindow::showMessage);
    connect(projectFiles_, &ProjectFiles::message, this, &MainWindow::showMessage);
    connect(review_, &ReviewController::message, this, [this](const QString& t) { showMessage(t); });
    connect(review_, &ReviewController::activeChanged, this, [this](bool on) {
        action(QStringLiteral("review.mode"))->setChecked(on);
        if (TimelinePanel* timeline = timelinePanelOf(this))
            timeline->view()->setReviewColours(on);
        scheduleReviewStatus();
    });
    connect(datasetJobs_, &DatasetJobs::runningChanged, this, [this](bool running) {
        action(QStringLiteral("export"))->setEnabled(!running);
        action(QStringLiteral("import"))->setEnabled(!running);
    });
    connect(datasetJobs_, &DatasetJobs::imported, this, [this](const ImportReport& report) {
        if (!report.mediaIds.empty())
            annotator_->showFrame(report.mediaIds.front(), 0);
    });
    connect(annotator_, &Annotator::selectedObjectChanged, objectList_,
            &ObjectListPanel::setSelectedObject);
    connect(annotator_, &Annotator::frameShown, this, [this](int mediaId, int frame) {
        objectList_->setMedia(mediaId, frame);
        mediaList_->setCurrentMedia(mediaId);
        updateTitle();
    });
    connect(objectList_, &ObjectListPanel::objectSelected, annotator_, &Annotator::selectObject);
    connect(objectList_, &ObjectListPanel::newObjectRequested, annotator_,
            &Annotator::startNewObject);
    connect(objectList_, &ObjectListPanel::deleteRequested, annotator_,
            &Annotator::deleteSelectedObject);
    connect(classList_, &ClassListPanel::currentClassChanged, annotator_,
            &Annotator::setDefaultClass);
    connect(mediaList_, &MediaListPanel::mediaActivated, this,
            [this](int id) { annotator_->showFrame(id, 0); });
    connect(mediaList_, &MediaListPanel::removeRequested, this, [this](int id) {
        project_->undoStack()->push(new RemoveMediaCommand(project_.get(), id));
    });

    connect(model_, &ModelController::statusChanged, this, &MainWindow::updateModelStatus);
    connect(model_, &ModelController::message, this, &MainWindow::showMessage);
    connect(model_, &ModelController::ready, this, &MainWindow::modelReady);
    connect(model_, &ModelController::failed, this, &MainWindow::modelError);
    connect(inference_, &InferenceClient::activity, this, [this](const QString& text, int percent) {
        activityLabel_->setText(text.isEmpty() ? tr("Idle") : text);
        progress_->setVisible(!text.isEmpty());
        progress_->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            progress_->setValue(percent);
    });
    connect(inference_, &InferenceClient::encodeFailed, this,
            [this](const FrameRef&, const QString& message) { showMessage(message, false); });

    video_ = installVideoUi(this);
    if (video_)
        autoMasks_->setVideoEditor(video_->editor());  // whole-video automatic masklets
    // Last, when every action (the Video menu's too) exists: their keys now are the defaults.
    shortcuts_ = new ShortcutMap(this);
    shortcuts_->adopt(actions());
    setProject(std::make_unique<Project>());

    model_->loadRemembered();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // After the event loop starts, so setInteractive(false) from tests and scripts applies.
    QTimer::singleShot(0, projectFiles_, &ProjectFiles::offerRecovery);
}

MainWindow::~MainWindow() {
    projectFiles_->attach(nullptr);  // the autosave goes before the project it watches
    annotator_->setProject(nullptr);
    // The project outlives actions_ (declared first): its undo stack must not reach them while it
    // is destroyed (QUndoStack::clear emits undoTextChanged).
    if (project_)
        disconnect(project_->undoStack(), nullptr, this, nullptr);
}

QAction* MainWindow::action(const QString& name) const {
    const auto it = actions_.find(name);
    return it == actions_.end() ? nullptr : it->second;
}

QAction* MainWindow::makeAction(const QString& name, const QString& text, const QKeySequence& key,
                                const QString& tip) {
    auto* act = new QAction(text, this);
    act->setObjectName(name);
    if (!key.isEmpty())
        act->setShortcut(key);
    act->setToolTip(tip.isEmpty() ? text : tip);
    act->setShortcutContext(Qt::WindowShortcut);
    addAction(act);
    actions_[name] = act;
    return act;
}

void MainWindow::buildActions() {
    QStyle* st = style();
    makeAction(QStringLiteral("newProject"), tr("&New project"), QKeySequence::New);
    makeAction(QStringLiteral("openMedia"), tr("&Open media…"), QKeySequence::Open)
        ->setIcon(st->standardIcon(QStyle::SP_DialogOpenButton));
    makeAction(QStringLiteral("openFolder"), tr("Open a &folder of images…"),
               QKeySequence(tr("Ctrl+Shift+F")));
    makeAction(QStringLiteral("openFrames"), tr("Open a frame f&older (video)…"), QKeySequence());
    makeAction(QStringLiteral("openProject"), tr("Open &project…"), QKeySequence(tr("Ctrl+Shift+O")));
    makeAction(QStringLiteral("save"), tr("&Save project"), QKeySequence::Save)
        ->setIcon(st->standardIcon(QStyle::SP_DialogSaveButton));
    makeAction(QStringLiteral("saveAs"), tr("Save project &as…"), QKeySequence(tr("Ctrl+Shift+S")));
    makeAction(QStringLiteral("export"), tr("&Export dataset…"), QKeySequence(tr("Ctrl+E")));
    makeAction(QStringLiteral("import"), tr("&Import dataset…"), QKeySequence(tr("Ctrl+I")));
    makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);

    makeAction(QStringLiteral("undo"), tr("&Undo"), QKeySequence(tr("Ctrl+Z")))
        ->setIcon(st->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = makeAction(QStringLiteral("redo"), tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(st->standardIcon(QStyle::SP_ArrowForward));
    makeAction(QStringLiteral("undoPrompt"), tr("Undo last &prompt"), QKeySequence(Qt::Key_Backspace),
               tr("Remove the selected object's last point or box and segment again (Backspace)"));
    makeAction(QStringLiteral("newObject"), tr("&New object"), QKeySequence(Qt::Key_N),
               tr("The next click or stroke starts a new object (N)"));
    makeAction(QStringLiteral("deleteObject"), tr("&Delete object"), QKeySequence::Delete);
    makeAction(QStringLiteral("cycleMask"), tr("Next mask &candidate"), QKeySequence(Qt::Key_M),
               tr("Cycle through the three masks of a single click (M)"));
    makeAction(QStringLiteral("toggleHidden"), tr("&Hide / show object"), QKeySequence(Qt::Key_H));
    // Keyboard first: Tab walks the objects, a digit gives the selected one a class.
    QAction* nextObject = makeAction(QStringLiteral("object.next"), tr("Select ne&xt object"),
                                     QKeySequence(Qt::Key_Tab));
    QAction* previousObject = makeAction(QStringLiteral("object.previous"), tr("Select pre&vious object"),
                                         QKeySequence(Qt::SHIFT | Qt::Key_Tab));
    connect(nextObject, &QAction::triggered, annotator_, [this] { annotator_->selectAdjacentObject(1); });
    connect(previousObject, &QAction::triggered, annotator_, [this] { annotator_->selectAdjacentObject(-1); });
    // Review (review_controller.h): verdicts by key, review mode steps through what is left.
    QAction* reviewMode = makeAction(QStringLiteral("review.mode"), tr("&Review mode"), QKeySequence(tr("Ctrl+R")),
                                     tr("Step through the masks nobody reviewed; Y accepts, X flags (Ctrl+R)"));
    reviewMode->setCheckable(true);
    connect(reviewMode, &QAction::toggled, review_, &ReviewController::setActive);
    const struct {
        const char* name;
        QString text;
        QKeySequence key;
        bool (ReviewController::*slot)();
    } reviewActions[] = {
        {"review.accept", tr("&Accept"), QKeySequence(Qt::Key_Y), &ReviewController::accept},
        {"review.flag", tr("&Flag for a fix"), QKeySequence(Qt::Key_X), &ReviewController::flag},
        {"review.acceptMasklet", tr("Accept the whole &masklet"), QKeySequence(Qt::SHIFT | Qt::Key_Y),
         &ReviewController::acceptMasklet},
        {"review.next", tr("&Next to review"), QKeySequence(Qt::Key_U), &ReviewController::next},
        {"review.previous", tr("&Previous to review"), QKeySequence(Qt::SHIFT | Qt::Key_U), &ReviewController::previous},
        {"review.nextProblem", tr("Next p&roblem"), QKeySequence(Qt::SHIFT | Qt::Key_X), &ReviewController::nextProblem},
    };
    for (const auto& r : reviewActions) {
        QAction* act = makeAction(QString::fromLatin1(r.name), r.text, r.key);
        connect(act, &QAction::triggered, review_, r.slot);
    }
    for (int number = 1; number <= 9; ++number) {
        QAction* act = makeAction(QStringLiteral("class.%1").arg(number), tr("Give class %1").arg(number),
                                  QKeySequence(Qt::Key_0 + number),
                                  tr("Give the selected object the class number %1 of the class list").arg(number));
        connect(act, &QAction::triggered, annotator_, [this, number] { annotator_->assignClassNumber(number); });
    }
    connect(makeAction(QStringLiteral("segmentEverything"), tr("Segment &everything"), QKeySequence(tr("Ctrl+Shift+A")),
                       tr("Propose masks for everything in the image or frame on screen (Ctrl+Shift+A)")),
            &QAction::triggered, this, [this] {
                autoMasksDock_->show();
                autoMasksDock_->raise();
                autoMasks_->run();
            });

    toolGroup_ = new QActionGroup(this);
    const struct {
        const char* name;
        QString text;
        QKeySequence key;
        Tool tool;
        QString tip;
    } tools[] = {
        {"tool.click", tr("&Click"), QKeySequence(Qt::Key_C), Tool::Click,
         tr("Click tool (C): left click adds a positive point, right or Shift+click a negative one")},
        {"tool.box", tr("Bo&x"), QKeySequence(Qt::Key_R), Tool::Box, tr("Box tool (R): drag a box")},
        {"tool.brush", tr("&Brush"), QKeySequence(Qt::Key_B), Tool::Brush,
         tr("Brush (B): paint onto the selected mask; [ and ] change the size")},
        {"tool.eraser", tr("&Eraser"), QKeySequence(Qt::Key_E), Tool::Eraser,
         tr("Eraser (E): paint off the selected mask")},
        {"tool.polygon", tr("&Polygon"), QKeySequence(Qt::Key_P), Tool::Polygon,
         tr("Polygon (P): click vertices, double-click or Enter to close")},
        {"tool.pan", tr("P&an"), QKeySequence(Qt::Key_V), Tool::Pan,
         tr("Pan (V): drag to move; Space+drag or the middle button pan with any tool")},
        {"tool.vertices", tr("Edit &vertices"), QKeySequence(Qt::Key_G), Tool::Vertices,
         tr("Edit vertices (G): the selected mask as polygons; drag a vertex, click an edge to add one, "
            "right-click to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits")},
    };
    for (const auto& t : tools) {
        QAction* act = makeAction(QString::fromLatin1(t.name), t.text, t.key, t.tip);
        act->setCheckable(true);
        act->setIcon(toolIcon(t.tool));
        toolGroup_->addAction(act);
        const Tool tool = t.tool;
        connect(act, &QAction::triggered, this, [this, tool] { annotator_->setTool(tool); });
    }
    action(QStringLiteral("tool.click"))->setChecked(true);
    makeAction(QStringLiteral("brushBigger"), tr("Bigger brush"), QKeySequence(Qt::Key_BracketRight));
    makeAction(QStringLiteral("brushSmaller"), tr("Smaller brush"), QKeySequence(Qt::Key_BracketLeft));
    QAction* hover = makeAction(QStringLiteral("hoverPreview"), tr("&Hover preview"),
                                QKeySequence(tr("Ctrl+H")),
                                tr("Show the mask a click would give under the pointer"));
    hover->setCheckable(true);
    hover->setChecked(QSettings().value(QStringLiteral("ui/hoverPreview"), true).toBool());
    annotator_->setHoverPreviewEnabled(hover->isChecked());

    makeAction(QStringLiteral("fit"), tr("&Fit to window"), QKeySequence(Qt::Key_F));
    makeAction(QStringLiteral("zoomIn"), tr("Zoom &in"), QKeySequence::ZoomIn);
    makeAction(QStringLiteral("zoomOut"), tr("Zoom &out"), QKeySequence::ZoomOut);
    QAction* next = makeAction(QStringLiteral("next"), tr("&Next item"), QKeySequence(Qt::Key_D),
                               tr("Next item (D or Page Down)"));
    next->setShortcuts({QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_PageDown)});
    next->setIcon(st->standardIcon(QStyle::SP_MediaSkipForward));
    QAction* prev = makeAction(QStringLiteral("previous"), tr("&Previous item"),
                               QKeySequence(Qt::Key_A), tr("Previous item (A or Page Up)"));
    prev->setShortcuts({QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_PageUp)});
    prev->setIcon(st->standardIcon(QStyle::SP_MediaSkipBackward));

    makeAction(QStringLiteral("chooseCheckpoint"), tr("Choose &checkpoint…"), QKeySequence());
    makeAction(QStringLiteral("chooseConfig"), tr("Choose model &config (YAML)…"), QKeySequence());
    makeAction(QStringLiteral("download"), tr("&Download official checkpoints…"), QKeySequence());
    makeAction(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence::HelpContents);
    makeAction(QStringLiteral("about"), tr("&About SAM 2 Studio"), QKeySequence());

    connect(action(QStringLiteral("newProject")), &QAction::triggered, projectFiles_, &ProjectFiles::newProject);
    connect(action(QStringLiteral("openMedia")), &QAction::triggered, this, &MainWindow::openMediaDialog);
    connect(action(QStringLiteral("openFolder")), &QAction::triggered, this, &MainWindow::openFolderDialog);
    connect(action(QStringLiteral("openFrames")), &QAction::triggered, this,
            &MainWindow::openFrameFolderDialog);
    connect(action(QStringLiteral("openProject")), &QAction::triggered, projectFiles_, &ProjectFiles::openDialog);
    connect(action(QStringLiteral("save")), &QAction::triggered, this, &MainWindow::save);
    connect(action(QStringLiteral("saveAs")), &QAction::triggered, this, &MainWindow::saveAs);
    connect(action(QStringLiteral("export")), &QAction::triggered, this, &MainWindow::exportDataset);
    connect(action(QStringLiteral("import")), &QAction::triggered, this, &MainWindow::importDataset);
    connect(action(QStringLiteral("quit")), &QAction::triggered, this, &QWidget::close);
    connect(action(QStringLiteral("undo")), &QAction::triggered, this,
            [this] { project_->undoStack()->undo(); });
    connect(redo, &QAction::triggered, this, [this] { project_->undoStack()->redo(); });
    connect(action(QStringLiteral("undoPrompt")), &QAction::triggered, annotator_,
            &Annotator::undoLastPrompt);
    connect(action(QStringLiteral("newObject")), &QAction::triggered, annotator_,
            &Annotator::startNewObject);
    connect(action(QStringLiteral("deleteObject")), &QAction::triggered, annotator_,
            &Annotator::deleteSelectedObject);
    connect(action(QStringLiteral("cycleMask")), &QAction::triggered, annotator_,
            &Annotator::cycleCandidate);
    connect(action(QStringLiteral("toggleHidden")), &QAction::triggered, this, [this] {
        const AnnotatedObject* obj =
            project_->object(annotator_->mediaId(), annotator_->selectedObject());
        if (obj == nullptr)
            return;
        AnnotatedObject after = *obj;
        after.hidden = !after.hidden;
        project_->undoStack()->push(new EditObjectCommand(project_.get(), annotator_->mediaId(), after));
    });
    connect(action(QStringLiteral("brushBigger")), &QAction::triggered, this, [this] {
        canvas_->setBrushRadius(canvas_->brushRadius() * 5 / 4 + 1);
        showMessage(tr("Brush radius %1 px").arg(canvas_->brushRadius()));
    });
    connect(action(QStringLiteral("brushSmaller")), &QAction::triggered, this, [this] {
        canvas_->setBrushRadius(canvas_->brushRadius() * 4 / 5);
        showMessage(tr("Brush radius %1 px").arg(canvas_->brushRadius()));
    });
    connect(hover, &QAction::toggled, this, [this](bool on) {
        annotator_->setHoverPreviewEnabled(on);
        QSettings().setValue(QStringLiteral("ui/hoverPreview"), on);
    });
    connect(action(QStringLiteral("fit")), &QAction::triggered, canvas_, &CanvasView::fitToView);
    connect(action(QStringLiteral("zoomIn")), &QAction::triggered, this, [this] { canvas_->zoomBy(1.25); });
    connect(action(QStringLiteral("zoomOut")), &QAction::triggered, this, [this] { canvas_->zoomBy(0.8); });
    connect(next, &QAction::triggered, this, &MainWindow::nextItem);
    connect(prev, &QAction::triggered, this, &MainWindow::previousItem);
    connect(action(QStringLiteral("chooseCheckpoint")), &QAction::triggered, model_, &ModelController::chooseCheckpoint);
    connect(action(QStringLiteral("chooseConfig")), &QAction::triggered, model_, &ModelController::chooseConfig);
    connect(action(QStringLiteral("download")), &QAction::triggered, model_, &ModelController::download);
    connect(action(QStringLiteral("shortcuts")), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(action(QStringLiteral("about")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About SAM 2 Studio"),
                           tr("<b>SAM 2 Studio %1</b><p>Build segmentation datasets from images "
                              "and videos with Segment Anything 2 (Meta).</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (const char* name : {"newProject", "openMedia", "openFolder", "openFrames", "openProject"})
        file->addAction(action(QString::fromLatin1(name)));
    projectFiles_->setRecentMenu(file->addMenu(tr("Open &recent")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    projectFiles_->fillAutosaveMenu(file->addMenu(tr("A&utosave every")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* name : {"undo", "redo", "undoPrompt", "newObject", "deleteObject", "cycleMask",
                             "toggleHidden"})
        edit->addAction(action(QString::fromLatin1(name)));
    edit->addAction(action(QStringLiteral("object.next")));
    edit->addAction(action(QStringLiteral("object.previous")));
    QMenu* giveClass = edit->addMenu(tr("&Give class"));
    for (int number = 1; number <= 9; ++number)
        giveClass->addAction(action(QStringLiteral("class.%1").arg(number)));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("segmentEverything")));

    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    reviewMenu->addAction(action(QStringLiteral("review.mode")));
    reviewMenu->addSeparator();
    for (const char* name : {"review.accept", "review.flag", "review.acceptMasklet", "review.next", "review.previous",
                             "review.nextProblem"})
        reviewMenu->addAction(action(QString::fromLatin1(name)));
    reviewMenu->addSeparator();
    QMenu* show = reviewMenu->addMenu(tr("&Timeline shows"));
    auto* filters = new QActionGroup(this);
    const std::pair<QString, std::optional<ReviewState>> choices[] = {
        {tr("Every mask"), std::nullopt},
        {tr("Not reviewed"), ReviewState::NotReviewed},
        {tr("Accepted"), ReviewState::Accepted},
        {tr("Needs a fix"), ReviewState::NeedsFix},
    };
    for (const auto& [text, state] : choices) {
        QAction* act = show->addAction(text);
        act->setCheckable(true);
        act->setChecked(!state);
        act->setObjectName(state ? QStringLiteral("review.show.") + reviewStateName(*state)
                                 : QStringLiteral("review.show.all"));
        filters->addAction(act);
        connect(act, &QAction::triggered, this, [this, filter = state] {
            if (TimelinePanel* timeline = timelinePanelOf(this))
                timeline->view()->setReviewFilter(filter);
        });
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(toolGroup_->actions());
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("brushBigger")));
    tools->addAction(action(QStringLiteral("brushSmaller")));
    tools->addAction(action(QStringLiteral("hoverPreview")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const char* name : {"fit", "zoomIn", "zoomOut", "next", "previous"})
        view->addAction(action(QString::fromLatin1(name)));

    QMenu* model = menuBar()->addMenu(tr("&Model"));
    model->addAction(action(QStringLiteral("chooseCheckpoint")));
    model->addAction(action(QStringLiteral("chooseConfig")));
    model_->addDeviceMenu(model);
    model_->addPrecisionMenu(model);
    model->addAction(action(QStringLiteral("download")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addAction(action(QStringLiteral("about")));

    QToolBar* bar = addToolBar(tr("Tools"));
    bar->setObjectName(QStringLiteral("toolsBar"));
    bar->addAction(action(QStringLiteral("openMedia")));
    bar->addAction(action(QStringLiteral("save")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("undo")));
    bar->addAction(action(QStringLiteral("redo")));
    bar->addSeparator();
    bar->addActions(toolGroup_->actions());
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("previous")));
    bar->addAction(action(QStringLiteral("next")));
    buildVertexBar();
}

void MainWindow::buildVertexBar() {
    // The Edit vertices tool's options, shown while it is the tool: the simplification tolerance
    // and what it gives, live.
    QToolBar* bar = addToolBar(tr("Vertices"));
    bar->setObjectName(QStringLiteral("verticesBar"));
    auto* tolerance = new QDoubleSpinBox(bar);
    tolerance->setObjectName(QStringLiteral("vertexTolerance"));
    tolerance->setRange(0.0, 20.0);
    tolerance->setSingleStep(0.5);
    tolerance->setDecimals(1);
    tolerance->setSuffix(tr(" px"));
    tolerance->setToolTip(tr("Simplification: vertices may be this far from the mask's border (0: every corner)"));
    tolerance->setValue(QSettings().value(QStringLiteral("tools/vertexTolerance"), 1.0).toDouble());
    annotator_->setVertexTolerance(tolerance->value());
    auto* stats = new QLabel(bar);
    stats->setObjectName(QStringLiteral("vertexStats"));
    bar->addWidget(new QLabel(tr("Tolerance:"), bar));
    bar->addWidget(tolerance);
    bar->addWidget(stats);
    QAction* apply = bar->addAction(tr("Apply"), annotator_, &Annotator::applyVertexEdit);
    apply->setToolTip(tr("Store the edited polygons as the mask (Enter)"));
    QAction* drop = bar->addAction(tr("Drop edits"), annotator_, &Annotator::cancelVertexEdit);
    drop->setToolTip(tr("Back to the mask as it is (Esc)"));
    connect(tolerance, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        annotator_->setVertexTolerance(value);
        QSettings().setValue(QStringLiteral("tools/vertexTolerance"), value);
    });
    auto update = [this, stats, bar, apply, drop] {
        const PolygonEditor& editor = annotator_->vertexEditor();
        bar->setVisible(annotator_->tool() == Tool::Vertices);
        apply->setEnabled(editor.isActive());
        drop->setEnabled(editor.isActive());
        stats->setText(editor.isActive()
                           ? tr("%1 vertices, IoU %2 with the mask").arg(editor.vertexCount()).arg(editor.iouWithStart(), 0, 'f', 3)
                           : tr("Select an object with a mask on this frame"));
    };
    connect(annotator_, &Annotator::vertexEditChanged, this, update);
    update();
}

void MainWindow::buildDocks() {
    mediaList_ = new MediaListPanel(this);
    objectList_ = new ObjectListPanel(this);
    classList_ = new ClassListPanel(this);
    auto dock = [this](QWidget* w, const QString& title, const QString& name, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    dock(mediaList_, tr("Media"), QStringLiteral("mediaDock"), Qt::LeftDockWidgetArea);
    dock(objectList_, tr("Objects"), QStringLiteral("objectDock"), Qt::RightDockWidgetArea);
    dock(classList_, tr("Classes"), QStringLiteral("classDock"), Qt::RightDockWidgetArea);
    autoMasks_ = new AutoMasksPanel(inference_, annotator_, canvas_, this);
    autoMasksDock_ = dock(autoMasks_, tr("Segment everything"), QStringLiteral("autoMasksDock"), Qt::RightDockWidgetArea);
    autoMasksDock_->hide();
    connect(autoMasks_, &AutoMasksPanel::message, this, [this](const QString& t) { showMessage(t); });
}

QDockWidget* MainWindow::addBottomDock(QWidget* widget, const QString& title) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(QStringLiteral("bottomDock_") + widget->objectName());
    d->setWidget(widget);
    addDockWidget(Qt::BottomDockWidgetArea, d);
    return d;
}

void MainWindow::buildStatusBar() {
    modelLabel_ = new QLabel(this);
    modelLabel_->setObjectName(QStringLiteral("modelStatus"));
    activityLabel_ = new QLabel(tr("Idle"), this);
    activityLabel_->setObjectName(QStringLiteral("activity"));
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    reviewLabel_ = new QLabel(this);
    reviewLabel_->setObjectName(QStringLiteral("reviewStatus"));
    reviewLabel_->setVisible(false);
    statusBar()->addPermanentWidget(reviewLabel_);
    statusBar()->addPermanentWidget(activityLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(modelLabel_);
}

void MainWindow::scheduleReviewStatus() {
    if (reviewStatusPending_ || reviewLabel_ == nullptr)
        return;
    reviewStatusPending_ = true;
    QTimer::singleShot(0, this, [this] {
        reviewStatusPending_ = false;
        const bool on = review_->isActive();
        reviewLabel_->setVisible(on);
        if (on)
            reviewLabel_->setText(tr("Review: %n frame(s) left", nullptr, review_->framesToReview()));
    });
}

QString MainWindow::reviewStatusText() const { return reviewLabel_->isHidden() ? QString() : reviewLabel_->text(); }

void MainWindow::setProject(std::unique_ptr<Project> project) {
    projectFiles_->attach(nullptr);  // the old autosave stops while its project still exists
    annotator_->setProject(nullptr);
    objectList_->setProject(nullptr);
    classList_->setProject(nullptr);
    mediaList_->setProject(nullptr);
    project_ = std::move(project);
    annotator_->setProject(project_.get());
    objectList_->setProject(project_.get());
    classList_->setProject(project_.get());
    mediaList_->setProject(project_.get());
    datasetJobs_->setProject(project_.get());
    review_->setProject(project_.get());
    connect(project_.get(), &Project::reviewChanged, this, &MainWindow::scheduleReviewStatus);
    connect(project_.get(), &Project::maskChanged, this, &MainWindow::scheduleReviewStatus);
    scheduleReviewStatus();
    if (video_)
        video_->setProject(project_.get());
    projectFiles_->attach(project_.get());
    connect(project_.get(), &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(project_.get(), &Project::filePathChanged, this, &MainWindow::updateTitle);
    QUndoStack* stack = project_->undoStack();
    action(QStringLiteral("undo"))->setEnabled(stack->canUndo());
    action(QStringLiteral("redo"))->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, action(QStringLiteral("undo")), &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, action(QStringLiteral("redo")), &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        action(QStringLiteral("undo"))->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        action(QStringLiteral("redo"))->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    updateTitle();
    if (project_->mediaCount() > 0)
        showMediaAt(0);
}

void MainWindow::updateTitle() {
    const QString name = project_->filePath().isEmpty() ? tr("Untitled")
                                                        : QFileInfo(project_->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — SAM 2 Studio").arg(name));
    setWindowModified(project_->isModified());
}

void MainWindow::showMessage(const QString& text, bool warning) {
    statusBar()->showMessage(text, 10000);
    Q_EMIT messageShown(text);
    if (warning && interactive_)
        QMessageBox::warning(this, tr("SAM 2 Studio"), text);
    else if (warning)
        qWarning("%s", qPrintable(text));
}

QString MainWindow::modelBannerText() const { return banner_->isVisible() ? banner_->text() : QString(); }

QString MainWindow::modelStatusText() const { return modelLabel_->text(); }

void MainWindow::updateModelStatus() {
    modelLabel_->setText(model_->statusText());
    const QString banner = model_->bannerText();
    banner_->setText(banner);
    banner_->setVisible(!banner.isEmpty());
}

void MainWindow::loadModel(const QString& checkpoint, const QString& config, const QString& device) {
    model_->load(checkpoint, config, device);
}

// ---- media ------------------------------------------------------------------------------------

int MainWindow::openMedia(const QStringList& paths) {
    QStringList files;
    QStringList problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList images = imageFilesIn(info.absoluteFilePath());
            if (images.isEmpty())
                problems << tr("%1: no images in this folder").arg(path);
            files << images;
        } else {
            files << info.absoluteFilePath();
        }
    }
    QUndoStack* stack = project_->undoStack();
    int added = 0;
    int firstId = -1;
    stack->beginMacro(tr("Add media"));
    for (const QString& file : files) {
        ProbedMedia probed;
        QString error;
        if (!probeMedia(file, &probed, &error)) {
            problems << error;
            continue;
        }
        MediaItem item;
        item.kind = probed.kind == ProbedMedia::Kind::Video    ? MediaKind::Video
                    : probed.kind == ProbedMedia::Kind::Frames ? MediaKind::FrameFolder
                                                               : MediaKind::Image;
        item.path = file;
        item.width = probed.width;
        item.height = probed.height;
        item.frameCount = probed.frameCount;
        item.fps = probed.fps;
        auto* command = new AddMediaCommand(project_.get(), item);
        stack->push(command);
        if (firstId < 0)
            firstId = command->mediaId();
        ++added;
    }
    stack->endMacro();
    if (!problems.isEmpty())
        showMessage(tr("Some media could not be opened:\n%1").arg(problems.join(QLatin1Char('\n'))), true);
    if (firstId >= 0)
        annotator_->showFrame(firstId, 0);
    return added;
}

int MainWindow::addFrameFolder(const QString& folder) {
    ProbedMedia probed;
    QString error;
    if (!probeMedia(folder, &probed, &error)) {
        showMessage(error, true);
        return 0;
    }
    MediaItem item;
    item.kind = MediaKind::FrameFolder;
    item.path = QFileInfo(folder).absoluteFilePath();
    item.width = probed.width;
    item.height = probed.height;
    item.frameCount = probed.frameCount;
    item.fps = probed.fps;
    auto* command = new AddMediaCommand(project_.get(), item);
    project_->undoStack()->push(command);
    annotator_->showFrame(command->mediaId(), 0);
    return 1;
}

bool MainWindow::showMediaAt(int index) {
    const std::vector<MediaItem> items = project_->mediaItems();
    if (index < 0 || index >= static_cast<int>(items.size()))
        return false;
    return annotator_->showFrame(items[index].id, 0);
}

void MainWindow::nextItem() {
    const int index = project_->mediaIndex(annotator_->requestedMediaId());  // a video may still be loading
    showMediaAt(index + 1);
}

void MainWindow::previousItem() {
    const int index = project_->mediaIndex(annotator_->requestedMediaId());  // a video may still be loading
    if (index > 0)
        showMediaAt(index - 1);
}

void MainWindow::openMediaDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open images or videos"), QString(),
        tr("Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.webm);;All files (*)"));
    if (!paths.isEmpty())
        openMedia(paths);
}

void MainWindow::openFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"));
    if (!dir.isEmpty())
        openMedia({dir});
}

void MainWindow::openFrameFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of video frames"));
    if (!dir.isEmpty())
        addFrameFolder(dir);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    QString projectFile;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        if (url.toLocalFile().endsWith(QStringLiteral(".s2sproj")))
            projectFile = url.toLocalFile();
        else
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    if (!projectFile.isEmpty()) {
        if (projectFiles_->maybeSave())
            openProject(projectFile);
        return;
    }
    if (!paths.isEmpty())
        openMedia(paths);
}

// ---- project files (project_files.h) -------------------------------------------------------

bool MainWindow::openProject(const QString& path) { return projectFiles_->open(path); }

bool MainWindow::saveProject(const QString& path) { return projectFiles_->saveTo(path); }

bool MainWindow::save() { return projectFiles_->save(); }

bool MainWindow::saveAs() { return projectFiles_->saveAs(); }

Autosave* MainWindow::autosave() const { return projectFiles_->autosave(); }

void MainWindow::setInteractive(bool interactive) {
    interactive_ = interactive;
    projectFiles_->setInteractive(interactive);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!projectFiles_->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

// ---- datasets ---------------------------------------------------------------------------------

void MainWindow::exportDataset() { datasetJobs_->exportWithDialog(annotator_->mediaId()); }

void MainWindow::importDataset() { datasetJobs_->importWithDialog(); }

// ---- help -------------------------------------------------------------------------------------

void MainWindow::showShortcuts() {
    const QList<QPair<QString, QString>> gestures = {
        {tr("Negative point (click tool)"), tr("Right click or Shift+click")},
        {tr("Pan with any tool"), tr("Space+drag or middle drag")},
        {tr("Zoom at the pointer"), tr("Mouse wheel")},
        {tr("Close polygon / cancel"), tr("Enter or double-click / Esc")},
    };
    ShortcutsDialog dialog(shortcuts_, gestures, this);
    dialog.exec();
}

} // namespace s2s::ui
