#pragma once
// SA-V masklet JSON (`{video_id}_manual.json`, `{video_id}_auto.json`), as released with SAM 2:
// "masklet" is a list over annotated frames (every `stride`-th video frame) of lists over objects
// of COCO RLEs; the masklet_* lists hold one value per object; video_* describe the video.
//
// Derived fields follow the SA-V README: size_abs = mean mask area over the annotated frames where
// the object is visible, size_rel = size_abs / (height * width), bucket small < 32^2 <= medium <
// 96^2 <= large, visibility changes counted after the first appearance, first appeared frame and
// frame counts in annotated-frame units. Floats are rounded to 10 decimals as in the release.
//
// What the project model has no field for is kept on the way in and used on the way out:
// media metadata["sav"] holds the video_* values and the annotation stride; object attributes
// hold sav_masklet_id, sav_masklet_type, sav_edited_frame_count (edits before import; frames with
// MaskSource::Manual are added on export) and sav_stability_score (one value, or one per
// annotated frame; sav_stability_layout "per_frame" when the file listed them per frame, as
// SA-V's automatic files do: such masklets are written back the same way).
#include <QString>
#include <nlohmann/json.hpp>

#include "export/export_common.h"

namespace s2s {

class DatasetWriter;

// The SA-V documents of one media item at `stride`: "manual" always, "auto" when some object has
// sav_masklet_type "auto". Appends lossy notes to `warnings`.
std::vector<std::pair<QString, nlohmann::ordered_json>> savDocuments(const Project& project, const MediaItem& item,
                                                                     const QString& videoId, int stride,
                                                                     QStringList& warnings);

// The stride SA-V export uses for `item` by default: the imported one, else 4.
int savDefaultStride(const MediaItem& item);

void exportSav(const Project& project, DatasetWriter& writer, const ExportOptions& options,
               const DatasetProgress& progress, ExportReport& report);

// Reads one SA-V JSON file, or every *_manual.json / *_auto.json in a folder.
std::vector<ImportedMedia> readSav(const QString& input, const ImportOptions& options,
                                   const DatasetProgress& progress, QStringList& warnings);

} // namespace s2s
