#include "model/mask_rle.h"

#include "model/error.h"

namespace sam2 {

std::vector<std::vector<uint32_t>> maskRleCounts(const at::Tensor& masks) {
  if (masks.dim() != 3) throw Sam2Error("maskRleCounts: masks must be [N, H, W]");
  const int64_t n = masks.size(0), length = masks.size(1) * masks.size(2);
  std::vector<std::vector<uint32_t>> counts(static_cast<size_t>(n));
  if (n == 0) return counts;
  if (length == 0) {
    for (auto& c : counts) c = {0};
    return counts;
  }
  // Column-major pixel order per mask; a boundary is a pixel unlike the one before it.
  const at::Tensor columns = masks.ne(0).transpose(1, 2).reshape({n, length});
  at::Tensor boundaries;  // [K, 2] (mask, position of the pixel that starts a new run)
  if (length > 1) {
    boundaries = columns.narrow(1, 1, length - 1).ne(columns.narrow(1, 0, length - 1)).nonzero();
    boundaries = boundaries.to(at::kInt).to(at::kCPU).contiguous();
  }
  const at::Tensor firstInside = columns.select(1, 0).to(at::kCPU).contiguous();
  const bool* first = firstInside.data_ptr<bool>();
  const int32_t* b = boundaries.defined() ? boundaries.data_ptr<int32_t>() : nullptr;
  const int64_t k = boundaries.defined() ? boundaries.size(0) : 0;
  int64_t row = 0;  // nonzero() lists boundaries by mask, then by position
  for (int64_t m = 0; m < n; ++m) {
    std::vector<uint32_t>& c = counts[static_cast<size_t>(m)];
    if (first[m]) c.push_back(0);
    int64_t start = 0;
    for (; row < k && b[2 * row] == m; ++row) {
      const int64_t position = b[2 * row + 1] + 1;
      c.push_back(static_cast<uint32_t>(position - start));
      start = position;
    }
    c.push_back(static_cast<uint32_t>(length - start));
  }
  return counts;
}

std::vector<uint32_t> rleCountsOnCpu(const uint8_t* rowMajor, int height, int width) {
  std::vector<uint32_t> counts;
  bool inside = false;
  uint32_t run = 0;
  for (int x = 0; x < width; ++x)
    for (int y = 0; y < height; ++y) {
      const bool v = rowMajor[static_cast<size_t>(y) * width + x] != 0;
      if (v != inside) {
        counts.push_back(run);
        run = 0;
        inside = v;
      }
      ++run;
    }
  counts.push_back(run);
  return counts;
}

}  // namespace sam2
