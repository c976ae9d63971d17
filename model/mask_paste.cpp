#include "model/mask_paste.h"

#include <ATen/Parallel.h>
#include <ATen/native/UpSample.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "model/error.h"

namespace sam2 {

namespace {

// Where output pixel i samples an axis of `in` pixels: two source indices and their weights, from
// the functions ATen's own bilinear kernel calls (align_corners=false), so the arithmetic follows
// the LibTorch this is built against: 1.13 takes the source position in double, 2.x in float, and
// on a 1080 x 1920 paste the two differ by up to 3e-4 in a logit.
struct Taps {
  std::vector<int64_t> i0, i1;
  std::vector<float> w0, w1;
};

Taps tapsFor(int64_t in, int64_t out) {
  Taps t;
  t.i0.resize(out), t.i1.resize(out), t.w0.resize(out), t.w1.resize(out);
  const float ratio = at::native::area_pixel_compute_scale<float>(in, out, /*align_corners=*/false, {});
  for (int64_t o = 0; o < out; ++o)
    at::native::compute_source_index_and_lambda(t.i0[o], t.i1[o], t.w0[o], t.w1[o], ratio, o, in, out,
                                                /*align_corners=*/false);
  return t;
}

// Runs `emit(plane, y, blended row)` for every output row of every plane, the planes' rows split
// between the threads. Each chunk interpolates the input rows it needs along the width once.
template <typename Emit>
void forEachOutputRow(const at::Tensor& in, int64_t height, int64_t width, Emit emit) {
  const int64_t planes = in.numel() / (in.size(-1) * in.size(-2));
  const int64_t h = in.size(-2), w = in.size(-1);
  const Taps rows = tapsFor(h, height), cols = tapsFor(w, width);
  const float* src = in.data_ptr<float>();
  const int64_t total = planes * height;
  at::parallel_for(0, total, 64, [&](int64_t begin, int64_t end) {
    std::vector<float> a(width), b(width), blended(width);
    int64_t rowA = -1, rowB = -1, plane = -1;
    auto widen = [&](const float* row, std::vector<float>& dst) {
      for (int64_t x = 0; x < width; ++x) dst[x] = row[cols.i0[x]] * cols.w0[x] + row[cols.i1[x]] * cols.w1[x];
    };
    for (int64_t r = begin; r < end; ++r) {
      const int64_t p = r / height, y = r % height;
      if (p != plane) plane = p, rowA = rowB = -1;
      const float* base = src + p * h * w;
      const int64_t i0 = rows.i0[y], i1 = rows.i1[y];
      // Consecutive output rows share their source rows (a 4x upsampling uses each pair 4 times).
      if (rowA != i0) {
        if (rowB == i0) std::swap(a, b), rowA = rowB, rowB = -1;
        else widen(base + i0 * w, a), rowA = i0;
      }
      if (rowB != i1) widen(base + i1 * w, b), rowB = i1;
      const float w0 = rows.w0[y], w1 = rows.w1[y];
      const float* pa = a.data();
      const float* pb = b.data();
      float* out = blended.data();
      for (int64_t x = 0; x < width; ++x) out[x] = pa[x] * w0 + pb[x] * w1;
      emit(p, y, blended.data());
    }
  });
}

at::Tensor checkedInput(const at::Tensor& logits, int64_t height, int64_t width) {
  if (logits.dim() < 2 || logits.size(-1) <= 0 || logits.size(-2) <= 0 || height <= 0 || width <= 0)
    throw Sam2Error("mask paste: needs logits [..., h, w] and a positive output size");
  return logits.to(at::kCPU).to(at::kFloat).contiguous();
}

std::vector<int64_t> outputShape(const at::Tensor& in, int64_t height, int64_t width) {
  std::vector<int64_t> shape(in.sizes().begin(), in.sizes().end());
  shape[shape.size() - 2] = height;
  shape.back() = width;
  return shape;
}

}  // namespace

at::Tensor pasteMasks(const at::Tensor& logits, int64_t height, int64_t width, float threshold) {
  const at::Tensor in = checkedInput(logits, height, width);
  at::Tensor out = at::empty(outputShape(in, height, width), in.options().dtype(at::kBool));
  // bool's storage is one byte per element, 0 or 1.
  auto* dst = reinterpret_cast<uint8_t*>(out.data_ptr<bool>());
  forEachOutputRow(in, height, width, [&](int64_t plane, int64_t y, const float* row) {
    uint8_t* o = dst + (plane * height + y) * width;
    for (int64_t x = 0; x < width; ++x) o[x] = row[x] > threshold ? 1 : 0;
  });
  return out;
}

at::Tensor upsampleLogits(const at::Tensor& logits, int64_t height, int64_t width) {
  const at::Tensor in = checkedInput(logits, height, width);
  at::Tensor out = at::empty(outputShape(in, height, width), in.options());
  float* dst = out.data_ptr<float>();
  forEachOutputRow(in, height, width, [&](int64_t plane, int64_t y, const float* row) {
    std::copy(row, row + width, dst + (plane * height + y) * width);
  });
  return out;
}

at::Tensor upsampleBilinear(const at::Tensor& x, int64_t height, int64_t width) {
  if (!x.device().is_cpu() || x.dim() != 4)
    return at::upsample_bilinear2d(x, {height, width}, /*align_corners=*/false, c10::nullopt, c10::nullopt);
  const at::Tensor out = upsampleLogits(x, height, width);
  return out.scalar_type() == x.scalar_type() ? out : out.to(x.scalar_type());
}

}  // namespace sam2
