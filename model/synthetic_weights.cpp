// Seeded random weights, following the scheme GOLDEN_FORMAT.md gives for the golden checkpoint:
// Linear/Conv weights N(0, 1/fan_in) (ConvTranspose: 1/in_channels), biases N(0, 0.05^2), norm
// weights 1 + N(0, 0.2^2), norm biases N(0, 0.1^2), embeddings and free vectors N(0, 0.5^2), the
// random-Fourier matrix N(0, 1), CXBlock layer scales U(0.1, 1); q/k projections x1.8, the last
// layer of each hypernetwork MLP x4, object-score head bias +0.34.
// Tensors are classified by name and shape, which is all the state dict tells.
#include "model/synthetic_weights.h"

#include <cmath>
#include <map>

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/GradMode.h>

namespace sam2 {

namespace {

uint64_t fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t mixSeed(uint64_t seed, const std::string& name) {
  uint64_t x = seed * 0x9E3779B97F4A7C15ull ^ fnv1a(name);  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string lastComponent(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}
std::string parentOf(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

// nn.Embedding weights of SAM (prompt encoder embeddings, mask decoder tokens).
bool isEmbeddingModule(const std::string& parent) {
  const std::string leaf = lastComponent(parent);
  const std::string grand = lastComponent(parentOf(parent));
  return contains(leaf, "embed") || contains(leaf, "token") || grand == "point_embeddings";
}

// The last layer of each hypernetwork MLP: "...output_hypernetworks_mlps.K.layers.L.weight" with L
// the highest layer index of that MLP.
std::map<std::string, int> lastLayerOfMlps(const std::vector<std::string>& names) {
  std::map<std::string, int> last;
  for (const auto& n : names) {
    const size_t at = n.find(".layers.");
    if (!contains(n, "output_hypernetworks_mlps") || at == std::string::npos) continue;
    const std::string mlp = n.substr(0, at);
    const int layer = std::atoi(n.c_str() + at + 8);
    last[mlp] = std::max(last.count(mlp) ? last[mlp] : 0, layer);
  }
  return last;
}

at::Tensor draw(const std::string& name, const at::Tensor& like, const std::map<std::string, at::IntArrayRef>& shapes,
                const std::map<std::string, int>& mlpLast, at::Generator& gen) {
  const auto sizes = like.sizes();
  auto options = at::TensorOptions().dtype(at::kFloat);
  at::Tensor t = at::empty(sizes, options);
  const std::string leaf = lastComponent(name);
  const std::string parent = parentOf(name);

  auto siblingWeightDims = [&]() -> int64_t {
    auto it = shapes.find(parent.empty() ? "weight" : parent + ".weight");
    return it == shapes.end() ? -1 : int64_t(it->second.size());
  };

  if (leaf == "positional_encoding_gaussian_matrix") {
    t.normal_(0.0, 1.0, gen);
  } else if (leaf == "gamma") {  // CXBlock layer scale
    t.uniform_(0.1, 1.0, gen);
  } else if (leaf == "weight" && sizes.size() == 1) {  // LayerNorm / LayerNorm2d
    t.normal_(0.0, 0.2, gen).add_(1.0);
  } else if (leaf == "bias") {
    t.normal_(0.0, siblingWeightDims() == 1 ? 0.1 : 0.05, gen);
  } else if (leaf == "weight" && sizes.size() >= 2 && isEmbeddingModule(parent) && !contains(parent, "patch_embed") &&
             !contains(parent, "proj")) {
    t.normal_(0.0, 0.5, gen);
  } else if (leaf == "weight" && sizes.size() >= 2) {
    int64_t fanIn = 1;
    if (contains(name, "output_upscaling") && sizes.size() == 4) {
      fanIn = sizes[0];  // ConvTranspose2d: [in, out, kh, kw]
    } else {
      for (size_t d = 1; d < sizes.size(); ++d) fanIn *= sizes[d];
    }
    t.normal_(0.0, 1.0 / std::sqrt(double(std::max<int64_t>(fanIn, 1))), gen);
  } else {  // free parameters: pos_embed, no_mem_embed, maskmem_tpos_enc, no_obj_ptr, ...
    t.normal_(0.0, 0.5, gen);
  }

  // Sharper attention, stronger hypernetworks, object scores near the decision boundary.
  if (endsWith(name, "q_proj.weight") || endsWith(name, "k_proj.weight")) t.mul_(1.8);
  if (endsWith(name, "attn.qkv.weight") && sizes.size() == 2 && sizes[0] % 3 == 0)
    t.narrow(0, 0, 2 * (sizes[0] / 3)).mul_(1.8);  // Hiera's fused q, k, v rows
  if (leaf == "weight" && contains(name, "output_hypernetworks_mlps")) {
    const size_t at = name.find(".layers.");
    if (at != std::string::npos) {
      auto it = mlpLast.find(name.substr(0, at));
      if (it != mlpLast.end() && std::atoi(name.c_str() + at + 8) == it->second) t.mul_(4.0);
    }
  }
  if (leaf == "bias" && contains(name, "pred_obj_score_head")) {
    const bool lastLayer = !contains(name, ".layers.") || endsWith(name, ".layers.2.bias");
    if (lastLayer) t.add_(0.34);
  }
  return t;
}

}  // namespace

void initSyntheticWeights(torch::nn::Module& module, uint64_t seed) {
  std::vector<std::pair<std::string, at::Tensor>> tensors;
  for (const auto& item : module.named_parameters(true)) tensors.emplace_back(item.key(), item.value());
  for (const auto& item : module.named_buffers(true)) tensors.emplace_back(item.key(), item.value());

  std::map<std::string, at::IntArrayRef> shapes;
  std::vector<std::string> names;
  for (const auto& [name, t] : tensors) {
    shapes.emplace(name, t.sizes());
    names.push_back(name);
  }
  const auto mlpLast = lastLayerOfMlps(names);

  c10::AutoGradMode noGrad(false);
  for (auto& [name, dest] : tensors) {
    if (!at::isFloatingType(dest.scalar_type())) continue;  // no integer state in SAM 2
    at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(mixSeed(seed, name));
    // Drawn on the CPU in float32, so the values do not depend on the device or dtype.
    dest.copy_(draw(name, dest, shapes, mlpLast, gen));
  }
}

}  // namespace sam2
