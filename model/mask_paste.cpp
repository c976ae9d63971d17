#include "model/mask_paste.h"

#include <ATen/Parallel.h>
#include <ATen/native/UpSample.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// mask_paste_avx512.cpp: whether it was built with AVX-512; out = row widened by the taps (i0, i1,
// w0, w1); out = w0 * a + w1 * b; out = 1 where w0 * a + w1 * b > threshold, else 0.
bool pasteRowsCompiled();
void widenRowAvx512(const float* row, const int32_t* i0, const int32_t* i1, const float* w0, const float* w1,
                    float* out, int64_t n);
void blendRowAvx512(const float* a, const float* b, float w0, float w1, float* out, int64_t n);
void blendThresholdRowAvx512(const float* a, const float* b, float w0, float w1, float threshold, uint8_t* out,
                             int64_t n);
}  // namespace detail

namespace {

// Where output pixel i samples an axis of `in` pixels: two source indices and their weights, from
// the functions ATen's own bilinear kernel calls (align_corners=false), so the arithmetic follows
// the LibTorch this is built against: 1.13 takes the source position in double, 2.x in float, and
// on a 1080 x 1920 paste the two differ by up to 3e-4 in a logit. The indices also as int32, for
// the AVX-512 gathers.
struct Taps {
  std::vector<int64_t> i0, i1;
  std::vector<int32_t> i0s, i1s;
  std::vector<float> w0, w1;
};

Taps tapsFor(int64_t in, int64_t out) {
  Taps t;
  t.i0.resize(out), t.i1.resize(out), t.w0.resize(out), t.w1.resize(out);
  const float ratio = at::native::area_pixel_compute_scale<float>(in, out, /*align_corners=*/false, {});
  for (int64_t o = 0; o < out; ++o)
    at::native::compute_source_index_and_lambda(t.i0[o], t.i1[o], t.w0[o], t.w1[o], ratio, o, in, out,
                                                /*align_corners=*/false);
  t.i0s.assign(t.i0.begin(), t.i0.end());
  t.i1s.assign(t.i1.begin(), t.i1.end());
  return t;
}

// The row loops: AVX-512 where the CPU has it (mask_paste_avx512.cpp), else portable loops that
// give the same bits (two multiplies and an add per value, no fused multiply-add).
bool useAvx512() {
  static const bool use = detail::pasteRowsCompiled() && cpuHasAvx512Bw();
  return use;
}

void widenRow(const float* row, const Taps& cols, float* out, int64_t n) {
  if (useAvx512())
    return detail::widenRowAvx512(row, cols.i0s.data(), cols.i1s.data(), cols.w0.data(), cols.w1.data(), out, n);
  for (int64_t x = 0; x < n; ++x) {
    const float a = row[cols.i0[x]] * cols.w0[x];
    const float b = row[cols.i1[x]] * cols.w1[x];
    out[x] = a + b;
  }
}

void blendRow(const float* a, const float* b, float w0, float w1, float* out, int64_t n) {
  if (useAvx512()) return detail::blendRowAvx512(a, b, w0, w1, out, n);
  for (int64_t x = 0; x < n; ++x) {
    const float p = a[x] * w0;
    const float q = b[x] * w1;
    out[x] = p + q;
  }
}

void blendThresholdRow(const float* a, const float* b, float w0, float w1, float threshold, uint8_t* out,
                       int64_t n) {
  if (useAvx512()) return detail::blendThresholdRowAvx512(a, b, w0, w1, threshold, out, n);
  for (int64_t x = 0; x < n; ++x) {
    const float p = a[x] * w0;
    const float q = b[x] * w1;
    out[x] = p + q > threshold ? 1 : 0;
  }
}

// Runs `emit(plane, y, a, b, w0, w1)` for every output row of every plane, the planes' rows split
// between the threads: output row y of a plane is w0 * a + w1 * b, a and b its two source rows
// already interpolated along the width. Each chunk widens the source rows it needs once.
template <typename Emit>
void forEachOutputRow(const at::Tensor& in, int64_t height, int64_t width, Emit emit) {
  const int64_t planes = in.numel() / (in.size(-1) * in.size(-2));
  const int64_t h = in.size(-2), w = in.size(-1);
  const Taps rows = tapsFor(h, height), cols = tapsFor(w, width);
  const float* src = in.data_ptr<float>();
  const int64_t total = planes * height;
  at::parallel_for(0, total, 64, [&](int64_t begin, int64_t end) {
    std::vector<float> a(width), b(width);
    int64_t rowA = -1, rowB = -1, plane = -1;
    for (int64_t r = begin; r < end; ++r) {
      const int64_t p = r / height, y = r % height;
      if (p != plane) plane = p, rowA = rowB = -1;
      const float* base = src + p * h * w;
      const int64_t i0 = rows.i0[y], i1 = rows.i1[y];
      // Consecutive output rows share their source rows (a 4x upsampling uses each pair 4 times).
      if (rowA != i0) {
        if (rowB == i0) std::swap(a, b), rowA = rowB, rowB = -1;
        else widenRow(base + i0 * w, cols, a.data(), width), rowA = i0;
      }
      if (rowB != i1) widenRow(base + i1 * w, cols, b.data(), width), rowB = i1;
      emit(p, y, a.data(), b.data(), rows.w0[y], rows.w1[y]);
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
  forEachOutputRow(in, height, width,
                   [&](int64_t plane, int64_t y, const float* a, const float* b, float w0, float w1) {
                     blendThresholdRow(a, b, w0, w1, threshold, dst + (plane * height + y) * width, width);
                   });
  return out;
}

at::Tensor upsampleLogits(const at::Tensor& logits, int64_t height, int64_t width) {
  const at::Tensor in = checkedInput(logits, height, width);
  at::Tensor out = at::empty(outputShape(in, height, width), in.options());
  float* dst = out.data_ptr<float>();
  forEachOutputRow(in, height, width,
                   [&](int64_t plane, int64_t y, const float* a, const float* b, float w0, float w1) {
                     blendRow(a, b, w0, w1, dst + (plane * height + y) * width, width);
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
