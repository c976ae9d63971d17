# `sam2studio-cli track` (issue 4), run as a person would run it, on the golden mini model.
sam2_add_qt_test(test_track_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_track_cli.cpp
  LIBS Qt6::Gui nlohmann_json::nlohmann_json
  LABELS golden-video
  TIMEOUT 600)
target_include_directories(test_track_cli PRIVATE ${CMAKE_SOURCE_DIR})
add_dependencies(test_track_cli sam2studio-cli)
# A 10,000-frame video through `track` (issue 19): peak RSS the same as after 1,000 frames.
sam2_add_qt_test(test_long_video
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_long_video.cpp
  LIBS Qt6::Gui nlohmann_json::nlohmann_json
  LABELS "long;cli"
  TIMEOUT 5400)
target_include_directories(test_long_video PRIVATE ${CMAKE_SOURCE_DIR})
add_dependencies(test_long_video sam2studio-cli)
# A peak-RSS comparison: glibc keeps freed heap per thread arena (M_TRIM_THRESHOLD is 1 GiB,
# cpu_tuning.cpp), so the peak moves with how the threads interleave, which other tests running
# beside it change (up to 39 MB seen under ctest -j2, 11 MB alone). Alone, it measures the code.
set_tests_properties(test_long_video PROPERTIES RUN_SERIAL TRUE)
