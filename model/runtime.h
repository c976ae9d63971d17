#pragma once
// Process-wide LibTorch settings.
#include <cstddef>
#include <string>
#include <vector>

namespace sam2 {

// Sets LibTorch's intra-op thread count. threads <= 0 means "all cores of this machine"
// (LibTorch 1.13 otherwise starts with a single thread on some machines).
void configureThreads(int threads = 0);

// The intra-op thread count LibTorch uses now.
int currentThreads();

// True when this LibTorch build can run on CUDA and a device is present.
bool cudaAvailable();
// GPUs this LibTorch can use (0 without CUDA).
int cudaDeviceCount();

struct CudaDevice {
  int index = 0;          // as in "cuda:N"
  std::string name;       // e.g. "NVIDIA H100 80GB HBM3"; "CUDA device N" where unknown
  size_t totalBytes = 0;  // its memory; 0 where unknown
  int computeMajor = 0, computeMinor = 0;  // compute capability, e.g. 9.0 for an H100; 0 where unknown
};
// Whether the GPU computes in bfloat16 (compute capability 8.0, Ampere, or later). Older GPUs
// (Volta, Turing) run float16 instead. Unknown capability counts as none.
inline bool cudaDeviceHasBf16(const CudaDevice& d) { return d.computeMajor >= 8; }
// The CUDA devices this LibTorch can use (none without CUDA or a GPU). Names and memory come from
// CUDA's runtime, which builds against a CUDA LibTorch link (model/cuda_devices.cpp).
std::vector<CudaDevice> cudaDevices();
// Bytes in use on CUDA device `index` by every process (as nvidia-smi shows it); 0 where unknown.
// Only ask for a device in use: the first query of a device creates a CUDA context on it.
size_t cudaMemoryInUse(int index);

// The precision policy on CUDA (process-wide): a float32 model runs in true float32, with TF32
// off for cuBLAS products and cuDNN convolutions, so that it gives the CPU's results within the
// golden tests' float32 tolerances (and the float32 steps of a low-precision model stay exact).
// Speed on a GPU comes from the dtype instead: bfloat16 from Ampere on, as the reference runs its
// video predictor under bfloat16 autocast, float16 on older GPUs. Every model put on CUDA calls
// this (wrapModel).
void useExactFloat32OnCuda();

}  // namespace sam2
