#pragma once
// The canvas: one frame of one media item with every object's mask drawn over it, the prompts of
// the selected object, the hover preview, and the tools' live feedback (box, brush stroke,
// polygon). Wheel zooms at the cursor, middle drag (or the Pan tool, or Space + drag) pans,
// fitToView() fits. It knows nothing of the project or the model: the Annotator feeds it images
// and masks and turns its signals (image pixel coordinates) into prompts and edits.
#include <map>
#include <optional>
#include <vector>

#include <QGraphicsView>
#include <QPainterPath>
#include <QImage>
#include <QPolygonF>

#include "annotation/rle.h"
#include "annotation/types.h"
#include "ui/tools.h"

class QGraphicsPixmapItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsItem;

namespace s2s::ui {

class PolygonEditor;

class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(QWidget* parent = nullptr);

    // The frame to show (any format); a null image clears the canvas.
    void setImage(const QImage& image);
    QSize imageSize() const { return imageSize_; }
    bool hasImage() const { return !imageSize_.isEmpty(); }

    // Object overlays: one per object id; hidden objects are simply not set.
    void setObjectMask(int objectId, const Rle& mask, const QColor& color, bool selected);
    void removeObjectMask(int objectId);
    void clearObjectMasks();
    std::vector<int> shownObjects() const;

    // Prompts of the selected object (drawn as green / red dots and a box).
    void setPrompts(const std::vector<PointPrompt>& points, const std::optional<BoxPrompt>& box);
    // The mask a click at the pointer would give (empty Rle hides it).
    void setPreview(const Rle& mask, const QColor& color);
    void clearPreview();
    bool isPreviewShown() const;

    // "Segment everything" proposals: outlines over everything else, the selected ones filled
    // lightly. While proposals are shown, a left click on the image emits proposalClicked (keep
    // or drop) instead of using the tool.
    struct Proposal {
        QPainterPath outline;
        QColor color;
        bool selected = false;
    };
    void setProposals(const std::vector<Proposal>& proposals);
    void clearProposals();
    bool showsProposals() const { return !proposalItems_.empty(); }

    void setTool(Tool tool);
    Tool tool() const { return tool_; }
    void setBrushRadius(int pixels);
    int brushRadius() const { return brushRadius_; }

    double zoom() const;
    void zoomBy(double factor);

    // Tool::Vertices edits the rings of this editor (nullptr: nothing to edit). The canvas
    // draws them and changes them with the mouse; polygonEditChanged() follows each change.
    void setPolygonEditor(PolygonEditor* editor);
    // Draws the editor's rings again (after it was started or changed from outside).
    void refreshPolygonEdit();

public Q_SLOTS:
    void fitToView();
    // Drops an unfinished polygon or box.
    void cancelEdit();
    // Closes the polygon being drawn (if it has >= 3 vertices) and emits polygonFinished.
    void finishPolygon();

Q_SIGNALS:
    void pointClicked(QPointF imagePos, bool positive);
    void boxDrawn(QRectF imageRect);
    // With the Click tool, the pointer over the image (for the hover preview); left it: invalid.
    void hoverMoved(QPointF imagePos);
    void hoverLeft();
    void proposalClicked(QPointF imagePos);
    // A finished brush or eraser stroke: Grayscale8 of the image's size, 255 where painted.
    void strokeFinished(const QImage& stroke, bool erase);
    void polygonFinished(const QPolygonF& polygon);
    // Tool::Vertices: a drag, an insert or a delete is done; Enter; Esc.
    void polygonEditChanged();
    void polygonEditApply();
    void polygonEditCancel();
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointF toImage(const QPoint& viewPos) const;
    bool insideImage(const QPointF& p) const;
    void paintStroke(const QPointF& from, const QPointF& to);
    void updateStrokeItem();
    void updatePolygonItem(const QPointF& cursor);
    void updateCursor();
    bool vertexPress(QMouseEvent* event, const QPointF& p);
    double handleRadius() const;  // in image pixels: a few screen pixels whatever the zoom

    QGraphicsScene* scene_;
    QGraphicsPixmapItem* imageItem_;
    QGraphicsPixmapItem* previewItem_;
    QGraphicsPixmapItem* strokeItem_;
    std::vector<QGraphicsItem*> promptItems_;
    QGraphicsRectItem* boxItem_;
    QGraphicsPathItem* polygonItem_;
    // What each overlay shows, so an unchanged mask is not painted again (a rename or a
    // selection change would otherwise re-render every object of a large image).
    struct Overlay {
        QGraphicsPixmapItem* item = nullptr;
        Rle mask;
        QColor color;
        bool selected = false;
    };
    std::map<int, Overlay> overlays_;
    std::vector<QGraphicsPathItem*> proposalItems_;
    QSize imageSize_;
    Tool tool_ = Tool::Click;
    int brushRadius_ = 12;
    bool fitOnResize_ = true;

    // Interaction state.
    bool panning_ = false;
    bool spaceHeld_ = false;
    QPoint panLast_;
    std::optional<QPointF> boxStart_;
    bool stroking_ = false;
    QImage stroke_;
    QPointF strokeLast_;
    QPolygonF polygon_;
    PolygonEditor* polygonEditor_ = nullptr;
    QGraphicsPathItem* ringsItem_ = nullptr;
    QGraphicsPathItem* holesItem_ = nullptr;
    QGraphicsPathItem* handlesItem_ = nullptr;
    std::optional<std::pair<int, int>> vertexDrag_;  // (ring, index)
    int ringDrag_ = -1;
    QPointF dragLast_;
};

} // namespace s2s::ui
