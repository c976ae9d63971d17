# Dataset export and import (issue 6): SA-V, COCO, DAVIS, YOLO, MOTS, staging writes.
foreach(area sav coco davis formats media rings)
  sam2_add_qt_test(test_export_${area}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_export_${area}.cpp ${CMAKE_CURRENT_LIST_DIR}/test_export_util.h
    LIBS export annotation Qt6::Gui ${OpenCV_LIBS} nlohmann_json::nlohmann_json
    LABELS export)
  target_include_directories(test_export_${area} PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_LIST_DIR})
endforeach()
