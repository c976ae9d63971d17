# Runs ${BENCH} (sam2-model-bench) briefly and checks what it prints (tests/model/bench.cmake;
# this file is not in tests/model/ itself, whose .cmake files are all included at configure time).
# The golden mini model (256 pixels): seconds, where a synthetic tiny model at 1024 takes a minute.
execute_process(COMMAND ${BENCH} --checkpoint ${DATA}/sam2_mini/sam2_mini.pt --config ${DATA}/sam2_mini/sam2_mini.yaml
                        --threads 2 --frames 3 --objects 2 --clicks 20
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sam2-model-bench exited with ${rc}:\n${err}")
endif()
foreach(path "image_encode_ms" "prompt_to_mask_ms;median" "propagate_ms_per_frame;1" "propagate_ms_per_frame;2"
             "propagate_detail;2;frames_per_s" "peak_rss_mb")
  string(JSON value ERROR_VARIABLE problem GET "${out}" ${path})
  if(problem)
    message(FATAL_ERROR "sam2-model-bench: no ${path} in its JSON (${problem}):\n${out}")
  endif()
  if(NOT value GREATER 0)
    message(FATAL_ERROR "sam2-model-bench: ${path} is ${value}, not a positive time")
  endif()
endforeach()
string(JSON outputs GET "${out}" propagate_detail 2 store outputs)
if(NOT outputs EQUAL 6)  # 2 objects x 3 frames
  message(FATAL_ERROR "sam2-model-bench: the store holds ${outputs} outputs after 3 frames of 2 objects, not 6")
endif()
string(JSON device GET "${out}" device)
string(JSON encode GET "${out}" image_encode_ms)
message(STATUS "sam2-model-bench on ${device}: encoding ${encode} ms")

execute_process(COMMAND ${BENCH} --synthetic tiny --frames -1 RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--frames must be")
  message(FATAL_ERROR "sam2-model-bench took --frames -1 (exit ${rc}): ${err}")
endif()
execute_process(COMMAND ${BENCH} --synthetic no-such-variant RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "unknown SAM 2 config")
  message(FATAL_ERROR "sam2-model-bench: an unknown variant gave exit ${rc}: ${err}")
endif()
