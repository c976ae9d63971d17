#pragma once
// Drawing masks: a translucent fill in the object's colour with an opaque outline, as one
// premultiplied ARGB image of the mask's size.
#include <QColor>
#include <QImage>

#include "annotation/rle.h"

namespace s2s::ui {

// fillAlpha 0..255 for the inside, the outline (pixels inside with a neighbour outside) is opaque.
QImage renderMaskOverlay(const Rle& mask, const QColor& color, int fillAlpha = 110);
// The same from a row-major 0/1 mask.
QImage renderMaskOverlay(const QImage& grayMask, const QColor& color, int fillAlpha = 110);

} // namespace s2s::ui
