#include "model/checkpoint.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <limits>
#include <unordered_map>

#include <ATen/Parallel.h>
#include <c10/util/Exception.h>
#include <c10/core/CPUAllocator.h>
#include <caffe2/serialize/versions.h>

#include "model/error.h"
#include "model/pickle_reader.h"
#include "model/zip_directory.h"

namespace sam2 {

namespace {

using pickle::Value;
using pickle::ValuePtr;

// Storage class in the persistent id -> element type.
std::optional<at::ScalarType> storageScalarType(const std::string& global) {
  static const std::unordered_map<std::string, at::ScalarType> types = {
      {"torch.FloatStorage", at::kFloat},   {"torch.DoubleStorage", at::kDouble},
      {"torch.HalfStorage", at::kHalf},     {"torch.BFloat16Storage", at::kBFloat16},
      {"torch.LongStorage", at::kLong},     {"torch.IntStorage", at::kInt},
      {"torch.ShortStorage", at::kShort},   {"torch.CharStorage", at::kChar},
      {"torch.ByteStorage", at::kByte},     {"torch.BoolStorage", at::kBool},
  };
  auto it = types.find(global);
  if (it == types.end()) return std::nullopt;
  return it->second;
}

// Record name without the archive's top folder ("data/0") -> zip directory entry.
using RecordDirectory = std::map<std::string, zip::Entry>;

// A checkpoint damaged in transfer must not load.
void checkCrc(const std::string& path, const std::string& record, const void* data, size_t size, uint32_t expected) {
  if (zip::crc32(data, size) != expected)
    throw Sam2Error(path + ": damaged checkpoint: record " + record +
                    " fails its CRC check (the file was corrupted, e.g. in download; get it again)");
}

bool equalsIgnoringCase(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// What PyTorch's reader checks on opening: the first record names the archive's folder, and the
// folder holds a version record (looked up without regard to case, as miniz does) with a format
// version this LibTorch reads.
RecordDirectory recordDirectory(const std::string& path, zip::RecordReader& reader) {
  const std::map<std::string, zip::Entry> entries = zip::readCentralDirectory(path);
  if (entries.empty()) throw Sam2Error(path + ": not a PyTorch checkpoint: the zip is empty");
  const auto first = std::min_element(entries.begin(), entries.end(),
                                      [](const auto& a, const auto& b) { return a.second.index < b.second.index; });
  const size_t slash = first->first.find('/');
  if (slash == std::string::npos)
    throw Sam2Error(path + ": not a PyTorch checkpoint: its records are not in a folder (" + first->first + ")");
  const std::string folder = first->first.substr(0, slash + 1);
  RecordDirectory records;
  for (const auto& [name, entry] : entries)
    if (name.size() > folder.size() && name.compare(0, folder.size(), folder) == 0)
      records[name.substr(folder.size())] = entry;

  const zip::Entry* version = nullptr;
  for (const char* wanted : {".data/version", "version"}) {
    int matches = 0;
    for (const auto& [name, entry] : records)
      if (equalsIgnoringCase(name, wanted)) version = &entry, ++matches;
    if (matches > 1) throw Sam2Error(path + ": damaged checkpoint: more than one " + wanted + " record");
    if (matches == 1) break;
  }
  if (!version) throw Sam2Error(path + ": not a PyTorch checkpoint: it has no version record");
  if (version->uncompressedSize > 64) throw Sam2Error(path + ": damaged checkpoint: the version record is too large");
  std::string text(static_cast<size_t>(version->uncompressedSize), '\0');
  reader.read(*version, text.data());
  checkCrc(path, "version", text.data(), text.size(), version->crc32);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  const bool digits = !text.empty() && text.size() <= 6 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const uint64_t number = digits ? std::stoull(text) : 0;
  if (number < caffe2::serialize::kMinSupportedFileFormatVersion ||
      number > caffe2::serialize::kMaxSupportedFileFormatVersion)
    throw Sam2Error(path + ": checkpoint format version \"" + text.substr(0, 16) + "\" is not one this build reads (" +
                    std::to_string(caffe2::serialize::kMinSupportedFileFormatVersion) + " to " +
                    std::to_string(caffe2::serialize::kMaxSupportedFileFormatVersion) + ")");
  return records;
}

// Turns the pickle's tensor reconstructions into tensors, reading each storage record once.
class TensorBuilder {
 public:
  TensorBuilder(zip::RecordReader& reader, const RecordDirectory& directory, std::string path,
                uint64_t fileSize)
      : reader_(reader), directory_(directory), path_(std::move(path)), fileSize_(fileSize) {}

  at::Tensor build(const std::string& name, const ValuePtr& v, int depth = 0) {
    if (depth > 4) fail(name, "nested too deeply");
    if (v->isCallOf("torch._utils._rebuild_parameter") || v->isCallOf("torch._utils._rebuild_parameter_with_state")) {
      if (v->items.empty()) fail(name, "parameter without a tensor");
      return build(name, v->items[0], depth + 1);
    }
    if (!v->isCallOf("torch._utils._rebuild_tensor_v2") && !v->isCallOf("torch._utils._rebuild_tensor"))
      fail(name, "is not a plain tensor (" + v->describe() + ")");
    const auto& args = v->items;
    if (args.size() < 4) fail(name, "tensor record has too few fields");
    const ValuePtr& pid = args[0];
    if (pid->kind != Value::Kind::PersistentId || pid->items.size() < 5 || !pid->items[0]->isString() ||
        pid->items[0]->text != "storage" || pid->items[1]->kind != Value::Kind::Global || !pid->items[2]->isString() ||
        !pid->items[4]->isInt())
      fail(name, "tensor storage reference is malformed");
    const std::string& storageClass = pid->items[1]->text;
    const auto type = storageScalarType(storageClass);
    if (!type) fail(name, "unsupported storage type " + storageClass);
    const std::string& key = pid->items[2]->text;
    const int64_t numel = pid->items[4]->integer;

    if (!args[1]->isInt()) fail(name, "storage offset is not an integer");
    const int64_t offset = args[1]->integer;
    const std::vector<int64_t> sizes = intTuple(name, args[2], "size");
    const std::vector<int64_t> strides = intTuple(name, args[3], "stride");
    if (sizes.size() != strides.size()) fail(name, "size and stride have different lengths");

    at::Storage storage = loadStorage(name, key, *type, numel);
    checkExtent(name, offset, sizes, strides, numel);
    return at::empty({0}, at::TensorOptions().dtype(*type)).set_(storage, offset, sizes, strides);
  }

 private:
  [[noreturn]] void fail(const std::string& name, const std::string& why) const {
    throw Sam2Error(path_ + ": damaged or unsupported checkpoint: tensor '" + name + "' " + why);
  }

  std::vector<int64_t> intTuple(const std::string& name, const ValuePtr& v, const char* what) const {
    if (v->kind != Value::Kind::Tuple) fail(name, std::string(what) + " is not a tuple");
    if (v->items.size() > 16) fail(name, std::string(what) + " has too many dimensions");
    std::vector<int64_t> out;
    for (const auto& item : v->items) {
      if (!item->isInt() || item->integer < 0) fail(name, std::string(what) + " holds a negative or non-integer value");
      out.push_back(item->integer);
    }
    return out;
  }

  // Every element the view can reach must lie inside the storage (no overflow on the way).
  void checkExtent(const std::string& name, int64_t offset, const std::vector<int64_t>& sizes,
                   const std::vector<int64_t>& strides, int64_t numel) const {
    if (offset < 0) fail(name, "has a negative storage offset");
    for (int64_t s : sizes)
      if (s == 0) return;  // empty view: nothing to reach
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max() / 2;
    // Zero strides (expanded views) reach few elements but could claim trillions: bound the
    // element count by what the file could hold as well.
    int64_t elements = 1;
    for (int64_t s : sizes) {
      if (s > kMax / elements) fail(name, "has an impossible shape");
      elements *= s;
    }
    if (uint64_t(elements) > fileSize_) fail(name, "has an impossible shape");
    int64_t last = offset;
    for (size_t d = 0; d < sizes.size(); ++d) {
      if (sizes[d] > kMax || strides[d] > kMax || (sizes[d] - 1 > 0 && strides[d] > kMax / (sizes[d] - 1)))
        fail(name, "has an impossible shape");
      last += (sizes[d] - 1) * strides[d];
      if (last > kMax) fail(name, "has an impossible shape");
    }
    if (last >= numel)
      fail(name, "reaches element " + std::to_string(last) + " of a storage of " + std::to_string(numel));
  }

  at::Storage loadStorage(const std::string& name, const std::string& key, at::ScalarType type, int64_t numel) {
    auto it = storages_.find(key);
    if (it != storages_.end()) {
      if (it->second.type != type) fail(name, "shares storage " + key + " with a tensor of another type");
      return it->second.storage;
    }
    const size_t itemSize = c10::elementSize(type);
    // Checkpoints store records uncompressed, so no storage can be larger than the file.
    if (numel < 0 || uint64_t(numel) > fileSize_ / itemSize)
      fail(name, "claims a storage of " + std::to_string(numel) + " elements, more than the file holds");
    const std::string record = "data/" + key;
    auto entry = directory_.find(record);
    if (entry == directory_.end())
      fail(name, "has no data record " + record + " (truncated?)");
    const uint64_t needed = uint64_t(numel) * itemSize;
    // Only stored records are read (RecordReader refuses others), so none is larger than the file;
    // checked before the buffer is allocated (a compressed record may claim any size).
    if (entry->second.uncompressedSize > fileSize_ || entry->second.method != 0)
      fail(name, "has a record " + record + " larger than the file, or compressed (not written by torch.save)");
    if (entry->second.uncompressedSize < needed)
      fail(name, "needs " + std::to_string(needed) + " bytes but record " + record + " has " +
                     std::to_string(entry->second.uncompressedSize));
    const size_t nbytes = static_cast<size_t>(entry->second.uncompressedSize);
    // Read straight into a buffer of the CPU allocator (aligned), which the storage adopts: the
    // bytes are copied once, from the file, and never again on CPU.
    at::DataPtr data = c10::GetCPUAllocator()->allocate(nbytes);
    reader_.read(entry->second, data.get());
    pendingCrcs_.push_back({record, data.get(), nbytes, entry->second.crc32});
    at::Storage storage(c10::Storage::use_byte_size_t(), nbytes, std::move(data), nullptr, false);
    storages_.emplace(key, Entry{storage, type});
    return storage;
  }

  struct PendingCrc {
    std::string record;
    const void* data;
    size_t size;
    uint32_t expected;
  };

 public:
  // Verifies the CRC of every storage read, in parallel (a 900 MB checkpoint: ~0.5 s on one core).
  void verifyCrcs() const {
    std::vector<char> bad(pendingCrcs_.size(), 0);
    at::parallel_for(0, int64_t(pendingCrcs_.size()), 1, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) {
        const PendingCrc& c = pendingCrcs_[size_t(i)];
        bad[size_t(i)] = zip::crc32(c.data, c.size) != c.expected;
      }
    });
    for (size_t i = 0; i < bad.size(); ++i)
      if (bad[i]) checkCrc(path_, pendingCrcs_[i].record, pendingCrcs_[i].data, pendingCrcs_[i].size, pendingCrcs_[i].expected);
  }

