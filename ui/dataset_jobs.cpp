#include "ui/dataset_jobs.h"

#include <QProgressDialog>
#include <QUndoStack>
#include <QWidget>

#include "annotation/project.h"
#include "export/dataset_job.h"
#include "export/import_command.h"
#include "ui/dataset_dialogs.h"

namespace s2s::ui {

DatasetJobs::DatasetJobs(QWidget* window) : QObject(window), window_(window) {}

DatasetJobs::~DatasetJobs() {
    delete job_;  // cancels and waits for its thread
}

void DatasetJobs::setProject(Project* project) {
    if (project == project_)
        return;
    if (job_ != nullptr && !job_->isExport())
        cancel();
    project_ = project;
}

void DatasetJobs::exportWithDialog(int currentMediaId) {
    if (isRunning() || project_ == nullptr)
        return;
    ExportDialog dialog(currentMediaId, window_);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.format(), dialog.outDir(), dialog.options());
}

void DatasetJobs::importWithDialog() {
    if (isRunning() || project_ == nullptr)
        return;
    ImportDialog dialog(window_);
    if (dialog.exec() == QDialog::Accepted)
        startImport(dialog.format(), dialog.input(), dialog.options());
}

bool DatasetJobs::startExport(DatasetFormat format, const QString& outDir, const ExportOptions& options) {
    if (isRunning() || project_ == nullptr)
        return false;
    DatasetJob* job = nullptr;
    try {
        job = DatasetJob::exportProject(*project_, format, outDir, options, this);
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Export failed: %1").arg(QString::fromUtf8(e.what())), true);
        return false;
    }
    return begin(job, tr("Exporting %1 to %2…").arg(datasetFormatName(format), outDir));
}

bool DatasetJobs::startImport(DatasetFormat format, const QString& input, const ImportOptions& options) {
    if (isRunning() || project_ == nullptr)
        return false;
    return begin(DatasetJob::importDataset(format, input, options, this),
                 tr("Importing %1 from %2…").arg(datasetFormatName(format), input));
}

bool DatasetJobs::begin(DatasetJob* job, const QString& title) {
    job_ = job;
    jobProject_ = project_;
    // Not modal: the window goes on (editing is safe: an export works on a copy, an import only
    // reads until it ends). Shown at once, so a short job still says what happened.
    dialog_ = new QProgressDialog(title, tr("Cancel"), 0, 0, window_);
    dialog_->setWindowTitle(job->isExport() ? tr("Export dataset") : tr("Import dataset"));
    dialog_->setWindowModality(Qt::NonModal);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    dialog_->setMinimumDuration(0);
    connect(dialog_, &QProgressDialog::canceled, this, &DatasetJobs::cancel);
    connect(job, &DatasetJob::progress, this, [this](int done, int total, const QString& step) {
        if (dialog_ == nullptr)
            return;
        dialog_->setMaximum(std::max(total, 1));
        dialog_->setValue(std::clamp(done, 0, std::max(total, 1)));
        dialog_->setLabelText(step);
    });
    connect(job, &DatasetJob::finished, this, [this, job] {
        if (job->isExport())
            exportEnded(job);
        else
            importEnded(job);
        end();
        job->deleteLater();
    });
    dialog_->show();
    Q_EMIT runningChanged(true);
    job->start();
    return true;
}

void DatasetJobs::cancel() {
    if (job_ != nullptr)
        job_->cancel();
    if (dialog_ != nullptr)
        dialog_->setLabelText(tr("Cancelling…"));
}

void DatasetJobs::end() {
    job_ = nullptr;
    if (dialog_ != nullptr) {
        dialog_->hide();
        dialog_->deleteLater();
        dialog_ = nullptr;
    }
    Q_EMIT runningChanged(false);
}

void DatasetJobs::exportEnded(DatasetJob* job) {
    if (job->wasCancelled()) {
        Q_EMIT message(tr("Export cancelled; nothing was written."), false);
        Q_EMIT cancelled();
        return;
    }
    if (!job->succeeded()) {
        Q_EMIT message(tr("Export failed: %1").arg(job->error()), true);
        return;
    }
    const ExportReport& report = job->exportReport();
    // Two counts: each gets its own plural form, then the sentence puts them together.
    QString text = tr("Exported %1 of %2 to %3.")
                       .arg(tr("%n mask(s)", nullptr, report.maskCount),
                            tr("%n image(s)", nullptr, report.imageCount), report.outDir);
    if (!report.warnings.isEmpty())
        text += QStringLiteral("\n") + report.warnings.join(QLatin1Char('\n'));
    Q_EMIT message(text, !report.warnings.isEmpty());
    Q_EMIT exported(report);
}

void DatasetJobs::importEnded(DatasetJob* job) {
    if (job->wasCancelled() || jobProject_ != project_) {
        Q_EMIT message(tr("Import cancelled; the project is unchanged."), false);
        Q_EMIT cancelled();
        return;
    }
    if (!job->succeeded() || project_ == nullptr) {
        Q_EMIT message(tr("Import failed: %1").arg(job->error()), true);
        return;
    }
    ImportReport report;
    try {
        auto command = ImportDatasetCommand::apply(project_, job->imported(), &report,
                                                   tr("Import %1").arg(datasetFormatName(job->format())));
        project_->undoStack()->push(command.release());
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Import failed: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    QString text = tr("Imported %1 and %2.")
                       .arg(tr("%n object(s)", nullptr, report.objectCount),
                            tr("%n mask(s)", nullptr, report.maskCount));
    if (!report.warnings.isEmpty())
        text += QStringLiteral("\n") + report.warnings.join(QLatin1Char('\n'));
    Q_EMIT message(text, !report.warnings.isEmpty());
    Q_EMIT imported(report);
}

} // namespace s2s::ui
