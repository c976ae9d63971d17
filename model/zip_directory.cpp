#include "model/zip_directory.h"

#include <array>
#include <cstring>
#include <fstream>
#include <vector>

#include "model/error.h"

namespace sam2::zip {

namespace {

constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint32_t kZip64EndOfDirectory = 0x06064b50;
constexpr uint32_t kDirectoryEntry = 0x02014b50;
constexpr uint32_t kLocalHeader = 0x04034b50;

uint64_t le(const uint8_t* p, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= uint64_t(p[i]) << (8 * i);
  return v;
}

class File {
 public:
  explicit File(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) fail("cannot open");
    in_.seekg(0, std::ios::end);
    size_ = uint64_t(in_.tellg());
  }
  uint64_t size() const { return size_; }
  std::vector<uint8_t> read(uint64_t offset, uint64_t n) {
    if (offset > size_ || n > size_ - offset) fail("zip directory points outside the file (truncated?)");
    std::vector<uint8_t> buf(static_cast<size_t>(n));
    readInto(offset, n, buf.data());
    return buf;
  }
  void readInto(uint64_t offset, uint64_t n, void* out) {
    if (offset > size_ || n > size_ - offset) fail("zip directory points outside the file (truncated?)");
    in_.clear();
    in_.seekg(std::streamoff(offset));
    in_.read(static_cast<char*>(out), std::streamsize(n));
    if (!in_) fail("read error");
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw Sam2Error(path_ + ": not a PyTorch checkpoint (zip), or the file is truncated: " + why);
  }

 private:
  std::string path_;
  std::ifstream in_;
  uint64_t size_ = 0;
};

// Slice-by-8 tables: ~1.5 GB/s, so verifying a 900 MB checkpoint costs well under a second.
const std::array<std::array<uint32_t, 256>, 8>& crcTables() {
  static const auto tables = [] {
    std::array<std::array<uint32_t, 256>, 8> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; ++i)
      for (int s = 1; s < 8; ++s) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xff];
    return t;
  }();
  return tables;
}

}  // namespace

