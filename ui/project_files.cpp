#include "ui/project_files.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include "annotation/autosave.h"
#include "annotation/project.h"
#include "ui/main_window.h"

namespace s2s::ui {

namespace {
constexpr int kMaxRecent = 10;
const char* kProjectFilter = QT_TRANSLATE_NOOP("s2s::ui::MainWindow", "SAM 2 Studio projects (*.s2sproj)");
} // namespace

ProjectFiles::ProjectFiles(QWidget* window, Install install)
    : QObject(window), window_(window), install_(std::move(install)) {}

ProjectFiles::~ProjectFiles() = default;

void ProjectFiles::attach(Project* project) {
    autosave_.reset();
    project_ = project;
    if (project == nullptr)
        return;
    autosave_ = std::make_unique<Autosave>(project);
    autosave_->setIntervalMs(autosaveIntervalSeconds() * 1000);
    connect(autosave_.get(), &Autosave::failed, this, [this](const QString& text) {
        Q_EMIT message(MainWindow::tr("Autosave failed: %1").arg(text), false);
    });
}

int ProjectFiles::autosaveIntervalSeconds() {
    // Any whole number of seconds from the settings file (tests use 1); the menu offers five.
    const int seconds = QSettings().value(QStringLiteral("autosave/intervalSeconds"),
                                          Autosave::kDefaultIntervalMs / 1000).toInt();
    return std::clamp(seconds, 1, 3600);
}

void ProjectFiles::fillAutosaveMenu(QMenu* menu) {
    auto* group = new QActionGroup(menu);
    const int current = autosaveIntervalSeconds();
    const std::pair<int, QString> choices[] = {
        {30, MainWindow::tr("30 seconds")}, {60, MainWindow::tr("1 minute")}, {120, MainWindow::tr("2 minutes")},
        {300, MainWindow::tr("5 minutes")}, {600, MainWindow::tr("10 minutes")}};
    for (const auto& [seconds, text] : choices) {
        QAction* act = menu->addAction(text);
        act->setObjectName(QStringLiteral("autosave.%1").arg(seconds));
        act->setCheckable(true);
        act->setChecked(seconds == current);
        group->addAction(act);
        const int s = seconds;
        connect(act, &QAction::triggered, this, [this, s] {
            QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), s);
            if (autosave_)
                autosave_->setIntervalMs(s * 1000);
        });
    }
}

void ProjectFiles::newProject() {
    if (!maybeSave())
        return;
    if (autosave_)
        autosave_->discard();
    install_(std::make_unique<Project>());
}

void ProjectFiles::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(window_, MainWindow::tr("Open project"), QString(),
                                                      MainWindow::tr(kProjectFilter));
    if (!path.isEmpty())
        open(path);
}

bool ProjectFiles::open(const QString& path) {
    QStringList warnings;
    std::unique_ptr<Project> loaded;
    try {
        if (auto candidate = Autosave::findRecoverable(path); candidate && interactive_) {
            const auto answer = QMessageBox::question(
                window_, MainWindow::tr("Recover unsaved changes?"),
                MainWindow::tr("%1 has changes from %2 that were never saved (the application may have "
                               "stopped unexpectedly). Recover them?")
                    .arg(QFileInfo(path).fileName(), candidate->autosaveTime.toString()));
            if (answer == QMessageBox::Yes)
                loaded = Autosave::recover(candidate->autosavePath, &warnings);
        }
        if (!loaded)
            loaded = Project::load(path, &warnings);
    } catch (const std::exception& e) {
        Q_EMIT message(QString::fromStdString(e.what()), true);
        return false;
    }
    install_(std::move(loaded));
    addRecent(path);
    if (!warnings.isEmpty())
        Q_EMIT message(warnings.join(QLatin1Char('\n')), true);
    return true;
}

bool ProjectFiles::saveTo(const QString& path) {
    if (!project_)
        return false;
    try {
        project_->save(path);
    } catch (const std::exception& e) {
        Q_EMIT message(MainWindow::tr("The project was not saved: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
    addRecent(project_->filePath());
    Q_EMIT message(MainWindow::tr("Saved %1").arg(QDir::toNativeSeparators(project_->filePath())), false);
    return true;
}

bool ProjectFiles::save() {
    if (!project_)
        return false;
    if (project_->filePath().isEmpty())
        return saveAs();
    return saveTo(project_->filePath());
}

bool ProjectFiles::saveAs() {
    if (!project_)
        return false;
    QString path = QFileDialog::getSaveFileName(window_, MainWindow::tr("Save project"), project_->filePath(),
                                                MainWindow::tr(kProjectFilter));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".s2sproj")))
        path += QStringLiteral(".s2sproj");
    return saveTo(path);
}

bool ProjectFiles::maybeSave() {
    if (!project_ || !project_->isModified() || !interactive_)
        return true;
    const auto answer = QMessageBox::warning(
        window_, MainWindow::tr("Unsaved changes"), MainWindow::tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard && autosave_)
        autosave_->discard();
    return answer == QMessageBox::Discard;
}

void ProjectFiles::setRecentMenu(QMenu* menu) {
    recentMenu_ = menu;
    rebuildRecentMenu();
}

void ProjectFiles::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void ProjectFiles::rebuildRecentMenu() {
    if (recentMenu_ == nullptr)
        return;
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent) {
        QAction* act = recentMenu_->addAction(QFileInfo(path).fileName());
        act->setToolTip(path);
        connect(act, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                open(path);
        });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void ProjectFiles::offerRecovery() {
    const std::vector<RecoveryCandidate> orphans = Autosave::findOrphaned();
    if (orphans.empty() || !interactive_)
        return;
    const RecoveryCandidate& newest = orphans.front();
    const auto answer = QMessageBox::question(
        window_, MainWindow::tr("Recover unsaved work?"),
        MainWindow::tr("An unsaved project from %1 was found (the application may have stopped "
                       "unexpectedly). Recover it?")
            .arg(newest.autosaveTime.toString()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        QStringList warnings;
        install_(Autosave::recover(newest.autosavePath, &warnings));
        QFile::remove(newest.autosavePath);
    } catch (const std::exception& e) {
        Q_EMIT message(QString::fromStdString(e.what()), true);
    }
}

} // namespace s2s::ui
