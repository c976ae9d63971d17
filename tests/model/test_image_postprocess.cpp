// Connected components (8-connectivity), hole filling and sprinkle removal of model/postprocess.
#include <ATen/ATen.h>
#include <ATen/native/UpSample.h>

#include <cmath>
#include <vector>

#undef CHECK  // c10 defines a CHECK of its own; the harness's wins
#include "check.h"
#include "model/mask_paste.h"
#include "model/postprocess.h"

namespace {

at::Tensor grid(const std::vector<std::vector<float>>& rows) {
  const int64_t h = static_cast<int64_t>(rows.size()), w = static_cast<int64_t>(rows[0].size());
  at::Tensor t = at::empty({h, w}, at::kFloat);
  for (int64_t y = 0; y < h; ++y)
    for (int64_t x = 0; x < w; ++x) t[y][x] = rows[y][x];
  return t;
}

}  // namespace

TEST_CASE("component areas use 8-connectivity") {
  // Two diagonal pixels form one component; an isolated pixel is its own.
  const std::vector<uint8_t> mask = {
      1, 0, 0, 0,  //
      0, 1, 0, 1,  //
      0, 0, 0, 0,  //
  };
  const auto areas = sam2::componentAreas(mask.data(), 3, 4);
  CHECK(areas[0] == 2);
  CHECK(areas[5] == 2);
  CHECK(areas[7] == 1);
  CHECK(areas[1] == 0);
  CHECK(areas[11] == 0);
}

TEST_CASE("component areas per plane of a tensor") {
  at::Tensor planes = at::zeros({2, 1, 3, 3}, at::kBool);
  planes[0][0].fill_(true);
  planes[1][0][1][1] = true;
  const at::Tensor areas = sam2::componentAreas(planes);
  CHECK(areas.sizes() == planes.sizes());
  CHECK(areas[0][0][2][2].item<int>() == 9);
  CHECK(areas[1][0][1][1].item<int>() == 1);
  CHECK(areas[1][0][0][0].item<int>() == 0);
}

TEST_CASE("fillHoles fills small background components, border ones included") {
  const at::Tensor logits = grid({
      {-1, 2, 2, 2, 2},
      {2, 2, -1, 2, 2},
      {2, 2, 2, 2, 2},
      {-1, -1, -1, 2, 2},
  });
  const at::Tensor filled = sam2::fillHoles(logits, 1.0);
  CHECK(filled[0][0].item<float>() == at::Scalar(0.1f).to<float>());  // 1-pixel hole at the border
  CHECK(filled[1][2].item<float>() == at::Scalar(0.1f).to<float>());  // 1-pixel hole inside
  CHECK(filled[3][0].item<float>() == -1.f);                          // 3-pixel component stays
  CHECK(filled[2][2].item<float>() == 2.f);
  const at::Tensor filled3 = sam2::fillHoles(logits, 3.0);
  CHECK(filled3[3][1].item<float>() > 0.f);
  CHECK(sam2::fillHoles(logits, 0.0).equal(logits));
}

TEST_CASE("holes and sprinkles are found on the same unmodified logits") {
  const at::Tensor logits = grid({
      {1, 1, 1, -1, -1, -1},
      {1, -1, 1, -1, 1, -1},
      {1, 1, 1, -1, -1, -1},
  });
  sam2::PostprocessOptions o;
  o.maskThreshold = 0.f;
  o.maxHoleArea = 1.f;
  o.maxSprinkleArea = 1.f;
  const at::Tensor out = sam2::removeHolesAndSprinkles(logits, o);
  CHECK(out[1][1].item<float>() == 10.f);   // hole filled with threshold + 10
  CHECK(out[1][4].item<float>() == -10.f);  // sprinkle removed with threshold - 10
  CHECK(out[0][0].item<float>() == 1.f);
  CHECK(out[0][5].item<float>() == -1.f);
  sam2::PostprocessOptions none;
  CHECK(sam2::removeHolesAndSprinkles(logits, none).equal(logits));
}


// The click's fused upsample-and-threshold (model/mask_paste.h) against ATen's bilinear
// upsampling (align_corners=false) followed by the threshold, at SAM 2's sizes and at odd ones.
TEST_CASE("pasted masks equal upsample-then-threshold") {
  at::manual_seed(3);
  struct Size { int64_t h, w, height, width; };
  for (const Size s : {Size{256, 256, 1024, 1024}, Size{256, 256, 1080, 1920}, Size{256, 256, 300, 217},
                       Size{7, 5, 7, 5}, Size{4, 6, 3, 2}, Size{1, 1, 9, 4}}) {
    const at::Tensor logits = at::randn({2, 3, s.h, s.w}) * 4.0;
    const std::vector<int64_t> size{s.height, s.width};
    const at::Tensor reference =
        at::upsample_bilinear2d(logits, at::OptionalIntArrayRef(size), false, c10::optional<at::ArrayRef<double>>());
    const at::Tensor upsampled = sam2::upsampleLogits(logits, s.height, s.width);
    CHECK(upsampled.sizes() == reference.sizes());
    // The same index and weight functions, so equal up to the rounding of ATen's fused
    // multiply-adds where its kernel was built for AVX2 or AVX-512.
    const at::Tensor rounding = (reference.abs() + 1.0) * 1e-5;
    const at::Tensor gap = (upsampled - reference).abs();
    CHECK_MSG(gap.le(rounding).all().item<bool>(), "max gap " + std::to_string(gap.max().item<double>()));
    for (float threshold : {0.f, 0.5f}) {
      const at::Tensor pasted = sam2::pasteMasks(logits, s.height, s.width, threshold);
      CHECK(pasted.scalar_type() == at::kBool);
      CHECK(pasted.sizes() == reference.sizes());
      // A pixel may only differ where the reference logit is within that rounding of the threshold.
      const at::Tensor differs = pasted.ne(reference > threshold);
      const at::Tensor nearThreshold = (reference - threshold).abs() <= rounding;
      CHECK(differs.logical_and(nearThreshold.logical_not()).sum().item<int64_t>() == 0);
    }
  }
}

