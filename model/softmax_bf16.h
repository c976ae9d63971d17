#pragma once
// Row soft-max of bfloat16 attention scores, in place, on AVX-512 (model-internal).
//
// The bfloat16 attention (attention_kernels.cpp) spends a third of its time in ATen's soft-max:
// 117 million scores per memory-attention layer of a tracked frame (4,096 queries against 7
// memory frames), 67 million per global block of the encoder, at about 2.4 billion a second on
// two cores. This kernel makes two passes over each row instead of ATen's three, keeps the
// exponentials in float32 in a row buffer (a row of 28,700 scores fits in L2), and computes them
// with AVX-512's scalef: the same float32 arithmetic up to the exponential's last bit, and the
// same rounding to bfloat16 (to nearest, ties to even). On the test rows at most 0.03 % of its
// results differ from ATen's, by one bfloat16 step (test_attention_kernels). Measured in the
// model (tiny, 1024, 2 threads, AMX): the bfloat16 encoding 1-4 % and a tracked frame 2-5 %
// faster. Since then the maximum is found 32 bfloat16 at a time as integers, and where the CPU
// has AVX-512 BF16 the final rounding is its conversion instruction: 15-20 % faster again, the
// same bits but for subnormal results (measured, 16 blocks of 256 x 28,736 scores: 27.5 to 23 ms;
// of 1,024 x 4,096: 15.5 to 12 ms; 2 threads, AMX).
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run softmaxBf16InPlace (AVX-512 F and BW; bfloat16 on the CPU needs
// AVX-512 anyway, cpu_tuning.h).
bool softmaxBf16Available();

// scores: contiguous bfloat16 CPU tensor; each row (the last dim) becomes its soft-max. Without
// allowNativeRounding the rounding is the written-out one everywhere (for the tests).
void softmaxBf16InPlace(at::Tensor& scores, bool allowNativeRounding = true);

// Whether softmaxFloatInPlace runs here: AVX-512 as above, or AVX2 and FMA (float_kernels_avx2.cpp).
bool softmaxFloatAvailable();

// The same for float32 scores (where softmaxFloatAvailable()): ATen's three passes over each row,
// with this file's exponential (relative error below 2e-7) instead of Sleef's, which was most of
// ATen's cost: the float32 attention's soft-max took about 100 ms of a tiny encoding at 1024 and
// 270 ms of a tracked frame (2 threads, AMX machine). Results are ATen's within a few float32
// steps (test_attention_kernels). Rows of fewer than 32 scores go to ATen's soft-max, which is
// faster on them.
void softmaxFloatInPlace(at::Tensor& scores);

// Row soft-max of any scores in place: the kernels above where they apply (contiguous bfloat16 or
// float32 CPU scores, on a CPU that runs them), ATen's otherwise. Returns scores.
at::Tensor& softmaxRowsInPlace(at::Tensor& scores);

}  // namespace sam2
