#pragma once
// "Segment everything": the reference's SAM2AutomaticMaskGenerator (sam2/automatic_mask_generator.py
// with sam2/utils/amg.py). A grid of single-point prompts over the image and over crops of it,
// three candidate masks per point (or one), filtered by predicted IoU and stability, thresholded,
// boxes that touch a crop's inner edges dropped, duplicates removed by box NMS within each crop and
// across crops (smaller crops preferred), optionally refined once with their own low-res logits
// (use_m2m). Small holes and islands are removed on the low-res logits as the reference's image
// predictor does with max_hole_area = max_sprinkle_area = min_mask_region_area.
// No LibTorch in this header.
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "model/sam2_model.h"
#include "model/types.h"

namespace sam2 {

// The reference's keyword arguments, with its defaults.
struct AutoMaskOptions {
  int pointsPerSide = 32;            // 0: pointGrids gives the points
  int pointsPerBatch = 64;
  float predIouThresh = 0.8f;
  float stabilityScoreThresh = 0.95f;
  float stabilityScoreOffset = 1.0f;
  float maskThreshold = 0.0f;
  float boxNmsThresh = 0.7f;
  int cropNLayers = 0;
  float cropNmsThresh = 0.7f;
  double cropOverlapRatio = 512.0 / 1500.0;
  int cropNPointsDownscaleFactor = 1;
  // Explicit grids, one per crop layer, of (x, y) in [0, 1]; used when pointsPerSide is 0.
  std::vector<std::vector<std::array<double, 2>>> pointGrids;
  int minMaskRegionArea = 0;
  bool useM2m = false;
  bool multimaskOutput = true;
};

// One mask, as the reference's records (output_mode "uncompressed_rle" plus the fields).
struct AutoMask {
  int height = 0, width = 0;
  std::vector<uint32_t> counts;       // uncompressed COCO RLE: column-major runs, starting with 0s
  int64_t area = 0;
  std::array<double, 4> bbox{};       // x, y, w, h (inclusive pixel extent, as the reference)
  double predictedIou = 0.0;
  double stabilityScore = 0.0;
  std::array<double, 2> point{};      // the prompt, in image pixels
  std::array<double, 4> cropBox{};    // x, y, w, h of the crop it came from
};

struct AutoMaskResult {
  std::vector<AutoMask> masks;  // in the reference's order
  bool cancelled = false;       // stopped by the cancel callback (masks empty)
};

// Runs the generator on one RGB image. progress gets the fraction of point batches done; cancel
// is polled between batches. Throws Sam2Error for invalid options.
AutoMaskResult generateAutoMasks(std::shared_ptr<const Sam2Model> model, const ImageRgb& image,
                                 const AutoMaskOptions& options, const ProgressFn& progress = {},
                                 const CancelFn& cancel = {});

// torchvision's nms on boxes x0, y0, x1, y1 (IoU without +1): indices kept, in descending score
// order (ties in input order). A box is dropped when its IoU with a kept one exceeds the threshold.
std::vector<int64_t> boxNms(const std::vector<std::array<float, 4>>& boxes, const std::vector<float>& scores,
                            float iouThreshold);

// The reference's crop boxes (x0, y0, x1, y1) and their layers for an image of width x height.
void cropBoxes(int width, int height, int nLayers, double overlapRatio, std::vector<std::array<int, 4>>& boxes,
               std::vector<int>& layers);

}  // namespace sam2
