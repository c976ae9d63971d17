# `sam2studio-cli info` and `sam2studio-cli frame` (issue 5), run as a person would run them.
sam2_add_qt_test(test_media_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_media_cli.cpp
  LIBS annotation Qt6::Gui nlohmann_json::nlohmann_json
  LABELS media
  TIMEOUT 300)
target_include_directories(test_media_cli PRIVATE ${CMAKE_SOURCE_DIR})
add_dependencies(test_media_cli sam2studio-cli)
