#pragma once
// The canvas tools. Each turns mouse input into prompts (click, box) or direct edits of the
// selected object's mask (brush, eraser, polygon).
#include <QString>

namespace s2s::ui {

enum class Tool {
    Click,    // left: positive point, right or Shift+left: negative point; hover previews
    Box,      // drag a box
    Brush,    // paint onto the mask
    Eraser,   // paint off the mask
    Polygon,  // click vertices, double-click / Enter closes and fills
    Pan,      // drag to move the view
};

} // namespace s2s::ui
