# Tests of the annotation core: RLE masks, project model and files, undo, autosave, masklet history.
foreach(area rle run_store project undo autosave masklet_history review)
  sam2_add_qt_test(annotation_${area}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_${area}.cpp
    LIBS annotation
    LABELS annotation)
endforeach()
