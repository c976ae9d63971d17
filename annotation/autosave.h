#pragma once
// Autosave and crash recovery.
//
// An Autosave watches one Project. Every interval (default 60 s) it writes the project to a side
// file, only if the project changed since the last write and has unsaved changes:
//   saved project   -> "<project file>.autosave" next to it;
//   unsaved project -> QStandardPaths::AppDataLocation/autosave/untitled-<uuid>.s2sproj.autosave
// The side file records the original project path ("autosaveOf"). It is removed when the project
// is saved cleanly (modified flag cleared), by discard() (closing without saving), and by the
// destructor when nothing is left unsaved. After a crash it stays, and at the next start
// findRecoverable()/findOrphaned() report it and recover() loads it. An Autosave created for a
// recovered project takes the side file over (replaced by its next write, removed on clean save).
#include <memory>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "annotation/project.h"

namespace s2s {

struct RecoveryCandidate {
    QString autosavePath;   // the side file
    QString projectPath;    // the project it belongs to; empty for a never-saved project
    QDateTime autosaveTime; // last modification of the side file
};

class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;
    static constexpr const char* kSuffix = ".autosave";
    // QObject property that recover() sets on the project: the side file it came from.
    static constexpr const char* kRecoveredFromProperty = "s2sRecoveredFrom";

    explicit Autosave(Project* project, QObject* parent = nullptr);
    ~Autosave() override;

    void setIntervalMs(int ms);
    int intervalMs() const;
    void setEnabled(bool enabled);  // starts/stops the timer (enabled by default)
    bool isEnabled() const;

    // Where the side file goes now (depends on the project's file path).
    QString autosavePath() const;
    // Writes now if there is something new to write; returns true if a file was written.
    // Errors do not throw: they are reported by failed() with the reason (no "Autosave failed"
    // prefix, so the caller can phrase it).
    bool saveNow();
    // Removes the side file (call when the person closes without saving).
    void discard();

    // "<projectPath>.autosave"
    static QString autosavePathFor(const QString& projectPath);
    // Folder for autosaves of never-saved projects.
    static QString orphanDirectory();
    // A side file of projectPath that is newer than the project file (or whose project file is
    // gone); nullopt if none.
    static std::optional<RecoveryCandidate> findRecoverable(const QString& projectPath);
    // Autosaves of never-saved projects left in orphanDirectory(), newest first.
    static std::vector<RecoveryCandidate> findOrphaned();
    // Loads a side file. The result has the original project path as filePath (empty for a
    // never-saved project) and is marked modified, so the person saves it deliberately.
    // Throws AnnotationError like Project::load.
    static std::unique_ptr<Project> recover(const QString& autosavePath,
                                            QStringList* warnings = nullptr);

Q_SIGNALS:
    void autosaved(const QString& path);
    void failed(const QString& message);

private:
    void onModifiedChanged(bool modified);

    QPointer<Project> project_;
    QTimer timer_;
    uint64_t writtenRevision_ = 0;
    bool hasWritten_ = false;
    QString lastPath_;      // where the last side file went (removed if the place changes)
    QString untitledName_;  // stable name for an unsaved project's side file
};

} // namespace s2s
