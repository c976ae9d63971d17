# Desktop app tests (Qt Test, offscreen): the annotation workflow with the golden checkpoint,
# the worker's thread guard, and the checkpoint downloader against a loopback HTTP server.
sam2_add_qt_test(test_ui_annotate
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_annotate.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation annotation_worker
  LABELS gui)
sam2_add_qt_test(test_ui_downloader
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_downloader.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui Qt6::Network
  LABELS gui)
# Crash safety: the main window in a child process killed (SIGKILL) while tracking and while
# saving; the next start finds the project intact and offers the autosave.
sam2_add_qt_test(test_crash_safety
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crash_safety.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation annotation_worker
  LABELS "gui;crash")
# Edit > Segment everything: the golden amg case through the app, keep/drop/undo, cancel.
sam2_add_qt_test(test_ui_auto
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_auto.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation annotation_worker
  LABELS "gui;golden-gui")
add_dependencies(test_ui_auto sam2studio-cli)  # the whole-video case compares with the CLI
# File ▸ Export / Import dataset as background jobs: responsiveness, cancel, undo.
sam2_add_qt_test(test_ui_dataset_jobs
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_dataset_jobs.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation export
  LABELS gui)
# Keyboard first: Tab through objects, digits for classes, the shortcuts editor.
sam2_add_qt_test(test_ui_keyboard
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_keyboard.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation
  LABELS gui)
# Review mode: verdict keys, stepping, counts, timeline colours, save, accepted-only export.
sam2_add_qt_test(test_ui_review
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_review.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation export
  LABELS gui)
# Tools > Edit vertices: the mask as polygons, mouse edits, apply / drop, tolerance, video keyframe.
sam2_add_qt_test(test_ui_vertices
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ui_vertices.cpp ${CMAKE_CURRENT_LIST_DIR}/gui_test_util.h
  LIBS ui annotation export
  LABELS gui)
