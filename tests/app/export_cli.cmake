# sam2studio-cli import / export (issue 6), driven as a separate process.
sam2_add_qt_test(test_export_cli
  SOURCES ${CMAKE_SOURCE_DIR}/tests/export/test_export_cli.cpp ${CMAKE_SOURCE_DIR}/tests/export/test_export_util.h
  LIBS annotation Qt6::Gui ${OpenCV_LIBS} nlohmann_json::nlohmann_json
  LABELS export)
target_include_directories(test_export_cli PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests/export)
add_dependencies(test_export_cli sam2studio-cli)
