#include "model/runtime.h"

#include "model/cpu_tuning.h"

#include <ATen/Parallel.h>
#include <ATen/Context.h>
#include <ATen/detail/CUDAHooksInterface.h>

#include <thread>

namespace sam2 {

void configureThreads(int threads) {
  // Every model load passes here, so the app, the worker and the CLI all get the allocator
  // settings that keep large attention temporaries from being mapped and unmapped per call.
  tuneCpuAllocator();
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 0) threads = 1;
  at::set_num_threads(threads);
}

int currentThreads() { return at::get_num_threads(); }

bool cudaAvailable() { return cudaDeviceCount() > 0; }

int cudaDeviceCount() { return at::hasCUDA() ? static_cast<int>(at::detail::getCUDAHooks().getNumGPUs()) : 0; }

void useExactFloat32OnCuda() {
  at::globalContext().setAllowTF32CuBLAS(false);
  at::globalContext().setAllowTF32CuDNN(false);
}

}  // namespace sam2
