#pragma once
// Position encodings of SAM 2 (model-internal).
//
//  - sinePositionEmbedding: the fixed 2D sine/cosine encoding of a feature grid that the FPN neck
//    attaches to each level (the reference's PositionEmbeddingSine).
//  - PositionEmbeddingRandom: random spatial frequencies (a Gaussian 2 x F matrix, stored in the
//    checkpoint as the buffer `pe_layer.positional_encoding_gaussian_matrix`), used by the prompt
//    encoder for clicks, box corners and the dense image grid.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

namespace sam2 {

struct SineEmbeddingOptions {
  int64_t numPosFeats = 256;  // output channels (half for y, half for x)
  double temperature = 10000.0;
  bool normalize = true;
  double scale = 6.283185307179586;  // 2 pi when the config says null
};

// [batch, numPosFeats, height, width]: channels [0, F/2) encode y, [F/2, F) encode x, each as
// interleaved sin / cos of position / temperature^(2 floor(i/2) / (F/2)); positions 1..n,
// normalized to (0, scale] when `normalize`. Float32 on `options`' device.
at::Tensor sinePositionEmbedding(int64_t batch, int64_t height, int64_t width,
                                 const SineEmbeddingOptions& options,
                                 const at::TensorOptions& tensorOptions);

class PositionEmbeddingRandomImpl : public torch::nn::Module {
 public:
  explicit PositionEmbeddingRandomImpl(int64_t numPosFeats);

  // Encodes coordinates normalized to [0, 1]: [..., 2] (x, y) -> [..., 2F] (sin then cos), in
  // float32 (callers cast to the model dtype).
  at::Tensor encode(const at::Tensor& normalizedCoords) const;
  // The encoding of the centres of an h x w grid: [2F, h, w].
  at::Tensor grid(int64_t height, int64_t width) const;
  // Coordinates in pixels of an image of imageHeight x imageWidth: [B, N, 2] -> [B, N, 2F].
  at::Tensor encodeCoords(const at::Tensor& coords, int64_t imageHeight, int64_t imageWidth) const;

  at::Tensor positional_encoding_gaussian_matrix;  // [2, F] buffer
};
TORCH_MODULE(PositionEmbeddingRandom);

}  // namespace sam2
