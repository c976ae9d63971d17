// Hole filling (mask_holes.h): the CPU twin against a separate reference (union-find over the
// 8-neighbourhood, written here), and on a GPU (SAM2_TEST_DEVICE=cuda, scripts/gpu-check.sh) the
// CUDA kernel against the CPU twin, bit for bit.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "golden.h"
#include "model/mask_holes.h"
// Last: LibTorch headers bring glog's CHECK, which the harness's CHECK must replace.
#undef CHECK
#include "check.h"

namespace {

int find(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Background (<= 0) components of at most maxArea pixels become 0.1, one plane at a time.
at::Tensor reference(const at::Tensor& mask, int maxArea) {
  at::Tensor out = mask.to(at::kFloat).contiguous().clone();
  const int64_t h = out.size(-2), w = out.size(-1), planes = out.numel() / (h * w);
  for (int64_t p = 0; p < planes; ++p) {
    float* s = out.data_ptr<float>() + p * h * w;
    std::vector<int> parent(static_cast<size_t>(h * w));
    std::iota(parent.begin(), parent.end(), 0);
    for (int64_t y = 0; y < h; ++y)
      for (int64_t x = 0; x < w; ++x) {
        if (s[y * w + x] > 0.f) continue;
        // Join with the four neighbours already visited (left, up-left, up, up-right): with the
        // symmetric ones that visit this pixel later, that is the whole 8-neighbourhood.
        const int64_t dys[] = {0, -1, -1, -1}, dxs[] = {-1, -1, 0, 1};
        for (int k = 0; k < 4; ++k) {
          const int64_t ny = y + dys[k], nx = x + dxs[k];
          if (ny < 0 || nx < 0 || nx >= w || s[ny * w + nx] > 0.f) continue;
          parent[find(parent, static_cast<int>(y * w + x))] = find(parent, static_cast<int>(ny * w + nx));
        }
      }
    std::vector<int> size(static_cast<size_t>(h * w), 0);
    for (int64_t i = 0; i < h * w; ++i)
      if (s[i] <= 0.f) ++size[find(parent, static_cast<int>(i))];
    for (int64_t i = 0; i < h * w; ++i)
      if (s[i] <= 0.f && size[find(parent, static_cast<int>(i))] <= maxArea) s[i] = 0.1f;
  }
  return out;
}

// Masks with holes of many sizes: random blobs of foreground, speckle, and stripes that make
// long, winding background components (the kernel's worst case for label propagation).
at::Tensor testMasks(int64_t planes, int64_t h, int64_t w, uint64_t seed) {
  at::manual_seed(seed);
  at::Tensor noise = at::randn({planes, 1, h, w});
  at::Tensor smooth = at::avg_pool2d(noise, 5, 1, 2) * 4.0;
  at::Tensor m = at::where(at::rand({planes, 1, h, w}) < 0.05, -smooth, smooth);
  // A serpentine background corridor in the last plane.
  at::Tensor last = m[planes - 1][0];
  last.fill_(5.f);
  for (int64_t y = 0; y < h; y += 2) last[y].fill_(-1.f);
  for (int64_t y = 1; y < h; y += 2) last[y][(y / 2) % 2 == 0 ? w - 1 : 0] = -1.f;
  return m;
}

bool same(const at::Tensor& a, const at::Tensor& b) {
  return a.sizes() == b.sizes() && at::equal(a.to(at::kCPU, at::kFloat), b.to(at::kCPU, at::kFloat));
}

}  // namespace

TEST_CASE("hole filling: the CPU twin equals the union-find reference") {
  for (int maxArea : {1, 8, 64, 1000}) {
    const at::Tensor m = testMasks(4, 64, 80, 11 + maxArea);
    const at::Tensor ours = sam2::fillHolesOnCpu(m, maxArea);
    CHECK_MSG(same(ours, reference(m, maxArea)), "max area " + std::to_string(maxArea));
    CHECK(!at::equal(ours, m));  // something was filled
    CHECK(same(sam2::fillHolesInMaskScores(m, maxArea), ours));  // a CPU mask takes the twin
  }
  const at::Tensor m = testMasks(1, 16, 16, 3);
  CHECK(same(sam2::fillHolesInMaskScores(m, 0), m));  // max area 0: unchanged
}

TEST_CASE("hole filling: on the tests' device it equals the CPU twin bit for bit") {
  const std::string device = golden::testDevice();
  if (device != "cpu") {
    CHECK_MSG(sam2::holeFillingKernelOnGpu(), "this build has no CUDA kernel for hole filling");
  }
  std::fprintf(stderr, "    device %s, CUDA kernel %s\n", device.c_str(), sam2::holeFillingKernelOnGpu() ? "built" : "not built");
  for (const auto& [planes, h, w] : {std::tuple<int64_t, int64_t, int64_t>{1, 256, 256}, {3, 256, 256}, {2, 37, 301}}) {
    for (int maxArea : {8, 200}) {
      const at::Tensor m = testMasks(planes, h, w, static_cast<uint64_t>(planes * h + maxArea));
      const at::Tensor onDevice = sam2::fillHolesInMaskScores(m.to(at::Device(device)), maxArea);
      CHECK(onDevice.device() == at::Device(device));
      CHECK_MSG(same(onDevice, sam2::fillHolesOnCpu(m, maxArea)),
                std::to_string(planes) + "x" + std::to_string(h) + "x" + std::to_string(w) + ", max area " +
                    std::to_string(maxArea));
    }
  }
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
