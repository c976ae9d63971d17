#pragma once
// File ▸ Export dataset and Import dataset, off the GUI thread: asks for the options
// (dataset_dialogs.h), runs a DatasetJob with a progress dialog and Cancel, and on the end
// reports the result; an import is applied as one undo step. One job at a time.
#include <QObject>
#include <QPointer>

#include "annotation/project.h"
#include "export/export.h"

class QProgressDialog;
class QWidget;

namespace s2s {
class DatasetJob;
} // namespace s2s

namespace s2s::ui {

class DatasetJobs : public QObject {
    Q_OBJECT
public:
    explicit DatasetJobs(QWidget* window);
    ~DatasetJobs() override;

    // The project exports read and imports go into. A running import is cancelled when it
    // changes (its result belonged to the project it was started for).
    void setProject(Project* project);

    // Ask for options, then start. `currentMediaId` is the item shown (-1: none).
    void exportWithDialog(int currentMediaId);
    void importWithDialog();
    // Start directly (the dialogs end here; tests call them). False when a job is running.
    bool startExport(DatasetFormat format, const QString& outDir, const ExportOptions& options);
    bool startImport(DatasetFormat format, const QString& input, const ImportOptions& options);

    bool isRunning() const { return job_ != nullptr; }
    void cancel();
    // The running job's progress dialog (nullptr when none).
    QProgressDialog* progressDialog() const { return dialog_; }

Q_SIGNALS:
    void runningChanged(bool running);
    // The outcome in words; `warning` when it failed or lost something on the way.
    void message(const QString& text, bool warning);
    void exported(const s2s::ExportReport& report);
    void imported(const s2s::ImportReport& report);
    void cancelled();

private:
    bool begin(DatasetJob* job, const QString& title);
    void end();
    void exportEnded(DatasetJob* job);
    void importEnded(DatasetJob* job);

    QWidget* window_;
    Project* project_ = nullptr;
    DatasetJob* job_ = nullptr;
    QPointer<Project> jobProject_;  // the project the running job was started for
    QProgressDialog* dialog_ = nullptr;
};

} // namespace s2s::ui
