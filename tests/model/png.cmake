# The golden tests' own PNG decoder against Qt's (needs Qt, so not in SAM2_MODEL_ONLY builds).
if(NOT SAM2_MODEL_ONLY)
  sam2_add_qt_test(test_png_reader
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_png_reader.cpp
    LIBS test_png Qt6::Gui
    LABELS "model")
endif()
