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

// What the CPU offers for inference, e.g. "avx2 avx512f avx512_bf16 amx; oneDNN on".
std::string cpuFeatures();

// True when this CPU has native bfloat16 dot products (AVX-512 BF16 or AMX): only then is
// bfloat16 faster than float32 on CPU.
bool cpuHasNativeBf16();

}  // namespace sam2
