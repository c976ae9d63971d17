# The app's own code paths reach the translated strings (German): main window and video UI, undo
# commands, the project file filter. Catches a lookup context that differs from lupdate's.
sam2_add_qt_test(packaging_translations_ui
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/translations_ui_test.cpp
  LIBS ui annotation translations Qt6::Widgets
  LABELS packaging
  TIMEOUT 120)
target_compile_definitions(packaging_translations_ui PRIVATE SAM2_TS_DIR="${CMAKE_SOURCE_DIR}/translations")
