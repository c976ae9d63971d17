#include "model/postprocess.h"

#include <cstring>

namespace sam2 {

std::vector<int32_t> componentAreas(const uint8_t* mask, int height, int width) {
  const size_t n = static_cast<size_t>(height) * width;
  std::vector<int32_t> area(n, 0);
  std::vector<uint8_t> visited(n, 0);
  std::vector<int32_t> stack;
  std::vector<int32_t> members;
  for (size_t start = 0; start < n; ++start) {
    if (!mask[start] || visited[start]) continue;
    // Flood fill one component, remembering its pixels to write the area afterwards.
    members.clear();
    stack.push_back(static_cast<int32_t>(start));
    visited[start] = 1;
    while (!stack.empty()) {
      const int32_t p = stack.back();
      stack.pop_back();
      members.push_back(p);
      const int y = p / width, x = p % width;
      for (int dy = -1; dy <= 1; ++dy) {
        const int ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx;
          if ((dx == 0 && dy == 0) || nx < 0 || nx >= width) continue;
          const int32_t q = ny * width + nx;
          if (mask[q] && !visited[q]) {
            visited[q] = 1;
            stack.push_back(q);
          }
        }
      }
    }
    const int32_t a = static_cast<int32_t>(members.size());
    for (int32_t p : members) area[p] = a;
  }
  return area;
}

at::Tensor componentAreas(const at::Tensor& binary) {
  const int64_t h = binary.size(-2), w = binary.size(-1);
  const at::Tensor planes = binary.to(at::kCPU).to(at::kByte).reshape({-1, h, w}).contiguous();
  at::Tensor out = at::empty(planes.sizes(), at::TensorOptions().dtype(at::kInt));
  for (int64_t i = 0; i < planes.size(0); ++i) {
    const auto areas = componentAreas(planes[i].data_ptr<uint8_t>(), static_cast<int>(h),
                                      static_cast<int>(w));
    std::memcpy(out[i].data_ptr<int32_t>(), areas.data(), areas.size() * sizeof(int32_t));
  }
  return out.view(binary.sizes());
}

namespace {

// Pixels of `region` (a boolean tensor) in a component of at most maxArea pixels.
at::Tensor smallComponents(const at::Tensor& region, double maxArea) {
  const at::Tensor areas = componentAreas(region).to(region.device());
  return (areas > 0) & (areas <= maxArea);
}

}  // namespace

at::Tensor fillHoles(const at::Tensor& logits, double maxArea, double threshold, double fillValue) {
  if (maxArea <= 0) return logits;
  const at::Tensor isHole = smallComponents(logits <= threshold, maxArea);
  return at::where(isHole, at::full({}, fillValue, logits.options()), logits);
}

at::Tensor removeHolesAndSprinkles(const at::Tensor& logits, const PostprocessOptions& o) {
  at::Tensor out = logits;
  if (o.maxHoleArea > 0) {
    const at::Tensor isHole = smallComponents(logits <= o.maskThreshold, o.maxHoleArea);
    out = at::where(isHole, at::full({}, o.maskThreshold + 10.0, logits.options()), out);
  }
  if (o.maxSprinkleArea > 0) {
    const at::Tensor isSprinkle = smallComponents(logits > o.maskThreshold, o.maxSprinkleArea);
    out = at::where(isSprinkle, at::full({}, o.maskThreshold - 10.0, logits.options()), out);
  }
  return out;
}

}  // namespace sam2
