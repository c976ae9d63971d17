#pragma once
// Reader for the golden test vectors (format "sam2-golden/1", see
// tests/data/sam2_mini/GOLDEN_FORMAT.md): golden.json plus raw little-endian tensors.bin.
// Golden tests take the folder from SAM2_GOLDEN_DIR, default the copy of sam2_mini in tests/data.
#include <ATen/ATen.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "model/types.h"

namespace golden {

// The golden model folder (the one holding sam2_mini.yaml-like config, checkpoint, image/, video/).
inline std::filesystem::path goldenDir() {
  if (const char* env = std::getenv("SAM2_GOLDEN_DIR"); env && *env) return env;
#ifdef SAM2_TEST_DATA_DIR
  return std::filesystem::path(SAM2_TEST_DATA_DIR) / "sam2_mini";
#else
  throw std::runtime_error("SAM2_GOLDEN_DIR is not set");
#endif
}

// The device the model tests run on: SAM2_TEST_DEVICE ("cuda" when scripts/gpu-check.sh runs them
// on a GPU), else the CPU.
inline std::string testDevice() {
  const char* env = std::getenv("SAM2_TEST_DEVICE");
  return env && *env ? std::string(env) : std::string("cpu");
}

inline sam2::ModelOptions testModelOptions() {
  sam2::ModelOptions o;
  o.device = testDevice();
  return o;
}

class Session {
 public:
  // `folder` holds golden.json and tensors.bin (e.g. goldenDir()/"image").
  explicit Session(const std::filesystem::path& folder) : folder_(folder) {
    std::ifstream in(folder / "golden.json");
    if (!in) throw std::runtime_error("cannot open " + (folder / "golden.json").string());
    json_ = nlohmann::json::parse(in);
    if (json_.value("format", "") != "sam2-golden/1")
      throw std::runtime_error("unexpected golden format in " + folder.string());
    const auto binPath = folder / json_.value("tensors_file", "tensors.bin");
    std::ifstream bin(binPath, std::ios::binary);
    if (!bin) throw std::runtime_error("cannot open " + binPath.string());
    bin.seekg(0, std::ios::end);
    data_ = std::make_shared<std::string>(static_cast<size_t>(bin.tellg()), '\0');
    bin.seekg(0);
    bin.read(data_->data(), static_cast<std::streamsize>(data_->size()));
    for (const auto& t : json_.at("tensors")) index_[t.at("name").get<std::string>()] = t;
  }

  const nlohmann::json& json() const { return json_; }
  const std::filesystem::path& folder() const { return folder_; }
  // Paths in golden.json (config, checkpoint, frames) are relative to its folder.
  std::filesystem::path resolve(const std::string& relative) const { return folder_ / relative; }

  bool has(const std::string& name) const { return index_.count(name) != 0; }

  // A CPU tensor that owns a copy of the bytes: float32, uint8 or int64 as recorded.
  at::Tensor tensor(const std::string& name) const {
    auto it = index_.find(name);
    if (it == index_.end()) throw std::runtime_error("golden tensor not found: " + name);
    const auto& t = it->second;
    const std::string dtype = t.at("dtype");
    at::ScalarType type = dtype == "float32" ? at::kFloat
                          : dtype == "uint8" ? at::kByte
                          : dtype == "int64" ? at::kLong
                                             : throw std::runtime_error("unknown golden dtype " + dtype);
    std::vector<int64_t> shape = t.at("shape").get<std::vector<int64_t>>();
    const size_t offset = t.at("offset"), nbytes = t.at("nbytes");
    if (offset + nbytes > data_->size()) throw std::runtime_error("golden tensor out of file: " + name);
    at::Tensor out = at::empty(shape, at::TensorOptions().dtype(type));
    if (static_cast<size_t>(out.nbytes()) != nbytes) throw std::runtime_error("golden size mismatch: " + name);
    std::memcpy(out.data_ptr(), data_->data() + offset, nbytes);
    return out;
  }

 private:
  std::filesystem::path folder_;
  nlohmann::json json_;
  std::shared_ptr<std::string> data_;
  std::unordered_map<std::string, nlohmann::json> index_;
};

// Comparison helpers.
inline double maxAbsDiff(const at::Tensor& a, const at::Tensor& b) {
  return (a.to(at::kDouble).cpu() - b.to(at::kDouble).cpu()).abs().max().item<double>();
}
inline double meanAbsDiff(const at::Tensor& a, const at::Tensor& b) {
  return (a.to(at::kDouble).cpu() - b.to(at::kDouble).cpu()).abs().mean().item<double>();
}
// IoU of two boolean masks (1.0 when both are empty).
inline double maskIou(const at::Tensor& a, const at::Tensor& b) {
  auto x = a.cpu().to(at::kBool), y = b.cpu().to(at::kBool);
  const double inter = (x & y).sum().item<double>(), uni = (x | y).sum().item<double>();
  return uni == 0 ? 1.0 : inter / uni;
}
// The same for two masks of the public API (non-zero bytes are the object).
inline double maskIou(const sam2::Mask& a, const sam2::Mask& b) {
  int64_t inter = 0, uni = 0;
  for (size_t i = 0; i < std::min(a.data.size(), b.data.size()); ++i) {
    inter += a.data[i] && b.data[i];
    uni += a.data[i] || b.data[i];
  }
  return uni == 0 ? 1.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

}  // namespace golden
