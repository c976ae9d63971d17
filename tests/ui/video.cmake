# Video annotation in the desktop app (Qt Test, offscreen) with the golden checkpoint on the
# golden 10-frame clip: propagation, a second object mid-video, corrections, cancel, undo,
# timeline; optionally renders docs/screenshot-video.png (SAM2_VIDEO_SCREENSHOT=path).
sam2_add_qt_test(test_ui_video
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_video.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation annotation_worker model
  LABELS gui)
# The golden interactive video session (SAM2_GOLDEN_DIR/video_interactive) through the app's own
# layers: main window, annotator, video controller and editor, tracker worker (offscreen).
sam2_add_qt_test(test_ui_golden_video
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_golden_video.cpp ${CMAKE_SOURCE_DIR}/tests/common/golden_video_check.h
  LIBS ui annotation annotation_worker
  LABELS "gui;golden-gui")
