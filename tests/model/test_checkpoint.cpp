// Checkpoint reading: the golden mini checkpoint, hand-written checkpoints exercising the pickle
// and storage features torch.save uses, damaged and hostile files (each a Sam2Error with a
// helpful message, never a crash), and strict state-dict loading.
#include <cmath>
#include <filesystem>
#include <random>

#include <ATen/ATen.h>
#include <c10/util/Half.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>

#include "ckpt_test_util.h"
#include "model/checkpoint.h"
#include "model/config.h"
#include "model/error.h"
#include "model/pickle_reader.h"
#include "model/sam2_base.h"
#include "model/state_dict.h"
// Last: LibTorch headers define a CHECK macro of their own, replaced here.
#undef CHECK
#include "model/check.h"

using namespace ckpt_test;

namespace {

const std::string kMini = std::string(SAM2_TEST_DATA_DIR) + "/sam2_mini/sam2_mini.pt";

// The Sam2Error message of `fn`, or "" (and a failed check) when it does not throw one.
template <class Fn>
std::string errorOf(Fn fn, const char* what) {
  try {
    fn();
  } catch (const sam2::Sam2Error& e) {
    return e.what();
  } catch (const std::exception& e) {
    check::fail(__FILE__, __LINE__, std::string(what) + ": wrong exception type: " + e.what());
    return "";
  }
  check::fail(__FILE__, __LINE__, std::string(what) + ": did not throw");
  return "";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

double l2norm(const at::Tensor& t) { return t.to(at::kDouble).pow(2).sum().sqrt().item<double>(); }

std::string checkpointReadError(const std::string& path, const char* what) {
  return errorOf([&] { sam2::readCheckpoint(path); }, what);
}

}  // namespace

TEST_CASE("mini checkpoint: tensor names, shapes, dtypes and count") {
  const sam2::TensorMap t = sam2::readCheckpoint(kMini);
  CHECK_MSG(t.size() == 371, std::to_string(t.size()));
  int64_t elements = 0;
  for (const auto& [name, tensor] : t) {
    CHECK_MSG(tensor.scalar_type() == at::kFloat, name);
    CHECK_MSG(tensor.device().is_cpu(), name);
    elements += tensor.numel();
  }
  // GOLDEN_FORMAT.md: 2,371,906 parameters, plus the prompt encoder's [2, 32] random-Fourier buffer.
  CHECK_MSG(elements == 2371906 + 64, std::to_string(elements));
  const std::vector<std::pair<std::string, std::vector<int64_t>>> known = {
      {"maskmem_tpos_enc", {7, 1, 1, 32}},
      {"no_mem_embed", {1, 1, 64}},
      {"no_obj_embed_spatial", {1, 32}},
      {"image_encoder.trunk.patch_embed.proj.weight", {24, 3, 7, 7}},
      {"image_encoder.trunk.pos_embed", {1, 24, 7, 7}},
      {"sam_prompt_encoder.pe_layer.positional_encoding_gaussian_matrix", {2, 32}},
      {"obj_ptr_tpos_proj.weight", {32, 64}},
      {"obj_ptr_proj.layers.2.bias", {64}},
  };
  for (const auto& [name, shape] : known) {
    auto it = t.find(name);
    CHECK_MSG(it != t.end(), name);
    if (it != t.end()) CHECK_MSG(it->second.sizes().vec() == shape, name);
  }
}

TEST_CASE("mini checkpoint: values finite, norms as in the file") {
  const sam2::TensorMap t = sam2::readCheckpoint(kMini);
  double sumSquares = 0;
  for (const auto& [name, tensor] : t) {
    CHECK_MSG(at::isfinite(tensor).all().item<bool>(), name);
    sumSquares += tensor.to(at::kDouble).pow(2).sum().item<double>();
  }
  // Reference values computed from the raw zip records with an independent reader.
  CHECK_MSG(std::abs(sumSquares - 28252.786944720916) < 1e-6 * 28252.8, std::to_string(sumSquares));
  CHECK(std::abs(l2norm(t.at("maskmem_tpos_enc")) - 7.2715475786814725) < 1e-5);
  CHECK(std::abs(l2norm(t.at("image_encoder.trunk.patch_embed.proj.weight")) - 4.857362329359416) < 1e-5);
  CHECK(std::abs(l2norm(t.at("obj_ptr_tpos_proj.weight")) - 5.680884738883013) < 1e-5);
  const at::Tensor g = t.at("sam_prompt_encoder.pe_layer.positional_encoding_gaussian_matrix");
  CHECK(std::abs(g[0][0].item<float>() - 0.8243052959442139f) < 1e-7);
  CHECK(std::abs(g[0][1].item<float>() - 1.312673568725586f) < 1e-7);
}

TEST_CASE("written checkpoint: top-level state dict, half storage from cuda:0, offsets, strides, shared storage") {
  TempDir dir("ckpt");
  // Storage "0": 12 floats shared by a [3, 2] view at offset 2 with strides (1, 3) (a transposed
  // slice) and a contiguous [4] view at offset 8. Storage "1": 3 halves saved from a GPU.
  std::vector<float> floats(12);
  for (int i = 0; i < 12; ++i) floats[size_t(i)] = float(i);
  std::vector<c10::Half> halves = {c10::Half(0.5f), c10::Half(-1.25f), c10::Half(3.0f)};
  std::vector<int64_t> longs = {7, -9000000000LL};

  PickleWriter p;
  p.emptyDict();
  p.mark();
  p.str("a.transposed");
  p.tensor("FloatStorage", "0", "cpu", 12, 2, {3, 2}, {1, 3});
  p.str("a.tail");
  p.tensor("FloatStorage", "0", "cpu", 12, 8, {4}, {1});
  p.str("b.half");
  p.tensor("HalfStorage", "1", "cuda:0", 3, 0, {3}, {1});
  p.str("c.long");
  p.tensor("LongStorage", "2", "cuda:1", 2, 0, {2}, {1});
  p.str("d.scalar");
  p.tensor("FloatStorage", "0", "cpu", 12, 5, {}, {});
  p.setItems();
  const std::string path = dir.file("written.pt");
  writeCheckpoint(path, p.finish(), {{"data/0", bytesOf(floats)}, {"data/1", bytesOf(halves)}, {"data/2", bytesOf(longs)}});

  const sam2::TensorMap t = sam2::readCheckpoint(path);
  CHECK(t.size() == 5);
  const at::Tensor tr = t.at("a.transposed");
  CHECK(tr.sizes().vec() == (std::vector<int64_t>{3, 2}));
  // element [i][j] = storage[2 + i + 3 j]
  CHECK(tr[0][0].item<float>() == 2.f && tr[2][0].item<float>() == 4.f && tr[1][1].item<float>() == 6.f &&
        tr[2][1].item<float>() == 7.f);
  CHECK(t.at("a.tail")[3].item<float>() == 11.f);
  CHECK(t.at("d.scalar").dim() == 0 && t.at("d.scalar").item<float>() == 5.f);
  const at::Tensor h = t.at("b.half");
  CHECK(h.scalar_type() == at::kHalf && h.device().is_cpu());
  CHECK(h[1].item<float>() == -1.25f);
  CHECK(t.at("c.long").scalar_type() == at::kLong && t.at("c.long")[1].item<int64_t>() == -9000000000LL);
}

TEST_CASE("written checkpoint: state dict under 'model' with other entries beside it") {
  TempDir dir("ckpt");
  std::vector<float> v = {1.f, 2.f};
  PickleWriter p;
  p.emptyDict();
  p.mark();
  p.str("epoch");
  p.integer(12);
  p.str("model");
  p.orderedDict();
  p.mark();
  p.str("w");
  p.tensor("FloatStorage", "0", "cpu", 2, 0, {2}, {1});
  p.setItems();
  p.setItems();
  const std::string path = dir.file("nested.pt");
  writeCheckpoint(path, p.finish(), {{"data/0", bytesOf(v)}});
  const sam2::TensorMap t = sam2::readCheckpoint(path);
  CHECK(t.size() == 1 && t.count("w") && t.at("w")[1].item<float>() == 2.f);
}

TEST_CASE("writeCheckpoint round trip: dtypes, views, scalars, empty tensors") {
  TempDir dir("ckpt");
  sam2::TensorMap in;
  in["a.float"] = at::randn({3, 4});
  in["a.transposed"] = at::randn({4, 5}).t();  // non-contiguous: saved contiguous
  in["b.half"] = at::randn({7}).to(at::kHalf);
  in["b.bf16"] = at::randn({2, 2}).to(at::kBFloat16);
  in["c.long"] = at::tensor({int64_t(-5), int64_t(1) << 40});
  in["c.bool"] = at::tensor({1, 0, 1}).to(at::kBool);
  in["d.scalar"] = at::scalar_tensor(3.5);
  in["d.empty"] = at::zeros({0, 3});
  in["e.big"] = at::arange(70000, at::kFloat);  // sizes above 65535 use 4-byte integers
  const std::string path = dir.file("roundtrip.pt");
  sam2::writeCheckpoint(path, in);
  CHECK(!std::filesystem::exists(path + ".part"));
  const sam2::TensorMap out = sam2::readCheckpoint(path);
  CHECK(out.size() == in.size());
  for (const auto& [name, t] : in) {
    auto it = out.find(name);
    CHECK_MSG(it != out.end(), name);
    if (it == out.end()) continue;
    CHECK_MSG(it->second.scalar_type() == t.scalar_type(), name);
    CHECK_MSG(it->second.sizes() == t.sizes(), name);
    CHECK_MSG(at::equal(it->second, t), name);
  }
  const std::string msg =
      errorOf([&] { sam2::writeCheckpoint(dir.file("no_such_dir/x.pt"), in); }, "unwritable path");
  CHECK_MSG(has(msg, "no_such_dir"), msg);
}

TEST_CASE("bad files: missing, directory, empty, random bytes, random bytes after a zip header") {
  TempDir dir("ckpt");
  CHECK(has(checkpointReadError(dir.file("nope.pt"), "missing"), "not found"));
  CHECK(has(checkpointReadError(dir.file(""), "directory"), "directory"));
  writeBytes(dir.file("empty.pt"), "");
  CHECK(has(checkpointReadError(dir.file("empty.pt"), "empty"), "empty"));

  std::mt19937 rng(1234);
  std::string random(4096, '\0');
  for (char& c : random) c = char(rng() & 0xff);
  random[0] = 'x';
  writeBytes(dir.file("random.pt"), random);
  CHECK(has(checkpointReadError(dir.file("random.pt"), "random"), "not a PyTorch checkpoint"));
  random[0] = 'P';
  random[1] = 'K';
  random[2] = 3;
  random[3] = 4;
  writeBytes(dir.file("random_zip.pt"), random);
  CHECK(has(checkpointReadError(dir.file("random_zip.pt"), "random zip"), "not a PyTorch checkpoint"));
  // A legacy (pre-1.6) torch.save file starts with a pickle, not a zip.
  writeBytes(dir.file("legacy.pt"), std::string("\x80\x02\x8a\x0alegacy", 9));
  CHECK(has(checkpointReadError(dir.file("legacy.pt"), "legacy"), "legacy"));
}

TEST_CASE("bad files: truncated copies of the mini checkpoint") {
  TempDir dir("ckpt");
  const std::string bytes = readBytes(kMini);
  CHECK(bytes.size() > 100000);
  const size_t n = bytes.size();
  for (size_t cut : {size_t(1), size_t(4), size_t(30), size_t(100), size_t(5000), n / 3, n / 2, n - 5000, n - 100,
                     n - 22, n - 1}) {
    const std::string path = dir.file("cut_" + std::to_string(cut) + ".pt");
    writeBytes(path, bytes.substr(0, cut));
    const std::string msg = checkpointReadError(path, ("cut at " + std::to_string(cut)).c_str());
    CHECK_MSG(has(msg, path), msg);
  }
}

TEST_CASE("bad files: corrupted bytes are detected, never crash") {
  TempDir dir("ckpt");
  const std::string original = readBytes(kMini);
  std::mt19937 rng(99);
  int errors = 0;
  const int trials = 60;
  for (int trial = 0; trial < trials; ++trial) {
    std::string bytes = original;
    // 8 random bytes: in the pickle (the first record), the zip directory at the end, or
    // anywhere (nearly always weight data, caught by the CRC check).
    const size_t n = bytes.size();
    const size_t at = trial % 3 == 0 ? 64 + rng() % 69000 : trial % 3 == 1 ? n - 8 - rng() % 30000 : rng() % (n - 8);
    bool changed = false;
    for (size_t i = 0; i < 8; ++i) {
      const char c = char(rng() & 0xff);
      changed |= bytes[at + i] != c;
      bytes[at + i] = c;
    }
    if (!changed) continue;
    const std::string path = dir.file("corrupt.pt");
    writeBytes(path, bytes);
    try {
      sam2::readCheckpoint(path);
    } catch (const sam2::Sam2Error&) {
      ++errors;
    } catch (const std::exception& e) {
      check::fail(__FILE__, __LINE__, std::string("corruption at ") + std::to_string(at) + ": " + e.what());
    }
  }
  // A few spots are not covered (e.g. the local headers' copies of names and CRCs).
  CHECK_MSG(errors >= trials - 4, std::to_string(errors) + " of " + std::to_string(trials));
}

TEST_CASE("bad files: one flipped bit in a weight fails the CRC check") {
  TempDir dir("ckpt");
  std::string bytes = readBytes(kMini);
  bytes[bytes.size() / 2] ^= 0x10;
  writeBytes(dir.file("flipped.pt"), bytes);
  const std::string msg = checkpointReadError(dir.file("flipped.pt"), "flipped bit");
  CHECK_MSG(has(msg, "CRC"), msg);
}

// Inputs fuzz_checkpoint found (LibTorch's zip reader leaked on them, tests/fuzz): each is refused
// with the reason, before anything large is read.
TEST_CASE("fuzz regressions: malformed zips are refused with the reason") {
  const std::string dir = std::string(SAM2_TEST_DATA_DIR) + "/fuzz/checkpoint/";
  CHECK(has(checkpointReadError(dir + "leak-no-version.pt", "no version record"), "no version record"));
  CHECK(has(checkpointReadError(dir + "leak-encrypted-version.pt", "encrypted record"), "encrypted"));
  CHECK(has(checkpointReadError(dir + "leak-duplicate-version.pt", "two records of one name"), "two records named"));
  // A compressed record claiming 4 GB: refused before its buffer is allocated.
  CHECK(has(checkpointReadError(dir + "oom-compressed-record.pt", "compressed 4 GB record"), "compressed"));
  CHECK(sam2::readCheckpoint(dir + "small.pt").size() == 4);  // the seed itself is a valid checkpoint
}

TEST_CASE("bad files: zips that are not checkpoints") {
  TempDir dir("ckpt");
  {
    caffe2::serialize::PyTorchStreamWriter writer(dir.file("other.pt"));
    const std::string text = "hello";
    writer.writeRecord("notes.txt", text.data(), text.size());
    writer.writeEndOfFile();
  }
  CHECK(has(checkpointReadError(dir.file("other.pt"), "zip without data.pkl"), "data.pkl"));

  PickleWriter list;
  list.op(']');
  writeCheckpoint(dir.file("list.pt"), list.finish(), {});
  CHECK(has(checkpointReadError(dir.file("list.pt"), "list pickle"), "not a SAM 2 checkpoint"));

  PickleWriter noTensors;
  noTensors.emptyDict();
  noTensors.str("epoch");
  noTensors.integer(3);
  noTensors.setItem();
  writeCheckpoint(dir.file("notensors.pt"), noTensors.finish(), {});
  const std::string msg = checkpointReadError(dir.file("notensors.pt"), "no tensors");
  CHECK_MSG(has(msg, "'epoch'"), msg);

  PickleWriter garbage;  // an opcode torch.save never writes
  garbage.op('I');
  writeCheckpoint(dir.file("opcode.pt"), garbage.finish(), {});
  CHECK(has(checkpointReadError(dir.file("opcode.pt"), "opcode"), "unsupported opcode"));

  PickleWriter deep;  // a million nested tuples: destroying the tree must not overflow the stack
  for (int i = 0; i < 1000000; ++i) deep.mark();
  for (int i = 0; i < 1000000; ++i) deep.tuple();
  writeCheckpoint(dir.file("deep.pt"), deep.finish(), {});
  CHECK(has(checkpointReadError(dir.file("deep.pt"), "deep nesting"), "not a SAM 2 checkpoint"));

  PickleWriter module;  // torch.save(model) instead of torch.save({"model": model.state_dict()})
  module.emptyDict();
  module.str("model");
  module.global("sam2.modeling.sam2_base", "SAM2Base");
  module.op(')');
  module.op('R');
  module.setItem();
  writeCheckpoint(dir.file("module.pt"), module.finish(), {});
  const std::string moduleMsg = checkpointReadError(dir.file("module.pt"), "pickled module");
  CHECK_MSG(has(moduleMsg, "state_dict()"), moduleMsg);

  PickleWriter truncated;  // a dict with a string that runs past the end
  truncated.emptyDict();
  truncated.op('X');
  truncated.u32(1000000);
  writeCheckpoint(dir.file("shortpickle.pt"), truncated.finish(), {});
  CHECK(has(checkpointReadError(dir.file("shortpickle.pt"), "truncated pickle"), "malformed pickle"));
}

TEST_CASE("hostile files: sizes that do not fit their storage") {
  TempDir dir("ckpt");
  std::vector<float> four = {1, 2, 3, 4};
  struct Case {
    const char* name;
    int64_t numel, offset;
    std::vector<int64_t> sizes, strides;
    std::string storageClass;
    const char* expect;
  };
  const std::vector<Case> cases = {
      {"numel beyond record", 8, 0, {8}, {1}, "FloatStorage", "bytes but record"},
      {"view beyond storage", 4, 2, {3}, {1}, "FloatStorage", "reaches element"},
      {"stride beyond storage", 4, 0, {2, 2}, {3, 1}, "FloatStorage", "reaches element"},
      {"huge numel", int64_t(1) << 50, 0, {4}, {1}, "FloatStorage", "more than the file holds"},
      {"huge shape", 4, 0, {int64_t(1) << 40, int64_t(1) << 40}, {int64_t(1) << 40, 1}, "FloatStorage", "impossible"},
      {"expanded to trillions", 4, 0, {int64_t(1) << 40}, {0}, "FloatStorage", "impossible"},
      {"unknown storage", 4, 0, {4}, {1}, "ComplexFloatStorage", "unsupported storage type"},
  };
  for (const auto& c : cases) {
    PickleWriter p;
    p.emptyDict();
    p.str("w");
    p.tensor(c.storageClass, "0", "cpu", c.numel, c.offset, c.sizes, c.strides);
    p.setItem();
    const std::string path = dir.file("hostile.pt");
    writeCheckpoint(path, p.finish(), {{"data/0", bytesOf(four)}});
    const std::string msg = checkpointReadError(path, c.name);
    CHECK_MSG(has(msg, c.expect) && has(msg, "'w'"), std::string(c.name) + ": " + msg);
  }
  // A storage key without a record.
  PickleWriter p;
  p.emptyDict();
  p.str("w");
  p.tensor("FloatStorage", "7", "cpu", 4, 0, {4}, {1});
  p.setItem();
  writeCheckpoint(dir.file("norecord.pt"), p.finish(), {{"data/0", bytesOf(four)}});
  CHECK(has(checkpointReadError(dir.file("norecord.pt"), "missing record"), "data/7"));
}

namespace {

struct ToyImpl : torch::nn::Module {
  ToyImpl() {
    fc = register_module("fc", torch::nn::Linear(3, 2));
    scale = register_parameter("scale", at::ones({2}));
    table = register_buffer("table", at::zeros({2, 2}));
  }
  torch::nn::Linear fc{nullptr};
  at::Tensor scale, table;
};

sam2::TensorMap toyTensors() {
  return {{"fc.weight", at::arange(6, at::kFloat).reshape({2, 3})},
          {"fc.bias", at::tensor({0.5f, -0.5f})},
          {"scale", at::tensor({2.f, 3.f}).to(at::kHalf)},  // converted to the model's float32
          {"table", at::eye(2)}};
}

}  // namespace

// Issue 19: a memo GET appended into the list it names made a shared_ptr cycle that never freed,
// and a pickle's tree grew without bound. Now a cycle in the result is refused, cycles left in
// the memo are broken, every value is freed, and a pickle may create at most 1,000,000 values.
TEST_CASE("hostile pickles: cycles are refused or freed, values are capped") {
  auto parse = [](const std::string& bytes) {
    return sam2::pickle::parsePickle(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), "test.pkl");
  };
  auto errorOf = [&](const std::string& bytes) {
    try {
      parse(bytes);
    } catch (const sam2::Sam2Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const long before = sam2::pickle::Value::liveCount();
  // PROTO 2, EMPTY_LIST, BINPUT 0, BINGET 0, APPEND, STOP: a list that contains itself.
  const std::string selfList("\x80\x02]q\x00h\x00" "a.", 9);
  CHECK_MSG(errorOf(selfList).find("contains itself") != std::string::npos, errorOf(selfList));
  CHECK(sam2::pickle::Value::liveCount() == before);
  // The same cycle left only in the memo (POP it, return None): parsed, and freed.
  const std::string memoCycle("\x80\x02]q\x00h\x00" "a0N.", 11);
  {
    auto v = parse(memoCycle);
    CHECK(v && v->kind == sam2::pickle::Value::Kind::None);
  }
  CHECK_MSG(sam2::pickle::Value::liveCount() == before,
            std::to_string(sam2::pickle::Value::liveCount() - before) + " values leaked");
  // A dict holding itself through SETITEM: refused.
  const std::string selfDict("\x80\x02}q\x00X\x01\x00\x00\x00kh\x00s.", 15);
  CHECK_MSG(errorOf(selfDict).find("contains itself") != std::string::npos, errorOf(selfDict));
  CHECK(sam2::pickle::Value::liveCount() == before);
  // 1,000,001 values (NONE, POP, ...): refused before memory runs away.
  std::string many = "\x80\x02";
  for (int i = 0; i < 1000001; ++i) many += "N0";
  many += "N.";
  CHECK_MSG(errorOf(many).find("more than 1000000 values") != std::string::npos, errorOf(many));
  CHECK(sam2::pickle::Value::liveCount() == before);
  // The mini checkpoint (a real torch.save pickle) still reads, and frees everything after.
  { CHECK(!sam2::readCheckpoint(kMini).empty()); }
  CHECK(sam2::pickle::Value::liveCount() == before);
}

TEST_CASE("strict load: copies values, converts dtype, names the first problem") {
  ToyImpl toy;
  sam2::loadStateDict(toy, toyTensors(), "toy.pt");
  CHECK(toy.fc->weight[1][2].item<float>() == 5.f);
  CHECK(toy.scale.scalar_type() == at::kFloat && toy.scale[1].item<float>() == 3.f);
  CHECK(toy.table[1][1].item<float>() == 1.f);
  CHECK(sam2::moduleTensors(toy).size() == 4);

  auto missing = toyTensors();
  missing.erase("fc.bias");
  std::string msg = errorOf([&] { sam2::loadStateDict(toy, missing, "toy.pt"); }, "missing");
  CHECK_MSG(has(msg, "1 missing") && has(msg, "'fc.bias'") && has(msg, "toy.pt"), msg);

  auto unexpected = toyTensors();
  unexpected["fc.extra"] = at::zeros({1});
  msg = errorOf([&] { sam2::loadStateDict(toy, unexpected, "toy.pt"); }, "unexpected");
  CHECK_MSG(has(msg, "1 unexpected") && has(msg, "'fc.extra'"), msg);

  auto misshaped = toyTensors();
  misshaped["fc.weight"] = at::zeros({3, 2});
  msg = errorOf([&] { sam2::loadStateDict(toy, misshaped, "toy.pt"); }, "misshaped");
  CHECK_MSG(has(msg, "'fc.weight': checkpoint [3, 2], model [2, 3]"), msg);
  // Nothing was modified by the failed loads.
  CHECK(toy.fc->weight[1][2].item<float>() == 5.f);
}

TEST_CASE("another model: the mini checkpoint against the official tiny config") {
  const sam2::TensorMap mini = sam2::readCheckpoint(kMini);
  const std::string detect = errorOf([&] { sam2::detectConfig(mini); }, "detect mini");
  CHECK_MSG(has(detect, "YAML"), detect);
  auto tiny = sam2::buildSam2Base(sam2::officialConfig("sam2.1_hiera_t"));
  const std::string msg = errorOf([&] { sam2::loadStateDict(*tiny, mini, "sam2_mini.pt"); }, "strict load");
  CHECK_MSG(has(msg, "sam2_mini.pt does not match") && has(msg, "mis-shaped") && has(msg, "missing"), msg);
}

TEST_CASE("mini checkpoint loads strictly into the model built from its YAML") {
  const sam2::TensorMap mini = sam2::readCheckpoint(kMini);
  const auto cfg = sam2::configFromYaml(std::string(SAM2_TEST_DATA_DIR) + "/sam2_mini/sam2_mini.yaml");
  auto model = sam2::buildSam2Base(cfg);
  sam2::loadStateDict(*model, mini, "sam2_mini.pt");
  const sam2::TensorMap loaded = sam2::moduleTensors(*model);
  CHECK(loaded.size() == mini.size());
  for (const auto& [name, t] : mini) CHECK_MSG(at::equal(loaded.at(name), t), name);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
