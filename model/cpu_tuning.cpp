#include "model/cpu_tuning.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>

#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

}  // namespace

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

std::string cpuFeatures() {
  const std::set<std::string> flags = cpuFlags();
  std::string out;
  for (const char* f : {"avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16"}) {
    if (!flags.count(f)) continue;
    if (!out.empty()) out += ' ';
    out += f;
  }
  if (out.empty()) out = "no AVX2";
  out += at::hasMKLDNN() ? "; oneDNN available" : "; no oneDNN";
  return out;
}

bool cpuHasNativeBf16() {
  const std::set<std::string> flags = cpuFlags();
  return flags.count("avx512_bf16") > 0 || flags.count("amx_bf16") > 0;
}

void flushDenormals() {
  at::globalContext().setFlushDenormal(true);
  // One chunk per pool thread (grain 1), each setting its own MXCSR.
  const int64_t threads = at::get_num_threads();
  at::parallel_for(0, threads, 1, [](int64_t, int64_t) { at::globalContext().setFlushDenormal(true); });
}

}  // namespace sam2
