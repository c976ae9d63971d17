#pragma once
// The central directory of a zip file and its stored records (no LibTorch): record names, sizes,
// CRC-32s, and the bytes of uncompressed records, which is all torch.save writes.
//
// checkpoint.cpp reads checkpoints with this rather than LibTorch's PyTorchStreamReader: that one
// neither exposes a record's size before allocating it nor checks CRCs (its miniz is built without
// them), so a checkpoint damaged in transfer would load silently wrong weights, and its
// constructor leaks when it throws on a malformed zip (found by tests/fuzz/fuzz_checkpoint).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sam2::zip {

struct Entry {
  uint32_t crc32 = 0;
  uint64_t compressedSize = 0;
  uint64_t uncompressedSize = 0;
  uint16_t method = 0;  // 0 = stored (what torch.save writes), 8 = deflate
  uint16_t flags = 0;   // general purpose bits (1: encrypted, 0x40: strong encryption)
  uint64_t localHeaderOffset = 0;
  size_t index = 0;     // position in the directory (the first record names the archive's folder)
};

// Full record name ("archive/data/0") -> entry. Zip64 directories are supported.
// Throws Sam2Error("<path>: ...") when the file has no readable central directory.
std::map<std::string, Entry> readCentralDirectory(const std::string& path);

// Reads stored (uncompressed) records of one zip file, found through their local headers as zip
// readers do. Throws Sam2Error("<path>: ...") for a compressed, encrypted or misplaced record.
// The caller checks CRCs (crc32 below), so that large records can be checked in parallel.
class RecordReader {
 public:
  explicit RecordReader(const std::string& path);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;

  // Copies the record's entry.uncompressedSize bytes to `out`.
  void read(const Entry& entry, void* out);

 private:
  struct Impl;
  Impl* impl_;
};

// CRC-32 (IEEE 802.3, as zip uses), continuing from `crc` (0 to start).
uint32_t crc32(const void* data, size_t size, uint32_t crc = 0);

}  // namespace sam2::zip
