#include "model/add_bf16.h"

#include <ATen/Parallel.h>

#include <cstdint>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// add_bf16_avx512.cpp: whether it was built with AVX-512, and elements [begin, end) of x += y
// (nativeRounding: rounded by AVX-512 BF16's instruction, only where the CPU has it).
bool addBf16Compiled();
void addBf16Range(uint16_t* x, const uint16_t* y, int64_t begin, int64_t end, bool nativeRounding);
}  // namespace detail

bool addBf16Available() {
  static const bool available = detail::addBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

at::Tensor& addBf16InPlace(at::Tensor& x, const at::Tensor& y) {
  if (!isContiguousCpuBf16(x) || !y.defined() || !isMatchingBf16Addend(y, x))
    throw Sam2Error("addBf16InPlace: needs two contiguous bfloat16 CPU tensors of one shape");
  if (!addBf16Available()) throw Sam2Error("addBf16InPlace: this CPU has no AVX-512");
  auto* dst = reinterpret_cast<uint16_t*>(x.data_ptr<at::BFloat16>());
  const auto* src = reinterpret_cast<const uint16_t*>(y.data_ptr<at::BFloat16>());
  const bool native = cpuHasAvx512Bf16();
  at::parallel_for(0, x.numel(), 32768,
                   [&](int64_t begin, int64_t end) { detail::addBf16Range(dst, src, begin, end, native); });
  return x;
}

}  // namespace sam2
