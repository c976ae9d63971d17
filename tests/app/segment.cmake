# `sam2studio-cli segment` (issue 3) on the golden checkpoint, run as a person would run it.
sam2_add_qt_test(test_segment_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_segment_cli.cpp
  LIBS Qt6::Gui nlohmann_json::nlohmann_json
  LABELS golden-image
  TIMEOUT 600)
add_dependencies(test_segment_cli sam2studio-cli)
