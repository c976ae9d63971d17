#include "export/mask_polygons.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

namespace s2s {

namespace {

using Ring = std::vector<cv::Point>;

// Indices (a in `into`, b in `ring`) of the closest pair of vertices.
std::pair<std::size_t, std::size_t> closestPair(const Ring& into, const Ring& ring) {
    std::pair<std::size_t, std::size_t> best{0, 0};
    long long bestDistance = std::numeric_limits<long long>::max();
    for (std::size_t i = 0; i < into.size(); ++i) {
        for (std::size_t j = 0; j < ring.size(); ++j) {
            const long long dx = into[i].x - ring[j].x;
            const long long dy = into[i].y - ring[j].y;
            const long long d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = {i, j};
            }
        }
    }
    return best;
}

// Splices `ring` into `into`: walk `into` to the bridge vertex, go round `ring` starting and
// ending at its bridge vertex, come back, and continue. The bridge is traversed twice in opposite
// directions, so it adds no area under an even-odd fill.
void splice(Ring& into, const Ring& ring) {
    if (ring.empty()) return;
    if (into.empty()) {
        into = ring;
        return;
    }
    const auto [a, b] = closestPair(into, ring);
    Ring joined;
    joined.reserve(into.size() + ring.size() + 2);
    joined.insert(joined.end(), into.begin(), into.begin() + static_cast<std::ptrdiff_t>(a) + 1);
    for (std::size_t k = 0; k <= ring.size(); ++k) joined.push_back(ring[(b + k) % ring.size()]);
    joined.insert(joined.end(), into.begin() + static_cast<std::ptrdiff_t>(a), into.end());
    into = std::move(joined);
}

// A region whose contour has fewer than 3 vertices: its pixel rectangle as 4 vertices.
Ring rectangleRing(const Ring& contour) {
    const cv::Rect r = cv::boundingRect(contour);
    return {{r.x, r.y}, {r.x + r.width - 1, r.y}, {r.x + r.width - 1, r.y + r.height - 1},
            {r.x, r.y + r.height - 1}};
}

// One ring per outer contour, with its holes spliced in; sorted by decreasing region area.
std::vector<Ring> regionRings(const cv::Mat& mask) {
    CV_Assert(mask.type() == CV_8UC1);
    cv::Mat binary = mask != 0;  // findContours wants 0/255 and may modify its input
    std::vector<Ring> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(binary, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::pair<double, Ring>> regions;
    for (std::size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] >= 0) continue;  // a hole: handled with its parent
        Ring ring = contours[i].size() < 3 ? rectangleRing(contours[i]) : contours[i];
        double area = std::abs(cv::contourArea(contours[i])) + static_cast<double>(contours[i].size());
        for (int child = hierarchy[i][2]; child >= 0; child = hierarchy[child][0]) {
            if (contours[child].size() < 3) continue;  // a hole too thin to be a ring
            area -= std::abs(cv::contourArea(contours[child]));
            splice(ring, contours[child]);
        }
        regions.emplace_back(area, std::move(ring));
    }
    std::stable_sort(regions.begin(), regions.end(),
                     [](const auto& l, const auto& r) { return l.first > r.first; });
    std::vector<Ring> rings;
    for (auto& region : regions) rings.push_back(std::move(region.second));
    return rings;
}

Polygon toPolygon(const Ring& ring) {
    Polygon polygon;
    polygon.reserve(ring.size() * 2);
    for (const cv::Point& p : ring) {
        polygon.push_back(p.x);
        polygon.push_back(p.y);
    }
    return polygon;
}

} // namespace

std::vector<Polygon> maskToPolygons(const cv::Mat& mask) {
    std::vector<Polygon> polygons;
    for (const Ring& ring : regionRings(mask)) polygons.push_back(toPolygon(ring));
    return polygons;
}

Polygon maskToSinglePolygon(const cv::Mat& mask) {
    Ring joined;
    for (const Ring& ring : regionRings(mask)) splice(joined, ring);
    return toPolygon(joined);
}

cv::Mat polygonsToMask(const std::vector<Polygon>& polygons, int height, int width) {
    cv::Mat result = cv::Mat::zeros(height, width, CV_8UC1);
    for (const Polygon& polygon : polygons) {
        if (polygon.size() < 2) continue;
        Ring ring;
        // Coordinates from a file may be huge or NaN: clamp them a little beyond the image before
        // rounding (rounding them as they are is undefined); fillPoly clips the rest.
        const auto coordinate = [](double v, int side) {
            const double margin = 2.0 * std::max(side, 1);
            return std::isnan(v) ? 0 : static_cast<int>(std::lround(std::clamp(v, -margin, side + margin)));
        };
        for (std::size_t k = 0; k + 1 < polygon.size(); k += 2)
            ring.emplace_back(coordinate(polygon[k], width), coordinate(polygon[k + 1], height));
        cv::Mat one = cv::Mat::zeros(height, width, CV_8UC1);
        const cv::Point* points = ring.data();
        const int count = static_cast<int>(ring.size());
        cv::fillPoly(one, &points, &count, 1, cv::Scalar(1), cv::LINE_8);
        result |= one;
    }
    return result;
}

} // namespace s2s
