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

// Gives the pages inside free heap blocks back to the system (glibc's malloc_trim; a no-op
// elsewhere). With tuneCpuAllocator's trim threshold freed blocks otherwise stay resident for
// good, and over a long propagation the holes that long-lived records (the memory store's
// entries, the session's per-frame lists) leave between a frame's tensors add up: in
// test_long_video RSS above the live heap grew 14 MB over 9,000 frames, 5 MB with this call
// every 256 frames (video_tracker.cpp). The holes stay mapped; the next frame faults back the
// pages it reuses.
void releaseFreeHeap();

// Flushes subnormal floats to zero on the calling thread and on the threads of its ATen
// (OpenMP) pool. Soft-max over thousands of keys produces many tiny probabilities, and x86
// handles subnormals in microcode (measured: soft-max of 4096 x 28.7k scores 66 -> 53 ms).
// Values below 1e-38 do not change any mask. The setting is per thread, so the sessions call
// this on the thread that runs inference; it costs a few microseconds.
void flushDenormals();

// What the CPU offers for inference, e.g. "avx2 avx512f avx512_bf16 amx; oneDNN on".
std::string cpuFeatures();

// The instruction-set class oneDNN runs its kernels with in this process: the CPU's best, lowered
// by ONEDNN_MAX_CPU_ISA (or DNNL_MAX_CPU_ISA), which makes an AVX-512 machine behave like a
// smaller one. ATen's own checks read the CPU and ignore that cap, so model/ asks this instead.
enum class CpuIsa { Avx2OrLess, Avx512Core, Avx512CoreBf16, Amx };
CpuIsa oneDnnIsa();
// "avx2", "avx512_core", "avx512_core_bf16" or "avx512_core_amx", and how it was found
// ("oneDNN" when oneDNN answered, else "cpuinfo + ONEDNN_MAX_CPU_ISA").
std::string oneDnnIsaName();
std::string oneDnnIsaSource();

// True when oneDNN runs bfloat16 dot products natively here (AVX-512 BF16 or AMX): only then is
// bfloat16 clearly faster than float32 on CPU.
bool cpuHasNativeBf16();

// Whether bfloat16 inference can run on this CPU at all. It needs oneDNN's AVX-512 kernels (with
// AVX-512 but no BF16 they emulate the dot products and stay correct). Below AVX-512, LibTorch
// 1.13 has no fast bfloat16 product (measured: 5.1 GFLOP/s against 152 in float32 for
// 4096x256x256 on two cores), and with the ISA capped it even throws inside oneDNN; bfloat16 is
// then refused with cpuBf16Unavailable()'s reason.
bool cpuCanRunBf16();
// Empty when cpuCanRunBf16(); else why not, in one English sentence.
std::string cpuBf16Unavailable();

// Whether the AVX-512 kernels of model/ run (softmax_bf16.h, layer_norm_bf16.h, gelu_bf16.h,
// add_bf16.h, small_linear.h, mask_paste.h): the CPU has AVX-512 F and BW, and oneDnnIsa() is
// not held below AVX-512. Some of them serve float32 as well, so a run capped at AVX2 takes the
// portable paths a laptop takes, for our kernels as for oneDNN's.
bool cpuHasAvx512Bw();

// Whether the CPU has AVX2 and FMA: the float32 soft-max and layer norm then run on their AVX2
// kernels where the AVX-512 ones do not (float_kernels_avx2.cpp; most laptops).
bool cpuHasAvx2Fma();

// Whether the CPU has AVX-512 BF16's instructions and oneDnnIsa() allows them (as
// cpuHasAvx512Bw): the bfloat16 kernels round to bfloat16 with its conversion instruction there
// (avx512_vector.h).
bool cpuHasAvx512Bf16();

}  // namespace sam2
