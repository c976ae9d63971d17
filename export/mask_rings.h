#pragma once
// A mask as editable rings and back (the canvas's polygon editing): every connected region's
// outer border and the borders of its holes, with vertices on pixel centres.
//
//   auto rings = s2s::maskToRings(mask, 1.0);   // Douglas-Peucker within 1 pixel
//   rings[0].points[3] += QPointF(2, 0);        // any edit
//   s2s::Rle edited = s2s::ringsToMask(rings, mask.height(), mask.width());
//
// At tolerance 0 the rings are the exact pixel borders: ringsToMask gives the mask back, bit for
// bit. A region inside a hole is a ring of its own (parent -1), as with cv::RETR_CCOMP.
#include <vector>

#include <QPointF>

#include "annotation/rle.h"

namespace s2s {

struct MaskRing {
    std::vector<QPointF> points;  // closed: the last point joins the first
    int parent = -1;              // a hole: the index of its outer ring; -1: an outer ring
    bool isHole() const { return parent >= 0; }
    bool operator==(const MaskRing&) const = default;
};

// Outer rings first, each followed by its holes. Rings simplified to fewer than 3 points are
// dropped (a region one or two pixels across at a large tolerance). `tolerance` >= 0 pixels.
std::vector<MaskRing> maskToRings(const Rle& mask, double tolerance = 0.0);

// Fills each outer ring (border pixels included), takes out the inside of its holes (their
// border pixels stay, as they are the region's), and unites the regions. Rings with fewer than
// 3 points, and holes whose parent is out of range, are ignored.
Rle ringsToMask(const std::vector<MaskRing>& rings, int height, int width);

// Vertices of all rings.
int ringVertexCount(const std::vector<MaskRing>& rings);

} // namespace s2s
