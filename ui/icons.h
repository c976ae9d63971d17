#pragma once
// Tool icons, painted with QPainter (no SVG module needed, crisp at any scale).
#include <QIcon>

#include "ui/tools.h"

namespace s2s::ui {

QIcon toolIcon(Tool tool);

} // namespace s2s::ui
