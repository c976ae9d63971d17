#pragma once
// The floating-point work of the model's stages, and the peak this machine reaches on it
// (for `bench --profile`; no LibTorch in this header).
//
// The counter watches LibTorch's operator calls (a RecordFunction callback) and hands every
// matrix product and convolution to profile::addProduct with its shape, so each profiled stage
// knows the GFLOP it did; the peak is then measured for a stage's dominant product shape on its
// own, in the same dtype and thread count, the best of BLAS/ATen's product and oneDNN's, so a
// stage reads as "x % of what these cores do on this very product".
#include <string>

#include "model/profile.h"

namespace sam2::profile {

// Installs the counter (once per process; later calls do nothing). Installed, every LibTorch
// operator call pays for the callback check, so only the bench's --profile turns it on.
void installProductCounter();

struct ProductPeak {
  double gflops = 0.0;   // best of the paths below
  std::string path;      // "aten" (at::mm / at::bmm) or "onednn" (1x1 convolution)
  double atenGflops = 0.0, oneDnnGflops = 0.0;  // 0: not available for this shape and dtype
};

// GFLOP/s of `product` on the CPU in float32 or bfloat16 with LibTorch's current thread count:
// the best run of each path over about `budgetMs` milliseconds.
ProductPeak measureProductPeak(const Product& product, bool bfloat16, double budgetMs = 300.0);

}  // namespace sam2::profile
