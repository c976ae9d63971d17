#pragma once
// Puts the video tools into the main window: the controller (propagation, playback), the
// timeline dock under the canvas, a Video menu with the shortcuts, and undo/redo held while a
// propagation runs (its frames become one undo step when it ends).
namespace s2s::ui {

class MainWindow;
class TimelinePanel;
class VideoController;

// Returns the controller (a child of the window); the window forwards its project to it.
VideoController* installVideoUi(MainWindow* window);
// The timeline panel installed in that window (nullptr before installVideoUi).
TimelinePanel* timelinePanelOf(const MainWindow* window);

} // namespace s2s::ui
