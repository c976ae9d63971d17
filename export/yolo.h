#pragma once
// Ultralytics YOLO segmentation: `data.yaml`, `labels/train/{name}.txt` with one line per object,
// "class x1 y1 x2 y2 ..." (coordinates normalised to 0..1, one polygon per object: its regions
// and holes are joined by zero-width bridges), and `images/train/{name}.{ext}` on request.
// Class indices are the positions of the project classes (objects without a class get an extra
// "unlabeled" class at the end). Video frames are named {video}_{frame:05d}.
#include "export/export_common.h"

namespace s2s {

class DatasetWriter;

void exportYolo(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report);

} // namespace s2s
