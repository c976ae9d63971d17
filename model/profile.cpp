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

}  // namespace

void setEnabled(bool on) { gEnabled.store(on, std::memory_order_relaxed); }
bool enabled() { return gEnabled.load(std::memory_order_relaxed); }

void reset() {
  std::lock_guard<std::mutex> lock(gMutex);
  counters().clear();
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
  std::lock_guard<std::mutex> lock(gMutex);
  Entry& e = counters()[name_];
  if (e.name.empty()) e.name = name_;
  e.totalMs += ms;
  ++e.calls;
}

}  // namespace sam2::profile
