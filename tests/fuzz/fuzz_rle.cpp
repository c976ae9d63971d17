// libFuzzer: RLE masks from JSON (COCO / SA-V / project files) and their decoding.
#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "annotation/rle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
  if (j.is_discarded()) return 0;
  try {
    const s2s::Rle rle = s2s::Rle::fromJson(j);
    // Decoding allocates height x width: keep it to what a fuzzer run can hold.
    if (static_cast<uint64_t>(rle.height()) * static_cast<uint64_t>(rle.width()) <= (uint64_t{1} << 24)) {
      const auto bits = rle.decode();
      (void)bits;
      (void)rle.area();
      (void)rle.bbox();
      (void)rle.toJson();
    }
  } catch (const std::exception&) {
  }
  return 0;
}
