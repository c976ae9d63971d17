#pragma once
// The constants of the vector exponentials e^x for x <= 0 (avx512_vector.h's expNonPositive,
// avx2_vector.h's expNonPositive8; model-internal): x = n ln2 + r with |r| <= ln2 / 2, e^r by its
// degree-6 Taylor polynomial (relative error below 2e-7 there), highest power first for Horner's
// rule, and ln 2 in two parts so that n times the high one is exact. Constants only, so the
// AVX-512 and AVX2 files can share them.
namespace sam2::detail {

inline constexpr float kLog2e = 1.44269504088896341f;
inline constexpr float kLn2High = 0.693359375f;
inline constexpr float kLn2Low = -2.12194440e-4f;
inline constexpr float kExpTaylor[7] = {1.f / 720, 1.f / 120, 1.f / 24, 1.f / 6, 0.5f, 1.f, 1.f};

}  // namespace sam2::detail
