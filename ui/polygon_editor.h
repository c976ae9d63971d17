#pragma once
// Vertex editing of one mask (Tools ▸ Edit vertices): the mask as rings (outer borders and holes,
// export/mask_rings.h) at a simplification tolerance, edited vertex by vertex, and the mask the
// rings give. No widgets: the canvas draws it and turns the mouse into these calls; the Annotator
// starts it on the selected object's mask and commits mask() as a hand edit.
#include <optional>
#include <vector>

#include <QPointF>

#include "annotation/rle.h"
#include "export/mask_rings.h"

namespace s2s::ui {

class PolygonEditor {
public:
    struct Vertex {
        int ring = -1;
        int index = -1;  // a vertex; for edges, the edge from `index` to the next vertex
        bool operator==(const Vertex&) const = default;
    };

    // From `mask` at `tolerance` pixels (0: the exact pixel borders). Drops earlier edits.
    void start(const Rle& mask, double tolerance);
    void clear();
    bool isActive() const { return active_; }
    // Derives the rings again from the mask it started with (edits are dropped).
    void setTolerance(double tolerance);
    double tolerance() const { return tolerance_; }
    bool isEdited() const { return edited_; }

    const std::vector<MaskRing>& rings() const { return rings_; }
    int vertexCount() const { return ringVertexCount(rings_); }
    // What the rings give, and its overlap with the mask it started from (the live figures).
    Rle mask() const;
    double iouWithStart() const;
    const Rle& startMask() const { return start_; }

    // Hit tests in image pixels within `radius`.
    std::optional<Vertex> vertexAt(QPointF p, double radius) const;
    std::optional<Vertex> edgeAt(QPointF p, double radius) const;
    // The ring whose inside holds p (a hole before its outer ring); -1: none.
    int ringAt(QPointF p) const;

    void moveVertex(Vertex v, QPointF to);
    // Inserts a vertex on the edge `edge` at `at`; returns it.
    Vertex insertVertex(Vertex edge, QPointF at);
    // False when the ring would have fewer than 3 vertices (delete the object's mask instead).
    bool deleteVertex(Vertex v);
    void moveRing(int ring, QPointF delta);

private:
    bool valid(Vertex v) const;

    Rle start_;
    double tolerance_ = 0.0;
    std::vector<MaskRing> rings_;
    bool active_ = false;
    bool edited_ = false;
};

} // namespace s2s::ui
