// Masks to COCO run-length counts (mask_rle.h): on the tests' device (SAM2_TEST_DEVICE; a GPU in
// scripts/gpu-check.sh) the counts equal the CPU twin's, for masks that start inside or outside,
// empty and full ones, and sizes that are not multiples of anything.
#include <numeric>
#include <string>
#include <vector>

#include "golden.h"
#include "model/mask_rle.h"
// Last: LibTorch headers bring glog's CHECK, which the harness's CHECK must replace.
#undef CHECK
#include "check.h"

TEST_CASE("mask RLE: counts on the tests' device equal the CPU twin's and add up") {
  const at::Device device(golden::testDevice());
  for (const auto& [n, h, w] : {std::tuple<int64_t, int64_t, int64_t>{4, 64, 48}, {2, 1, 1}, {3, 37, 301}, {1, 1080, 1920}}) {
    at::manual_seed(n * h + w);
    at::Tensor masks = at::avg_pool2d(at::randn({n, 1, h, w}), 3, 1, 1).squeeze(1) > 0;
    masks[0].fill_(false);                      // empty
    if (n > 1) masks[n - 1].fill_(true);        // full: starts with a run of 0 zeros
    if (n > 2) masks[1][0][0] = true;           // starts inside
    const auto counts = sam2::maskRleCounts(masks.to(device));
    CHECK(static_cast<int64_t>(counts.size()) == n);
    const at::Tensor bytes = masks.to(at::kByte).contiguous();
    for (int64_t m = 0; m < n; ++m) {
      const auto twin = sam2::rleCountsOnCpu(bytes[m].data_ptr<uint8_t>(), static_cast<int>(h), static_cast<int>(w));
      const auto& ours = counts[static_cast<size_t>(m)];
      const std::string what = std::to_string(n) + "x" + std::to_string(h) + "x" + std::to_string(w) + " mask " +
                               std::to_string(m);
      CHECK_MSG(ours == twin, what);
      CHECK_MSG(std::accumulate(ours.begin(), ours.end(), int64_t{0}) == h * w, what + ": counts add up");
    }
  }
  // Full and empty masks in the twin: COCO's conventions.
  const std::vector<uint8_t> full(6, 1), empty(6, 0);
  CHECK((sam2::rleCountsOnCpu(full.data(), 2, 3) == std::vector<uint32_t>{0, 6}));
  CHECK((sam2::rleCountsOnCpu(empty.data(), 2, 3) == std::vector<uint32_t>{6}));
  // Column-major: a mask whose first column is inside.
  const std::vector<uint8_t> column{1, 0, 0, 1, 0, 0};  // 2 x 3, row-major
  CHECK((sam2::rleCountsOnCpu(column.data(), 2, 3) == std::vector<uint32_t>{0, 2, 4}));
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
