#include "model/cpu_tuning.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>

#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <dlfcn.h>
#endif

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "model/float_kernels_avx2.h"

namespace sam2 {

namespace {

std::set<std::string> cpuFlags() {
  std::set<std::string> flags;
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("flags", 0) != 0) continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::istringstream words(line.substr(colon + 1));
    std::string word;
    while (words >> word) flags.insert(word);
    break;  // every core reports the same flags
  }
  return flags;
}

// oneDNN's dnnl_cpu_isa_t values are bit masks in which each class contains the bits of the
// smaller ones (v2.x and v3.x alike): avx2 0x7, avx512_core 0x27, avx512_core_bf16 0xe7, and
// avx512_core_amx 0x3e7 (v2.x) / 0xfef (v3.x).
CpuIsa isaFromMask(unsigned mask) {
  auto has = [mask](unsigned bits) { return (mask & bits) == bits; };
  if (has(0x3e7) || has(0xfef)) return CpuIsa::Amx;
  if (has(0xe7)) return CpuIsa::Avx512CoreBf16;
  if (has(0x27)) return CpuIsa::Avx512Core;
  return CpuIsa::Avx2OrLess;
}

// The cap named in the environment, as oneDNN reads it (ONEDNN_ first, then DNNL_).
std::optional<CpuIsa> isaCapFromEnvironment() {
  const char* value = std::getenv("ONEDNN_MAX_CPU_ISA");
  if (!value || !*value) value = std::getenv("DNNL_MAX_CPU_ISA");
  if (!value || !*value) return std::nullopt;
  std::string v(value);
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::toupper(c); });
  if (v == "ALL" || v.find("AMX") != std::string::npos) return std::nullopt;
  if (v == "AVX512_CORE_BF16" || v == "AVX512_CORE_FP16" || v == "AVX10_1_512") return CpuIsa::Avx512CoreBf16;
  if (v.rfind("AVX512", 0) == 0) return CpuIsa::Avx512Core;
  return CpuIsa::Avx2OrLess;  // SSE41, AVX, AVX2, AVX2_VNNI...
}

struct IsaAnswer {
  CpuIsa isa;
  bool fromOneDnn;
};

IsaAnswer detectIsa() {
#if defined(__linux__)
  // Debian's LibTorch links oneDNN as a shared library whose C API answers exactly; PyTorch's
  // wheels link it statically and hide the symbol, and then the CPU flags and the cap decide.
  using GetIsa = int (*)();
  if (auto fn = reinterpret_cast<GetIsa>(dlsym(RTLD_DEFAULT, "dnnl_get_effective_cpu_isa")))
    return {isaFromMask(static_cast<unsigned>(fn())), true};
#endif
  const std::set<std::string> flags = cpuFlags();
  CpuIsa isa = CpuIsa::Avx2OrLess;
  if (flags.count("avx512f") && flags.count("avx512bw") && flags.count("avx512vl") && flags.count("avx512dq")) {
    isa = CpuIsa::Avx512Core;
    if (flags.count("avx512_bf16")) isa = CpuIsa::Avx512CoreBf16;
    if (flags.count("amx_bf16")) isa = CpuIsa::Amx;
  }
  if (const auto cap = isaCapFromEnvironment()) isa = std::min(isa, *cap);
  return {isa, false};
}

const IsaAnswer& isaAnswer() {
  static const IsaAnswer answer = detectIsa();
  return answer;
}

}  // namespace

CpuIsa oneDnnIsa() { return isaAnswer().isa; }

std::string oneDnnIsaName() {
  switch (oneDnnIsa()) {
    case CpuIsa::Amx: return "avx512_core_amx";
    case CpuIsa::Avx512CoreBf16: return "avx512_core_bf16";
    case CpuIsa::Avx512Core: return "avx512_core";
    case CpuIsa::Avx2OrLess: break;
  }
  return "avx2";
}

std::string oneDnnIsaSource() { return isaAnswer().fromOneDnn ? "oneDNN" : "cpuinfo + ONEDNN_MAX_CPU_ISA"; }

bool cpuCanRunBf16() { return at::hasMKLDNN() && oneDnnIsa() >= CpuIsa::Avx512Core; }

std::string cpuBf16Unavailable() {
  if (cpuCanRunBf16()) return {};
  if (!at::hasMKLDNN()) return "bfloat16 needs LibTorch with oneDNN on the CPU; use float32";
  return "bfloat16 needs a CPU with AVX-512 (oneDNN runs " + oneDnnIsaName() +
         " kernels here, where bfloat16 would be about 30 times slower than float32); use float32";
}

std::string tuneCpuAllocator() {
#if defined(__GLIBC__)
  // 1 GiB: every temporary of a SAM 2 forward pass stays below it, so none of them is mapped
  // separately; trimming only above 1 GiB of free heap keeps freed blocks for the next frame.
  constexpr int kThreshold = 1 << 30;
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_MMAP_THRESHOLD, kThreshold);
    mallopt(M_TRIM_THRESHOLD, kThreshold);
  });
  return "glibc malloc: M_MMAP_THRESHOLD and M_TRIM_THRESHOLD 1 GiB";
#else
  return "default allocator";
#endif
}

void releaseFreeHeap() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

std::string cpuFeatures() {
  const std::set<std::string> flags = cpuFlags();
  std::string out;
  for (const char* f : {"avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16"}) {
    if (!flags.count(f)) continue;
    if (!out.empty()) out += ' ';
    out += f;
  }
  if (out.empty()) out = "no AVX2";
  out += at::hasMKLDNN() ? "; oneDNN kernels " + oneDnnIsaName() : std::string("; no oneDNN");
  return out;
}

bool cpuHasAvx512Bw() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          oneDnnIsa() >= CpuIsa::Avx512Core;
  return has;
}

bool floatKernelsAvx2Available() {
  static const bool available = detail::floatKernelsAvx2Compiled() && cpuHasAvx2Fma();
  return available;
}

bool cpuHasAvx2Fma() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return has;
}

bool cpuHasAvx512Bf16() {
  static const bool has =
      cpuHasAvx512Bw() && __builtin_cpu_supports("avx512bf16") && oneDnnIsa() >= CpuIsa::Avx512CoreBf16;
  return has;
}

bool cpuHasNativeBf16() { return at::hasMKLDNN() && oneDnnIsa() >= CpuIsa::Avx512CoreBf16; }

void flushDenormals() {
  at::globalContext().setFlushDenormal(true);
  // One chunk per pool thread (grain 1), each setting its own MXCSR.
  const int64_t threads = at::get_num_threads();
  at::parallel_for(0, threads, 1, [](int64_t, int64_t) { at::globalContext().setFlushDenormal(true); });
}

}  // namespace sam2