 private:
  struct Entry {
    at::Storage storage;
    at::ScalarType type;
  };
  zip::RecordReader& reader_;
  const RecordDirectory& directory_;
  std::string path_;
  uint64_t fileSize_;
  std::unordered_map<std::string, Entry> storages_;  // keeps every storage (and pending CRC data) alive
  std::vector<PendingCrc> pendingCrcs_;
};

bool looksLikeTensor(const ValuePtr& v) {
  return v && (v->isCallOf("torch._utils._rebuild_tensor_v2") || v->isCallOf("torch._utils._rebuild_tensor") ||
               v->isCallOf("torch._utils._rebuild_parameter") ||
               v->isCallOf("torch._utils._rebuild_parameter_with_state"));
}

bool holdsTensors(const ValuePtr& dict) {
  if (!dict || dict->kind != Value::Kind::Dict) return false;
  for (const auto& [k, v] : dict->entries)
    if (looksLikeTensor(v)) return true;
  return false;
}

std::string topLevelKeys(const ValuePtr& dict) {
  std::string keys;
  size_t n = 0;
  for (const auto& [k, v] : dict->entries) {
    if (n++ == 8) {
      keys += ", ...";
      break;
    }
    if (!keys.empty()) keys += ", ";
    keys += k->isString() ? "'" + k->text + "'" : k->describe();
  }
  return keys.empty() ? "none" : keys;
}

// The state dict inside the checkpoint: under "model" (official), "state_dict", or top level.
ValuePtr findStateDict(const ValuePtr& root, const std::string& path) {
  if (!root || root->kind != Value::Kind::Dict)
    throw Sam2Error(path + ": not a SAM 2 checkpoint: the file holds " + (root ? root->describe() : "nothing") +
                    ", not a dict of tensors");
  for (const char* key : {"model", "state_dict"}) {
    ValuePtr inner = root->get(key);
    if (holdsTensors(inner)) return inner;
    if (inner && inner->kind == Value::Kind::Call)
      throw Sam2Error(path + ": '" + key + "' holds a pickled Python object (" + inner->describe() +
                      "), not a state dict: save model.state_dict() instead");
  }
  if (holdsTensors(root)) return root;
  throw Sam2Error(path + ": not a SAM 2 checkpoint: no state dict of tensors under 'model' or at the top level (keys: " +
                  topLevelKeys(root) + ")");
}

// Gives a clearer reason than the zip reader for files that are obviously something else.
void precheckFile(const std::string& path, uint64_t& fileSize) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) throw Sam2Error("checkpoint not found: " + path);
  if (fs::is_directory(st)) throw Sam2Error("checkpoint path is a directory, not a .pt file: " + path);
  fileSize = fs::file_size(path, ec);
  if (ec) throw Sam2Error("cannot read checkpoint " + path + ": " + ec.message());
  if (fileSize == 0) throw Sam2Error(path + ": not a PyTorch checkpoint: the file is empty");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Sam2Error("cannot open checkpoint " + path);
  unsigned char magic[4] = {0, 0, 0, 0};
  in.read(reinterpret_cast<char*>(magic), 4);
  if (magic[0] == 0x80 && magic[1] >= 2 && magic[1] <= 5)
    throw Sam2Error(path + ": legacy (non-zip) PyTorch file; re-save it with torch.save from PyTorch >= 1.6");
  if (!(magic[0] == 'P' && magic[1] == 'K'))
    throw Sam2Error(path + ": not a PyTorch checkpoint (zip): the file does not start with a zip header");
}

}  // namespace

