// libFuzzer: the video memory store's spill files. A store with a zero RAM budget spills what it
// is given; the spill file is then replaced by the input (a damaged or swapped file in the
// temporary folder during a long session) and read back.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <ATen/ATen.h>

#include "model/error.h"
#include "model/memory_store.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sam2::MemoryStore store(0, fuzz::scratchFolder().string());
  sam2::StoredOutput output;
  output.predMasks = at::zeros({1, 1, 4, 4});
  output.objPtr = at::zeros({1, 8});
  const sam2::MemoryStore::Id id = store.put(output);
  (void)store.put(output);  // pushes the first one out of RAM
  bool replaced = false;
  for (const auto& folder : std::filesystem::directory_iterator(fuzz::scratchFolder())) {
    const auto file = folder.path() / (std::to_string(id) + ".bin");
    if (!std::filesystem::exists(file)) continue;
    FILE* f = std::fopen(file.c_str(), "wb");
    if (!f) std::abort();
    if (size && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    replaced = true;
  }
  if (!replaced) std::abort();  // the store no longer spills with a zero budget: fix the harness
  try {
    (void)store.get(id);
  } catch (const sam2::Sam2Error&) {
  }
  return 0;
}
