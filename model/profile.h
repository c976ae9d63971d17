#pragma once
// A tiny opt-in profiler for the model's stages (no LibTorch in this header).
//
// `SAM2_PROFILE_SCOPE("memory_attention.cross")` adds the wall time of the enclosing scope to a
// named counter while profiling is on; off (the default) it costs one relaxed atomic load. The
// bench turns it on with --profile and prints the totals, so "where does a propagated frame go"
// is answered from the same run as the figures. Times are inclusive (a scope inside another
// counts in both) and host wall time: on CUDA they include only what the host waited for.
#include <atomic>
#include <chrono>
#include <compare>
#include <string>
#include <vector>

namespace sam2::profile {

// One matrix product, batch x [m, k] by [k, n]; a convolution counts as the product it amounts to
// (product_counter.h).
struct Product {
  long long batch = 1, m = 0, n = 0, k = 0;
  double flops() const { return 2.0 * double(batch) * double(m) * double(n) * double(k); }
  auto operator<=>(const Product&) const = default;
};

struct Entry {
  std::string name;
  double totalMs = 0.0;
  long long calls = 0;
  // Floating-point work of the matrix products run inside the scope (counted only while
  // product_counter.h's counter is installed), and the product shape that did most of it.
  double flops = 0.0;
  Product dominant;
  double dominantFlops = 0.0;
};

// Adds one product's work to every scope open on the calling thread.
void addProduct(const Product& product);

void setEnabled(bool on);
bool enabled();
void reset();
// Counters sorted by name (so nested names read as a tree).
std::vector<Entry> snapshot();

class Scope {
 public:
  explicit Scope(const char* name) : name_(enabled() ? name : nullptr) {
    if (name_) {
      open();
      start_ = std::chrono::steady_clock::now();
    }
  }
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  void open();  // onto this thread's stack of open scopes (the products' attribution)
  const char* name_;
  std::chrono::steady_clock::time_point start_{};
};

}  // namespace sam2::profile

#define SAM2_PROFILE_CONCAT_(a, b) a##b
#define SAM2_PROFILE_CONCAT(a, b) SAM2_PROFILE_CONCAT_(a, b)
#define SAM2_PROFILE_SCOPE(name) ::sam2::profile::Scope SAM2_PROFILE_CONCAT(sam2ProfileScope_, __LINE__)(name)
