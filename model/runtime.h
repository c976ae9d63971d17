#pragma once
// Process-wide LibTorch settings.

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

}  // namespace sam2
