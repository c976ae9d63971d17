#include "ui/canvas_view.h"

#include <cmath>

#include <QGraphicsEllipseItem>
#include <QGraphicsItemGroup>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include "ui/mask_overlay.h"
#include "ui/polygon_editor.h"

namespace s2s::ui {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
constexpr qreal kOverlayZ = 1, kSelectedZ = 2, kPreviewZ = 3, kStrokeZ = 4, kPromptZ = 5, kProposalZ = 6;
} // namespace

CanvasView::CanvasView(QWidget* parent) : QGraphicsView(parent), scene_(new QGraphicsScene(this)) {
    setScene(scene_);
    setBackgroundBrush(QColor(48, 48, 48));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setRenderHint(QPainter::SmoothPixmapTransform, false);
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(QStringLiteral("canvas"));

    imageItem_ = scene_->addPixmap(QPixmap());
    imageItem_->setZValue(0);
    previewItem_ = scene_->addPixmap(QPixmap());
    previewItem_->setZValue(kPreviewZ);
    previewItem_->setOpacity(0.75);
    strokeItem_ = scene_->addPixmap(QPixmap());
    strokeItem_->setZValue(kStrokeZ);
    strokeItem_->setOpacity(0.6);
    boxItem_ = scene_->addRect(QRectF(), QPen(QColor(255, 210, 0), 0, Qt::DashLine));
    boxItem_->setZValue(kPromptZ);
    boxItem_->setVisible(false);
    QPen polyPen(QColor(0, 200, 255), 0);
    polygonItem_ = scene_->addPath(QPainterPath(), polyPen, QColor(0, 200, 255, 50));
    polygonItem_->setZValue(kPromptZ);
    // Vertex editing: outer rings yellow, holes cyan, square handles on the vertices.
    ringsItem_ = scene_->addPath(QPainterPath(), QPen(QColor(255, 215, 0), 0));
    holesItem_ = scene_->addPath(QPainterPath(), QPen(QColor(0, 220, 255), 0, Qt::DashLine));
    handlesItem_ = scene_->addPath(QPainterPath(), QPen(Qt::black, 0), QColor(255, 255, 255, 220));
    for (QGraphicsPathItem* item : {ringsItem_, holesItem_, handlesItem_})
        item->setZValue(kPromptZ + 1);
}

void CanvasView::setImage(const QImage& image) {
    const QSize oldSize = imageSize_;
    imageItem_->setPixmap(QPixmap::fromImage(image));
    imageSize_ = image.size();
    scene_->setSceneRect(QRectF(QPointF(0, 0), QSizeF(imageSize_)));
    cancelEdit();
    clearPreview();
    if (oldSize != imageSize_ || fitOnResize_)
        fitToView();
}

void CanvasView::setProposals(const std::vector<Proposal>& proposals) {
    clearProposals();
    for (const Proposal& p : proposals) {
        QPen pen(p.color, p.selected ? 2.5 : 1.2);
        pen.setCosmetic(true);  // the same width at every zoom
        QColor fill = p.color;
        fill.setAlpha(p.selected ? 90 : 0);
        auto* item = scene_->addPath(p.outline, pen, fill.alpha() ? QBrush(fill) : QBrush(Qt::NoBrush));
        item->setZValue(kProposalZ);
        proposalItems_.push_back(item);
    }
}

void CanvasView::clearProposals() {
    for (QGraphicsPathItem* item : proposalItems_) {
        scene_->removeItem(item);
        delete item;
    }
    proposalItems_.clear();
}

void CanvasView::setObjectMask(int objectId, const Rle& mask, const QColor& color, bool selected) {
    Overlay& overlay = overlays_[objectId];
    if (overlay.item != nullptr && overlay.selected == selected && overlay.color == color &&
        overlay.mask == mask)
        return;
    if (overlay.item == nullptr)
        overlay.item = scene_->addPixmap(QPixmap());
    overlay.item->setPixmap(QPixmap::fromImage(renderMaskOverlay(mask, color, selected ? 130 : 90)));
    overlay.item->setZValue(selected ? kSelectedZ : kOverlayZ);
    overlay.mask = mask;
    overlay.color = color;
    overlay.selected = selected;
}

void CanvasView::removeObjectMask(int objectId) {
    auto it = overlays_.find(objectId);
    if (it == overlays_.end())
        return;
    scene_->removeItem(it->second.item);
    delete it->second.item;
    overlays_.erase(it);
}

