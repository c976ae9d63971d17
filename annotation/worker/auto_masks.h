#pragma once
// "Segment everything" as the app and the CLI see it (no model headers): the generator's settings
// under the reference's keyword names, and its proposals as RLE masks with their scores. The
// generator itself is model/automatic_masks.h, reached through ImageModel::autoMasks.
#include <optional>
#include <vector>

#include <QMetaType>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>

#include <nlohmann/json.hpp>

#include "annotation/rle.h"
#include "annotation/types.h"

namespace s2s {

// SAM2AutomaticMaskGenerator's keyword arguments with its defaults (point_grids excepted).
struct AutoMaskSettings {
    int pointsPerSide = 32;
    int pointsPerBatch = 64;
    double predIouThresh = 0.8;
    double stabilityScoreThresh = 0.95;
    double stabilityScoreOffset = 1.0;
    double maskThreshold = 0.0;
    double boxNmsThresh = 0.7;
    int cropNLayers = 0;
    double cropNmsThresh = 0.7;
    double cropOverlapRatio = 512.0 / 1500.0;
    int cropNPointsDownscaleFactor = 1;
    int minMaskRegionArea = 0;
    bool useM2m = false;
    bool multimaskOutput = true;

    // {"points_per_side": 32, ...}: every keyword, in the reference's order.
    nlohmann::ordered_json toJson() const;
    // Keywords not given keep their defaults; an unknown keyword or a wrong type throws
    // AnnotationError naming it.
    static AutoMaskSettings fromJson(const nlohmann::json& j);
    // An empty string when the values are usable, else what is wrong.
    QString validate() const;
    bool operator==(const AutoMaskSettings&) const = default;
};

// One proposal (one of the reference's records).
struct AutoMaskProposal {
    Rle mask;
    double predictedIou = 0.0;
    double stabilityScore = 0.0;
    QPointF point;     // the prompt that produced it, image pixels
    QRectF bbox;       // x, y, w, h as the reference reports it (inclusive pixel extent)
    QRect cropBox;     // the crop it came from

    // The reference's record as the golden amg.json holds it: segmentation (COCO compressed RLE),
    // area, bbox, predicted_iou, stability_score, point_coords, crop_box, in that order.
    nlohmann::ordered_json toRecord() const;
    // Throws AnnotationError on a malformed record.
    static AutoMaskProposal fromRecord(const nlohmann::json& record);
};

// What a kept proposal becomes in a project: an object named "auto N" whose attributes["auto"]
// keep the provenance (predicted_iou, stability_score, point_coords, crop_box), and its mask
// (source Model, score the predicted IoU).
AnnotatedObject autoObject(const AutoMaskProposal& proposal, int number);
FrameAnnotation autoAnnotation(const AutoMaskProposal& proposal);

using AutoMaskProposals = std::vector<AutoMaskProposal>;
// Proposals in the reference's order, or nullopt when cancelled.
using AutoMaskRun = std::optional<AutoMaskProposals>;

} // namespace s2s

Q_DECLARE_METATYPE(s2s::AutoMaskSettings)
Q_DECLARE_METATYPE(s2s::AutoMaskProposals)
