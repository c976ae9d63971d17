#include "export/mask_rings.h"

#include <opencv2/imgproc.hpp>

#include "export/export_common.h"

namespace s2s {

namespace {

std::vector<cv::Point> toCv(const std::vector<QPointF>& points) {
    std::vector<cv::Point> out;
    out.reserve(points.size());
    for (const QPointF& p : points) out.emplace_back(cvRound(p.x()), cvRound(p.y()));
    return out;
}

std::vector<QPointF> toQt(const std::vector<cv::Point>& points) {
    std::vector<QPointF> out;
    out.reserve(points.size());
    for (const cv::Point& p : points) out.emplace_back(p.x, p.y);
    return out;
}

std::vector<cv::Point> simplified(const std::vector<cv::Point>& contour, double tolerance) {
    if (tolerance <= 0.0) return contour;
    std::vector<cv::Point> out;
    cv::approxPolyDP(contour, out, tolerance, true);
    return out;
}

} // namespace

std::vector<MaskRing> maskToRings(const Rle& mask, double tolerance) {
    std::vector<MaskRing> rings;
    if (mask.isEmpty()) return rings;
    cv::Mat m = rleToMat(mask);
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;  // next, previous, first child, parent
    // CHAIN_APPROX_SIMPLE drops only the inner points of straight runs: still exact.
    cv::findContours(m, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    for (std::size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] >= 0) continue;  // a hole: added after its outer ring
        std::vector<cv::Point> outer = simplified(contours[i], tolerance);
        if (outer.size() < 3 && tolerance > 0.0) continue;
        const int parent = static_cast<int>(rings.size());
        rings.push_back({toQt(outer), -1});
        for (int child = hierarchy[i][2]; child >= 0; child = hierarchy[static_cast<std::size_t>(child)][0]) {
            std::vector<cv::Point> hole = simplified(contours[static_cast<std::size_t>(child)], tolerance);
            if (hole.size() < 3 && tolerance > 0.0) continue;
            rings.push_back({toQt(hole), parent});
        }
    }
    return rings;
}

Rle ringsToMask(const std::vector<MaskRing>& rings, int height, int width) {
    cv::Mat result = cv::Mat::zeros(height, width, CV_8UC1);
    cv::Mat region(height, width, CV_8UC1);
    const int n = static_cast<int>(rings.size());
    for (int i = 0; i < n; ++i) {
        const MaskRing& outer = rings[static_cast<std::size_t>(i)];
        // An exact border can have one or two points (a pixel, a line of pixels): still filled.
        if (outer.isHole() || outer.points.empty()) continue;
        region.setTo(0);
        const std::vector<std::vector<cv::Point>> outline{toCv(outer.points)};
        cv::fillPoly(region, outline, cv::Scalar(1));
        cv::polylines(region, outline, true, cv::Scalar(1));
        for (const MaskRing& hole : rings) {
            if (hole.parent != i || hole.points.size() < 3) continue;
            const std::vector<std::vector<cv::Point>> border{toCv(hole.points)};
            cv::fillPoly(region, border, cv::Scalar(0));
            cv::polylines(region, border, true, cv::Scalar(1));  // the hole's border is the region's
        }
        result |= region;
    }
    return matToRle(result);
}

int ringVertexCount(const std::vector<MaskRing>& rings) {
    int n = 0;
    for (const MaskRing& r : rings) n += static_cast<int>(r.points.size());
    return n;
}

} // namespace s2s
