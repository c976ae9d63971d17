#pragma once
// A short clip for video tests: a folder of PNG frames (00000.png, ...) showing a yellow disc
// moving right over a plain blue background; `extra` may draw more on frame f.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>

#include <functional>

namespace testclip {

struct Disc {
  QSize frameSize{96, 64};
  QPointF start{18, 30};  // centre on frame 0
  double step = 5;        // pixels to the right per frame
  QSizeF radii{13, 11};
};

// Writes `count` frames into `folder` (created); false when a frame cannot be written.
inline bool writeDiscFrames(const QString& folder, int count, const Disc& disc = {},
                            const std::function<void(QPainter&, int)>& extra = {}) {
  if (!QDir().mkpath(folder)) return false;
  for (int f = 0; f < count; ++f) {
    QImage img(disc.frameSize, QImage::Format_RGB888);
    img.fill(QColor(30, 90, 150));
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(240, 210, 40));
    p.drawEllipse(QPointF(disc.start.x() + disc.step * f, disc.start.y()), disc.radii.width(), disc.radii.height());
    if (extra) extra(p, f);
    p.end();
    if (!img.save(folder + QStringLiteral("/%1.png").arg(f, 5, 10, QLatin1Char('0')))) return false;
  }
  return true;
}

}  // namespace testclip
