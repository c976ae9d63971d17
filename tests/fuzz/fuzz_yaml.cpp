// libFuzzer: the YAML subset reader (configs beside checkpoints are read automatically).
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/error.h"
#include "model/yaml_lite.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    sam2::yaml::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  } catch (const sam2::Sam2Error&) {
    // A clear refusal is the expected outcome for most inputs.
  }
  return 0;
}
