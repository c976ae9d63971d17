# `sam2studio-cli bench` (issue 9): a quick run on the golden mini model checks that the JSON has
# every figure the issue names, with sane values. Nothing here times anything or compares speeds:
# the bench itself is where speed is measured.
add_test(NAME test_bench_cli
  COMMAND ${CMAKE_COMMAND}
    -DCLI=$<TARGET_FILE:sam2studio-cli>
    -DDATA=${CMAKE_SOURCE_DIR}/tests/data
    -DMEDIA=${CMAKE_SOURCE_DIR}/tests/data/media
    -P ${CMAKE_CURRENT_LIST_DIR}/bench/check_bench_cli.cmake)
set_tests_properties(test_bench_cli PROPERTIES LABELS "golden-video;cli;bench" TIMEOUT 600)
