#pragma once
// Sam2Model: a loaded SAM 2 model (weights + config + where it runs). Read-only after loading
// and shared by any number of sessions (ImageSession, VideoSession), like a whisper.cpp context:
// the per-image and per-video state lives in the sessions. No LibTorch in this header.
#include <cstdint>
#include <memory>
#include <string>

#include "model/config.h"
#include "model/types.h"

namespace sam2 {

class Sam2Model {
 public:
  // Reads an official-format checkpoint. Without configYaml the variant is detected from the
  // tensor names and shapes (the 8 official configs); with it, the YAML (official schema)
  // defines the architecture. Applies the predictors' post-processing overrides, builds the
  // model, loads every tensor strictly and moves it to options.device / options.dtype.
  // Throws Sam2Error (unreadable file, unknown variant, missing/unexpected tensors, no CUDA, ...).
  static std::shared_ptr<Sam2Model> load(const std::string& checkpointPath,
                                         const ModelOptions& options = {},
                                         const std::string& configYaml = "");

  // An official architecture ("sam2.1_hiera_t", "tiny", ...) with seeded random weights, for
  // benchmarks and tests without the official files.
  static std::shared_ptr<Sam2Model> synthetic(const std::string& variant,
                                              const ModelOptions& options = {}, uint64_t seed = 0);

  ~Sam2Model();
  Sam2Model(const Sam2Model&) = delete;
  Sam2Model& operator=(const Sam2Model&) = delete;

  const Sam2Config& config() const;
  const ModelOptions& options() const;
  // One line: variant, parameter count, device, dtype, source.
  std::string description() const;
  int64_t parameterCount() const;

  struct Impl;  // model-internal (sam2_model_internal.h)
  Impl& impl() const { return *impl_; }
  explicit Sam2Model(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

// The fastest dtype that keeps SAM 2's results on `device` ("cpu", "cuda", "cuda:N"):
// bfloat16 on a GPU from Ampere on and on a CPU with native bfloat16 (AVX-512 BF16 or AMX),
// float16 on older GPUs, float32 elsewhere. Throws Sam2Error for a device that does not exist.
std::string fastestDtype(const std::string& device);

}  // namespace sam2
