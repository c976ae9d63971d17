#pragma once
// A small PNG decoder for the golden model tests, so that model/ and its tests build with
// LibTorch alone (-DSAM2_MODEL_ONLY=ON, e.g. on a GPU machine without OpenCV or Qt). It reads
// what the golden folders hold and what any tool writes for them: non-interlaced, 8 bits per
// sample, grey, grey + alpha, RGB, RGBA or palette, with its own inflate (RFC 1951) and the five
// PNG filters. CRCs and the zlib checksum are checked. Alpha is dropped.
#include <cstdint>
#include <string>
#include <vector>

namespace testpng {

struct Rgb8 {
  int width = 0, height = 0;
  std::vector<uint8_t> pixels;  // row-major, 3 bytes a pixel (R, G, B)
};

// Throws std::runtime_error naming the file and what is wrong (or unsupported).
Rgb8 readRgb(const std::string& path);
// The same from bytes in memory; `name` is used in messages.
Rgb8 decodeRgb(const std::vector<uint8_t>& file, const std::string& name);

}  // namespace testpng
