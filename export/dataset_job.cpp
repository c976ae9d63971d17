#include "export/dataset_job.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include "annotation/project.h"
#include "annotation/project_io.h"

namespace s2s {

DatasetJob::DatasetJob(bool isExport, DatasetFormat format, QObject* parent)
    : QObject(parent), export_(isExport), format_(format) {}

DatasetJob* DatasetJob::exportProject(const Project& project, DatasetFormat format, const QString& outDir,
                                      const ExportOptions& options, QObject* parent) {
    auto* job = new DatasetJob(true, format, parent);
    job->path_ = outDir;
    job->exportOptions_ = options;
    // The copy: what a save would write. Relative media paths resolve against the same folder
    // on the job's thread, absolute ones are kept as they are.
    job->projectDir_ = project.filePath().isEmpty() ? QDir::currentPath()
                                                    : QFileInfo(project.filePath()).absolutePath();
    job->projectJson_ = ProjectIO::toJson(project, QDir(job->projectDir_));
    return job;
}

DatasetJob* DatasetJob::importDataset(DatasetFormat format, const QString& input, const ImportOptions& options,
                                      QObject* parent) {
    auto* job = new DatasetJob(false, format, parent);
    job->path_ = input;
    job->importOptions_ = options;
    return job;
}

DatasetJob::~DatasetJob() {
    if (thread_ != nullptr) {
        cancel_ = true;
        thread_->wait();
        delete thread_;
    }
}

void DatasetJob::start() {
    if (thread_ != nullptr)
        return;
    running_ = true;
    thread_ = QThread::create([this] { run(); });
    // Queued: finished() is emitted on the job's own thread once the worker has returned.
    connect(thread_, &QThread::finished, this, [this] {
        running_ = false;
        Q_EMIT finished();
    }, Qt::QueuedConnection);
    thread_->start();
}

void DatasetJob::cancel() { cancel_ = true; }

bool DatasetJob::report(int done, int total, const QString& step) {
    if (cancel_)
        return false;
    // Formats report per frame; a queued signal per frame would flood the GUI thread's queue.
    const long long now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastReportMs_ >= 50 || done >= total) {
        lastReportMs_ = now;
        Q_EMIT progress(done, total, step);
    }
    return !cancel_;
}

void DatasetJob::run() {
    const DatasetProgress progress = [this](int done, int total, const QString& step) {
        return report(done, total, step);
    };
    try {
        if (export_) {
            Project copy;
            QStringList ignored;  // missing media: the export reports them itself
            ProjectIO::fromJson(copy, projectJson_, QDir(projectDir_), &ignored);
            projectJson_ = nlohmann::json();
            exportReport_ = s2s::exportProject(copy, format_, path_, exportOptions_, progress);
        } else {
            imported_ = readDataset(format_, path_, importOptions_, progress);
        }
        ok_ = true;
    } catch (const DatasetCancelled&) {
        cancelled_ = true;
    } catch (const std::exception& e) {
        error_ = QString::fromUtf8(e.what());
    }
    // A cancel that came after the last step changed nothing: the work is complete.
    if (ok_)
        cancelled_ = false;
}

} // namespace s2s
