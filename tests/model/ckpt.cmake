# Checkpoint reading, configs and the official architectures' state dicts (owner: ckpt).
sam2_add_model_test(test_checkpoint SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_checkpoint.cpp LABELS checkpoint)
sam2_add_model_test(test_config SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_config.cpp LABELS config)
sam2_add_model_test(test_manifest SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_manifest.cpp LABELS manifest)
