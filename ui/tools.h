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
    Vertices, // the selected mask as polygons: drag a vertex, click an edge to add one, right-click
              // to delete one, Shift+drag to move a ring; Enter applies, Esc drops the edits
};

} // namespace s2s::ui