// The paste's row loops (AVX-512 where the CPU has it) against the formula they implement, in
// plain float arithmetic: each output is w0 * a + w1 * b of two taps, first along the width, then
// between two widened rows, with ATen's taps. Bit for bit, at widths with and without a partial
// vector; and the pasted masks are exactly those logits above the threshold (NaN: no mask).
TEST_CASE("pasted rows equal the two-tap formula bit for bit") {
  at::manual_seed(5);
  struct Size { int64_t h, w, height, width; };
  for (const Size s : {Size{256, 256, 1024, 1024}, Size{256, 256, 300, 217}, Size{7, 5, 9, 33}}) {
    at::Tensor logits = at::randn({1, 2, s.h, s.w}) * 4.0;
    logits[0][1][s.h / 2][s.w / 2] = std::nanf("");
    auto taps = [](int64_t in, int64_t out, int64_t o) {
      int64_t i0 = 0, i1 = 0;
      float w0 = 0, w1 = 0;
      const float ratio = at::native::area_pixel_compute_scale<float>(in, out, false, {});
      at::native::compute_source_index_and_lambda(i0, i1, w0, w1, ratio, o, in, out, false);
      return std::make_tuple(i0, i1, w0, w1);
    };
    const at::Tensor upsampled = sam2::upsampleLogits(logits, s.height, s.width);
    auto in = logits.accessor<float, 4>();
    auto out = upsampled.accessor<float, 4>();
    int64_t mismatches = 0;
    for (int64_t p = 0; p < 2; ++p)
      for (int64_t y = 0; y < s.height; ++y) {
        const auto [r0, r1, v0, v1] = taps(s.h, s.height, y);
        for (int64_t x = 0; x < s.width; ++x) {
          const auto [c0, c1, u0, u1] = taps(s.w, s.width, x);
          auto widened = [&](int64_t r) {
            const float a = in[0][p][r][c0] * u0;
            const float b = in[0][p][r][c1] * u1;
            return a + b;
          };
          const float a = widened(r0) * v0;
          const float b = widened(r1) * v1;
          const float expected = a + b;
          const float got = out[0][p][y][x];
          if (!(got == expected || (std::isnan(got) && std::isnan(expected)))) ++mismatches;
        }
      }
    CHECK_MSG(mismatches == 0, std::to_string(mismatches) + " values differ at " + std::to_string(s.width));
    for (float threshold : {0.f, 0.5f})
      CHECK(sam2::pasteMasks(logits, s.height, s.width, threshold).equal(upsampled > threshold));
  }
}

// The tracker's and the video session's resize of mask logits (one plane per call, split by rows).
TEST_CASE("upsampleBilinear equals ATen's bilinear upsampling and keeps the dtype") {
  at::manual_seed(4);
  for (const auto type : {at::kFloat, at::kBFloat16}) {
    for (const std::vector<int64_t>& size : {std::vector<int64_t>{1024, 1024}, std::vector<int64_t>{1080, 1920}}) {
      const at::Tensor x = (at::randn({2, 1, 256, 256}) * 4.0).to(type);
      const at::Tensor reference = at::upsample_bilinear2d(x.to(at::kFloat), at::OptionalIntArrayRef(size), false,
                                                           c10::optional<at::ArrayRef<double>>());
      const at::Tensor out = sam2::upsampleBilinear(x, size[0], size[1]);
      CHECK(out.scalar_type() == type);
      CHECK(out.sizes() == reference.sizes());
      // float32: ATen's rounding as above; bfloat16: one rounding of the result to bfloat16.
      const double relative = type == at::kFloat ? 1e-5 : 1.0 / 128;
      const at::Tensor gap = (out.to(at::kFloat) - reference).abs();
      CHECK_MSG(gap.le((reference.abs() + 1.0) * relative).all().item<bool>(),
                "max gap " + std::to_string(gap.max().item<double>()));
    }
  }
}

TEST_CASE("pasting masks refuses an empty output size") {
  bool threw = false;
  try {
    sam2::pasteMasks(at::zeros({1, 4, 4}), 0, 8, 0.f);
  } catch (const std::exception&) {
    threw = true;
  }
  CHECK(threw);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
