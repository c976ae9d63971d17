#pragma once
// Project files: JSON (nlohmann/json) with a schema version.
//
// Layout (schemaVersion 1):
// { "format": "sam2studio-project", "schemaVersion": 1, "nextMediaId": n, "nextClassId": n,
//   "classes": [ {"id", "name", "color": "#rrggbb"} ],
//   "media": [ {"id", "kind": "image"|"video"|"frames", "path": relative-or-absolute,
//               "absolutePath", "name", "width", "height", "frameCount", "fps", "metadata": {},
//               "nextObjectId",
//               "objects": [ {"id", "classId", "name", "color", "attributes": {}, "hidden"} ],
//               "annotations": [ {"frame", "object", "size": [h, w], "counts": "<COCO RLE>",
//                                 "source": "model"|"propagation"|"manual"|"imported",
//                                 "points": [[x, y, 1|0], ...], "box": [x0, y0, x1, y1],
//                                 "score": s,
//                                 "review": {"state": "accepted"|"needs-fix", "by", "at"}} ] } ] }
// ("review" is absent while a mask is not reviewed; older files simply have none.)
// A tracked video's media entry also has "trackConfidence": [ {"object", "frames": [[frame,
// presence logit, predicted IoU], ...]} ]: what the tracker said, masks or not.
// Media paths are written relative to the project file's folder when the media lies on the same
// drive, plus the absolute path as a fallback; load tries the relative one first.
// Writes go through QSaveFile: the old file stays intact unless the new one is complete.
#include <memory>

#include <QDir>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include "annotation/errors.h"
#include "annotation/project.h"

namespace s2s {

class ProjectIO {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kFormatName = "sam2studio-project";

    // Serialises with media paths relative to baseDir (where possible).
    static nlohmann::json toJson(const Project& project, const QDir& baseDir);
    // Fills an empty project from JSON. Relative media paths resolve against baseDir; media not
    // found are kept with missing = true and a warning. Throws AnnotationError on malformed data
    // or a newer schema; `source` names the file in messages.
    static void fromJson(Project& project, const nlohmann::json& json, const QDir& baseDir,
                         QStringList* warnings, const QString& source = QString());

    // Atomic write of toJson(project, folder of path). Does not change the project's file path
    // or modified flag (Project::save does). `extra` members are merged into the top-level
    // object (autosave records the original project path this way). Throws AnnotationError.
    static void write(const Project& project, const QString& path,
                      const nlohmann::json& extra = nlohmann::json::object());
    // Reads and parses a file; throws AnnotationError for unreadable/truncated/invalid JSON.
    static nlohmann::json readJson(const QString& path);
    // readJson + fromJson into a new project (file path set to `path`, unmodified, no history).
    static std::unique_ptr<Project> read(const QString& path, QStringList* warnings = nullptr);
};

} // namespace s2s
