# `sam2studio-cli auto` and `merge` (issue 18): the golden amg cases through the CLI, shards merged
# equal to one run, resuming, a missing shard named.
sam2_add_qt_test(test_auto_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_auto_cli.cpp
  LIBS annotation Qt6::Gui nlohmann_json::nlohmann_json
  LABELS "cli;golden-image"
  TIMEOUT 900)
target_include_directories(test_auto_cli PRIVATE ${CMAKE_SOURCE_DIR})
add_dependencies(test_auto_cli sam2studio-cli)
# The Slurm job array of packaging/slurm on a one-node cluster the test starts and stops itself
# (munged, slurmctld, slurmd on loopback): 4 shards merged equal one process's run.
add_test(NAME test_slurm
  COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cluster/test_slurm.sh $<TARGET_FILE:sam2studio-cli>
          ${SAM2_TEST_DATA_DIR}/sam2_mini/sam2_mini.pt ${CMAKE_SOURCE_DIR})
set_tests_properties(test_slurm PROPERTIES LABELS "cluster;cli" TIMEOUT 900 RUN_SERIAL TRUE)
# The automatic-masklet job on the app's VideoEditor with scripted proposals (issue 18 item 4).
sam2_add_qt_test(test_auto_masklets
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_auto_masklets.cpp
  LIBS annotation annotation_worker Qt6::Gui nlohmann_json::nlohmann_json
  LABELS "golden-video"
  TIMEOUT 600)
target_include_directories(test_auto_masklets PRIVATE ${CMAKE_SOURCE_DIR})
