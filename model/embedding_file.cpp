#include "model/embedding_file.h"

#include <ATen/ops/empty.h>

#include <cstring>
#include <string>

#include "model/error.h"

namespace sam2 {

namespace {

constexpr char kMagic[8] = {'S', 'A', 'M', '2', 'E', 'M', 'B', '1'};

struct Writer {
  std::vector<uint8_t> bytes;
  void raw(const void* p, size_t n) {
    const auto* b = static_cast<const uint8_t*>(p);
    bytes.insert(bytes.end(), b, b + n);
  }
  void i32(int32_t v) { raw(&v, sizeof v); }
  void i64(int64_t v) { raw(&v, sizeof v); }
};

struct Reader {
  const std::vector<uint8_t>& bytes;
  size_t pos = 0;
  void raw(void* p, size_t n) {
    if (n > bytes.size() - pos) throw Sam2Error("the cached embedding is truncated");
    std::memcpy(p, bytes.data() + pos, n);
    pos += n;
  }
  int32_t i32() {
    int32_t v;
    raw(&v, sizeof v);
    return v;
  }
  int64_t i64() {
    int64_t v;
    raw(&v, sizeof v);
    return v;
  }
};

}  // namespace

std::vector<uint8_t> writeEmbeddingFile(const EmbeddingFile& file) {
  Writer w;
  w.raw(kMagic, sizeof kMagic);
  w.i32(file.width);
  w.i32(file.height);
  w.i32(file.imageSize);
  w.i32(file.hidden);
  w.i32(static_cast<int32_t>(file.tensors.size()));
  for (const auto& t : file.tensors) {
    const at::Tensor cpu = t.to(at::kCPU).contiguous();
    w.i32(static_cast<int32_t>(cpu.dim()));
    for (int64_t s : cpu.sizes()) w.i64(s);
    w.i32(cpu.scalar_type() == at::kBFloat16 ? 1 : 0);
    const at::Tensor data = cpu.scalar_type() == at::kBFloat16 ? cpu : cpu.to(at::kFloat);
    w.raw(data.data_ptr(), data.nbytes());
  }
  return std::move(w.bytes);
}

EmbeddingFile readEmbeddingFile(const std::vector<uint8_t>& bytes, int32_t imageSize, int32_t hidden,
                                const std::vector<std::vector<int64_t>>& shapes) {
  Reader r{bytes};
  char magic[8];
  r.raw(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof kMagic) != 0) throw Sam2Error("this is not a cached SAM 2 embedding");
  EmbeddingFile file;
  file.width = r.i32();
  file.height = r.i32();
  file.imageSize = r.i32();
  file.hidden = r.i32();
  const int32_t count = r.i32();
  if (file.imageSize != imageSize || file.hidden != hidden)
    throw Sam2Error("the cached embedding was computed by another model (image size " +
                    std::to_string(file.imageSize) + ", width " + std::to_string(file.hidden) + ")");
  if (file.width <= 0 || file.height <= 0 || count != static_cast<int32_t>(shapes.size()))
    throw Sam2Error("the cached embedding is damaged");
  for (int32_t i = 0; i < count; ++i) {
    const int32_t rank = r.i32();
    if (rank != 4) throw Sam2Error("the cached embedding is damaged");
    std::vector<int64_t> sizes(rank);
    for (auto& s : sizes) s = r.i64();
    // Compared before anything is allocated: the sizes come from the file.
    if (sizes != shapes[i]) throw Sam2Error("the cached embedding does not fit this model");
    const int32_t code = r.i32();
    if (code != 0 && code != 1) throw Sam2Error("the cached embedding is damaged");
    at::Tensor t = at::empty(sizes, code == 1 ? at::kBFloat16 : at::kFloat);
    r.raw(t.data_ptr(), t.nbytes());
    file.tensors.push_back(t);
  }
  if (r.pos != bytes.size()) throw Sam2Error("the cached embedding has trailing bytes");
  return file;
}

}  // namespace sam2
