# `sam2studio-cli auto` and `merge` (issue 18): the golden amg cases through the CLI, shards merged
# equal to one run, resuming, a missing shard named.
sam2_add_qt_test(test_auto_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_auto_cli.cpp
  LIBS annotation Qt6::Gui nlohmann_json::nlohmann_json
  LABELS "cli;golden-image"
  TIMEOUT 900)
target_include_directories(test_auto_cli PRIVATE ${CMAKE_SOURCE_DIR})
add_dependencies(test_auto_cli sam2studio-cli)