uint32_t crc32(const void* data, size_t size, uint32_t crc) {
  const auto& t = crcTables();
  const auto* p = static_cast<const uint8_t*>(data);
  crc = ~crc;
  while (size >= 8) {
    uint32_t a, b;  // little-endian words (zip's byte order, and every platform LibTorch runs on)
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + 4, 4);
    a ^= crc;
    crc = t[7][a & 0xff] ^ t[6][(a >> 8) & 0xff] ^ t[5][(a >> 16) & 0xff] ^ t[4][a >> 24] ^ t[3][b & 0xff] ^
          t[2][(b >> 8) & 0xff] ^ t[1][(b >> 16) & 0xff] ^ t[0][b >> 24];
    p += 8;
    size -= 8;
  }
  while (size--) crc = t[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

std::map<std::string, Entry> readCentralDirectory(const std::string& path) {
  File file(path);
  const uint64_t size = file.size();
  if (size < 22) file.fail("too short for a zip file");

  // The end-of-directory record sits in the last 22 + 65535 (comment) bytes.
  const uint64_t tail = std::min<uint64_t>(size, 22 + 65535);
  const std::vector<uint8_t> end = file.read(size - tail, tail);
  int64_t eocd = -1;
  for (int64_t i = int64_t(tail) - 22; i >= 0; --i) {
    if (le(&end[size_t(i)], 4) == kEndOfDirectory) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) file.fail("no zip end-of-directory record");
  const uint8_t* e = &end[size_t(eocd)];
  uint64_t entries = le(e + 10, 2);
  uint64_t dirSize = le(e + 12, 4);
  uint64_t dirOffset = le(e + 16, 4);

  // A zip64 end record is used whenever its locator and signature are present, as miniz (the
  // reader inside LibTorch) does, so both readers always see the same directory.
  const uint64_t eocdPos = size - tail + uint64_t(eocd);
  bool zip64 = false;
  if (eocdPos >= 20) {
    const auto locator = file.read(eocdPos - 20, 20);
    if (le(locator.data(), 4) == kZip64Locator) {
      const uint64_t recordPos = le(locator.data() + 8, 8);
      if (size < 56 || recordPos > size - 56) file.fail("bad zip64 end-of-directory locator");
      const auto rec = file.read(recordPos, 56);
      if (le(rec.data(), 4) == kZip64EndOfDirectory) {
        zip64 = true;
        entries = le(rec.data() + 32, 8);
        dirSize = le(rec.data() + 40, 8);
        dirOffset = le(rec.data() + 48, 8);
      }
    }
  }
  if (!zip64 && (entries == 0xffff || dirSize == 0xffffffffu || dirOffset == 0xffffffffu))
    file.fail("zip64 end-of-directory record missing");
  if (entries > dirSize / 46 + 1) file.fail("impossible zip entry count");
  const std::vector<uint8_t> dir = file.read(dirOffset, dirSize);

  std::map<std::string, Entry> out;
  size_t pos = 0;
  for (uint64_t i = 0; i < entries; ++i) {
    if (pos + 46 > dir.size() || le(&dir[pos], 4) != kDirectoryEntry) file.fail("damaged zip directory");
    const uint8_t* h = &dir[pos];
    Entry entry;
    entry.flags = uint16_t(le(h + 8, 2));
    entry.method = uint16_t(le(h + 10, 2));
    entry.crc32 = uint32_t(le(h + 16, 4));
    entry.compressedSize = le(h + 20, 4);
    entry.uncompressedSize = le(h + 24, 4);
    entry.localHeaderOffset = le(h + 42, 4);
    entry.index = size_t(i);
    const size_t nameLen = size_t(le(h + 28, 2)), extraLen = size_t(le(h + 30, 2)), commentLen = size_t(le(h + 32, 2));
    if (pos + 46 + nameLen + extraLen + commentLen > dir.size()) file.fail("damaged zip directory");
    const std::string name(reinterpret_cast<const char*>(h + 46), nameLen);
    // Zip64 extra field: the 64-bit values of the fields set to 0xffffffff, in this order.
    const uint8_t* x = h + 46 + nameLen;
    for (size_t off = 0; off + 4 <= extraLen;) {
      const uint16_t id = uint16_t(le(x + off, 2));
      const size_t len = size_t(le(x + off + 2, 2));
      if (off + 4 + len > extraLen) break;
      if (id == 0x0001) {
        size_t f = off + 4;
        if (entry.uncompressedSize == 0xffffffffu && f + 8 <= off + 4 + len) entry.uncompressedSize = le(x + f, 8), f += 8;
        if (entry.compressedSize == 0xffffffffu && f + 8 <= off + 4 + len) entry.compressedSize = le(x + f, 8), f += 8;
        if (entry.localHeaderOffset == 0xffffffffu && f + 8 <= off + 4 + len) entry.localHeaderOffset = le(x + f, 8), f += 8;
      }
      off += 4 + len;
    }
    // Readers differ on which of two same-named records they return: refuse the ambiguity.
    if (!out.emplace(name, entry).second) file.fail("two records named " + name.substr(0, 200));
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

struct RecordReader::Impl {
  explicit Impl(const std::string& path) : file(path) {}
  File file;
};

RecordReader::RecordReader(const std::string& path) : impl_(new Impl(path)) {}
RecordReader::~RecordReader() { delete impl_; }

void RecordReader::read(const Entry& entry, void* out) {
  File& file = impl_->file;
  if (entry.flags & (0x0001 | 0x0020 | 0x0040)) file.fail("an encrypted or patched record");
  if (entry.method != 0 || entry.compressedSize != entry.uncompressedSize)
    file.fail("a compressed record (torch.save stores records uncompressed: was the file re-zipped? "
              "Load it in PyTorch and torch.save it again)");
  const std::vector<uint8_t> local = file.read(entry.localHeaderOffset, 30);
  if (le(local.data(), 4) != kLocalHeader) file.fail("damaged zip record header");
  const uint64_t start = entry.localHeaderOffset + 30 + le(local.data() + 26, 2) + le(local.data() + 28, 2);
  file.readInto(start, entry.uncompressedSize, out);
}

}  // namespace sam2::zip
