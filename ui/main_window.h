#pragma once
// The main window: media list (left), canvas (centre), objects and classes (right), a status
// area for the model and the worker, menus and shortcuts for every tool. Owns the project, the
// inference client (worker thread) and the annotator.
//
// For the video side: addBottomDock() takes a timeline widget, action(name) gives the named
// actions, annotator()->showFrame(mediaId, frame) shows any frame, and inference() is the
// worker's request/answer API.
#include <map>
#include <memory>

#include <QMainWindow>
#include <QPointer>

#include "annotation/project.h"
#include "annotation/worker/inference_types.h"

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace s2s {
class Autosave;
class InferenceClient;
} // namespace s2s

namespace s2s::ui {

class Annotator;
class AutoMasksPanel;
class CanvasView;
class ClassListPanel;
class ModelController;
class ProjectFiles;
class ReviewController;
class ShortcutMap;
class DatasetJobs;
class MediaListPanel;
class ObjectListPanel;
class VideoController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Project* project() const { return project_.get(); }
    Annotator* annotator() const { return annotator_; }
    CanvasView* canvas() const { return canvas_; }
    InferenceClient* inference() const { return inference_; }
    ObjectListPanel* objectList() const { return objectList_; }
    // Timeline, playback and propagation of videos (ui/video_ui.h installs it).
    VideoController* videoController() const { return video_; }
    MediaListPanel* mediaList() const { return mediaList_; }
    // Edit ▸ Segment everything: the generator's panel (a dock, hidden until used).
    AutoMasksPanel* autoMasks() const { return autoMasks_; }
    // File ▸ Export / Import dataset, run in the background.
    DatasetJobs* datasetJobs() const { return datasetJobs_; }
    // Every named action's keys, changeable in Help ▸ Keyboard shortcuts (saved in the settings).
    ShortcutMap* shortcuts() const { return shortcuts_; }
    // Review ▸ Review mode and the verdict keys.
    ReviewController* review() const { return review_; }
    // The status bar's review line ("Review: 12 frames left"; empty outside review mode).
    QString reviewStatusText() const;
    // The current project's autosave (its interval comes from File ▸ Autosave every).
    Autosave* autosave() const;
    // Named actions ("undo", "save", "tool.brush", "next", ...); nullptr for an unknown name.
    QAction* action(const QString& name) const;
    // The model banner's text when no model is loaded (empty otherwise).
    QString modelBannerText() const;
    // The status bar's model line ("Model: sam2.1_hiera_t on CPU", "Model: loading…", ...).
    QString modelStatusText() const;
    QDockWidget* addBottomDock(QWidget* widget, const QString& title);

    // Adds media to the project (files, folders of images, videos) and shows the first one.
    // Returns the number added; unreadable paths are reported in one message.
    int openMedia(const QStringList& paths);
    int addFrameFolder(const QString& folder);
    bool openProject(const QString& path);
    bool saveProject(const QString& path);
    // Loads a checkpoint on the worker (answered by the model status); remembers it in settings.
    void loadModel(const QString& checkpoint, const QString& config = QString(),
                   const QString& device = QString());
    // Shows media item number `index` in the list.
    bool showMediaAt(int index);
    // Silences dialogs (tests and --screenshot): messages go to the status bar and log.
    void setInteractive(bool interactive);

public Q_SLOTS:
    void nextItem();
    void previousItem();
    bool save();
    bool saveAs();
    void showShortcuts();

Q_SIGNALS:
    void modelReady();
    void modelError(const QString& message);
    // A message shown to the person (also in non-interactive mode).
    void messageShown(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildDocks();
    void buildStatusBar();
    void buildVertexBar();
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& key,
                        const QString& tip = QString());
    void setProject(std::unique_ptr<Project> project);
    void showMessage(const QString& text, bool warning = false);
    void updateTitle();
    void updateModelStatus();
    void scheduleReviewStatus();  // coalesced: a whole masklet's verdicts are one update
    void exportDataset();
    void importDataset();
    void openMediaDialog();
    void openFolderDialog();
    void openFrameFolderDialog();

    std::unique_ptr<Project> project_;
    AutoMasksPanel* autoMasks_ = nullptr;
    QDockWidget* autoMasksDock_ = nullptr;
    InferenceClient* inference_;
    CanvasView* canvas_;
    Annotator* annotator_;
    DatasetJobs* datasetJobs_ = nullptr;
    ProjectFiles* projectFiles_ = nullptr;
    ModelController* model_ = nullptr;
    ShortcutMap* shortcuts_ = nullptr;
    ReviewController* review_ = nullptr;
    QLabel* reviewLabel_ = nullptr;
    bool reviewStatusPending_ = false;
    MediaListPanel* mediaList_;
    ObjectListPanel* objectList_;
    ClassListPanel* classList_;
    QLabel* banner_;
    QLabel* modelLabel_;
    QLabel* activityLabel_;
    QProgressBar* progress_;
    QActionGroup* toolGroup_ = nullptr;
    std::map<QString, QAction*> actions_;
    bool interactive_ = true;
    VideoController* video_ = nullptr;
};

} // namespace s2s::ui
