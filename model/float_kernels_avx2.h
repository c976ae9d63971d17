#pragma once
// The AVX2 float32 kernels (float_kernels_avx2.cpp), for the dispatch in softmax_bf16.cpp and
// layer_norm_bf16.cpp (model-internal). Each has the arguments of its AVX-512 counterpart there.
#include <cstdint>

namespace sam2 {

// Whether they were built (x86-64) and this CPU has AVX2 and FMA (cpu_tuning.cpp).
bool floatKernelsAvx2Available();

namespace detail {
bool floatKernelsAvx2Compiled();
void softmaxFloatRowsAvx2(float* data, int64_t begin, int64_t end, int64_t n);
void layerNormFloatRowsAvx2(const float* in, const float* addend, float* sumOut, float* out, int64_t begin,
                            int64_t end, int64_t c, const float* weight, const float* bias, float eps, float* buffer);
}  // namespace detail

}  // namespace sam2
