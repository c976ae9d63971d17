#pragma once
// `sam2studio-cli auto` on a video or frame folder: automatic masklets (the generator on keyframes,
// then the video predictor) through the app's own AutoMaskletJob and VideoEditor
// (annotation/worker/auto_masklets.h), blocking until the job ends.
#include <QDir>
#include <QString>

#include <nlohmann/json.hpp>

#include "annotation/worker/auto_masklets.h"

namespace s2s {
class ImageModel;
}

namespace cli {

// The result's body for one video: "media" {path, kind, width, height, frames}, "video"
// {keyframes, proposals per keyframe, masklets added, frames tracked}, and "project": the
// one-video project (ProjectIO's JSON, media paths relative to `baseDir`) with every masklet.
// Progress lines go to stderr prefixed with `tag`. Throws std::runtime_error.
nlohmann::ordered_json autoMasklets(const QString& video, s2s::ImageModel& model,
                                    const s2s::AutoMaskletSettings& settings, const QDir& baseDir,
                                    const QString& tag);

}  // namespace cli
