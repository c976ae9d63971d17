#pragma once
// Seeded random weights for a built SAM 2 model (model-internal), for `--synthetic` runs:
// speed and memory benchmarks and tests of the official architectures without the official
// files. The scheme follows GOLDEN_FORMAT.md "Weights" (normal weights scaled by fan-in, norm
// weights near 1, ...) so activations stay in a sane range; it does not reproduce the golden
// checkpoint's values bit for bit.
#include <cstdint>

#include <torch/nn/module.h>

namespace sam2 {

// Overwrites every parameter and buffer of `module` (in place, on its device and dtype) with
// values drawn from a generator seeded from `seed` and the tensor's name: the same seed gives
// the same weights, whatever the device, thread count or order of the modules.
void initSyntheticWeights(torch::nn::Module& module, uint64_t seed = 0);

}  // namespace sam2
