#pragma once
// Export and import as background jobs, so the window never waits on a dataset: the work runs
// on a thread of its own, progress and the end come back as queued signals, and cancel() stops
// it at the next step (an export's staging folder is then removed: nothing half-written is left).
//
//   auto* job = DatasetJob::exportProject(*project, DatasetFormat::Coco, dir, options, this);
//   connect(job, &DatasetJob::progress, ...);
//   connect(job, &DatasetJob::finished, this, [job] { ... job->exportReport() ...; job->deleteLater(); });
//   job->start();
//
// An export works on a copy of the project taken when the job is made (its project-file JSON),
// so the person may go on editing. An import only reads (readDataset, imported_dataset.h); the
// GUI thread then applies what was read as one undo step (ImportDatasetCommand).
#include <atomic>
#include <memory>

#include <QObject>
#include <QString>
#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/imported_dataset.h"

class QThread;

namespace s2s {

class Project;

class DatasetJob : public QObject {
    Q_OBJECT
public:
    static DatasetJob* exportProject(const Project& project, DatasetFormat format, const QString& outDir,
                                     const ExportOptions& options, QObject* parent = nullptr);
    static DatasetJob* importDataset(DatasetFormat format, const QString& input, const ImportOptions& options,
                                     QObject* parent = nullptr);
    // Cancels a running job and waits for its thread.
    ~DatasetJob() override;

    void start();
    // Asks the job to stop at its next step; finished() follows with wasCancelled().
    void cancel();
    bool isRunning() const { return running_; }

    bool isExport() const { return export_; }
    DatasetFormat format() const { return format_; }
    // After finished():
    bool succeeded() const { return ok_; }
    bool wasCancelled() const { return cancelled_; }
    const QString& error() const { return error_; }        // why it failed, in words
    const ExportReport& exportReport() const { return exportReport_; }
    const ImportedDataset& imported() const { return imported_; }

Q_SIGNALS:
    // `done` of `total` steps; `step` names the media item (DatasetProgress). At most about 20
    // a second, whatever the format reports.
    void progress(int done, int total, const QString& step);
    // On the thread that owns the job, once, after the work stopped for any reason.
    void finished();

private:
    DatasetJob(bool isExport, DatasetFormat format, QObject* parent);
    void run();
    bool report(int done, int total, const QString& step);

    const bool export_;
    const DatasetFormat format_;
    QString path_;                    // export: the output folder; import: the input
    ExportOptions exportOptions_;
    ImportOptions importOptions_;
    nlohmann::json projectJson_;      // export: the project as it was when the job was made
    QString projectDir_;              // the folder its relative media paths start from

    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
    std::atomic<long long> lastReportMs_{-1000};
    bool running_ = false;
    bool ok_ = false;
    bool cancelled_ = false;
    QString error_;
    ExportReport exportReport_;
    ImportedDataset imported_;
};

} // namespace s2s
