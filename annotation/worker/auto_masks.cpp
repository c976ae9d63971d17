#include "annotation/worker/auto_masks.h"

#include <cmath>

#include "annotation/errors.h"

namespace s2s {

namespace {

template <typename T>
T member(const nlohmann::json& j, const std::string& key, T fallback) {
    if (!j.contains(key))
        return fallback;
    const nlohmann::json& v = j.at(key);
    if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_boolean())
            throw AnnotationError("automatic mask setting \"" + key + "\" must be true or false");
    } else if constexpr (std::is_integral_v<T>) {
        if (!v.is_number_integer())
            throw AnnotationError("automatic mask setting \"" + key + "\" must be a whole number");
    } else {
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            throw AnnotationError("automatic mask setting \"" + key + "\" must be a number");
    }
    return v.get<T>();
}

} // namespace

nlohmann::ordered_json AutoMaskSettings::toJson() const {
    nlohmann::ordered_json j;
    j["points_per_side"] = pointsPerSide;
    j["points_per_batch"] = pointsPerBatch;
    j["pred_iou_thresh"] = predIouThresh;
    j["stability_score_thresh"] = stabilityScoreThresh;
    j["stability_score_offset"] = stabilityScoreOffset;
    j["mask_threshold"] = maskThreshold;
    j["box_nms_thresh"] = boxNmsThresh;
    j["crop_n_layers"] = cropNLayers;
    j["crop_nms_thresh"] = cropNmsThresh;
    j["crop_overlap_ratio"] = cropOverlapRatio;
    j["crop_n_points_downscale_factor"] = cropNPointsDownscaleFactor;
    j["min_mask_region_area"] = minMaskRegionArea;
    j["use_m2m"] = useM2m;
    j["multimask_output"] = multimaskOutput;
    return j;
}

AutoMaskSettings AutoMaskSettings::fromJson(const nlohmann::json& j) {
    if (!j.is_object())
        throw AnnotationError("automatic mask settings must be a JSON object");
    const AutoMaskSettings d;
    const nlohmann::ordered_json known = d.toJson();
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.contains(it.key()))
            throw AnnotationError("unknown automatic mask setting \"" + it.key() + "\"");
    AutoMaskSettings s;
    s.pointsPerSide = member(j, "points_per_side", d.pointsPerSide);
    s.pointsPerBatch = member(j, "points_per_batch", d.pointsPerBatch);
    s.predIouThresh = member(j, "pred_iou_thresh", d.predIouThresh);
    s.stabilityScoreThresh = member(j, "stability_score_thresh", d.stabilityScoreThresh);
    s.stabilityScoreOffset = member(j, "stability_score_offset", d.stabilityScoreOffset);
    s.maskThreshold = member(j, "mask_threshold", d.maskThreshold);
    s.boxNmsThresh = member(j, "box_nms_thresh", d.boxNmsThresh);
    s.cropNLayers = member(j, "crop_n_layers", d.cropNLayers);
    s.cropNmsThresh = member(j, "crop_nms_thresh", d.cropNmsThresh);
    s.cropOverlapRatio = member(j, "crop_overlap_ratio", d.cropOverlapRatio);
    s.cropNPointsDownscaleFactor = member(j, "crop_n_points_downscale_factor", d.cropNPointsDownscaleFactor);
    s.minMaskRegionArea = member(j, "min_mask_region_area", d.minMaskRegionArea);
    s.useM2m = member(j, "use_m2m", d.useM2m);
    s.multimaskOutput = member(j, "multimask_output", d.multimaskOutput);
    return s;
}

QString AutoMaskSettings::validate() const {
    if (pointsPerSide < 1 || pointsPerSide > 1024)
        return QStringLiteral("points_per_side must be 1 to 1024");
    if (pointsPerBatch < 1 || pointsPerBatch > 4096)
        return QStringLiteral("points_per_batch must be 1 to 4096");
    if (cropNLayers < 0 || cropNLayers > 4)
        return QStringLiteral("crop_n_layers must be 0 to 4");
    if (cropNPointsDownscaleFactor < 1)
        return QStringLiteral("crop_n_points_downscale_factor must be 1 or more");
    if (!(cropOverlapRatio >= 0.0 && cropOverlapRatio < 1.0))
        return QStringLiteral("crop_overlap_ratio must be at least 0 and below 1");
    if (minMaskRegionArea < 0)
        return QStringLiteral("min_mask_region_area must be 0 or more");
    if (stabilityScoreOffset <= 0.0)
        return QStringLiteral("stability_score_offset must be positive");
    for (int layer = 0; layer <= cropNLayers; ++layer)
        if (static_cast<int>(pointsPerSide / std::pow(cropNPointsDownscaleFactor, layer)) < 1)
            return QStringLiteral("crop layer %1 would have no points (points_per_side / "
                                  "crop_n_points_downscale_factor^%1 is below 1)").arg(layer);
    return QString();
}

nlohmann::ordered_json AutoMaskProposal::toRecord() const {
    nlohmann::ordered_json r;
    r["segmentation"] = {{"size", {mask.height(), mask.width()}}, {"counts", mask.toString()}};
    r["area"] = mask.area();
    r["bbox"] = {bbox.x(), bbox.y(), bbox.width(), bbox.height()};
    r["predicted_iou"] = predictedIou;
    r["stability_score"] = stabilityScore;
    r["point_coords"] = {{point.x(), point.y()}};
    r["crop_box"] = {double(cropBox.x()), double(cropBox.y()), double(cropBox.width()), double(cropBox.height())};
    return r;
}

AutoMaskProposal AutoMaskProposal::fromRecord(const nlohmann::json& r) {
    try {
        AutoMaskProposal p;
        p.mask = Rle::fromJson(r.at("segmentation"));
        p.predictedIou = r.at("predicted_iou").get<double>();
        p.stabilityScore = r.at("stability_score").get<double>();
        const auto& pt = r.at("point_coords").at(0);
        p.point = QPointF(pt.at(0).get<double>(), pt.at(1).get<double>());
        const auto& b = r.at("bbox");
        p.bbox = QRectF(b.at(0).get<double>(), b.at(1).get<double>(), b.at(2).get<double>(), b.at(3).get<double>());
        const auto& c = r.at("crop_box");
        p.cropBox = QRect(c.at(0).get<int>(), c.at(1).get<int>(), c.at(2).get<int>(), c.at(3).get<int>());
        return p;
    } catch (const nlohmann::json::exception& e) {
        throw AnnotationError(std::string("malformed automatic mask record: ") + e.what());
    }
}

AnnotatedObject autoObject(const AutoMaskProposal& proposal, int number) {
    AnnotatedObject o;
    o.name = QStringLiteral("auto %1").arg(number);
    const nlohmann::ordered_json record = proposal.toRecord();
    nlohmann::json provenance = nlohmann::json::object();
    for (const char* key : {"predicted_iou", "stability_score", "point_coords", "crop_box"})
        provenance[key] = record.at(key);
    o.attributes["auto"] = std::move(provenance);
    return o;
}

FrameAnnotation autoAnnotation(const AutoMaskProposal& proposal) {
    FrameAnnotation a;
    a.mask = proposal.mask;
    a.source = MaskSource::Model;
    a.score = static_cast<float>(proposal.predictedIou);
    return a;
}

} // namespace s2s