void CanvasView::clearObjectMasks() {
    for (auto& [id, overlay] : overlays_) {
        scene_->removeItem(overlay.item);
        delete overlay.item;
    }
    overlays_.clear();
}

std::vector<int> CanvasView::shownObjects() const {
    std::vector<int> ids;
    for (const auto& [id, overlay] : overlays_)
        ids.push_back(id);
    return ids;
}

void CanvasView::setPrompts(const std::vector<PointPrompt>& points,
                            const std::optional<BoxPrompt>& box) {
    for (QGraphicsItem* item : promptItems_) {
        scene_->removeItem(item);
        delete item;
    }
    promptItems_.clear();
    // Markers keep their size on screen whatever the zoom.
    const qreal r = 5.0;
    for (const PointPrompt& p : points) {
        auto* dot = new QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r);
        dot->setPos(p.x, p.y);
        dot->setBrush(p.positive ? QColor(40, 220, 60) : QColor(235, 50, 50));
        dot->setPen(QPen(Qt::white, 1.5));
        dot->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        promptItems_.push_back(dot);
    }
    if (box) {
        auto* rect =
            new QGraphicsRectItem(QRectF(QPointF(box->x0, box->y0), QPointF(box->x1, box->y1)));
        rect->setPen(QPen(QColor(255, 210, 0), 0));
        promptItems_.push_back(rect);
    }
    for (QGraphicsItem* item : promptItems_) {
        item->setZValue(kPromptZ);
        scene_->addItem(item);
    }
}

void CanvasView::setPreview(const Rle& mask, const QColor& color) {
    if (mask.isEmpty()) {
        clearPreview();
        return;
    }
    previewItem_->setPixmap(QPixmap::fromImage(renderMaskOverlay(mask, color, 80)));
    previewItem_->setVisible(true);
}

void CanvasView::clearPreview() {
    previewItem_->setPixmap(QPixmap());
    previewItem_->setVisible(false);
}

bool CanvasView::isPreviewShown() const {
    return previewItem_->isVisible() && !previewItem_->pixmap().isNull();
}

void CanvasView::setTool(Tool tool) {
    if (tool_ == tool)
        return;
    cancelEdit();
    clearPreview();
    tool_ = tool;
    updateCursor();
    refreshPolygonEdit();
}

void CanvasView::setBrushRadius(int pixels) { brushRadius_ = std::clamp(pixels, 1, 500); }

double CanvasView::zoom() const { return transform().m11(); }

void CanvasView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
    refreshPolygonEdit();  // handles keep their screen size
    fitOnResize_ = false;
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::fitToView() {
    if (imageSize_.isEmpty())
        return;
    fitInView(QRectF(QPointF(0, 0), QSizeF(imageSize_)), Qt::KeepAspectRatio);
    fitOnResize_ = true;
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::cancelEdit() {
    boxStart_.reset();
    boxItem_->setVisible(false);
    stroking_ = false;
    stroke_ = QImage();
    strokeItem_->setPixmap(QPixmap());
    polygon_.clear();
    polygonItem_->setPath(QPainterPath());
}

void CanvasView::finishPolygon() {
    if (polygon_.size() >= 3) {
        const QPolygonF done = polygon_;
        cancelEdit();
        Q_EMIT polygonFinished(done);
    }
}

QPointF CanvasView::toImage(const QPoint& viewPos) const { return mapToScene(viewPos); }

bool CanvasView::insideImage(const QPointF& p) const {
    return p.x() >= 0 && p.y() >= 0 && p.x() < imageSize_.width() && p.y() < imageSize_.height();
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent* event) {
    const QPointF p = toImage(event->position().toPoint());
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (tool_ == Tool::Pan || spaceHeld_))) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (!hasImage()) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (showsProposals() && event->button() == Qt::LeftButton) {
        if (insideImage(p))
            Q_EMIT proposalClicked(p);
        event->accept();
        return;
    }
    switch (tool_) {
    case Tool::Click:
        if (insideImage(p) && (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) {
            const bool positive = event->button() == Qt::LeftButton &&
                                  !(event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier));
            clearPreview();
            Q_EMIT pointClicked(p, positive);
        }
        break;
    case Tool::Box:
        if (event->button() == Qt::LeftButton) {
            boxStart_ = QPointF(std::clamp(p.x(), 0.0, double(imageSize_.width())),
                                std::clamp(p.y(), 0.0, double(imageSize_.height())));
            boxItem_->setRect(QRectF(*boxStart_, *boxStart_));
            boxItem_->setVisible(true);
        }
        break;
    case Tool::Brush:
    case Tool::Eraser:
        if (event->button() == Qt::LeftButton) {
            stroking_ = true;
            stroke_ = QImage(imageSize_, QImage::Format_Grayscale8);
            stroke_.fill(0);
            strokeLast_ = p;
            paintStroke(p, p);
        }
        break;
    case Tool::Polygon:
        if (event->button() == Qt::LeftButton) {
            polygon_.append(QPointF(std::clamp(p.x(), 0.0, double(imageSize_.width())),
                                    std::clamp(p.y(), 0.0, double(imageSize_.height()))));
            updatePolygonItem(p);
        } else if (event->button() == Qt::RightButton && !polygon_.isEmpty()) {
            polygon_.removeLast();
            updatePolygonItem(p);
        }
        break;
    case Tool::Pan:
        break;
    case Tool::Vertices:
        vertexPress(event, p);
        break;
    }
    event->accept();
}

