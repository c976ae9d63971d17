# Video path of model/ (owner: video). Golden tests replay the scripted SAM 2 video sessions of
# the golden folder (SAM2_GOLDEN_DIR, default tests/data/sam2_mini).
sam2_add_model_test(test_video_golden
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_video_golden.cpp
  LABELS golden-video)
sam2_add_model_test(test_memory_store
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_memory_store.cpp
  LABELS model)
sam2_add_model_test(test_video_session
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_video_session.cpp
  LABELS golden-video)
sam2_add_model_test(test_mask_holes
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mask_holes.cpp
  LABELS model)
sam2_add_model_test(test_mask_rle
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mask_rle.cpp
  LABELS model)
