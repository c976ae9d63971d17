// Names and memory of CUDA devices (runtime.h). Built with SAM2_WITH_CUDA when the LibTorch in use
// has CUDA (model/CMakeLists.txt); then CUDA's runtime answers, else only the count is known.
#include "model/runtime.h"

#ifdef SAM2_WITH_CUDA
#include <cuda_runtime_api.h>
#endif

namespace sam2 {

std::vector<CudaDevice> cudaDevices() {
  std::vector<CudaDevice> devices;
  const int count = cudaDeviceCount();
  for (int i = 0; i < count; ++i) {
    CudaDevice d;
    d.index = i;
    d.name = "CUDA device " + std::to_string(i);
#ifdef SAM2_WITH_CUDA
    cudaDeviceProp properties{};
    if (cudaGetDeviceProperties(&properties, i) == cudaSuccess) {
      d.name = properties.name;
      d.totalBytes = properties.totalGlobalMem;
      d.computeMajor = properties.major;
      d.computeMinor = properties.minor;
    }
#endif
    devices.push_back(d);
  }
  return devices;
}

size_t cudaMemoryInUse(int index) {
  if (index < 0 || index >= cudaDeviceCount()) return 0;
#ifdef SAM2_WITH_CUDA
  int previous = 0;
  if (cudaGetDevice(&previous) != cudaSuccess) return 0;
  size_t freeBytes = 0, totalBytes = 0;
  const bool ok = cudaSetDevice(index) == cudaSuccess && cudaMemGetInfo(&freeBytes, &totalBytes) == cudaSuccess;
  cudaSetDevice(previous);  // this thread's current device is LibTorch's business
  return ok ? totalBytes - freeBytes : 0;
#else
  return 0;
#endif
}

}  // namespace sam2
