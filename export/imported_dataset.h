#pragma once
// An import in two halves, so the slow half can run off the GUI thread:
//   1. readDataset() parses and validates the files into an ImportedDataset, touching no project
//      (safe on any thread; the app runs it as a DatasetJob, dataset_job.h);
//   2. applyImport() adds it to a project, all or nothing. The app wraps this in an undo step
//      (ImportDatasetCommand, import_command.h); importDataset() (export.h) does both for the CLI.
#include <map>
#include <vector>

#include <QString>
#include <QStringList>

#include "annotation/types.h"
#include "export/export.h"

namespace s2s {

class Project;

// Media items come in without annotations; everything an importer read, ready to add.
struct ImportedObject {
    AnnotatedObject object;      // id >= 0 keeps the dataset's object id
    QString className;           // empty = no class
    std::map<int, Rle> masks;    // frame -> mask
};
struct ImportedMedia {
    MediaItem item;
    std::vector<ImportedObject> objects;
};
struct ImportedDataset {
    std::vector<ImportedMedia> media;
    QStringList warnings;        // what the reader skipped or converted, in words
};

// Reads and validates `input` as `format`. Throws DatasetError (DatasetCancelled when `progress`
// returns false).
ImportedDataset readDataset(DatasetFormat format, const QString& input, const ImportOptions& options = {},
                            const DatasetProgress& progress = {});

// Adds classes (matched by name), media, objects and masks (source Imported) to the project and
// counts them in `report`; the ids of the classes it had to create go to `addedClasses`.
// All or nothing: a failure removes what was added and throws DatasetError.
void applyImport(Project& project, const std::vector<ImportedMedia>& media, ImportReport& report,
                 std::vector<int>* addedClasses = nullptr);

} // namespace s2s