double CanvasView::handleRadius() const { return 6.0 / std::max(zoom(), 1e-6); }

bool CanvasView::vertexPress(QMouseEvent* event, const QPointF& p) {
    if (polygonEditor_ == nullptr || !polygonEditor_->isActive())
        return false;
    const double radius = handleRadius();
    const auto vertex = polygonEditor_->vertexAt(p, radius);
    if (event->button() == Qt::RightButton) {
        if (vertex && polygonEditor_->deleteVertex(*vertex)) {
            refreshPolygonEdit();
            Q_EMIT polygonEditChanged();
        }
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (event->modifiers() & Qt::ShiftModifier) {  // the whole ring
        ringDrag_ = vertex ? vertex->ring : polygonEditor_->ringAt(p);
        dragLast_ = p;
        return ringDrag_ >= 0;
    }
    if (vertex) {
        vertexDrag_ = std::pair(vertex->ring, vertex->index);
        return true;
    }
    if (const auto edge = polygonEditor_->edgeAt(p, radius)) {  // a new vertex, dragged at once
        const PolygonEditor::Vertex added = polygonEditor_->insertVertex(*edge, p);
        vertexDrag_ = std::pair(added.ring, added.index);
        refreshPolygonEdit();
        return true;
    }
    return false;
}

void CanvasView::setPolygonEditor(PolygonEditor* editor) {
    polygonEditor_ = editor;
    vertexDrag_.reset();
    ringDrag_ = -1;
    refreshPolygonEdit();
}

void CanvasView::refreshPolygonEdit() {
    QPainterPath rings, holes, handles;
    if (polygonEditor_ != nullptr && polygonEditor_->isActive() && tool_ == Tool::Vertices) {
        const double h = handleRadius() * 0.6;
        for (const MaskRing& ring : polygonEditor_->rings()) {
            if (ring.points.empty())
                continue;
            QPainterPath& path = ring.isHole() ? holes : rings;
            // Vertices sit on pixel centres: draw them there.
            const QPointF centre(0.5, 0.5);
            path.moveTo(ring.points.front() + centre);
            for (const QPointF& v : ring.points)
                path.lineTo(v + centre);
            path.closeSubpath();
            for (const QPointF& v : ring.points)
                handles.addRect(QRectF(v + centre - QPointF(h, h), QSizeF(2 * h, 2 * h)));
        }
    }
    ringsItem_->setPath(rings);
    holesItem_->setPath(holes);
    handlesItem_->setPath(handles);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF p = toImage(event->position().toPoint());
    if (panning_) {
        const QPoint delta = event->position().toPoint() - panLast_;
        panLast_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        fitOnResize_ = false;
        return;
    }
    if (!hasImage())
        return;
    switch (tool_) {
    case Tool::Click:
        if (event->buttons() == Qt::NoButton) {
            if (insideImage(p))
                Q_EMIT hoverMoved(p);
            else
                Q_EMIT hoverLeft();
        }
        break;
    case Tool::Box:
        if (boxStart_)
            boxItem_->setRect(QRectF(*boxStart_, p).normalized());
        break;
    case Tool::Brush:
    case Tool::Eraser:
        if (stroking_) {
            paintStroke(strokeLast_, p);
            strokeLast_ = p;
        }
        break;
    case Tool::Polygon:
        if (!polygon_.isEmpty())
            updatePolygonItem(p);
        break;
    case Tool::Pan:
        break;
    case Tool::Vertices:
        if (polygonEditor_ != nullptr && vertexDrag_) {
            const QPointF to(std::clamp(std::round(p.x() - 0.5), 0.0, double(imageSize_.width() - 1)),
                             std::clamp(std::round(p.y() - 0.5), 0.0, double(imageSize_.height() - 1)));
            polygonEditor_->moveVertex({vertexDrag_->first, vertexDrag_->second}, to);
            refreshPolygonEdit();
        } else if (polygonEditor_ != nullptr && ringDrag_ >= 0) {
            const QPointF delta(std::round(p.x() - dragLast_.x()), std::round(p.y() - dragLast_.y()));
            if (!delta.isNull()) {
                polygonEditor_->moveRing(ringDrag_, delta);
                dragLast_ += delta;
                refreshPolygonEdit();
            }
        }
        break;
    }
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_) {
        panning_ = false;
        updateCursor();
        return;
    }
    const QPointF p = toImage(event->position().toPoint());
    if (tool_ == Tool::Box && boxStart_ && event->button() == Qt::LeftButton) {
        const QPointF end(std::clamp(p.x(), 0.0, double(imageSize_.width())),
                          std::clamp(p.y(), 0.0, double(imageSize_.height())));
        const QRectF rect = QRectF(*boxStart_, end).normalized();
        boxStart_.reset();
        boxItem_->setVisible(false);
        if (rect.width() >= 2 && rect.height() >= 2)
            Q_EMIT boxDrawn(rect);
    } else if (tool_ == Tool::Vertices && (vertexDrag_ || ringDrag_ >= 0)) {
        vertexDrag_.reset();
        ringDrag_ = -1;
        Q_EMIT polygonEditChanged();
    } else if ((tool_ == Tool::Brush || tool_ == Tool::Eraser) && stroking_) {
        stroking_ = false;
        const QImage done = stroke_;
        stroke_ = QImage();
        strokeItem_->setPixmap(QPixmap());
        Q_EMIT strokeFinished(done, tool_ == Tool::Eraser);
    }
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tool_ == Tool::Polygon && event->button() == Qt::LeftButton) {
        finishPolygon();
        return;
    }
    mousePressEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (tool_ == Tool::Vertices)
            Q_EMIT polygonEditCancel();
        cancelEdit();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && tool_ == Tool::Vertices) {
        Q_EMIT polygonEditApply();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && tool_ == Tool::Polygon) {
        finishPolygon();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        updateCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::leaveEvent(QEvent* event) {
    Q_EMIT hoverLeft();
    QGraphicsView::leaveEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitOnResize_)
        fitToView();
}

