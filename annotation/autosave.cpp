#include "annotation/autosave.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

#include "annotation/project_io.h"

namespace s2s {

Autosave::Autosave(Project* project, QObject* parent)
    : QObject(parent), project_(project),
      untitledName_(QStringLiteral("untitled-%1.s2sproj%2")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QLatin1String(kSuffix))) {
    timer_.setInterval(kDefaultIntervalMs);
    connect(&timer_, &QTimer::timeout, this, [this] { saveNow(); });
    connect(project, &Project::modifiedChanged, this, &Autosave::onModifiedChanged);
    // After "Save as" the side file belongs elsewhere: the old one must not be recovered later.
    connect(project, &Project::filePathChanged, this, [this] {
        if (!lastPath_.isEmpty() && lastPath_ != autosavePath()) {
            QFile::remove(lastPath_);
            lastPath_.clear();
            hasWritten_ = false;
        }
    });
    // A project recovered from a side file takes that file over: it is replaced by the next
    // write and removed on a clean save or discard, never left behind as a second copy.
    const QString recoveredFrom = project->property(kRecoveredFromProperty).toString();
    if (!recoveredFrom.isEmpty() && QFileInfo::exists(recoveredFrom)) lastPath_ = recoveredFrom;
    timer_.start();
}

Autosave::~Autosave() {
    // Closing with everything saved: nothing to recover. With unsaved changes the file stays
    // until the person decides (discard()), as after a crash.
    if (!project_ || !project_->isModified()) discard();
}

void Autosave::setIntervalMs(int ms) { timer_.setInterval(std::max(1, ms)); }
int Autosave::intervalMs() const { return timer_.interval(); }

void Autosave::setEnabled(bool enabled) {
    if (enabled) timer_.start();
    else timer_.stop();
}

bool Autosave::isEnabled() const { return timer_.isActive(); }

QString Autosave::autosavePath() const {
    if (project_ && !project_->filePath().isEmpty()) return autosavePathFor(project_->filePath());
    return QDir(orphanDirectory()).filePath(untitledName_);
}

bool Autosave::saveNow() {
    if (!project_ || !project_->isModified()) return false;
    const QString path = autosavePath();
    if (hasWritten_ && writtenRevision_ == project_->revision() && path == lastPath_) return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        Q_EMIT failed(tr("cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    try {
        ProjectIO::write(*project_, path, {{"autosaveOf", project_->filePath().toStdString()}});
    } catch (const AnnotationError& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
        return false;
    }
    if (!lastPath_.isEmpty() && lastPath_ != path) QFile::remove(lastPath_);
    lastPath_ = path;
    writtenRevision_ = project_->revision();
    hasWritten_ = true;
    Q_EMIT autosaved(path);
    return true;
}

void Autosave::discard() {
    if (!lastPath_.isEmpty()) QFile::remove(lastPath_);
    if (project_) QFile::remove(autosavePath());
    lastPath_.clear();
    hasWritten_ = false;
}

void Autosave::onModifiedChanged(bool modified) {
    // Saved cleanly (or undone back to the saved state): the project file is the truth again.
    if (!modified) discard();
}

QString Autosave::autosavePathFor(const QString& projectPath) {
    return QFileInfo(projectPath).absoluteFilePath() + QLatin1String(kSuffix);
}

QString Autosave::orphanDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

std::optional<RecoveryCandidate> Autosave::findRecoverable(const QString& projectPath) {
    const QFileInfo side(autosavePathFor(projectPath));
    if (!side.exists()) return std::nullopt;
    const QFileInfo project(projectPath);
    // An autosave older than the project file was overtaken by a later save.
    if (project.exists() && project.lastModified() > side.lastModified()) return std::nullopt;
    return RecoveryCandidate{side.absoluteFilePath(), project.absoluteFilePath(), side.lastModified()};
}

std::vector<RecoveryCandidate> Autosave::findOrphaned() {
    std::vector<RecoveryCandidate> found;
    const QDir dir(orphanDirectory());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files, QDir::Time);
    for (const QFileInfo& f : files) found.push_back({f.absoluteFilePath(), QString(), f.lastModified()});
    return found;
}

std::unique_ptr<Project> Autosave::recover(const QString& autosavePath, QStringList* warnings) {
    const QFileInfo info(autosavePath);
    const nlohmann::json root = ProjectIO::readJson(autosavePath);
    auto project = std::make_unique<Project>();
    ProjectIO::fromJson(*project, root, info.absoluteDir(), warnings, info.absoluteFilePath());
    const auto of = root.find("autosaveOf");
    project->setFilePath(of != root.end() && of->is_string() ? QString::fromStdString(of->get<std::string>())
                                                               : QString());
    project->setModified(true);  // recovered work is not saved in the project file yet
    project->undoStack()->resetClean();  // and no undo leads back to the file on disk
    project->setProperty(kRecoveredFromProperty, info.absoluteFilePath());
    return project;
}

} // namespace s2s
