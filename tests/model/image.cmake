# Golden tests of the image path (Hiera, neck, prompt encoder, mask decoder, image predictor):
# outputs of the reference SAM2ImagePredictor on the golden folder (SAM2_GOLDEN_DIR, default
# tests/data/sam2_mini).
sam2_add_model_test(test_image_golden SOURCES test_image_golden.cpp LABELS golden-image)
sam2_add_model_test(test_image_postprocess SOURCES test_image_postprocess.cpp LABELS model)
sam2_add_model_test(test_image_model SOURCES test_image_model.cpp LABELS model)
# Fast attention paths (blocked, bfloat16, rotary, values projected after the soft-max) against
# the plain formulas, and the profiler's bookkeeping.
sam2_add_model_test(test_attention_kernels SOURCES test_attention_kernels.cpp LABELS model)
# The automatic mask generator ("segment everything") against the reference's
# SAM2AutomaticMaskGenerator (amg/amg.json of the golden folder), NMS and crop boxes of our own.
sam2_add_model_test(test_amg_golden SOURCES test_amg_golden.cpp LABELS golden-image)
