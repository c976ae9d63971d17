#pragma once
// Tensors derived from a module's read-only weights for one input size, made at their first use
// and then reused (model-internal).
//
// Some of a forward pass depends only on the weights and the input's size: Hiera's position
// embedding (a bicubic interpolation of 96 x 7 x 7 to the 256 x 256 patch grid, 16 ms of a
// bfloat16 encoding of tiny at 1024) and the neck's sine position encodings (tens of millions
// of elements a frame, built by concatenation). The weights do not change after loading (the
// model is shared read-only between sessions, sam2_model.h), so the result is too; the key names
// the size, dtype and device, and the caller adds the data pointers of the weights it reads.
// Thread-safe: sessions on several threads may share one model.
#include <ATen/core/Tensor.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace sam2 {

class DerivedTensorCache {
 public:
  // The tensor stored under `key`, made by `make` the first time.
  at::Tensor get(const std::string& key, const std::function<at::Tensor()>& make) const {
    {
      std::lock_guard<std::mutex> lock(state_->mutex);
      const auto it = state_->tensors.find(key);
      if (it != state_->tensors.end()) return it->second;
    }
    at::Tensor made = make();  // outside the lock: another thread may make the same meanwhile
    std::lock_guard<std::mutex> lock(state_->mutex);
    return state_->tensors.emplace(key, std::move(made)).first->second;
  }

  // A key part for a tensor's place: dtype, device and data pointer.
  static std::string describe(const at::Tensor& t) {
    return std::string(c10::toString(t.scalar_type())) + "@" + t.device().str() + "#" +
           std::to_string(reinterpret_cast<uintptr_t>(t.data_ptr()));
  }

 private:
  struct State {
    std::mutex mutex;
    std::map<std::string, at::Tensor> tensors;
  };
  // Shared so that the module holding it stays copyable.
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace sam2
