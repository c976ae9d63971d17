#pragma once
// Datasets in and out of a project: the one entry point the UI menus and sam2studio-cli call.
//
//   s2s::ExportOptions options;
//   options.frameStride = 4;
//   s2s::ExportReport r = s2s::exportProject(project, s2s::DatasetFormat::Sav, "/data/out", options);
//
// Exports write into a staging folder and rename it into place at the end (dataset_writer.h).
// Every function throws s2s::DatasetError (dataset_error.h) with a message a person can act on,
// and DatasetCancelled when the progress callback returns false.
#include <functional>
#include <optional>

#include <QString>
#include <QStringList>

#include "export/dataset_error.h"

namespace s2s {

class Project;

enum class DatasetFormat {
    Coco,          // COCO instance segmentation JSON (export and image import)
    Sav,           // SA-V {video_id}_manual.json per video (export and import)
    Davis,         // {video}/{object:03d}/{frame:05d}.png binary masks (export and import)
    DavisPalette,  // {video}/{frame:05d}.png indexed PNG, index = object id (export and import)
    YoloSeg,       // Ultralytics labels/*.txt polygons + data.yaml (export)
    Mots,          // MOTS text: frame id class height width rle (export)
};

// "coco", "sav", "davis", "davis-palette", "yolo-seg", "mots".
QString datasetFormatName(DatasetFormat format);
std::optional<DatasetFormat> datasetFormatFromName(const QString& name);
bool canImport(DatasetFormat format);

// Return false to cancel. `done` of `total` steps, `step` names the media item: steps are media
// items between items, and frames (done = frame index, total = frame count) within a video.
using DatasetProgress = std::function<bool(int done, int total, const QString& step)>;

struct ExportOptions {
    // Every n-th frame of a video, from frame 0. 0 = the format's default: 4 for SA-V (SA-V
    // annotates every 4th frame of 24 fps video) unless the video was imported with another
    // stride, 1 for every other format.
    int frameStride = 0;
    bool polygons = false;     // COCO: polygons instead of compressed RLE
    bool writeImages = false;  // COCO, YOLO, SA-V: write the (frame) images beside the labels
    bool overwrite = false;    // replace a non-empty output folder
    std::vector<int> mediaIds; // only these media items; empty = all
    // Only masklets whose every mask a reviewer accepted (Project::maskletReview); the media
    // items are all written, as they are.
    bool acceptedOnly = false;
};

struct ExportReport {
    QString outDir;
    int mediaCount = 0;       // media items exported
    int imageCount = 0;       // images / frames described
    int maskCount = 0;        // masks (annotations) written
    QStringList files;        // main files written, relative to outDir
    QStringList warnings;     // lossy conversions and skipped items, in words
};

ExportReport exportProject(const Project& project, DatasetFormat format, const QString& outDir,
                           const ExportOptions& options = {}, const DatasetProgress& progress = {});

struct ImportOptions {
    // SA-V and DAVIS: a video file or frame folder (one video), or a folder holding
    // `{video}.mp4` files or `{video}/` frame folders (several). COCO: the folder of the images
    // and of the videos' files (the "videos" list's file_name).
    // Empty: videos come in without a file (size and length from the annotations); COCO
    // looks for images beside the JSON and in its `images/` folder.
    QString mediaPath;
    // SA-V: frames between two annotated frames (the masklet's i-th entry is frame i * stride).
    int frameStride = 4;
};

struct ImportReport {
    std::vector<int> mediaIds;  // media items created
    int objectCount = 0;
    int maskCount = 0;
    QStringList warnings;
};

// Adds the dataset to `project` (new media items; classes matched by name or added). Validates
// before changing anything: on DatasetError the project is as before.
ImportReport importDataset(Project& project, DatasetFormat format, const QString& input,
                           const ImportOptions& options = {}, const DatasetProgress& progress = {});

} // namespace s2s
