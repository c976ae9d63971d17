// The AVX-512 part of add_bf16.h, built with AVX-512 flags (model/CMakeLists.txt); see
// softmax_bf16_avx512.cpp for why it includes no library header.
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

template <bool kNativeRounding>
void addRange(uint16_t* out, const uint16_t* x, const uint16_t* y, int64_t begin, int64_t end) {
  for (int64_t i = begin; i < end; i += 16) {
    const __mmask16 m = tailMask(end - i);
    storeBf16Rounded<kNativeRounding>(out + i, _mm512_add_ps(loadBf16(x + i, m), loadBf16(y + i, m)), m);
  }
}

}  // namespace

bool addBf16Compiled() { return true; }

void addBf16Range(uint16_t* out, const uint16_t* x, const uint16_t* y, int64_t begin, int64_t end,
                  bool nativeRounding) {
  if (nativeRounding)
    addRange<true>(out, x, y, begin, end);
  else
    addRange<false>(out, x, y, begin, end);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool addBf16Compiled() { return false; }
void addBf16Range(uint16_t*, const uint16_t*, const uint16_t*, int64_t, int64_t, bool) {}
}  // namespace sam2::detail

#endif
