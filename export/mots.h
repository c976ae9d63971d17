#pragma once
// MOTS text (KITTI MOTS / MOTSChallenge): `{video}.txt` with one line per object and frame,
// "frame id class height width rle" (frame = video frame index from 0; id = class * 1000 + object
// id; rle = COCO compressed counts), plus `classes.txt` ("class name" per line).
// MOTS masks may not overlap: where objects overlap, the pixel stays with the object earlier in
// the object list (with a warning).
#include "export/export_common.h"

namespace s2s {

class DatasetWriter;

void exportMots(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report);

} // namespace s2s
