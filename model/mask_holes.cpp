#include "model/mask_holes.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "model/error.h"

#ifdef SAM2_WITH_CUDA_KERNELS
#include "model/cuda/fill_holes.h"
#endif

namespace sam2 {

at::Tensor fillHolesOnCpu(const at::Tensor& mask, int maxArea) {
  if (maxArea <= 0) return mask;
  at::Tensor cpu = mask.to(at::kCPU, at::kFloat).contiguous().clone();
  const int64_t h = cpu.size(-2), w = cpu.size(-1), planes = cpu.numel() / (h * w);
  float* data = cpu.data_ptr<float>();
  std::vector<int32_t> label(static_cast<size_t>(h * w));
  std::vector<int64_t> stack, members;
  for (int64_t p = 0; p < planes; ++p) {
    float* plane = data + p * h * w;
    std::fill(label.begin(), label.end(), 0);
    int32_t next = 0;
    for (int64_t start = 0; start < h * w; ++start) {
      if (label[start] != 0 || plane[start] > 0.f) continue;
      // Flood-fill one 8-connected background component.
      ++next;
      members.clear();
      stack.assign(1, start);
      label[start] = next;
      while (!stack.empty()) {
        const int64_t i = stack.back();
        stack.pop_back();
        members.push_back(i);
        const int64_t y = i / w, x = i % w;
        for (int64_t dy = -1; dy <= 1; ++dy)
          for (int64_t dx = -1; dx <= 1; ++dx) {
            const int64_t ny = y + dy, nx = x + dx;
            if (ny < 0 || ny >= h || nx < 0 || nx >= w) continue;
            const int64_t j = ny * w + nx;
            if (label[j] == 0 && plane[j] <= 0.f) {
              label[j] = next;
              stack.push_back(j);
            }
          }
      }
      if (static_cast<int64_t>(members.size()) <= maxArea)
        for (int64_t i : members) plane[i] = 0.1f;
    }
  }
  return cpu.to(mask.device(), mask.scalar_type());
}

bool holeFillingKernelOnGpu() {
#ifdef SAM2_WITH_CUDA_KERNELS
  return true;
#else
  return false;
#endif
}

at::Tensor fillHolesInMaskScores(const at::Tensor& mask, int maxArea) {
  if (maxArea <= 0) return mask;
#ifdef SAM2_WITH_CUDA_KERNELS
  if (mask.is_cuda()) {
    const at::Tensor scores = mask.to(at::kFloat).contiguous();
    const int64_t h = scores.size(-2), w = scores.size(-1), planes = scores.numel() / std::max<int64_t>(1, h * w);
    at::Tensor out = at::empty_like(scores);
    const auto ints = scores.options().dtype(at::kInt);
    at::Tensor labels = at::empty({planes, h, w}, ints), counts = at::empty({planes, h, w}, ints);
    at::Tensor changed = at::empty({1}, ints);
    if (const char* error = cuda::fillHoles(scores.data_ptr<float>(), out.data_ptr<float>(), static_cast<int>(planes),
                                            static_cast<int>(h), static_cast<int>(w), maxArea,
                                            labels.data_ptr<int>(), counts.data_ptr<int>(), changed.data_ptr<int>()))
      throw Sam2Error(std::string("filling mask holes on the GPU: ") + error);
    return out.to(mask.scalar_type());
  }
#endif
  return fillHolesOnCpu(mask, maxArea);
}

}  // namespace sam2
