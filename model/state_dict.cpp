#include "model/state_dict.h"

#include <c10/core/GradMode.h>

#include "model/error.h"

namespace sam2 {

namespace {

std::string shapeText(at::IntArrayRef sizes) {
  std::string s = "[";
  for (size_t i = 0; i < sizes.size(); ++i) s += (i ? ", " : "") + std::to_string(sizes[i]);
  return s + "]";
}

// "3 missing tensors (first: 'a' [1, 2])": the first of a category and how many there are.
struct Problems {
  size_t count = 0;
  std::string first;
  void add(const std::string& what) {
    if (count++ == 0) first = what;
  }
  std::string text(const char* label) const {
    if (count == 0) return "";
    return std::to_string(count) + " " + label + " (first: " + first + ")";
  }
};

}  // namespace

TensorMap moduleTensors(const torch::nn::Module& module) {
  TensorMap out;
  for (const auto& item : module.named_parameters(/*recurse=*/true)) out.emplace(item.key(), item.value());
  for (const auto& item : module.named_buffers(/*recurse=*/true)) out.emplace(item.key(), item.value());
  return out;
}

void loadStateDict(torch::nn::Module& module, const TensorMap& tensors, const std::string& source) {
  // Destination tensors in the module's own order, so "first missing" follows the model.
  std::vector<std::pair<std::string, at::Tensor>> destinations;
  for (const auto& item : module.named_parameters(true)) destinations.emplace_back(item.key(), item.value());
  for (const auto& item : module.named_buffers(true)) destinations.emplace_back(item.key(), item.value());

  Problems missing, unexpected, misshaped;
  std::map<std::string, bool> expected;
  for (const auto& [name, dest] : destinations) {
    expected[name] = true;
    auto it = tensors.find(name);
    if (it == tensors.end()) {
      missing.add("'" + name + "' " + shapeText(dest.sizes()));
    } else if (it->second.sizes() != dest.sizes()) {
      misshaped.add("'" + name + "': checkpoint " + shapeText(it->second.sizes()) + ", model " +
                    shapeText(dest.sizes()));
    }
  }
  for (const auto& [name, t] : tensors)
    if (!expected.count(name)) unexpected.add("'" + name + "' " + shapeText(t.sizes()));

  if (missing.count || unexpected.count || misshaped.count) {
    std::string detail;
    for (const std::string& part : {misshaped.text("mis-shaped tensors"), missing.text("missing tensors"),
                                    unexpected.text("unexpected tensors")})
      if (!part.empty()) detail += (detail.empty() ? "" : "; ") + part;
    throw Sam2Error(source + " does not match the model: " + detail +
                    ". Is it a checkpoint of another SAM 2 variant? Pick the matching config.");
  }

  c10::AutoGradMode noGrad(false);
  for (auto& [name, dest] : destinations) {
    const at::Tensor& src = tensors.at(name);
    // Adopting the checkpoint's storage avoids a second copy of every weight; a conversion of
    // device or dtype, an inference tensor or a non-contiguous view gets copied instead.
    if (src.dtype() == dest.dtype() && src.device() == dest.device() && src.is_contiguous() && !src.is_inference() &&
        !dest.is_inference()) {
      dest.set_data(src);
    } else {
      dest.copy_(src);
    }
  }
}

}  // namespace sam2
