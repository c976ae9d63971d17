// The AVX-512 part of softmax_bf16.h, built with AVX-512 flags (model/CMakeLists.txt). It
// includes no LibTorch or C++ library header beyond <cstdint>'s typedefs: an inline function
// compiled here with AVX-512 instructions could otherwise be the copy the linker keeps for every
// caller, and fault on CPUs without AVX-512 (avx512_vector.h keeps its helpers file-local).
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

// The largest bfloat16 of a row, compared as integers 32 lanes at a time: flipping the magnitude
// bits of negative values makes the int16 order that of the values (-0 just below +0; rows hold
// no NaN). -inf for an empty row.
float rowMax(const uint16_t* row, int64_t n) {
  __m512i best = _mm512_set1_epi16(static_cast<int16_t>(0x807f));  // -inf, flipped
  for (int64_t i = 0; i < n; i += 32) {
    const __mmask32 m = n - i >= 32 ? ~__mmask32{0} : static_cast<__mmask32>((uint64_t{1} << (n - i)) - 1u);
    __m512i v = _mm512_maskz_loadu_epi16(m, row + i);
    v = _mm512_xor_si512(v, _mm512_and_si512(_mm512_srai_epi16(v, 15), _mm512_set1_epi16(0x7fff)));
    best = _mm512_mask_max_epi16(best, m, best, v);
  }
  alignas(64) int16_t lanes[32];
  _mm512_store_si512(lanes, best);
  int16_t top = lanes[0];
  for (int k = 1; k < 32; ++k) top = lanes[k] > top ? lanes[k] : top;
  auto bits = static_cast<uint32_t>(static_cast<uint16_t>(top));
  if (bits & 0x8000u) bits ^= 0x7fffu;  // flip back
  bits <<= 16;
  float value;
  __builtin_memcpy(&value, &bits, sizeof value);
  return value;
}

// Rows with the float32 -> bfloat16 rounding written out, or, where the CPU has AVX-512 BF16,
// by its own conversion instruction (storeBf16Rounded): they differ only on subnormal results,
// exponentials below 1.2e-38.
template <bool kNativeRounding>
void softmaxRow(uint16_t* row, int64_t n, float* buffer) {
  // Pass 1: the maximum.
  const __m512 maxAll = _mm512_set1_ps(rowMax(row, n));
  // Pass 2: the exponentials, kept in float32, and their sum.
  __m512 sumV = _mm512_setzero_ps();
  for (int64_t i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    const __m512 e = expNonPositive(_mm512_sub_ps(loadBf16(row + i, m), maxAll));
    _mm512_mask_storeu_ps(buffer + i, m, e);
    sumV = _mm512_mask_add_ps(sumV, m, sumV, e);
  }
  const __m512 scale = _mm512_set1_ps(1.f / _mm512_reduce_add_ps(sumV));
  for (int64_t i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    storeBf16Rounded<kNativeRounding>(row + i, _mm512_mul_ps(_mm512_maskz_loadu_ps(m, buffer + i), scale), m);
  }
}

// A float32 row in place, in ATen's three passes (maximum; the exponentials written over the
// scores and summed; the scaling by one over the sum), with expNonPositive instead of Sleef's
// exponential. The row stays in L1 or L2 between passes, so the exponential is the cost.
void softmaxFloatRow(float* row, int64_t n) {
  const __m512 maxAll = _mm512_set1_ps(rowMaxFloat(row, n));
  __m512 sum0 = _mm512_setzero_ps(), sum1 = sum0;
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m512 e0 = expNonPositive(_mm512_sub_ps(_mm512_loadu_ps(row + i), maxAll));
    const __m512 e1 = expNonPositive(_mm512_sub_ps(_mm512_loadu_ps(row + i + 16), maxAll));
    _mm512_storeu_ps(row + i, e0);
    _mm512_storeu_ps(row + i + 16, e1);
    sum0 = _mm512_add_ps(sum0, e0);
    sum1 = _mm512_add_ps(sum1, e1);
  }
  for (; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    const __m512 e = expNonPositive(_mm512_sub_ps(_mm512_maskz_loadu_ps(m, row + i), maxAll));
    _mm512_mask_storeu_ps(row + i, m, e);
    sum0 = _mm512_mask_add_ps(sum0, m, sum0, e);
  }
  const __m512 scale = _mm512_set1_ps(1.f / _mm512_reduce_add_ps(_mm512_add_ps(sum0, sum1)));
  for (i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    _mm512_mask_storeu_ps(row + i, m, _mm512_mul_ps(_mm512_maskz_loadu_ps(m, row + i), scale));
  }
}

}  // namespace

bool softmaxBf16Compiled() { return true; }

void softmaxFloatRows(float* data, int64_t begin, int64_t end, int64_t n) {
  for (int64_t r = begin; r < end; ++r) softmaxFloatRow(data + r * n, n);
}

void softmaxBf16Rows(uint16_t* data, int64_t begin, int64_t end, int64_t n, float* buffer, bool nativeRounding) {
  for (int64_t r = begin; r < end; ++r) {
    if (nativeRounding)
      softmaxRow<true>(data + r * n, n, buffer);
    else
      softmaxRow<false>(data + r * n, n, buffer);
  }
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool softmaxBf16Compiled() { return false; }
void softmaxBf16Rows(uint16_t*, int64_t, int64_t, int64_t, float*, bool) {}
void softmaxFloatRows(float*, int64_t, int64_t, int64_t) {}
}  // namespace sam2::detail

#endif
