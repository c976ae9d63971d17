// libFuzzer: readCheckpoint on a whole file (our zip directory reader, LibTorch's zip reader,
// the pickle reader, tensor building with CRC checks), as loading a stranger's .pt runs it.
// LibTorch is not instrumented, so coverage guidance sees our code only.
#include <cstddef>
#include <cstdint>

#include <c10/util/Exception.h>

#include "model/checkpoint.h"
#include "model/error.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::writeInput("model.pt", data, size);
  try {
    (void)sam2::readCheckpoint(path);
  } catch (const sam2::Sam2Error&) {
  }
  return 0;
}
