#pragma once
// The on-disk form of an image's cached features (the app's embedding cache): "SAM2EMB1", then
// int32 fields (image width, height, the model's image_size and hidden dim, tensor count), then per
// tensor: int32 rank, int64 sizes, int32 dtype (0 float32, 1 bfloat16), the raw bytes.
// Cache files sit in the user's cache folder for months and may be damaged or replaced: reading
// checks every field against what the model expects before allocating, so a file can only give
// the model's own feature maps or an error.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace sam2 {

struct EmbeddingFile {
  int32_t width = 0, height = 0;       // the encoded image's size in pixels
  int32_t imageSize = 0, hidden = 0;   // the model that computed it
  std::vector<at::Tensor> tensors;     // image embedding, then high-res features (CPU)
};

std::vector<uint8_t> writeEmbeddingFile(const EmbeddingFile& file);

// Throws Sam2Error unless `bytes` hold a file of a model with `imageSize` and `hidden` whose
// tensors have exactly `shapes` (rank 4 each), with nothing after them.
EmbeddingFile readEmbeddingFile(const std::vector<uint8_t>& bytes, int32_t imageSize, int32_t hidden,
                                const std::vector<std::vector<int64_t>>& shapes);

}  // namespace sam2
