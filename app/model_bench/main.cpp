// sam2-model-bench: the model's part of `sam2studio-cli bench` (image encoding, click to mask,
// propagation with 1 and N objects) without Qt, OpenCV or FFmpeg, so that it builds with LibTorch
// alone (-DSAM2_MODEL_ONLY=ON) on a GPU machine that has nothing else (scripts/gpu-check.sh).
// Prints one JSON object, the same keys as the CLI's bench.
//
//   sam2-model-bench (--synthetic VARIANT | --checkpoint CK [--config YAML]) [--device cpu|cuda|cuda:N]
//                    [--dtype float32|bfloat16|float16] [--threads N] [--frames N] [--objects N] [--clicks N]
//                    [--seed N] [--profile]
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "model/cpu_tuning.h"
#include "model/model_bench.h"
#include "model/product_counter.h"
#include "model/profile.h"
#include "model/sam2_model.h"

namespace {

int usage(const std::string& problem) {
  std::fprintf(stderr,
               "sam2-model-bench: %s\n"
               "usage: sam2-model-bench (--synthetic VARIANT | --checkpoint CK [--config YAML]) [--device DEVICE]\n"
               "       [--dtype float32|bfloat16|float16] [--threads N] [--frames N] [--objects N] [--clicks N] [--seed N]\n"
               "       [--profile]\n",
               problem.c_str());
  return 2;
}

bool wholeNumber(const std::string& text, int minimum, int& value) {
  char* end = nullptr;
  const long v = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < minimum || v > 1000000) return false;
  value = static_cast<int>(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string synthetic, checkpoint, config;
  sam2::ModelOptions options;
  sam2::bench::Settings settings;
  int seed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--profile") {
      settings.profile = true;
      continue;
    }
    if (i + 1 >= argc) return usage("unknown argument or missing value: " + arg);
    const std::string value = argv[++i];
    if (arg == "--synthetic") synthetic = value;
    else if (arg == "--checkpoint") checkpoint = value;
    else if (arg == "--config") config = value;
    else if (arg == "--device") options.device = value;
    else if (arg == "--dtype") options.dtype = value;
    else if (arg == "--threads") {
      if (!wholeNumber(value, 0, options.threads)) return usage("--threads must be a whole number >= 0");
    } else if (arg == "--frames") {
      if (!wholeNumber(value, 0, settings.frames)) return usage("--frames must be a whole number >= 0");
    } else if (arg == "--objects") {
      if (!wholeNumber(value, 1, settings.objects)) return usage("--objects must be a whole number >= 1");
    } else if (arg == "--clicks") {
      if (!wholeNumber(value, 20, settings.clicks)) return usage("--clicks must be a whole number >= 20");
    } else if (arg == "--seed") {
      if (!wholeNumber(value, 0, seed)) return usage("--seed must be a whole number >= 0");
    } else {
      return usage("unknown argument " + arg);
    }
  }
  if (synthetic.empty() == checkpoint.empty()) return usage("give either --checkpoint CK or --synthetic VARIANT");
  sam2::profile::setEnabled(settings.profile);
  if (settings.profile) sam2::profile::installProductCounter();
  try {
    const std::string allocator = sam2::tuneCpuAllocator();
    std::shared_ptr<sam2::Sam2Model> model =
        synthetic.empty() ? sam2::Sam2Model::load(checkpoint, options, config)
                          : sam2::Sam2Model::synthetic(synthetic, options, static_cast<uint64_t>(seed));
    nlohmann::json out = sam2::bench::all(model, options, settings);
    out["allocator"] = allocator;
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sam2-model-bench: %s\n", e.what());
    return 1;
  }
}
