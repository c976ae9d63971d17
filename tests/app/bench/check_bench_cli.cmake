# Runs `sam2studio-cli bench` on the golden mini model (3 frames, 2 objects, with --media) and
# checks the JSON: every key the issue names is there, numbers are positive, the click statistics
# cover at least 20 clicks and propagation was measured for 1 and 2 objects. Then checks that
# usage errors exit with 2. No speed is compared with anything.
execute_process(
  COMMAND ${CLI} bench --checkpoint ${DATA}/sam2_mini/sam2_mini.pt --config ${DATA}/sam2_mini/sam2_mini.yaml
          --frames 3 --objects 2 --threads 2 --media ${MEDIA}/videos/dog_h264_gop12.mp4
  RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bench exited with ${rc}: ${err}")
endif()

function(expect_positive path)
  string(JSON value ERROR_VARIABLE jerr GET "${json}" ${path})
  if(jerr)
    message(FATAL_ERROR "bench JSON lacks ${path}: ${jerr}\n${json}")
  endif()
  if(NOT value GREATER 0)
    message(FATAL_ERROR "bench JSON ${path} = '${value}', expected a positive number\n${json}")
  endif()
endfunction()

function(expect_string path expected)
  string(JSON value ERROR_VARIABLE jerr GET "${json}" ${path})
  if(jerr OR NOT value STREQUAL "${expected}")
    message(FATAL_ERROR "bench JSON ${path} = '${value}', expected '${expected}' ${jerr}\n${json}")
  endif()
endfunction()

expect_string(model sam2_mini)
expect_string(device cpu)
expect_string(dtype float32)
string(JSON threads GET "${json}" threads)
if(NOT threads EQUAL 2)
  message(FATAL_ERROR "bench JSON threads = ${threads}, expected 2")
endif()
string(JSON size GET "${json}" image_size)
if(NOT size EQUAL 256)
  message(FATAL_ERROR "bench JSON image_size = ${size}, the mini model's is 256")
endif()
expect_positive(image_encode_ms)
expect_positive("prompt_to_mask_ms;median")
expect_positive("prompt_to_mask_ms;p95")
string(JSON clicks GET "${json}" prompt_to_mask_ms count)
if(clicks LESS 20)
  message(FATAL_ERROR "click statistics over ${clicks} clicks, the issue asks for at least 20")
endif()
string(JSON median GET "${json}" prompt_to_mask_ms median)
string(JSON p95 GET "${json}" prompt_to_mask_ms p95)
if(p95 LESS median)
  message(FATAL_ERROR "p95 ${p95} below the median ${median}")
endif()
string(JSON counts LENGTH "${json}" propagate_ms_per_frame)
if(NOT counts EQUAL 2)
  message(FATAL_ERROR "propagation measured for ${counts} object counts, expected 1 and 2\n${json}")
endif()
expect_positive("propagate_ms_per_frame;1")
expect_positive("propagate_ms_per_frame;2")
# 3 frames: frame 0 is prompted, frames 1 and 2 are propagated and timed.
string(JSON timed GET "${json}" propagate_detail 2 count)
if(NOT timed EQUAL 2)
  message(FATAL_ERROR "propagation timed ${timed} frames, expected 2")
endif()
# The tracked discs are found: masks are not empty.
expect_positive("propagate_detail;2;mean_mask_area_px")
expect_positive(peak_rss_mb)
# Segment everything with the reference's defaults (issue 18): timed, on the model's input size.
expect_positive(amg_ms)
string(JSON amg_side GET "${json}" amg_points_per_side)
string(JSON amg_width GET "${json}" amg_image width)
string(JSON amg_masks GET "${json}" amg_masks)
if(NOT amg_side EQUAL 32 OR NOT amg_width EQUAL 256 OR amg_masks LESS 0)
  message(FATAL_ERROR "amg: ${amg_side} points a side on a ${amg_width}-wide image, ${amg_masks} masks")
endif()
expect_positive("media;sequential_fps")
expect_positive("media;frame_count")

# Usage errors exit with 2.
foreach(bad "--synthetic;tiny;--checkpoint;x.pt" "--frames;-1;--synthetic;tiny" "--clicks;5;--synthetic;tiny"
            "--dtype;float64;--synthetic;tiny" "--amg-runs;-1;--synthetic;tiny" "--no-such-option" "")
  execute_process(COMMAND ${CLI} bench ${bad} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 2)
    message(FATAL_ERROR "bench ${bad} exited with ${rc}, expected 2 (usage error)")
  endif()
endforeach()
# float16 is a dtype for GPUs: on the CPU the model refuses it (1) and says what to use.
execute_process(COMMAND ${CLI} bench --dtype float16 --synthetic tiny --device cpu RESULT_VARIABLE rc OUTPUT_QUIET
                ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "float16 is for GPUs")
  message(FATAL_ERROR "bench --dtype float16 on the CPU exited with ${rc}: ${err}")
endif()
# A missing checkpoint is a failure (1), not a crash.
execute_process(COMMAND ${CLI} bench --checkpoint ${DATA}/no_such_file.pt RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "bench on a missing checkpoint exited with ${rc}, expected 1")
endif()
message(STATUS "bench JSON checked")
