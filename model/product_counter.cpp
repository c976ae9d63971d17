#include "model/product_counter.h"

#include <ATen/ATen.h>
#include <ATen/record_function.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>

namespace sam2::profile {

namespace {

// A convolution's own implementation (oneDNN's) is an operator call of its own inside
// aten::convolution: counted only when called directly (onednn_products.cpp does).
thread_local int tConvolutionDepth = 0;

int64_t intArg(const c10::IValue& v, int64_t fallback) { return v.isInt() ? v.toInt() : fallback; }

int64_t listArg(const c10::IValue& v, size_t i, int64_t fallback) {
  if (!v.isIntList()) return fallback;
  const auto list = v.toIntVector();
  if (list.empty()) return fallback;
  return list[std::min(i, list.size() - 1)];
}

// input [N, C, H, W], weight [O, C/g, kh, kw] (transposed: [C, O/g, kh, kw]).
Product convolution(const at::Tensor& input, const at::Tensor& weight, const c10::IValue& stride,
                    const c10::IValue& padding, const c10::IValue& dilation, bool transposed, int64_t groups) {
  Product p;
  if (input.dim() != 4 || weight.dim() != 4 || groups < 1) return p;
  const int64_t n = input.size(0), c = input.size(1), h = input.size(2), w = input.size(3);
  const int64_t kh = weight.size(2), kw = weight.size(3);
  p.batch = groups;
  if (transposed) {  // every input pixel meets the whole kernel
    p.m = n * h * w;
    p.k = c / groups;
    p.n = weight.size(1) * kh * kw;
    return p;
  }
  const int64_t ho = (h + 2 * listArg(padding, 0, 0) - listArg(dilation, 0, 1) * (kh - 1) - 1) / listArg(stride, 0, 1) + 1;
  const int64_t wo = (w + 2 * listArg(padding, 1, 0) - listArg(dilation, 1, 1) * (kw - 1) - 1) / listArg(stride, 1, 1) + 1;
  p.m = n * std::max<int64_t>(ho, 0) * std::max<int64_t>(wo, 0);
  p.n = weight.size(0) / groups;
  p.k = (c / groups) * kh * kw;
  return p;
}

Product product(const at::Tensor& a, const at::Tensor& b) {
  Product p;
  if (a.dim() == 2 && b.dim() == 2) {
    p.m = a.size(0), p.k = a.size(1), p.n = b.size(1);
  } else if (a.dim() == 3 && b.dim() == 3) {
    p.batch = a.size(0), p.m = a.size(1), p.k = a.size(2), p.n = b.size(2);
  }
  return p;
}

bool is(const char* name, const char* op) { return std::strcmp(name, op) == 0; }

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn) {
  const char* name = fn.name();
  const auto in = fn.inputs();
  const auto tensor = [&](size_t i) { return i < in.size() && in[i].isTensor() ? in[i].toTensor() : at::Tensor(); };
  Product p;
  if (is(name, "aten::convolution")) {
    // (input, weight, bias, stride, padding, dilation, transposed, output_padding, groups)
    if (tConvolutionDepth++ == 0 && in.size() >= 9 && tensor(0).defined() && tensor(1).defined())
      p = convolution(tensor(0), tensor(1), in[3], in[4], in[5], in[6].isBool() && in[6].toBool(), intArg(in[8], 1));
  } else if (is(name, "aten::mkldnn_convolution")) {
    // (self, weight, bias, padding, stride, dilation, groups)
    if (tConvolutionDepth == 0 && in.size() >= 7 && tensor(0).defined() && tensor(1).defined())
      p = convolution(tensor(0), tensor(1), in[4], in[3], in[5], false, intArg(in[6], 1));
  } else if (is(name, "aten::mm") || is(name, "aten::bmm")) {
    if (tensor(0).defined() && tensor(1).defined()) p = product(tensor(0), tensor(1));
  } else if (is(name, "aten::addmm") || is(name, "aten::baddbmm")) {
    if (tensor(1).defined() && tensor(2).defined()) p = product(tensor(1), tensor(2));
  }
  if (p.m > 0 && p.n > 0 && p.k > 0) addProduct(p);
  return nullptr;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*) {
  if (is(fn.name(), "aten::convolution")) --tConvolutionDepth;
}

double bestGflops(const Product& p, double budgetMs, const std::function<void()>& run) {
  using Clock = std::chrono::steady_clock;
  run();  // warm-up: primitive creation, first-touch of the output
  double best = 1e300, spent = 0.0;
  for (int i = 0; i < 50 && (i < 3 || spent < budgetMs); ++i) {
    const auto t0 = Clock::now();
    run();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    best = std::min(best, ms);
    spent += ms;
  }
  return best > 0 ? p.flops() / (best * 1e6) : 0.0;
}

}  // namespace

void installProductCounter() {
  static std::once_flag once;
  std::call_once(once, [] {
    at::addGlobalCallback(at::RecordFunctionCallback(&onStart, &onEnd)
                              .needsInputs(true)
                              .scopes({at::RecordScope::FUNCTION}));
  });
}

ProductPeak measureProductPeak(const Product& p, bool bfloat16, double budgetMs) {
  ProductPeak peak;
  if (p.m <= 0 || p.n <= 0 || p.k <= 0) return peak;
  c10::InferenceMode inference;
  const auto options = at::TensorOptions().dtype(bfloat16 ? at::kBFloat16 : at::kFloat);
  const at::Tensor a = at::randn({p.batch, p.m, p.k}, options);
  const at::Tensor b = at::randn({p.batch, p.k, p.n}, options);
  at::Tensor out = at::empty({p.batch, p.m, p.n}, options);
  peak.atenGflops = bestGflops(p, budgetMs, [&] { at::bmm_out(out, a, b); });
  if (at::hasMKLDNN() && p.batch == 1) {
    // [M, K] row-major as the channels-last image [1, K, M, 1]; the weight is [N, K, 1, 1].
    const at::Tensor input = a.view({1, p.m, 1, p.k}).permute({0, 3, 1, 2});
    const at::Tensor weight = b[0].t().contiguous().view({p.n, p.k, 1, 1});
    try {
      peak.oneDnnGflops = bestGflops(p, budgetMs, [&] {
        (void)at::mkldnn_convolution(input, weight, {}, {0, 0}, {1, 1}, {1, 1}, 1);
      });
    } catch (const std::exception&) {
      peak.oneDnnGflops = 0.0;  // no oneDNN kernel for this shape on this CPU (e.g. AVX2 only)
    }
  }
  peak.gflops = std::max(peak.atenGflops, peak.oneDnnGflops);
  peak.path = peak.oneDnnGflops > peak.atenGflops ? "onednn" : "aten";
  return peak;
}

}  // namespace sam2::profile
