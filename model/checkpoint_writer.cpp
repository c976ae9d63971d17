// writeCheckpoint: the inverse of readCheckpoint, in torch.save's layout (see checkpoint.h).
#include <cstdio>
#include <filesystem>

#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include "model/checkpoint.h"
#include "model/error.h"

namespace sam2 {

namespace {

const char* storageClass(at::ScalarType type) {
  switch (type) {
    case at::kFloat: return "FloatStorage";
    case at::kDouble: return "DoubleStorage";
    case at::kHalf: return "HalfStorage";
    case at::kBFloat16: return "BFloat16Storage";
    case at::kLong: return "LongStorage";
    case at::kInt: return "IntStorage";
    case at::kShort: return "ShortStorage";
    case at::kChar: return "CharStorage";
    case at::kByte: return "ByteStorage";
    case at::kBool: return "BoolStorage";
    default: return nullptr;
  }
}

// The opcodes torch.save's pickler emits for a state dict (protocol 2, no memo needed).
class Pickler {
 public:
  Pickler() { bytes({0x80, 2}); }  // PROTO 2
  void op(char c) { out_.push_back(c); }
  void bytes(std::initializer_list<uint8_t> b) {
    for (uint8_t x : b) out_.push_back(char(x));
  }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(char(uint8_t(v >> (8 * i))));
  }
  void string(const std::string& s) {
    op('X');  // BINUNICODE
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
      out_.push_back(char(uint8_t(v)));
    } else if (v >= 0 && v < 65536) {
      op('M');
      out_.push_back(char(uint8_t(v)));
      out_.push_back(char(uint8_t(v >> 8)));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      op('J');
      u32(uint32_t(int32_t(v)));
    } else {
      bytes({0x8a, 8});  // LONG1, 8 bytes little-endian two's complement
      for (int i = 0; i < 8; ++i) out_.push_back(char(uint8_t(uint64_t(v) >> (8 * i))));
    }
  }
  void intTuple(at::IntArrayRef values) {
    op('(');
    for (int64_t v : values) integer(v);
    op('t');
  }
  void emptyOrderedDict() {
    global("collections", "OrderedDict");
    op(')');
    op('R');
  }
  void tensor(const at::Tensor& t, const std::string& key) {
    global("torch._utils", "_rebuild_tensor_v2");
    op('(');
    op('(');  // persistent id ('storage', torch.<Type>Storage, key, 'cpu', numel)
    string("storage");
    global("torch", storageClass(t.scalar_type()));
    string(key);
    string("cpu");
    integer(t.numel());
    op('t');
    op('Q');  // BINPERSID
    integer(0);
    intTuple(t.sizes());
    intTuple(t.strides());
    bytes({0x89});  // NEWFALSE: requires_grad
    emptyOrderedDict();  // backward hooks
    op('t');
    op('R');
  }
  std::string finish() {
    op('.');
    return std::move(out_);
  }

 private:
  std::string out_;
};

}  // namespace

void writeCheckpoint(const std::string& path, const TensorMap& tensors) {
  std::vector<at::Tensor> storages;  // contiguous CPU copies, one storage each
  Pickler p;
  p.op('}');  // EMPTY_DICT
  p.string("model");
  p.emptyOrderedDict();
  p.op('(');
  for (const auto& [name, tensor] : tensors) {
    if (!storageClass(tensor.scalar_type()))
      throw Sam2Error("cannot save tensor '" + name + "': unsupported dtype " + std::string(c10::toString(tensor.scalar_type())));
    at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
    const std::string key = std::to_string(storages.size());
    p.string(name);
    p.tensor(t, key);
    storages.push_back(std::move(t));
  }
  p.op('u');  // SETITEMS
  p.op('s');  // SETITEM "model"
  const std::string pickle = p.finish();

  const std::string partial = path + ".part";
  try {
    caffe2::serialize::PyTorchStreamWriter writer(partial);
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    for (size_t i = 0; i < storages.size(); ++i)
      writer.writeRecord("data/" + std::to_string(i), storages[i].data_ptr(), storages[i].nbytes());
    writer.writeEndOfFile();
  } catch (const c10::Error& e) {
    std::remove(partial.c_str());
    throw Sam2Error("cannot write checkpoint " + path + ": " + e.what_without_backtrace());
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) {
    std::remove(partial.c_str());
    throw Sam2Error("cannot write checkpoint " + path + ": " + ec.message());
  }
}

}  // namespace sam2
