#pragma once
// COCO instance segmentation JSON.
//
// Export: `annotations.json` (+ `images/` on request). One image record per image item and per
// exported video frame (frames at the stride that hold at least one mask record), with
// "video_id" (the media id, described in the extra top-level "videos" list) and "frame_index" on
// frame records; file_name is relative to images/ ("truck.jpg", "dog/00012.jpg").
// Segmentation is compressed RLE (default) or polygons (holes bridged, mask_polygons.h); area is
// the mask's pixel count, bbox its tight [x, y, w, h]; iscrowd 0; track_id = the object id;
// category_id = the project class id ("unlabeled" is added for objects without a class).
//
// Import (images): image files are looked up under ImportOptions::mediaPath, else beside the
// JSON, else in its images/ folder. RLE (compressed or not) and polygon segmentations are read;
// an annotation with neither becomes its bbox rectangle (a starting point to correct).
#include "export/export_common.h"

namespace s2s {

class DatasetWriter;

void exportCoco(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report);

std::vector<ImportedMedia> readCoco(const QString& jsonPath, const ImportOptions& options,
                                    const DatasetProgress& progress, QStringList& warnings);

} // namespace s2s
