#include "ui/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace s2s::ui {

namespace {

QPixmap paintIcon(Tool tool, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 32.0, size / 32.0);
    const QColor ink(40, 40, 40);
    p.setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (tool) {
    case Tool::Click:
        // A pointer arrow with a green dot: "click to add a point".
        p.setBrush(Qt::white);
        p.drawPolygon(QPolygonF({{6, 4}, {6, 24}, {11, 19}, {15, 28}, {18, 27}, {14, 18}, {21, 18}}));
        p.setBrush(QColor(40, 200, 60));
        p.setPen(QPen(Qt::white, 1.5));
        p.drawEllipse(QPointF(24, 9), 5, 5);
        break;
    case Tool::Box:
        p.setBrush(QColor(255, 210, 0, 70));
        p.setPen(QPen(ink, 2.2, Qt::DashLine));
        p.drawRect(QRectF(5, 7, 22, 18));
        break;
    case Tool::Brush: {
        p.setBrush(QColor(60, 160, 255));
        p.drawEllipse(QPointF(10, 22), 6, 6);
        p.setBrush(QColor(150, 100, 60));
        p.drawPolygon(QPolygonF({{13, 18}, {25, 4}, {28, 7}, {16, 21}}));
        break;
    }
    case Tool::Eraser:
        p.setBrush(QColor(240, 110, 120));
        p.drawPolygon(QPolygonF({{4, 20}, {16, 8}, {27, 19}, {18, 28}, {12, 28}}));
        p.drawLine(QPointF(10, 14), QPointF(21, 25));
        break;
    case Tool::Polygon: {
        const QPolygonF poly({{6, 24}, {10, 6}, {24, 10}, {27, 24}, {16, 20}});
        p.setBrush(QColor(0, 200, 255, 60));
        p.drawPolygon(poly);
        p.setBrush(Qt::white);
        p.setPen(QPen(ink, 1.5));
        for (const QPointF& v : poly)
            p.drawRect(QRectF(v.x() - 2.5, v.y() - 2.5, 5, 5));
        break;
    }
    case Tool::Vertices: {  // a filled blob outline with one vertex being dragged
        const QPolygonF ring({{5, 22}, {8, 8}, {20, 5}, {28, 14}, {22, 27}, {11, 27}});
        p.setBrush(QColor(255, 215, 0, 70));
        p.setPen(QPen(QColor(200, 150, 0), 1.5));
        p.drawPolygon(ring);
        p.setPen(QPen(ink, 1.2));
        p.setBrush(Qt::white);
        for (const QPointF& v : ring)
            p.drawRect(QRectF(v.x() - 2, v.y() - 2, 4, 4));
        p.setBrush(ink);
        p.drawRect(QRectF(26, 12, 5, 5));
        break;
    }
    case Tool::Pan:
        p.drawLine(QPointF(16, 3), QPointF(16, 29));
        p.drawLine(QPointF(3, 16), QPointF(29, 16));
        for (const auto& tri : {QPolygonF({{16, 2}, {12, 7}, {20, 7}}), QPolygonF({{16, 30}, {12, 25}, {20, 25}}),
                                QPolygonF({{2, 16}, {7, 12}, {7, 20}}), QPolygonF({{30, 16}, {25, 12}, {25, 20}})}) {
            p.setBrush(ink);
            p.drawPolygon(tri);
        }
        break;
    }
    p.end();
    return pixmap;
}

} // namespace

QIcon toolIcon(Tool tool) {
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paintIcon(tool, size));
    return icon;
}

} // namespace s2s::ui
