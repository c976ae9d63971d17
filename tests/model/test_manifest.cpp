// The official architectures: for each of the 8 built-in configs, the model buildSam2Base builds
// has exactly the manifest's state dict (names, shapes, count, parameter count, buffers), the
// variant is detected back from it, and synthetic weights fill it deterministically.
#include <fstream>
#include <set>

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include "ckpt_test_util.h"
#include "model/checkpoint.h"
#include "model/config.h"
#include "model/sam2_base.h"
#include "model/state_dict.h"
#include "model/synthetic_weights.h"
// Last: LibTorch headers define a CHECK macro of their own, replaced here.
#undef CHECK
#include "model/check.h"

using nlohmann::json;

namespace {

json manifest(const std::string& name) {
  std::ifstream in(std::string(SAM2_TEST_DATA_DIR) + "/manifests/" + name + ".json");
  return json::parse(in);
}

std::string shapeText(const std::vector<int64_t>& s) { return json(s).dump(); }

void checkAgainstManifest(const sam2::Sam2Config& cfg) {
  const json m = manifest(cfg.name);
  auto model = sam2::buildSam2Base(cfg);

  std::map<std::string, std::vector<int64_t>> built;
  int64_t parameters = 0, elements = 0;
  for (const auto& p : model->named_parameters(true)) {
    built[p.key()] = p.value().sizes().vec();
    parameters += p.value().numel();
  }
  std::set<std::string> buffers;
  for (const auto& b : model->named_buffers(true)) {
    built[b.key()] = b.value().sizes().vec();
    buffers.insert(b.key());
  }
  for (const auto& [name, shape] : built) {
    int64_t n = 1;
    for (int64_t d : shape) n *= d;
    elements += n;
  }

  std::map<std::string, std::vector<int64_t>> expected;
  for (const auto& e : m["state_dict"]) {
    expected[e["name"].get<std::string>()] = e["shape"].get<std::vector<int64_t>>();
    CHECK_MSG(e["dtype"].get<std::string>() == "float32", e["name"].get<std::string>());
  }
  int reported = 0;
  for (const auto& [name, shape] : expected) {
    auto it = built.find(name);
    if (it == built.end()) {
      if (reported++ < 10) check::fail(__FILE__, __LINE__, cfg.name + ": missing " + name + " " + shapeText(shape));
    } else if (it->second != shape) {
      if (reported++ < 10)
        check::fail(__FILE__, __LINE__,
                    cfg.name + ": " + name + " built " + shapeText(it->second) + ", manifest " + shapeText(shape));
    }
  }
  for (const auto& [name, shape] : built)
    if (!expected.count(name) && reported++ < 10)
      check::fail(__FILE__, __LINE__, cfg.name + ": unexpected " + name + " " + shapeText(shape));

  CHECK_MSG(built.size() == m["num_state_dict_tensors"].get<size_t>(),
            cfg.name + ": " + std::to_string(built.size()) + " tensors");
  CHECK_MSG(parameters == m["num_parameters"].get<int64_t>(), cfg.name + ": " + std::to_string(parameters) + " parameters");
  CHECK_MSG(elements == m["num_state_dict_elements"].get<int64_t>(), cfg.name + ": " + std::to_string(elements));
  CHECK_MSG(buffers == m["buffers"].get<std::set<std::string>>(), cfg.name + ": buffers differ");
  // The variant is recognised from the tensors of the model just built.
  CHECK_MSG(sam2::detectConfig(sam2::tensorShapes(sam2::moduleTensors(*model))).name == cfg.name, cfg.name);
}

}  // namespace

TEST_CASE("sam2.1_hiera_t state dict") { checkAgainstManifest(sam2::officialConfig("sam2.1_hiera_t")); }
TEST_CASE("sam2.1_hiera_s state dict") { checkAgainstManifest(sam2::officialConfig("sam2.1_hiera_s")); }
TEST_CASE("sam2.1_hiera_b+ state dict") { checkAgainstManifest(sam2::officialConfig("sam2.1_hiera_b+")); }
TEST_CASE("sam2.1_hiera_l state dict") { checkAgainstManifest(sam2::officialConfig("sam2.1_hiera_l")); }
TEST_CASE("sam2_hiera_t state dict") { checkAgainstManifest(sam2::officialConfig("sam2_hiera_t")); }
TEST_CASE("sam2_hiera_s state dict") { checkAgainstManifest(sam2::officialConfig("sam2_hiera_s")); }
TEST_CASE("sam2_hiera_b+ state dict") { checkAgainstManifest(sam2::officialConfig("sam2_hiera_b+")); }
TEST_CASE("sam2_hiera_l state dict") { checkAgainstManifest(sam2::officialConfig("sam2_hiera_l")); }

