# sam2-model-bench, the Qt-free bench that scripts/gpu-check.sh runs on a GPU machine: a short run
# exits 0 with the CLI bench's keys and positive times; bad arguments are refused (exit 2).
add_test(NAME model_bench_runs
  COMMAND ${CMAKE_COMMAND} -DBENCH=$<TARGET_FILE:sam2-model-bench> -DDATA=${SAM2_TEST_DATA_DIR}
          -P ${CMAKE_CURRENT_LIST_DIR}/bench/check_output.cmake)
set_tests_properties(model_bench_runs PROPERTIES LABELS "model;bench" TIMEOUT 300)
