// libFuzzer: the zip central-directory reader that bounds every checkpoint allocation (no
// LibTorch, so it runs fast and sees all its branches).
#include <cstddef>
#include <cstdint>

#include "model/error.h"
#include "model/zip_directory.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::writeInput("model.pt", data, size);
  try {
    (void)sam2::zip::readCentralDirectory(path);
  } catch (const sam2::Sam2Error&) {
  }
  return 0;
}
