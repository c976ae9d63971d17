// libFuzzer: the pickle reader behind checkpoint loading (data.pkl of a .pt zip).
#include <cstddef>
#include <cstdint>

#include "model/error.h"
#include "model/pickle_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto value = sam2::pickle::parsePickle(data, size, "fuzz.pkl");
    if (value) (void)value->describe();
  } catch (const sam2::Sam2Error&) {
  }
  return 0;
}