TEST_CASE("synthetic weights: deterministic, seed-dependent, in sane ranges") {
  const auto cfg = sam2::officialConfig("sam2.1_hiera_t");
  auto a = sam2::buildSam2Base(cfg);
  auto b = sam2::buildSam2Base(cfg);
  auto c = sam2::buildSam2Base(cfg);
  sam2::initSyntheticWeights(*a, 7);
  sam2::initSyntheticWeights(*b, 7);
  sam2::initSyntheticWeights(*c, 8);
  const auto ta = sam2::moduleTensors(*a), tb = sam2::moduleTensors(*b), tc = sam2::moduleTensors(*c);
  size_t differentFromOtherSeed = 0;
  for (const auto& [name, t] : ta) {
    CHECK_MSG(at::equal(t, tb.at(name)), name);
    CHECK_MSG(at::isfinite(t).all().item<bool>(), name);
    if (!at::equal(t, tc.at(name))) ++differentFromOtherSeed;
  }
  CHECK(differentFromOtherSeed == ta.size());

  // Norm weights near 1, biases small, linear weights scaled by fan-in, free vectors N(0, 0.5^2).
  const at::Tensor norm = ta.at("image_encoder.trunk.blocks.3.norm1.weight");
  CHECK(std::abs(norm.mean().item<double>() - 1.0) < 0.1 && std::abs(norm.std().item<double>() - 0.2) < 0.05);
  const at::Tensor bias = ta.at("memory_attention.layers.0.linear1.bias");
  CHECK(std::abs(bias.std().item<double>() - 0.05) < 0.01);
  const at::Tensor w = ta.at("memory_attention.layers.0.linear1.weight");  // [2048, 256]
  CHECK(std::abs(w.std().item<double>() - 1.0 / 16.0) < 0.005);
  const at::Tensor q = ta.at("memory_attention.layers.0.self_attn.q_proj.weight");  // [256, 256], x1.8
  CHECK(std::abs(q.std().item<double>() - 1.8 / 16.0) < 0.01);
  const at::Tensor free = ta.at("no_mem_embed");
  CHECK(std::abs(free.std().item<double>() - 0.5) < 0.1);
  const at::Tensor gamma = ta.at("memory_encoder.fuser.layers.0.gamma");
  CHECK(gamma.min().item<double>() >= 0.1 && gamma.max().item<double>() <= 1.0);

  // The weights are a valid checkpoint for the same architecture.
  auto d = sam2::buildSam2Base(cfg);
  sam2::loadStateDict(*d, ta, "synthetic");
  for (const auto& [name, t] : sam2::moduleTensors(*d)) CHECK_MSG(at::equal(t, ta.at(name)), name);
}

TEST_CASE("synthetic weights saved in the official format are detected and load back") {
  const auto cfg = sam2::officialConfig("sam2_hiera_t");
  auto model = sam2::buildSam2Base(cfg);
  sam2::initSyntheticWeights(*model, 3);
  const auto tensors = sam2::moduleTensors(*model);
  ckpt_test::TempDir dir("manifest");
  const std::string path = dir.file("sam2_hiera_t_synthetic.pt");
  sam2::writeCheckpoint(path, tensors);
  const auto read = sam2::readCheckpoint(path);
  CHECK(read.size() == tensors.size());
  const auto detected = sam2::detectConfig(read);
  CHECK_MSG(detected.name == "sam2_hiera_t", detected.name);
  auto loaded = sam2::buildSam2Base(detected);
  sam2::loadStateDict(*loaded, read, path);
  for (const auto& [name, t] : sam2::moduleTensors(*loaded)) CHECK_MSG(at::equal(t, tensors.at(name)), name);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
