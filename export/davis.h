#pragma once
// DAVIS / SA-V PNG mask folders, both layouts:
//  - per object (SA-V val/test "Annotations_6fps"): {video}/{object:03d}/{frame:05d}.png, a binary
//    8-bit PNG per object and frame (0 / 255; any nonzero pixel reads as inside);
//  - palette (DAVIS 2017): {video}/{frame:05d}.png, one indexed PNG per frame with the DAVIS
//    palette, pixel index = object id (0 = background). Overlapping objects cannot be told apart
//    there: the object later in the list wins, with a warning. Object id 0 would be background, so
//    ids are shifted by one when a video has an object 0 (SA-V masklets start at 0).
// Frame numbers are video frame indices. A frame is written when some object has a mask record
// on it (at the stride), and then for every object of the video (an empty PNG when absent).
// Import reads a root of video folders or one video folder; ImportOptions::mediaPath attaches
// the video (file, frame folder, or a folder of `{video}.mp4` / `{video}/`).
#include "export/export_common.h"

namespace s2s {

class DatasetWriter;

void exportDavis(const Project& project, DatasetWriter& writer, const ExportOptions& options, bool palette,
                 const DatasetProgress& progress, ExportReport& report);

std::vector<ImportedMedia> readDavis(const QString& input, const ImportOptions& options, bool palette,
                                     const DatasetProgress& progress, QStringList& warnings);

// The DAVIS 2017 palette (the PASCAL VOC colour map): 256 entries, index 0 black.
QVector<QRgb> davisPalette();

} // namespace s2s
