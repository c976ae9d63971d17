#pragma once
// The central directory of a zip file (no LibTorch): record names, sizes and CRC-32s.
//
// PyTorchStreamReader (LibTorch's zip reader) neither exposes a record's size before
// allocating it nor checks CRCs (its miniz is built without them), so a checkpoint whose bytes
// were damaged in transfer would load silently wrong weights. checkpoint.cpp reads the directory
// with this to bound every allocation by the file size and to verify each record's CRC-32.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace sam2::zip {

struct Entry {
  uint32_t crc32 = 0;
  uint64_t compressedSize = 0;
  uint64_t uncompressedSize = 0;
  uint16_t method = 0;  // 0 = stored (what torch.save writes), 8 = deflate
};

// Full record name ("archive/data/0") -> entry. Zip64 directories are supported.
// Throws Sam2Error("<path>: ...") when the file has no readable central directory.
std::map<std::string, Entry> readCentralDirectory(const std::string& path);

// CRC-32 (IEEE 802.3, as zip uses), continuing from `crc` (0 to start).
uint32_t crc32(const void* data, size_t size, uint32_t crc = 0);

}  // namespace sam2::zip
