#pragma once
// Process-wide CPU settings that make repeated inference faster. No LibTorch in this header.

#include <string>

namespace sam2 {

// Keeps large temporaries (attention scores, feature maps of tens of MB) in the heap instead of
// letting glibc mmap and munmap them on every call: each fresh mapping costs page faults and
// zeroing of every page, which on attention over a few thousand tokens took a third of the time.
// Safe to call more than once; a no-op outside glibc. Returns a one-line description of what was
// set (for benchmark reports).
std::string tuneCpuAllocator();

// Flushes subnormal floats to zero on the calling thread and on the threads of its ATen
// (OpenMP) pool. Soft-max over thousands of keys produces many tiny probabilities, and x86
// handles subnormals in microcode (measured: soft-max of 4096 x 28.7k scores 66 -> 53 ms).
// Values below 1e-38 do not change any mask. The setting is per thread, so the sessions call
// this on the thread that runs inference; it costs a few microseconds.
void flushDenormals();

// What the CPU offers for inference, e.g. "avx2 avx512f avx512_bf16 amx; oneDNN on".
std::string cpuFeatures();

// True when this CPU has native bfloat16 dot products (AVX-512 BF16 or AMX): only then is
// bfloat16 faster than float32 on CPU.
bool cpuHasNativeBf16();

}  // namespace sam2