TensorMap readCheckpoint(const std::string& path, const at::Device& device) {
  uint64_t fileSize = 0;
  precheckFile(path, fileSize);

  zip::RecordReader reader(path);
  const RecordDirectory directory = recordDirectory(path, reader);
  const auto readSmallRecord = [&](const std::string& name, const zip::Entry& entry) {
    if (entry.uncompressedSize > fileSize) throw Sam2Error(path + ": damaged checkpoint: record " + name + " is larger than the file");
    std::vector<uint8_t> bytes(static_cast<size_t>(entry.uncompressedSize));
    reader.read(entry, bytes.data());
    checkCrc(path, name, bytes.data(), bytes.size(), entry.crc32);
    return bytes;
  };

  try {
    const auto pklEntry = directory.find("data.pkl");
    if (pklEntry == directory.end()) {
      const bool torchScript = directory.count("constants.pkl") ||
                               std::any_of(directory.begin(), directory.end(),
                                           [](const auto& r) { return r.first.rfind("code/", 0) == 0; });
      throw Sam2Error(path + ": a zip without data.pkl: not a torch.save checkpoint" +
                      std::string(torchScript ? " (it looks like a TorchScript model)" : ""));
    }
    if (const auto bo = directory.find("byteorder"); bo != directory.end()) {
      const std::vector<uint8_t> bytes = readSmallRecord("byteorder", bo->second);
      const std::string order(bytes.begin(), bytes.end());
      if (order.rfind("big", 0) == 0) throw Sam2Error(path + ": big-endian checkpoints are not supported");
    }
    const std::vector<uint8_t> pkl = readSmallRecord("data.pkl", pklEntry->second);
    const ValuePtr root = pickle::parsePickle(pkl.data(), pkl.size(), path + " (data.pkl)");
    const ValuePtr stateDict = findStateDict(root, path);

    TensorBuilder builder(reader, directory, path, fileSize);
    TensorMap tensors;
    for (const auto& [k, v] : stateDict->entries) {
      if (!k->isString()) throw Sam2Error(path + ": state dict key is not a string (" + k->describe() + ")");
      at::Tensor t = builder.build(k->text, v);
      if (device != t.device()) t = t.to(device);
      if (!tensors.emplace(k->text, std::move(t)).second)
        throw Sam2Error(path + ": tensor '" + k->text + "' appears twice");
    }
    builder.verifyCrcs();
    return tensors;
  } catch (const c10::Error& e) {
    throw Sam2Error(path + ": damaged checkpoint: " + e.what_without_backtrace());
  } catch (const std::bad_alloc&) {
    throw Sam2Error(path + ": damaged checkpoint or not enough memory to read it");
  }
}

std::map<std::string, std::vector<int64_t>> tensorShapes(const TensorMap& tensors) {
  std::map<std::string, std::vector<int64_t>> shapes;
  for (const auto& [name, t] : tensors) shapes.emplace(name, t.sizes().vec());
  return shapes;
}

Sam2Config detectConfig(const TensorMap& tensors) { return detectConfig(tensorShapes(tensors)); }

}  // namespace sam2
