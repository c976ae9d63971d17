#include "model/profile.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace sam2::profile {

namespace {

std::atomic<bool> gEnabled{false};
std::mutex gMutex;
std::map<std::string, Entry>& counters() {
  static std::map<std::string, Entry> map;
  return map;
}

// The scopes open on this thread, innermost last.
thread_local std::vector<const char*> tOpen;

// Work per product shape inside each scope, for Entry::dominant.
std::map<std::string, std::map<Product, double>>& shapes() {
  static std::map<std::string, std::map<Product, double>> map;
  return map;
}

Entry& entryOf(const char* name) {
  Entry& e = counters()[name];
  if (e.name.empty()) e.name = name;
  return e;
}

}  // namespace

void addProduct(const Product& product) {
  if (tOpen.empty() || !enabled()) return;
  const double flops = product.flops();
  std::lock_guard<std::mutex> lock(gMutex);
  for (const char* name : tOpen) {
    Entry& e = entryOf(name);
    e.flops += flops;
    double& perShape = shapes()[name][product];
    perShape += flops;
    if (perShape > e.dominantFlops) {
      e.dominantFlops = perShape;
      e.dominant = product;
    }
  }
}

void Scope::open() { tOpen.push_back(name_); }

void setEnabled(bool on) { gEnabled.store(on, std::memory_order_relaxed); }
bool enabled() { return gEnabled.load(std::memory_order_relaxed); }

void reset() {
  std::lock_guard<std::mutex> lock(gMutex);
  counters().clear();
  shapes().clear();
}

std::vector<Entry> snapshot() {
  std::lock_guard<std::mutex> lock(gMutex);
  std::vector<Entry> out;
  for (const auto& [name, e] : counters()) out.push_back(e);
  return out;
}

Scope::~Scope() {
  if (!name_) return;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
  if (!tOpen.empty()) tOpen.pop_back();
  std::lock_guard<std::mutex> lock(gMutex);
  Entry& e = entryOf(name_);
  e.totalMs += ms;
  ++e.calls;
}

}  // namespace sam2::profile
