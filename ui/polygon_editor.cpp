#include "ui/polygon_editor.h"

#include <QLineF>
#include <QPolygonF>

namespace s2s::ui {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

QPolygonF polygonOf(const MaskRing& ring) { return QPolygonF(QList<QPointF>(ring.points.begin(), ring.points.end())); }

} // namespace

void PolygonEditor::start(const Rle& mask, double tolerance) {
    start_ = mask;
    tolerance_ = std::max(0.0, tolerance);
    rings_ = maskToRings(mask, tolerance_);
    active_ = true;
    edited_ = false;
}

void PolygonEditor::clear() {
    start_ = Rle();
    rings_.clear();
    active_ = false;
    edited_ = false;
}

void PolygonEditor::setTolerance(double tolerance) {
    if (active_)
        start(start_, tolerance);
}

Rle PolygonEditor::mask() const { return ringsToMask(rings_, start_.height(), start_.width()); }

double PolygonEditor::iouWithStart() const { return Rle::iou(mask(), start_); }

bool PolygonEditor::valid(Vertex v) const {
    return v.ring >= 0 && v.ring < static_cast<int>(rings_.size()) && v.index >= 0 &&
           v.index < static_cast<int>(rings_[static_cast<std::size_t>(v.ring)].points.size());
}

std::optional<PolygonEditor::Vertex> PolygonEditor::vertexAt(QPointF p, double radius) const {
    std::optional<Vertex> best;
    double bestDistance = radius;
    for (int r = 0; r < static_cast<int>(rings_.size()); ++r) {
        const auto& points = rings_[static_cast<std::size_t>(r)].points;
        for (int i = 0; i < static_cast<int>(points.size()); ++i) {
            const double d = QLineF(p, points[static_cast<std::size_t>(i)]).length();
            if (d <= bestDistance) {
                bestDistance = d;
                best = Vertex{r, i};
            }
        }
    }
    return best;
}

std::optional<PolygonEditor::Vertex> PolygonEditor::edgeAt(QPointF p, double radius) const {
    std::optional<Vertex> best;
    double bestDistance = radius;
    for (int r = 0; r < static_cast<int>(rings_.size()); ++r) {
        const auto& points = rings_[static_cast<std::size_t>(r)].points;
        const int n = static_cast<int>(points.size());
        for (int i = 0; n >= 2 && i < n; ++i) {
            const double d = distanceToSegment(p, points[static_cast<std::size_t>(i)],
                                               points[static_cast<std::size_t>((i + 1) % n)]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = Vertex{r, i};
            }
        }
    }
    return best;
}

int PolygonEditor::ringAt(QPointF p) const {
    // Holes first: a point in a hole is meant for the hole, not the region around it.
    for (int pass = 0; pass < 2; ++pass)
        for (int r = 0; r < static_cast<int>(rings_.size()); ++r) {
            const MaskRing& ring = rings_[static_cast<std::size_t>(r)];
            if (ring.isHole() == (pass == 0) && polygonOf(ring).containsPoint(p, Qt::OddEvenFill))
                return r;
        }
    return -1;
}

void PolygonEditor::moveVertex(Vertex v, QPointF to) {
    if (!valid(v))
        return;
    rings_[static_cast<std::size_t>(v.ring)].points[static_cast<std::size_t>(v.index)] = to;
    edited_ = true;
}

PolygonEditor::Vertex PolygonEditor::insertVertex(Vertex edge, QPointF at) {
    if (!valid(edge))
        return {};
    auto& points = rings_[static_cast<std::size_t>(edge.ring)].points;
    points.insert(points.begin() + edge.index + 1, at);
    edited_ = true;
    return {edge.ring, edge.index + 1};
}

bool PolygonEditor::deleteVertex(Vertex v) {
    if (!valid(v))
        return false;
    auto& points = rings_[static_cast<std::size_t>(v.ring)].points;
    if (points.size() <= 3)
        return false;
    points.erase(points.begin() + v.index);
    edited_ = true;
    return true;
}

void PolygonEditor::moveRing(int ring, QPointF delta) {
    if (ring < 0 || ring >= static_cast<int>(rings_.size()))
        return;
    // An outer ring takes its holes along; a hole moves alone.
    for (int r = 0; r < static_cast<int>(rings_.size()); ++r) {
        MaskRing& other = rings_[static_cast<std::size_t>(r)];
        if (r == ring || (!rings_[static_cast<std::size_t>(ring)].isHole() && other.parent == ring))
            for (QPointF& p : other.points) p += delta;
    }
    edited_ = true;
}

} // namespace s2s::ui
