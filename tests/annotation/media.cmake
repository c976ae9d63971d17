# Media sources (issue 5): frame-exact random access on real clips, images, frame folders, bad input.
sam2_add_qt_test(test_media
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_media.cpp ${CMAKE_CURRENT_LIST_DIR}/test_media_util.h
  LIBS annotation Qt6::Gui ${OpenCV_LIBS} nlohmann_json::nlohmann_json
  LABELS media
  TIMEOUT 600)
target_include_directories(test_media PRIVATE ${CMAKE_SOURCE_DIR})
