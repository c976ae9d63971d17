#include "model/position_encoding.h"

#include <cmath>

namespace sam2 {

namespace {

// The sine table of one axis: [n, half] with interleaved sin (even channels) / cos (odd).
at::Tensor sineAxisTable(int64_t n, int64_t half, const SineEmbeddingOptions& o,
                         const at::TensorOptions& f32) {
  at::Tensor embed = at::arange(1, n + 1, f32);
  if (o.normalize) {
    // Divide by the last position plus a small epsilon, in float32 as the reference does.
    const at::Tensor last = embed.slice(0, n - 1, n) + 1e-6;
    embed = embed / last * o.scale;
  }
  at::Tensor dimT = at::arange(half, f32);
  dimT = at::pow(o.temperature, 2 * at::floor(dimT / 2) / static_cast<double>(half));
  const at::Tensor phase = embed.unsqueeze(1) / dimT;  // [n, half]
  at::Tensor table = at::empty_like(phase);
  table.slice(1, 0, half, 2).copy_(phase.slice(1, 0, half, 2).sin());
  table.slice(1, 1, half, 2).copy_(phase.slice(1, 1, half, 2).cos());
  return table;
}

}  // namespace

at::Tensor sinePositionEmbedding(int64_t batch, int64_t height, int64_t width,
                                 const SineEmbeddingOptions& options,
                                 const at::TensorOptions& tensorOptions) {
  const auto f32 = tensorOptions.dtype(at::kFloat);
  const int64_t half = options.numPosFeats / 2;
  const at::Tensor ty = sineAxisTable(height, half, options, f32);  // [H, half]
  const at::Tensor tx = sineAxisTable(width, half, options, f32);   // [W, half]
  const at::Tensor posY = ty.t().unsqueeze(2).expand({half, height, width});
  const at::Tensor posX = tx.t().unsqueeze(1).expand({half, height, width});
  const at::Tensor pos = at::cat({posY, posX}, 0).unsqueeze(0);
  return pos.expand({batch, 2 * half, height, width}).contiguous();
}

PositionEmbeddingRandomImpl::PositionEmbeddingRandomImpl(int64_t numPosFeats) {
  positional_encoding_gaussian_matrix =
      register_buffer("positional_encoding_gaussian_matrix", at::randn({2, numPosFeats}));
}

at::Tensor PositionEmbeddingRandomImpl::encode(const at::Tensor& normalizedCoords) const {
  // Float32 whatever the model's dtype: sin/cos of large phases need the mantissa.
  const at::Tensor g = positional_encoding_gaussian_matrix.to(at::kFloat);
  at::Tensor c = normalizedCoords.to(at::kFloat) * 2 - 1;
  c = at::matmul(c, g);
  c = c * (2 * M_PI);
  return at::cat({at::sin(c), at::cos(c)}, -1);
}

at::Tensor PositionEmbeddingRandomImpl::grid(int64_t height, int64_t width) const {
  const auto f32 = positional_encoding_gaussian_matrix.options().dtype(at::kFloat);
  const at::Tensor y = ((at::arange(height, f32) + 0.5) / static_cast<double>(height))
                           .unsqueeze(1).expand({height, width});
  const at::Tensor x = ((at::arange(width, f32) + 0.5) / static_cast<double>(width))
                           .unsqueeze(0).expand({height, width});
  return encode(at::stack({x, y}, -1)).permute({2, 0, 1});
}

at::Tensor PositionEmbeddingRandomImpl::encodeCoords(const at::Tensor& coords, int64_t imageHeight,
                                                     int64_t imageWidth) const {
  at::Tensor c = coords.to(at::kFloat).clone();
  c.select(-1, 0).div_(static_cast<double>(imageWidth));
  c.select(-1, 1).div_(static_cast<double>(imageHeight));
  return encode(c);
}

}  // namespace sam2
