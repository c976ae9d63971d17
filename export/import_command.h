#pragma once
// An import as one undo step. The import itself can fail (a limit, a clash), and QUndoStack::push
// is no place for an exception, so apply() makes the change first (all or nothing) and returns
// the command to push: its first redo() does nothing, undo() removes the media and classes the
// import added, later redo()s put them back as they were.
//
//   auto command = ImportDatasetCommand::apply(project, dataset, &report);  // throws DatasetError
//   project->undoStack()->push(command.release());
#include <memory>
#include <vector>

#include <QUndoCommand>

#include "annotation/types.h"
#include "export/imported_dataset.h"

namespace s2s {

class Project;

class ImportDatasetCommand : public QUndoCommand {
public:
    // `text` names the step in the Edit menu ("Import coco"); empty gives a generic one.
    static std::unique_ptr<ImportDatasetCommand> apply(Project* project, const ImportedDataset& dataset,
                                                       ImportReport* report, const QString& text = QString());
    void redo() override;
    void undo() override;

private:
    ImportDatasetCommand(Project* project, std::vector<int> mediaIds, std::vector<int> classIds);

    Project* project_;
    std::vector<int> mediaIds_;               // in the order they were added
    std::vector<int> classIds_;
    std::vector<MediaSnapshot> media_;        // while undone: what redo() restores
    std::vector<ObjectClass> classes_;
    bool first_ = true;
};

} // namespace s2s
