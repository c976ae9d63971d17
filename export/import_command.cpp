#include "export/import_command.h"

#include <QCoreApplication>

#include "annotation/project.h"

namespace s2s {

std::unique_ptr<ImportDatasetCommand> ImportDatasetCommand::apply(Project* project, const ImportedDataset& dataset,
                                                                  ImportReport* report, const QString& text) {
    ImportReport local;
    ImportReport& out = report != nullptr ? *report : local;
    out.warnings += dataset.warnings;
    std::vector<int> classIds;
    {
        const Project::HistoryScope scope(project);
        applyImport(*project, dataset.media, out, &classIds);
    }
    std::unique_ptr<ImportDatasetCommand> command(new ImportDatasetCommand(project, out.mediaIds, std::move(classIds)));
    command->setText(text.isEmpty() ? QCoreApplication::translate("s2s::ImportDatasetCommand", "Import a dataset")
                                    : text);
    return command;
}

ImportDatasetCommand::ImportDatasetCommand(Project* project, std::vector<int> mediaIds, std::vector<int> classIds)
    : project_(project), mediaIds_(std::move(mediaIds)), classIds_(std::move(classIds)) {}

void ImportDatasetCommand::redo() {
    if (first_) {  // apply() already made the change
        first_ = false;
        return;
    }
    const Project::HistoryScope scope(project_);
    for (const ObjectClass& cls : classes_)
        project_->addClass(cls);  // keeps the id
    for (const MediaSnapshot& snapshot : media_)
        project_->restoreMedia(snapshot);
    media_.clear();
    classes_.clear();
}

void ImportDatasetCommand::undo() {
    const Project::HistoryScope scope(project_);
    media_.clear();
    for (auto it = mediaIds_.rbegin(); it != mediaIds_.rend(); ++it)
        media_.insert(media_.begin(), project_->removeMedia(*it));
    classes_.clear();
    for (int id : classIds_) {
        if (const ObjectClass* cls = project_->objectClass(id)) {
            classes_.push_back(*cls);
            project_->removeClass(id);
        }
    }
}

} // namespace s2s
