#include "model/sam2_model.h"

#include <c10/core/GradMode.h>

#include <optional>
#include <sstream>

#include "model/checkpoint.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/runtime.h"
#include "model/sam2_model_internal.h"
#include "model/state_dict.h"
#include "model/synthetic_weights.h"

namespace sam2 {

at::Device parseDevice(const std::string& device) {
  if (device.empty() || device == "cpu") return at::Device(at::kCPU);
  const std::string usage = "unknown device '" + device + "' (cpu, cuda, cuda:N)";
  if (device.rfind("cuda", 0) != 0) throw Sam2Error(usage);
  // "cuda" or "cuda:N" with N a whole number (no sign, no trailing characters).
  int index = 0;
  if (device.size() > 4) {
    const std::string digits = device.substr(5);
    if (device[4] != ':' || digits.empty() || digits.size() > 4 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
      throw Sam2Error(usage);
    index = std::stoi(digits);
  }
  const int count = cudaDeviceCount();
  if (count == 0)
    throw Sam2Error("device '" + device + "' was asked for but this build has no CUDA or no GPU is present; use 'cpu'");
  if (index >= count)
    throw Sam2Error("device '" + device + "' does not exist: " + std::to_string(count) + " GPU" +
                    (count == 1 ? " is" : "s are") + " present (cuda:0" +
                    (count > 1 ? " to cuda:" + std::to_string(count - 1) : std::string()) + ")");
  return at::Device(at::kCUDA, static_cast<c10::DeviceIndex>(index));
}

at::ScalarType parseDtype(const std::string& dtype) {
  if (dtype.empty() || dtype == "float32" || dtype == "fp32" || dtype == "float") return at::kFloat;
  if (dtype == "bfloat16" || dtype == "bf16") return at::kBFloat16;
  if (dtype == "float16" || dtype == "fp16" || dtype == "half") return at::kHalf;
  throw Sam2Error("unknown dtype '" + dtype + "' (float32, bfloat16, float16)");
}

std::string dtypeName(at::ScalarType dtype) {
  return dtype == at::kBFloat16 ? "bfloat16" : dtype == at::kHalf ? "float16" : "float32";
}

namespace {

// The CUDA device `device` names ("cuda" is cuda:0), or nothing where CUDA does not list it.
std::optional<CudaDevice> cudaDeviceOf(const at::Device& device) {
  const int index = device.has_index() ? device.index() : 0;
  for (const CudaDevice& d : cudaDevices())
    if (d.index == index) return d;
  return std::nullopt;
}

}  // namespace

void checkDtypeRunsOn(at::ScalarType dtype, const at::Device& device, bool allowHalfOnCpu) {
  if (device.is_cpu()) {
    if (dtype == at::kBFloat16 && !cpuCanRunBf16()) throw Sam2Error(cpuBf16Unavailable());
    if (dtype == at::kHalf && !allowHalfOnCpu)
      throw Sam2Error("float16 is for GPUs without bfloat16; on the CPU use float32 or bfloat16");
    return;
  }
  if (dtype == at::kBFloat16 && device.is_cuda()) {
    const std::optional<CudaDevice> d = cudaDeviceOf(device);
    if (d && !cudaDeviceHasBf16(*d))
      throw Sam2Error(d->name + " (compute capability " + std::to_string(d->computeMajor) + "." +
                      std::to_string(d->computeMinor) +
                      ") has no bfloat16 arithmetic, which needs compute capability 8.0 (Ampere) or later; "
                      "use float16 there");
  }
}

std::string fastestDtype(const std::string& device) {
  const at::Device where = parseDevice(device);
  if (where.is_cpu()) return cpuHasNativeBf16() ? "bfloat16" : "float32";
  const std::optional<CudaDevice> d = cudaDeviceOf(where);
  if (!d) return "float32";
  return cudaDeviceHasBf16(*d) ? "bfloat16" : "float16";
}

namespace {

void moveModel(Sam2Model::Impl& impl) {
  impl.base->to(impl.device, impl.dtype);
  if (impl.dtype != at::kFloat) {
    // The random-Fourier matrix multiplies pixel coordinates before sin/cos: keep it float32.
    at::Tensor& g = impl.base->sam_prompt_encoder->pe_layer->positional_encoding_gaussian_matrix;
    g.set_data(g.to(at::kFloat));
  }
}

}  // namespace

std::shared_ptr<Sam2BaseImpl> modelBase(const Sam2Model& model) { return model.impl().base; }

Sam2Model::Sam2Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Sam2Model::~Sam2Model() = default;

const Sam2Config& Sam2Model::config() const { return impl_->config; }
const ModelOptions& Sam2Model::options() const { return impl_->options; }

int64_t Sam2Model::parameterCount() const {
  int64_t n = 0;
  for (const auto& p : impl_->base->parameters()) n += p.numel();
  return n;
}

std::string Sam2Model::description() const {
  std::ostringstream out;
  out << (impl_->config.name.empty() ? "SAM 2" : impl_->config.name) << ", "
      << parameterCount() << " parameters, image size " << impl_->config.image_size << ", "
      << impl_->device.str() << ", " << dtypeName(impl_->dtype)
      << ", from " << impl_->source;
  return out.str();
}

std::shared_ptr<Sam2Model> wrapModel(std::shared_ptr<Sam2BaseImpl> base, const ModelOptions& options,
                                     const std::string& source, bool allowHalfOnCpu) {
  // Weights are plain tensors (no autograd); modules are built and moved outside InferenceMode
  // so that later calls, inside it, may read them freely.
  c10::AutoGradMode noGrad(false);
  for (auto& p : base->parameters()) p.set_requires_grad(false);
  auto impl = std::make_unique<Sam2Model::Impl>();
  impl->config = base->config();
  impl->options = options;
  impl->device = parseDevice(options.device);
  impl->dtype = parseDtype(options.dtype);
  checkDtypeRunsOn(impl->dtype, impl->device, allowHalfOnCpu);
  impl->source = source;
  impl->base = std::move(base);
  impl->base->eval();
  if (impl->device.is_cuda()) useExactFloat32OnCuda();
  moveModel(*impl);
  return std::make_shared<Sam2Model>(std::move(impl));
}

std::shared_ptr<Sam2Model> Sam2Model::load(const std::string& checkpointPath,
                                           const ModelOptions& options,
                                           const std::string& configYaml) {
  configureThreads(options.threads);
  // Validate where it runs before reading hundreds of megabytes.
  checkDtypeRunsOn(parseDtype(options.dtype), parseDevice(options.device), false);
  const TensorMap tensors = readCheckpoint(checkpointPath, at::kCPU);
  Sam2Config config = configYaml.empty() ? detectConfig(tensors) : configFromYaml(configYaml);
  applyPredictorOverrides(config);
  auto base = buildSam2Base(config);
  loadStateDict(*base, tensors, checkpointPath);
  return wrapModel(std::move(base), options, checkpointPath);
}

std::shared_ptr<Sam2Model> Sam2Model::synthetic(const std::string& variant,
                                                const ModelOptions& options, uint64_t seed) {
  configureThreads(options.threads);
  checkDtypeRunsOn(parseDtype(options.dtype), parseDevice(options.device), false);
  Sam2Config config = officialConfig(variant);
  applyPredictorOverrides(config);
  auto base = buildSam2Base(config);
  initSyntheticWeights(*base, seed);
  return wrapModel(std::move(base), options, "synthetic:" + config.name);
}

}  // namespace sam2
