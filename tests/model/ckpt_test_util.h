#pragma once
// Helpers for the checkpoint tests: a scratch directory and a writer of small checkpoints in
// torch.save's format (zip records + a protocol-2 pickle written opcode by opcode), so tests can
// produce valid, odd and hostile files without Python.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <caffe2/serialize/inline_container.h>
#include <unistd.h>

namespace ckpt_test {

// A directory removed when the object dies.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("sam2_" + tag + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
}

// Emits pickle opcodes (protocol 2, as torch.save writes them).
class PickleWriter {
 public:
  PickleWriter() {
    op(0x80);
    op(2);  // PROTO 2
  }
  void op(uint8_t c) { out_.push_back(char(c)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) op(uint8_t(v >> (8 * i)));
  }
  void str(const std::string& s) {
    op('X');
    u32(uint32_t(s.size()));
    out_ += s;
  }
  void global(const std::string& module, const std::string& name) {
    op('c');
    out_ += module + "\n" + name + "\n";
  }
  void integer(int64_t v) {
    if (v >= 0 && v < 256) {
      op('K');
      op(uint8_t(v));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      op('J');
      u32(uint32_t(int32_t(v)));
    } else {
      op(0x8a);
      op(8);
      for (int i = 0; i < 8; ++i) op(uint8_t(uint64_t(v) >> (8 * i)));
    }
  }
  void mark() { op('('); }
  void tuple() { op('t'); }
  void emptyDict() { op('}'); }
  void setItems() { op('u'); }
  void setItem() { op('s'); }
  void put(uint8_t memo) {
    op('q');
    op(memo);
  }
  void get(uint8_t memo) {
    op('h');
    op(memo);
  }
  void orderedDict() {
    global("collections", "OrderedDict");
    op(')');
    op('R');
  }
  // torch._utils._rebuild_tensor_v2(storage pid, offset, size, stride, False, OrderedDict())
  void tensor(const std::string& storageClass, const std::string& key, const std::string& location, int64_t numel,
              int64_t offset, const std::vector<int64_t>& sizes, const std::vector<int64_t>& strides) {
    global("torch._utils", "_rebuild_tensor_v2");
    mark();
    mark();
    str("storage");
    global("torch", storageClass);
    str(key);
    str(location);
    integer(numel);
    tuple();
    op('Q');  // BINPERSID
    integer(offset);
    mark();
    for (int64_t s : sizes) integer(s);
    tuple();
    mark();
    for (int64_t s : strides) integer(s);
    tuple();
    op(0x89);  // NEWFALSE (requires_grad)
    orderedDict();
    tuple();
    op('R');
  }
  std::string finish() {
    op('.');
    return out_;
  }

 private:
  std::string out_;
};

// Writes a zip checkpoint: data.pkl plus data/<key> records (as torch.save lays them out).
inline void writeCheckpoint(const std::string& path, const std::string& pickle,
                            const std::vector<std::pair<std::string, std::string>>& records) {
  caffe2::serialize::PyTorchStreamWriter writer(path);
  writer.writeRecord("data.pkl", pickle.data(), pickle.size());
  for (const auto& [name, bytes] : records) writer.writeRecord(name, bytes.data(), bytes.size());
  writer.writeEndOfFile();
}

template <class T>
std::string bytesOf(const std::vector<T>& values) {
  return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

}  // namespace ckpt_test
