#pragma once
// Plain data exchanged with model/ by the rest of the application (no LibTorch here: the UI and
// the annotation worker include this header).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sam2 {

// A view of an 8-bit RGB image: row-major, 3 bytes per pixel, rows `stride` bytes apart
// (stride 0 means tightly packed, width * 3). The caller keeps the pixels alive during the call.
struct ImageRgb {
  int width = 0;
  int height = 0;
  const uint8_t* data = nullptr;
  int stride = 0;

  int rowStride() const { return stride > 0 ? stride : width * 3; }
};

// A binary mask, row-major, one byte per pixel (0 or 1).
struct Mask {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> data;

  uint8_t at(int x, int y) const { return data[static_cast<size_t>(y) * width + x]; }
  int64_t area() const {
    int64_t n = 0;
    for (uint8_t v : data) n += v != 0;
    return n;
  }
};

// A click in image pixels. label 1 = foreground (positive), 0 = background (negative).
struct PointPrompt {
  float x = 0.f;
  float y = 0.f;
  int label = 1;
};

// A box in image pixels, corners (x0, y0) top-left and (x1, y1) bottom-right.
struct BoxPrompt {
  float x0 = 0.f, y0 = 0.f, x1 = 0.f, y1 = 0.f;
};

// Mask logits at the decoder's low resolution (size x size, size = image_size / 4), row-major.
// A prediction's low-res logits fed back as a prompt refine the mask with the next click.
struct LowResLogits {
  int size = 0;
  std::vector<float> data;

  bool empty() const { return data.empty(); }
};

// Where and how a model runs. device: "cpu", "cuda" or "cuda:N"; dtype: "float32", "bfloat16"
// (CPUs with AVX-512, GPUs from Ampere on) or "float16" (GPUs only, for those without bfloat16);
// threads <= 0: every core of the machine.
struct ModelOptions {
  std::string device = "cpu";
  std::string dtype = "float32";
  int threads = 0;
};

// Progress in [0, 1] with a short description of the stage.
using ProgressFn = std::function<void(double fraction, const std::string& stage)>;
// Returns true when the caller wants the running operation to stop.
using CancelFn = std::function<bool()>;

// What one interactive prediction on an image takes.
struct ImagePrompt {
  std::vector<PointPrompt> points;
  std::optional<BoxPrompt> box;
  std::optional<LowResLogits> maskInput;  // previous prediction's lowRes[bestIndex]
  bool multimask = false;                 // three candidate masks instead of one
};

// What one prediction returns: one entry per candidate mask (3 with multimask, else 1).
struct ImagePrediction {
  std::vector<Mask> masks;            // at the image's resolution
  std::vector<float> iouScores;       // predicted IoU of each mask
  std::vector<LowResLogits> lowRes;   // clamped to [-32, 32], to feed back as maskInput
  int bestIndex = 0;                  // highest predicted IoU
};

// Post-processing of the image predictor (SAM2ImagePredictor's constructor arguments): masks are
// logits > maskThreshold; with maxHoleArea > 0 background components of at most that many
// low-res pixels are filled, with maxSprinkleArea > 0 foreground components that small removed.
struct PostprocessOptions {
  float maskThreshold = 0.f;
  float maxHoleArea = 0.f;
  float maxSprinkleArea = 0.f;
};

}  // namespace sam2