void CanvasView::paintStroke(const QPointF& from, const QPointF& to) {
    QPainter painter(&stroke_);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(Qt::white, 2.0 * brushRadius_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (from == to) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(from, brushRadius_, brushRadius_);
    } else {
        painter.drawLine(from, to);
    }
    painter.end();
    updateStrokeItem();
}

void CanvasView::updateStrokeItem() {
    const QColor color = tool_ == Tool::Eraser ? QColor(255, 60, 60) : QColor(60, 160, 255);
    strokeItem_->setPixmap(QPixmap::fromImage(renderMaskOverlay(stroke_, color, 160)));
}

void CanvasView::updatePolygonItem(const QPointF& cursor) {
    QPainterPath path;
    if (!polygon_.isEmpty()) {
        path.addPolygon(polygon_);
        path.lineTo(cursor);
    }
    polygonItem_->setPath(path);
}

void CanvasView::updateCursor() {
    switch (tool_) {
    case Tool::Pan: setCursor(Qt::OpenHandCursor); break;
    case Tool::Click:
    case Tool::Box:
    case Tool::Vertices:
    case Tool::Polygon: setCursor(Qt::CrossCursor); break;
    case Tool::Brush:
    case Tool::Eraser: setCursor(Qt::PointingHandCursor); break;
    }
}

} // namespace s2s::ui
