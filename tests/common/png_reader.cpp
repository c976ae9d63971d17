#include "common/png_reader.h"

#include <array>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace testpng {

namespace {

[[noreturn]] void fail(const std::string& name, const std::string& what) {
  throw std::runtime_error(name + ": " + what);
}

uint32_t be32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

uint32_t crc32(const uint8_t* data, size_t size) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < size; ++i) c = table[(c ^ data[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

// Inflate (RFC 1951) of a zlib stream (RFC 1950), into `out`.
class Inflater {
 public:
  Inflater(const std::vector<uint8_t>& in, const std::string& name) : in_(in), name_(name) {}

  std::vector<uint8_t> run() {
    if (in_.size() < 6) fail(name_, "image data too short");
    if ((in_[0] & 0x0f) != 8 || ((in_[0] << 8) | in_[1]) % 31 != 0 || (in_[1] & 0x20))
      fail(name_, "image data is not a zlib stream");
    pos_ = 2;
    bool last = false;
    while (!last) {
      last = bits(1);
      const uint32_t type = bits(2);
      if (type == 0) stored();
      else if (type == 1) fixedBlock();
      else if (type == 2) dynamicBlock();
      else fail(name_, "invalid deflate block type");
    }
    // Adler-32 of the output, after the last block (byte aligned).
    bitCount_ = 0;
    if (pos_ + 4 > in_.size()) fail(name_, "image data ends before its checksum");
    uint32_t a = 1, b = 0;
    for (uint8_t v : out_) {
      a = (a + v) % 65521;
      b = (b + a) % 65521;
    }
    if (((b << 16) | a) != be32(&in_[pos_])) fail(name_, "image data checksum mismatch");
    return std::move(out_);
  }

 private:
  struct Huffman {
    std::array<uint16_t, 16> counts{};
    std::vector<uint16_t> symbols;
  };

  uint32_t bits(int n) {
    while (bitCount_ < n) {
      if (pos_ >= in_.size()) fail(name_, "image data ends inside a deflate block");
      bitBuffer_ |= uint32_t{in_[pos_++]} << bitCount_;
      bitCount_ += 8;
    }
    const uint32_t v = bitBuffer_ & ((1u << n) - 1);
    bitBuffer_ >>= n;
    bitCount_ -= n;
    return v;
  }

  void stored() {
    bitBuffer_ = 0;
    bitCount_ = 0;
    if (pos_ + 4 > in_.size()) fail(name_, "stored block header cut");
    const uint32_t len = in_[pos_] | (in_[pos_ + 1] << 8), nlen = in_[pos_ + 2] | (in_[pos_ + 3] << 8);
    pos_ += 4;
    if ((len ^ 0xffff) != nlen) fail(name_, "stored block length mismatch");
    if (pos_ + len > in_.size()) fail(name_, "stored block cut");
    out_.insert(out_.end(), in_.begin() + static_cast<long>(pos_), in_.begin() + static_cast<long>(pos_ + len));
    pos_ += len;
  }

  Huffman build(const uint8_t* lengths, int n) {
    Huffman h;
    for (int i = 0; i < n; ++i) ++h.counts[lengths[i]];
    h.counts[0] = 0;
    int left = 1;
    for (int len = 1; len < 16; ++len) {
      left = (left << 1) - h.counts[len];
      if (left < 0) fail(name_, "over-subscribed Huffman code");
    }
    std::array<uint16_t, 16> offsets{};
    for (int len = 1; len < 15; ++len) offsets[len + 1] = offsets[len] + h.counts[len];
    h.symbols.assign(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i)
      if (lengths[i]) h.symbols[offsets[lengths[i]]++] = static_cast<uint16_t>(i);
    return h;
  }

  int decode(const Huffman& h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len < 16; ++len) {
      code |= static_cast<int>(bits(1));
      const int count = h.counts[len];
      if (code - count < first) return h.symbols[static_cast<size_t>(index + (code - first))];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    fail(name_, "invalid Huffman code");
  }

  void codes(const Huffman& lit, const Huffman& dist) {
    static constexpr uint16_t lenBase[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                           35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static constexpr uint8_t lenExtra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    static constexpr uint16_t distBase[] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                            193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                            6145, 8193, 12289, 16385, 24577};
    static constexpr uint8_t distExtra[] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    for (;;) {
      const int symbol = decode(lit);
      if (symbol < 256) {
        out_.push_back(static_cast<uint8_t>(symbol));
      } else if (symbol == 256) {
        return;
      } else {
        const int l = symbol - 257;
        if (l >= 29) fail(name_, "invalid length code");
        const size_t length = lenBase[l] + bits(lenExtra[l]);
        const int d = decode(dist);
        if (d >= 30) fail(name_, "invalid distance code");
        const size_t distance = distBase[d] + bits(distExtra[d]);
        if (distance > out_.size()) fail(name_, "distance before the start of the data");
        const size_t from = out_.size() - distance;
        for (size_t i = 0; i < length; ++i) out_.push_back(out_[from + i]);
      }
    }
  }

  void fixedBlock() {
    static const std::pair<Huffman, Huffman> fixed = [this] {
      std::array<uint8_t, 288> l{};
      for (int i = 0; i < 144; ++i) l[i] = 8;
      for (int i = 144; i < 256; ++i) l[i] = 9;
      for (int i = 256; i < 280; ++i) l[i] = 7;
      for (int i = 280; i < 288; ++i) l[i] = 8;
      std::array<uint8_t, 30> d{};
      d.fill(5);
      return std::make_pair(build(l.data(), 288), build(d.data(), 30));
    }();
    codes(fixed.first, fixed.second);
  }

  void dynamicBlock() {
    const int nlen = static_cast<int>(bits(5)) + 257, ndist = static_cast<int>(bits(5)) + 1,
              ncode = static_cast<int>(bits(4)) + 4;
    if (nlen > 286 || ndist > 30) fail(name_, "invalid dynamic block counts");
    static constexpr uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    std::array<uint8_t, 19> codeLengths{};
    for (int i = 0; i < ncode; ++i) codeLengths[order[i]] = static_cast<uint8_t>(bits(3));
    const Huffman lencode = build(codeLengths.data(), 19);
    std::array<uint8_t, 316> lengths{};
    int index = 0;
    while (index < nlen + ndist) {
      int symbol = decode(lencode);
      if (symbol < 16) {
        lengths[static_cast<size_t>(index++)] = static_cast<uint8_t>(symbol);
        continue;
      }
      uint8_t value = 0;
      int repeat = 0;
      if (symbol == 16) {
        if (index == 0) fail(name_, "repeat with no previous length");
        value = lengths[static_cast<size_t>(index - 1)];
        repeat = 3 + static_cast<int>(bits(2));
      } else if (symbol == 17) {
        repeat = 3 + static_cast<int>(bits(3));
      } else {
        repeat = 11 + static_cast<int>(bits(7));
      }
      if (index + repeat > nlen + ndist) fail(name_, "too many code lengths");
      while (repeat--) lengths[static_cast<size_t>(index++)] = value;
    }
    if (lengths[256] == 0) fail(name_, "no end-of-block code");
    codes(build(lengths.data(), nlen), build(lengths.data() + nlen, ndist));
  }

  const std::vector<uint8_t>& in_;
  const std::string& name_;
  size_t pos_ = 0;
  uint32_t bitBuffer_ = 0;
  int bitCount_ = 0;
  std::vector<uint8_t> out_;
};

int paeth(int a, int b, int c) {
  const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

}  // namespace

Rgb8 decodeRgb(const std::vector<uint8_t>& file, const std::string& name) {
  static constexpr uint8_t signature[8] = {137, 80, 78, 71, 13, 10, 26, 10};
  if (file.size() < 8 || !std::equal(signature, signature + 8, file.begin())) fail(name, "not a PNG file");
  size_t pos = 8;
  int width = 0, height = 0, colorType = -1;
  std::vector<uint8_t> idat, palette;
  bool ended = false;
  while (!ended) {
    if (pos + 12 > file.size()) fail(name, "file ends inside a chunk");
    const uint32_t length = be32(&file[pos]);
    if (length > file.size() - pos - 12) fail(name, "chunk longer than the file");
    const std::string type(reinterpret_cast<const char*>(&file[pos + 4]), 4);
    const uint8_t* data = &file[pos + 8];
    if (crc32(&file[pos + 4], length + 4) != be32(&file[pos + 8 + length])) fail(name, "CRC mismatch in chunk " + type);
    if (type == "IHDR") {
      if (length != 13) fail(name, "bad IHDR");
      width = static_cast<int>(be32(data));
      height = static_cast<int>(be32(data + 4));
      colorType = data[9];
      if (data[8] != 8) fail(name, "only 8-bit samples are supported");
      if (data[12] != 0) fail(name, "interlaced PNGs are not supported");
      if (width <= 0 || height <= 0 || width > 16384 || height > 16384) fail(name, "image size out of range");
    } else if (type == "PLTE") {
      palette.assign(data, data + length);
    } else if (type == "IDAT") {
      idat.insert(idat.end(), data, data + length);
    } else if (type == "IEND") {
      ended = true;
    }
    pos += 12 + length;
  }
  int channels = 0;
  switch (colorType) {
    case 0: channels = 1; break;
    case 2: channels = 3; break;
    case 3: channels = 1; break;
    case 4: channels = 2; break;
    case 6: channels = 4; break;
    default: fail(name, "unsupported colour type " + std::to_string(colorType));
  }
  if (colorType == 3 && palette.empty()) fail(name, "palette image without PLTE");
  const std::vector<uint8_t> raw = Inflater(idat, name).run();
  const size_t stride = static_cast<size_t>(width) * channels;
  if (raw.size() != (stride + 1) * static_cast<size_t>(height)) fail(name, "image data has the wrong size");
  std::vector<uint8_t> rows(stride * static_cast<size_t>(height));
  for (int y = 0; y < height; ++y) {
    const uint8_t filter = raw[static_cast<size_t>(y) * (stride + 1)];
    const uint8_t* src = &raw[static_cast<size_t>(y) * (stride + 1) + 1];
    uint8_t* row = &rows[static_cast<size_t>(y) * stride];
    const uint8_t* up = y > 0 ? row - stride : nullptr;
    for (size_t x = 0; x < stride; ++x) {
      const int a = x >= static_cast<size_t>(channels) ? row[x - channels] : 0, b = up ? up[x] : 0,
                c = up && x >= static_cast<size_t>(channels) ? up[x - channels] : 0;
      int v = src[x];
      switch (filter) {
        case 0: break;
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) / 2; break;
        case 4: v += paeth(a, b, c); break;
        default: fail(name, "invalid filter type on row " + std::to_string(y));
      }
      row[x] = static_cast<uint8_t>(v);
    }
  }
  Rgb8 image;
  image.width = width;
  image.height = height;
  image.pixels.resize(static_cast<size_t>(width) * height * 3);
  for (size_t i = 0, n = static_cast<size_t>(width) * height; i < n; ++i) {
    const uint8_t* p = &rows[i * static_cast<size_t>(channels)];
    uint8_t* q = &image.pixels[i * 3];
    if (colorType == 3) {
      if (size_t{p[0]} * 3 + 2 >= palette.size()) fail(name, "palette index out of range");
      q[0] = palette[p[0] * 3u];
      q[1] = palette[p[0] * 3u + 1];
      q[2] = palette[p[0] * 3u + 2];
    } else if (channels <= 2) {
      q[0] = q[1] = q[2] = p[0];
    } else {
      q[0] = p[0];
      q[1] = p[1];
      q[2] = p[2];
    }
  }
  return image;
}

Rgb8 readRgb(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return decodeRgb(bytes, path);
}

}  // namespace testpng
