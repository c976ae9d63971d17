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

at::Tensor cpuCopy(const at::Tensor& t) {
  if (!t.defined()) return t;
  // clone() so that the store never aliases a caller's tensor (which may be modified in place).
  return t.detach().to(at::kCPU).contiguous().clone();
}

StoredOutput cpuCopy(const StoredOutput& o) {
  return {cpuCopy(o.maskmemFeatures), cpuCopy(o.predMasks), cpuCopy(o.objPtr), cpuCopy(o.objectScoreLogits), o.iou};
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

MemoryStore::MemoryStore(size_t budgetBytes, std::string spillDirectory)
    : budget_(budgetBytes), spillDirectory_(std::move(spillDirectory)) {}

MemoryStore::~MemoryStore() {
  if (!folder_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
  }
}

MemoryStore::Id MemoryStore::put(const StoredOutput& output) {
  const Id id = nextId_++;
  Entry entry;
  entry.data = cpuCopy(output);
  entry.bytes = outputBytes(entry.data);
  lru_.push_front(id);
  entry.lru = lru_.begin();
  bytesInRam_ += entry.bytes;
  entries_.emplace(id, std::move(entry));
  enforceBudget(id);
  return id;
}

StoredOutput MemoryStore::get(Id id) {
  auto it = entries_.find(id);
  if (it == entries_.end()) throw Sam2Error("memory store: unknown entry");
  Entry& entry = it->second;
  if (entry.spilled) {
    entry.data = load(id);
    std::error_code ec;
    std::filesystem::remove(fileOf(id), ec);
    bytesOnDisk_ -= entry.bytes;
    entry.spilled = false;
    lru_.push_front(id);
    entry.lru = lru_.begin();
    bytesInRam_ += entry.bytes;
    StoredOutput result = entry.data;
    enforceBudget(id);
    return result;
  }
  touch(entry, id);
  return entry.data;
}

void MemoryStore::replace(Id id, const StoredOutput& output) {
  erase(id);
  Entry entry;
  entry.data = cpuCopy(output);
  entry.bytes = outputBytes(entry.data);
  lru_.push_front(id);
  entry.lru = lru_.begin();
  bytesInRam_ += entry.bytes;
  entries_.emplace(id, std::move(entry));
  enforceBudget(id);
}

void MemoryStore::erase(Id id) {
  auto it = entries_.find(id);
  if (it == entries_.end()) return;
  Entry& entry = it->second;
  if (entry.spilled) {
    std::error_code ec;
    std::filesystem::remove(fileOf(id), ec);
    bytesOnDisk_ -= entry.bytes;
  } else {
    lru_.erase(entry.lru);
    bytesInRam_ -= entry.bytes;
  }
  entries_.erase(it);
}

void MemoryStore::clear() {
  std::vector<Id> ids;
  ids.reserve(entries_.size());
  for (const auto& kv : entries_) ids.push_back(kv.first);
  for (Id id : ids) erase(id);
}

void MemoryStore::touch(Entry& entry, Id id) {
  lru_.erase(entry.lru);
  lru_.push_front(id);
  entry.lru = lru_.begin();
}

void MemoryStore::enforceBudget(Id keep) {
  while (bytesInRam_ > budget_ && !lru_.empty()) {
    const Id victim = lru_.back();
    if (victim == keep) {
      if (lru_.size() == 1) break;  // the entry being used stays in RAM even when over budget
      lru_.pop_back();
      lru_.push_front(victim);
      entries_.at(victim).lru = lru_.begin();
      continue;
    }
    spill(victim, entries_.at(victim));
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
  lru_.erase(entry.lru);
  bytesInRam_ -= entry.bytes;
  bytesOnDisk_ += entry.bytes;
  entry.data = StoredOutput{};
  entry.spilled = true;
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
