#include "model/add_bf16.h"

#include <ATen/Parallel.h>

#include <cstdint>
#include <string>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// add_bf16_avx512.cpp: whether it was built with AVX-512, and elements [begin, end) of
// out = x + y, out may be x (nativeRounding: rounded by AVX-512 BF16's instruction, only where
// the CPU has it).
bool addBf16Compiled();
void addBf16Range(uint16_t* out, const uint16_t* x, const uint16_t* y, int64_t begin, int64_t end,
                  bool nativeRounding);
}  // namespace detail

bool addBf16Available() {
  static const bool available = detail::addBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

namespace {

void addInto(at::Tensor& out, const at::Tensor& x, const at::Tensor& y, const char* name) {
  if (!isContiguousCpuBf16(x) || !y.defined() || !isMatchingBf16Addend(y, x))
    throw Sam2Error(std::string(name) + ": needs two contiguous bfloat16 CPU tensors of one shape");
  if (!addBf16Available()) throw Sam2Error(std::string(name) + ": this CPU has no AVX-512");
  auto* dst = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  const auto* a = reinterpret_cast<const uint16_t*>(x.data_ptr<at::BFloat16>());
  const auto* b = reinterpret_cast<const uint16_t*>(y.data_ptr<at::BFloat16>());
  const bool native = cpuHasAvx512Bf16();
  at::parallel_for(0, x.numel(), 32768,
                   [&](int64_t begin, int64_t end) { detail::addBf16Range(dst, a, b, begin, end, native); });
}

}  // namespace

at::Tensor& addBf16InPlace(at::Tensor& x, const at::Tensor& y) {
  addInto(x, x, y, "addBf16InPlace");
  return x;
}

at::Tensor addBf16(const at::Tensor& x, const at::Tensor& y) {
  at::Tensor out = at::empty_like(x, at::MemoryFormat::Contiguous);
  addInto(out, x, y, "addBf16");
  return out;
}

}  // namespace sam2
