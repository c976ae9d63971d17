// The float32 soft-max and layer norm of softmax_bf16.h and layer_norm_bf16.h for CPUs with AVX2
// and FMA but no AVX-512 (most laptops), built with those flags (model/CMakeLists.txt). The same
// arithmetic as the AVX-512 kernels, 8 lanes at a time; see softmax_bf16_avx512.cpp for why it
// includes no library header. (An AVX2 GELU with the AVX-512 kernel's erfc ran at 0.7 times ATen's
// own AVX2 GELU, whose erf is cheaper, so laptops keep ATen's.)
#include <cstdint>

#if defined(__AVX2__) && defined(__FMA__)
#include "model/avx2_vector.h"

namespace sam2::detail {

namespace {

void softmaxRow(float* row, int64_t n) {
  const __m256 minusInf = _mm256_set1_ps(-__builtin_inff());
  __m256 max0 = minusInf, max1 = minusInf;
  int64_t i = 0;
  for (; i + 16 <= n; i += 16) {
    max0 = _mm256_max_ps(max0, _mm256_loadu_ps(row + i));
    max1 = _mm256_max_ps(max1, _mm256_loadu_ps(row + i + 8));
  }
  for (; i < n; i += 8) {
    const __m256i m = tailMask8(n - i);
    max0 = _mm256_max_ps(max0, _mm256_blendv_ps(minusInf, _mm256_maskload_ps(row + i, m), _mm256_castsi256_ps(m)));
  }
  const __m256 maxAll = _mm256_set1_ps(horizontalMax(_mm256_max_ps(max0, max1)));
  __m256 sum0 = _mm256_setzero_ps(), sum1 = sum0;
  for (i = 0; i + 16 <= n; i += 16) {
    const __m256 e0 = expNonPositive8(_mm256_sub_ps(_mm256_loadu_ps(row + i), maxAll));
    const __m256 e1 = expNonPositive8(_mm256_sub_ps(_mm256_loadu_ps(row + i + 8), maxAll));
    _mm256_storeu_ps(row + i, e0);
    _mm256_storeu_ps(row + i + 8, e1);
    sum0 = _mm256_add_ps(sum0, e0);
    sum1 = _mm256_add_ps(sum1, e1);
  }
  for (; i < n; i += 8) {
    const __m256i m = tailMask8(n - i);
    const __m256 e = _mm256_and_ps(expNonPositive8(_mm256_sub_ps(_mm256_maskload_ps(row + i, m), maxAll)),
                                   _mm256_castsi256_ps(m));
    _mm256_maskstore_ps(row + i, m, e);
    sum0 = _mm256_add_ps(sum0, e);
  }
  const __m256 scale = _mm256_set1_ps(1.f / horizontalSum(_mm256_add_ps(sum0, sum1)));
  for (i = 0; i < n; i += 8) {
    const __m256i m = tailMask8(n - i);
    _mm256_maskstore_ps(row + i, m, _mm256_mul_ps(_mm256_maskload_ps(row + i, m), scale));
  }
}

// As layer_norm_bf16_avx512.cpp's normRow for float32 maps: the row (plus the addend) into the
// buffer and its sum, stored to sumOut unless null; the variance of the centred values; the
// affine result.
void normRow(const float* in, const float* addend, float* sumOut, float* out, int64_t c, const float* weight,
             const float* bias, float eps, float* buffer) {
  __m256 sumV = _mm256_setzero_ps();
  for (int64_t i = 0; i < c; i += 8) {
    const __m256i m = tailMask8(c - i);
    __m256 x = _mm256_maskload_ps(in + i, m);
    if (addend) x = _mm256_add_ps(x, _mm256_maskload_ps(addend + i, m));
    if (sumOut) _mm256_maskstore_ps(sumOut + i, m, x);
    _mm256_maskstore_ps(buffer + i, m, x);
    sumV = _mm256_add_ps(sumV, x);  // masked lanes loaded as 0
  }
  const __m256 meanV = _mm256_set1_ps(horizontalSum(sumV) / static_cast<float>(c));
  __m256 sqV = _mm256_setzero_ps();
  for (int64_t i = 0; i < c; i += 8) {
    const __m256i m = tailMask8(c - i);
    const __m256 d = _mm256_and_ps(_mm256_sub_ps(_mm256_maskload_ps(buffer + i, m), meanV), _mm256_castsi256_ps(m));
    sqV = _mm256_fmadd_ps(d, d, sqV);
  }
  const float var = horizontalSum(sqV) / static_cast<float>(c);
  const __m256 rstdV = _mm256_set1_ps(1.f / __builtin_sqrtf(var + eps));
  for (int64_t i = 0; i < c; i += 8) {
    const __m256i m = tailMask8(c - i);
    const __m256 d = _mm256_mul_ps(_mm256_sub_ps(_mm256_maskload_ps(buffer + i, m), meanV), rstdV);
    _mm256_maskstore_ps(out + i, m,
                        _mm256_fmadd_ps(d, _mm256_maskload_ps(weight + i, m), _mm256_maskload_ps(bias + i, m)));
  }
}

}  // namespace

bool floatKernelsAvx2Compiled() { return true; }

void softmaxFloatRowsAvx2(float* data, int64_t begin, int64_t end, int64_t n) {
  for (int64_t r = begin; r < end; ++r) softmaxRow(data + r * n, n);
}

void layerNormFloatRowsAvx2(const float* in, const float* addend, float* sumOut, float* out, int64_t begin,
                            int64_t end, int64_t c, const float* weight, const float* bias, float eps,
                            float* buffer) {
  for (int64_t r = begin; r < end; ++r)
    normRow(in + r * c, addend ? addend + r * c : nullptr, sumOut ? sumOut + r * c : nullptr, out + r * c, c, weight,
            bias, eps, buffer);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool floatKernelsAvx2Compiled() { return false; }
void softmaxFloatRowsAvx2(float*, int64_t, int64_t, int64_t) {}
void layerNormFloatRowsAvx2(const float*, const float*, float*, float*, int64_t, int64_t, int64_t, const float*,
                            const float*, float, float*) {}
}  // namespace sam2::detail

#endif
