#pragma once
// The project-file side of the window: File ▸ New, Open, Open recent, Save, Save as, Autosave
// every, the question about unsaved changes, and crash recovery (an autosave found at start or
// beside a project being opened). It loads and saves; the window installs what it loads
// (`install`, MainWindow::setProject) and tells it which project is current (attach), whose
// autosave it runs. Its strings keep MainWindow's translation context (they were written there).
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace s2s {
class Autosave;
class Project;
} // namespace s2s

namespace s2s::ui {

class ProjectFiles : public QObject {
    Q_OBJECT
public:
    using Install = std::function<void(std::unique_ptr<Project>)>;
    ProjectFiles(QWidget* window, Install install);
    ~ProjectFiles() override;

    // Silences questions (tests and --screenshot): unsaved changes are not asked about,
    // recovery is not offered.
    void setInteractive(bool interactive) { interactive_ = interactive; }
    // The project now in the window: its autosave starts (the previous one's stops).
    void attach(Project* project);
    Autosave* autosave() const { return autosave_.get(); }

    void newProject();
    void openDialog();
    bool open(const QString& path);
    bool saveTo(const QString& path);
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the person cancels.
    bool maybeSave();
    // At start: an autosave nobody claimed (the app stopped unexpectedly) is offered back.
    void offerRecovery();

    // Fill File ▸ Open recent (kept up to date) and File ▸ Autosave every.
    void setRecentMenu(QMenu* menu);
    void fillAutosaveMenu(QMenu* menu);
    static int autosaveIntervalSeconds();

Q_SIGNALS:
    void message(const QString& text, bool warning);

private:
    void addRecent(const QString& path);
    void rebuildRecentMenu();

    QWidget* window_;
    Install install_;
    QPointer<Project> project_;
    std::unique_ptr<Autosave> autosave_;
    QPointer<QMenu> recentMenu_;
    bool interactive_ = true;
};

} // namespace s2s::ui
