#include "model/memory_store.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <random>
#include <system_error>
#include <vector>

#include "model/error.h"

namespace sam2 {

namespace {

size_t tensorBytes(const at::Tensor& t) { return t.defined() ? static_cast<size_t>(t.nbytes()) : 0; }

size_t outputBytes(const StoredOutput& o) {
  return tensorBytes(o.maskmemFeatures) + tensorBytes(o.predMasks) + tensorBytes(o.objPtr) +
         tensorBytes(o.objectScoreLogits);
}

// Whether the output comes from a GPU (any of its tensors is off the CPU).
bool onGpu(const StoredOutput& o) {
  for (const at::Tensor* t : {&o.maskmemFeatures, &o.predMasks, &o.objPtr, &o.objectScoreLogits})
    if (t->defined() && !t->device().is_cpu()) return true;
  return false;
}

// A contiguous copy on `device` that never aliases `t` (a caller may change its tensor in place).
// Host copies for a GPU go to page-locked memory, which the copies both ways need for DMA.
at::Tensor copyTo(const at::Tensor& t, const at::Device& device, bool pinned) {
  if (!t.defined()) return t;
  const at::Tensor src = t.detach();
  if (device.is_cpu()) {
    at::Tensor host = at::empty(src.sizes(), src.options().device(at::kCPU).pinned_memory(pinned));
    host.copy_(src);
    return host;
  }
  if (src.device() == device) return src.clone(at::MemoryFormat::Contiguous);
  return src.to(device, /*non_blocking=*/false, /*copy=*/true).contiguous();
}

StoredOutput copyTo(const StoredOutput& o, const at::Device& device, bool pinned) {
  return {copyTo(o.maskmemFeatures, device, pinned), copyTo(o.predMasks, device, pinned),
          copyTo(o.objPtr, device, pinned), copyTo(o.objectScoreLogits, device, pinned), o.iou};
}

template <typename T>
void writePod(std::ofstream& out, const T& value) {
  out.write(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T>
T readPod(std::ifstream& in) {
  T value{};
  in.read(reinterpret_cast<char*>(&value), sizeof(T));
  return value;
}

void writeTensor(std::ofstream& out, const at::Tensor& t) {
  const int8_t defined = t.defined() ? 1 : 0;
  writePod(out, defined);
  if (!defined) return;
  writePod(out, static_cast<int8_t>(t.scalar_type()));
  writePod(out, static_cast<int32_t>(t.dim()));
  for (int64_t d : t.sizes()) writePod(out, d);
  out.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(t.nbytes()));
}

// Spill files are ours, but they sit in a temporary folder for a long session: a damaged or
// replaced file must give an error, never a bad dtype or a huge allocation. Only the dtypes the
// store writes are accepted, and a tensor may not ask for more bytes than the file still holds
// (nor more than 1 GiB: one stored output is a few megabytes).
at::Tensor readTensor(std::ifstream& in, int64_t fileBytes) {
  if (readPod<int8_t>(in) == 0) return {};
  const int8_t typeByte = readPod<int8_t>(in);
  const auto type = static_cast<at::ScalarType>(typeByte);
  if (!in || (type != at::kFloat && type != at::kBFloat16 && type != at::kHalf))
    throw Sam2Error("memory store: corrupt spill file (dtype " + std::to_string(typeByte) + ")");
  const int32_t dims = readPod<int32_t>(in);
  if (!in || dims < 0 || dims > 8) throw Sam2Error("memory store: corrupt spill file");
  std::vector<int64_t> shape(static_cast<size_t>(dims));
  int64_t count = 1;
  for (auto& d : shape) {
    d = readPod<int64_t>(in);
    if (!in || d < 0 || d > (int64_t{1} << 30) || (count *= std::max<int64_t>(d, 1)) > (int64_t{1} << 30))
      throw Sam2Error("memory store: corrupt spill file");
  }
  const int64_t bytes = count * static_cast<int64_t>(c10::elementSize(type));
  const int64_t left = fileBytes - static_cast<int64_t>(in.tellg());
  if (bytes > (int64_t{1} << 30) || bytes > left)
    throw Sam2Error("memory store: corrupt spill file (a tensor of " + std::to_string(bytes) + " bytes, " +
                    std::to_string(left) + " left in the file)");
  at::Tensor t = at::empty(shape, at::TensorOptions().dtype(type));
  in.read(static_cast<char*>(t.data_ptr()), static_cast<std::streamsize>(t.nbytes()));
  if (!in) throw Sam2Error("memory store: truncated spill file");
  return t;
}

}  // namespace

MemoryStore::MemoryStore(size_t budgetBytes, std::string spillDirectory, at::Device device,
                         size_t deviceBudgetBytes)
    : budget_(budgetBytes),
      spillDirectory_(std::move(spillDirectory)),
      device_(device),
      deviceBudget_(deviceBudgetBytes) {}

void MemoryStore::setDeviceBudget(size_t bytes) {
  deviceBudget_ = bytes;
  enforceBudgets(0);  // ids start at 1: nothing is exempt
}

MemoryStore::~MemoryStore() {
  if (!folder_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
  }
}

StoredOutput MemoryStore::onDevice(const StoredOutput& o) { return copyTo(o, device_, false); }

StoredOutput MemoryStore::onHost(const StoredOutput& o) { return copyTo(o, at::kCPU, device_.is_cuda()); }

MemoryStore::Id MemoryStore::put(const StoredOutput& output) {
  const Id id = nextId_++;
  insert(id, output);
  return id;
}

void MemoryStore::insert(Id id, const StoredOutput& output) {
  Entry entry;
  const bool fromGpu = onGpu(output);
  if (deviceTier()) {
    entry.data = onDevice(output);
    if (!device_.is_cpu() && !fromGpu) ++transfers_.toDevice;
  } else {
    entry.data = onHost(output);
    if (fromGpu) ++transfers_.toHost;
  }
  entry.bytes = outputBytes(entry.data);
  Entry& stored = entries_.emplace(id, std::move(entry)).first->second;
  link(id, stored, deviceTier() ? Tier::Device : Tier::Host);
  enforceBudgets(id);
}

StoredOutput MemoryStore::get(Id id) {
  auto it = entries_.find(id);
  if (it == entries_.end()) throw Sam2Error("memory store: unknown entry");
  Entry& entry = it->second;
  if (entry.tier == Tier::Disk) {
    entry.data = load(id);
    std::error_code ec;
    std::filesystem::remove(fileOf(id), ec);
    bytesOnDisk_ -= entry.bytes;
    link(id, entry, Tier::Host);
  }
  if (entry.tier == Tier::Host && deviceTier()) {
    // Up into the device tier: the next reads of this output (the frames after it attend to
    // it for num_maskmem frames) copy nothing.
    entry.data = onDevice(entry.data);
    ++transfers_.toDevice;
    unlink(entry);
    link(id, entry, Tier::Device);
  } else {
    unlink(entry);
    link(id, entry, entry.tier);  // most recently used in its tier
  }
  StoredOutput result = entry.data;
  enforceBudgets(id);
  if (entry.tier == Tier::Host && !device_.is_cpu()) {
    ++transfers_.toDevice;
    return onDevice(result);
  }
  return result;
}

void MemoryStore::replace(Id id, const StoredOutput& output) {
  erase(id);
  insert(id, output);
}

void MemoryStore::erase(Id id) {
  auto it = entries_.find(id);
  if (it == entries_.end()) return;
  Entry& entry = it->second;
  if (entry.tier == Tier::Disk) {
    std::error_code ec;
    std::filesystem::remove(fileOf(id), ec);
    bytesOnDisk_ -= entry.bytes;
  } else {
    unlink(entry);
  }
  entries_.erase(it);
}

void MemoryStore::clear() {
  std::vector<Id> ids;
  ids.reserve(entries_.size());
  for (const auto& kv : entries_) ids.push_back(kv.first);
  for (Id id : ids) erase(id);
}

void MemoryStore::unlink(Entry& entry) {
  if (entry.tier == Tier::Device) {
    deviceLru_.erase(entry.lru);
    bytesOnDevice_ -= entry.bytes;
  } else if (entry.tier == Tier::Host) {
    hostLru_.erase(entry.lru);
    bytesInRam_ -= entry.bytes;
  }
}

void MemoryStore::link(Id id, Entry& entry, Tier tier) {
  entry.tier = tier;
  auto& lru = tier == Tier::Device ? deviceLru_ : hostLru_;
  lru.push_front(id);
  entry.lru = lru.begin();
  (tier == Tier::Device ? bytesOnDevice_ : bytesInRam_) += entry.bytes;
}

// Least recently used first: device outputs move down to the host, host outputs to disk. The
// entry being used stays where it is even over budget (an output larger than the budget).
void MemoryStore::enforceBudgets(Id keep) {
  while (bytesOnDevice_ > deviceBudget_ && !deviceLru_.empty()) {
    const Id victim = deviceLru_.back();
    Entry& entry = entries_.at(victim);
    if (victim == keep) {
      if (deviceLru_.size() == 1) break;
      unlink(entry);
      link(victim, entry, Tier::Device);
      continue;
    }
    entry.data = onHost(entry.data);
    ++transfers_.toHost;
    unlink(entry);
    link(victim, entry, Tier::Host);
  }
  while (bytesInRam_ > budget_ && !hostLru_.empty()) {
    const Id victim = hostLru_.back();
    Entry& entry = entries_.at(victim);
    if (victim == keep) {
      if (hostLru_.size() == 1) break;
      unlink(entry);
      link(victim, entry, Tier::Host);
      continue;
    }
    spill(victim, entry);
  }
}

void MemoryStore::spill(Id id, Entry& entry) {
  spillFolder();
  const auto path = fileOf(id);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw Sam2Error("memory store: cannot write " + path.string() + " (is the spill folder writable?)");
    writeTensor(out, entry.data.maskmemFeatures);
    writeTensor(out, entry.data.predMasks);
    writeTensor(out, entry.data.objPtr);
    writeTensor(out, entry.data.objectScoreLogits);
    writePod(out, entry.data.iou);
    out.flush();
    if (!out) throw Sam2Error("memory store: cannot write " + path.string() + " (disk full?)");
  }
  unlink(entry);
  bytesOnDisk_ += entry.bytes;
  entry.data = StoredOutput{};
  entry.tier = Tier::Disk;
}

StoredOutput MemoryStore::load(Id id) const {
  const auto path = fileOf(id);
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Sam2Error("memory store: spill file " + path.string() + " is missing");
  const int64_t fileBytes = static_cast<int64_t>(in.tellg());
  in.seekg(0);
  StoredOutput o;
  o.maskmemFeatures = readTensor(in, fileBytes);
  o.predMasks = readTensor(in, fileBytes);
  o.objPtr = readTensor(in, fileBytes);
  o.objectScoreLogits = readTensor(in, fileBytes);
  o.iou = readPod<float>(in);
  return o;
}

std::filesystem::path MemoryStore::fileOf(Id id) const { return folder_ / (std::to_string(id) + ".bin"); }

const std::filesystem::path& MemoryStore::spillFolder() {
  if (!folder_.empty()) return folder_;
  std::error_code ec;
  std::filesystem::path base = spillDirectory_.empty() ? std::filesystem::temp_directory_path(ec)
                                                       : std::filesystem::path(spillDirectory_);
  if (ec) throw Sam2Error("memory store: no temporary folder: " + ec.message());
  static std::atomic<uint64_t> counter{0};
  std::random_device random;
  for (int attempt = 0; attempt < 16; ++attempt) {
    auto candidate = base / ("sam2studio-spill-" + std::to_string(random()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(base, ec);
    if (std::filesystem::create_directory(candidate, ec)) {
      folder_ = candidate;
      return folder_;
    }
  }
  throw Sam2Error("memory store: cannot create a spill folder in " + base.string() +
                  (ec ? ": " + ec.message() : std::string()));
}

}  // namespace sam2
