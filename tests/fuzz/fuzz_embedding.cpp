// libFuzzer: embedding cache files (readEmbeddingFile, what ImageSession::loadEmbedding runs on a
// file from the cache folder), for a small model: image size 64, hidden dim 32, high-res
// features on (the seed in tests/data/fuzz/embedding is a valid file of that model).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/embedding_file.h"
#include "model/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<std::vector<int64_t>> shapes{{1, 32, 4, 4}, {1, 4, 16, 16}, {1, 8, 8, 8}};
  try {
    (void)sam2::readEmbeddingFile(std::vector<uint8_t>(data, data + size), 64, 32, shapes);
  } catch (const sam2::Sam2Error&) {
  }
  return 0;
}
