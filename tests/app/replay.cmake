# `sam2studio-cli replay` (issue 15): the golden interactive video session through the app's
# engine from the command line (SAM2_GOLDEN_DIR, default tests/data/sam2_mini).
sam2_add_qt_test(test_replay_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_replay_cli.cpp ${CMAKE_SOURCE_DIR}/tests/common/golden_video_check.h
  LIBS Qt6::Core nlohmann_json::nlohmann_json
  LABELS "golden-video;golden-gui"
  TIMEOUT 600)
add_dependencies(test_replay_cli sam2studio-cli)
