#include "model/mask_rle.h"

#include <algorithm>
#include <string>

#include "model/error.h"

#ifdef SAM2_WITH_CUDA_KERNELS
#include "model/cuda/mask_rle.h"
#endif

namespace sam2 {

namespace {

// COCO counts of one mask of `length` pixels from the column-major positions where its runs start
// (after the first), ascending.
std::vector<uint32_t> countsFrom(bool firstInside, const int32_t* starts, int64_t k, int64_t length) {
  std::vector<uint32_t> c;
  c.reserve(static_cast<size_t>(k) + 2);
  if (firstInside) c.push_back(0);
  int64_t start = 0;
  for (int64_t i = 0; i < k; ++i) {
    c.push_back(static_cast<uint32_t>(starts[i] - start));
    start = starts[i];
  }
  c.push_back(static_cast<uint32_t>(length - start));
  return c;
}

#ifdef SAM2_WITH_CUDA_KERNELS
void check(const char* error) {
  if (error) throw Sam2Error(std::string("mask run-length encoding on the GPU: ") + error);
}

// Our kernels (model/cuda/mask_rle.cu): each column's boundaries counted, offsets by a prefix sum,
// the boundaries written; to the host come the boundaries, one count and one first pixel a mask.
std::vector<std::vector<uint32_t>> onGpu(const at::Tensor& masks) {
  const int64_t n = masks.size(0), h = masks.size(1), w = masks.size(2);
  const at::Tensor bytes = masks.ne(0).to(at::kByte).contiguous();
  at::Tensor counts = at::empty({n * w}, bytes.options().dtype(at::kInt));
  check(cuda::countRunBoundaries(bytes.data_ptr<uint8_t>(), static_cast<int>(n), static_cast<int>(h),
                                 static_cast<int>(w), counts.data_ptr<int32_t>()));
  const at::Tensor counts64 = counts.to(at::kLong);
  const at::Tensor ends = counts64.cumsum(0);
  const at::Tensor offsets = (ends - counts64).contiguous();
  const at::Tensor perMask = counts64.view({n, w}).sum(1).to(at::kCPU).contiguous();
  const int64_t total = ends[-1].item<int64_t>();
  at::Tensor starts = at::empty({std::max<int64_t>(total, 1)}, counts.options());
  check(cuda::writeRunBoundaries(bytes.data_ptr<uint8_t>(), static_cast<int>(n), static_cast<int>(h),
                                 static_cast<int>(w), offsets.data_ptr<int64_t>(), starts.data_ptr<int32_t>()));
  const at::Tensor hostStarts = starts.narrow(0, 0, total).to(at::kCPU).contiguous();
  const at::Tensor first = bytes.select(2, 0).select(1, 0).to(at::kCPU).contiguous();
  std::vector<std::vector<uint32_t>> out(static_cast<size_t>(n));
  const int32_t* s = hostStarts.data_ptr<int32_t>();
  for (int64_t m = 0; m < n; ++m) {
    const int64_t k = perMask.data_ptr<int64_t>()[m];
    out[static_cast<size_t>(m)] = countsFrom(first.data_ptr<uint8_t>()[m] != 0, s, k, h * w);
    s += k;
  }
  return out;
}
#endif

}  // namespace

std::vector<std::vector<uint32_t>> maskRleCounts(const at::Tensor& masks) {
  if (masks.dim() != 3) throw Sam2Error("maskRleCounts: masks must be [N, H, W]");
  const int64_t n = masks.size(0), length = masks.size(1) * masks.size(2);
  std::vector<std::vector<uint32_t>> counts(static_cast<size_t>(n));
  if (n == 0) return counts;
  if (length == 0) {
    for (auto& c : counts) c = {0};
    return counts;
  }
#ifdef SAM2_WITH_CUDA_KERNELS
  if (masks.is_cuda()) return onGpu(masks);
#endif
  // Elsewhere LibTorch's own ops: column-major pixel order per mask; a run starts at a pixel
  // unlike the one before it.
  const at::Tensor columns = masks.ne(0).transpose(1, 2).reshape({n, length});
  at::Tensor boundaries;  // [K, 2] (mask, position of the pixel before a new run)
  if (length > 1) {
    boundaries = columns.narrow(1, 1, length - 1).ne(columns.narrow(1, 0, length - 1)).nonzero();
    boundaries = boundaries.to(at::kInt).to(at::kCPU).contiguous();
  }
  const at::Tensor firstInside = columns.select(1, 0).to(at::kCPU).contiguous();
  const int64_t k = boundaries.defined() ? boundaries.size(0) : 0;
  std::vector<int32_t> starts;
  int64_t row = 0;  // nonzero() lists boundaries by mask, then by position
  for (int64_t m = 0; m < n; ++m) {
    starts.clear();
    for (; row < k && boundaries.data_ptr<int32_t>()[2 * row] == m; ++row)
      starts.push_back(boundaries.data_ptr<int32_t>()[2 * row + 1] + 1);
    counts[static_cast<size_t>(m)] =
        countsFrom(firstInside.data_ptr<bool>()[m], starts.data(), static_cast<int64_t>(starts.size()), length);
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
