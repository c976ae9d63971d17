#include "annotation/rle.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "annotation/errors.h"

namespace s2s {
namespace {

uint64_t checkedPixelCount(int height, int width) {
    if (height < 0 || width < 0) {
        throw AnnotationError("Mask size " + std::to_string(height) + "x" + std::to_string(width) +
                              " is negative.");
    }
    const uint64_t n = uint64_t(height) * uint64_t(width);
    if (n > std::numeric_limits<uint32_t>::max()) {
        throw AnnotationError("Mask size " + std::to_string(height) + "x" + std::to_string(width) +
                              " is too large for 32-bit RLE counts.");
    }
    return n;
}

std::string sizeText(int height, int width) {
    return std::to_string(height) + "x" + std::to_string(width);
}

// Drops zero-length runs inside the list (their neighbours have the same value and are joined)
// and at the end, so that equal masks have equal counts. counts[0] may legitimately be 0.
void canonicalise(std::vector<uint32_t>& counts) {
    if (counts.empty()) {
        counts.push_back(0);
        return;
    }
    bool clean = true;
    for (std::size_t i = 1; i < counts.size() && clean; ++i) clean = counts[i] != 0;
    if (clean) return;
    std::vector<uint32_t> out;
    out.reserve(counts.size());
    out.push_back(counts[0]);
    for (std::size_t i = 1; i < counts.size();) {
        if (counts[i] == 0) {
            if (i + 1 < counts.size()) out.back() += counts[i + 1];
            i += 2;
        } else {
            out.push_back(counts[i]);
            ++i;
        }
    }
    counts.swap(out);
}

// Walks the runs of one mask, skipping zero-length ones.
struct RunCursor {
    std::span<const uint32_t> counts;
    std::size_t index = 0;
    uint64_t left = 0;
    uint8_t value = 0;

    explicit RunCursor(std::span<const uint32_t> c) : counts(c) {
        left = counts.empty() ? 0 : counts[0];
        skipEmpty();
    }
    void skipEmpty() {
        while (left == 0 && index + 1 < counts.size()) {
            ++index;
            value ^= 1;
            left = counts[index];
        }
    }
    void consume(uint64_t n) {
        left -= n;
        skipEmpty();
    }
};

// Appends runs, joining equal neighbours; produces canonical counts.
struct RunWriter {
    std::vector<uint32_t> counts;
    uint8_t value = 0;
    uint64_t length = 0;

    void append(uint8_t v, uint64_t n) {
        if (n == 0) return;
        if (v != value) {
            counts.push_back(static_cast<uint32_t>(length));
            value = v;
            length = 0;
        }
        length += n;
    }
    std::vector<uint32_t> finish() {
        counts.push_back(static_cast<uint32_t>(length));
        return std::move(counts);
    }
};

uint8_t applyOp(RleOp op, uint8_t a, uint8_t b) {
    switch (op) {
    case RleOp::Union: return a | b;
    case RleOp::Intersection: return a & b;
    case RleOp::Difference: return a & (b ^ 1);
    case RleOp::Xor: return a ^ b;
    }
    return 0;
}

void requireSameSize(const Rle& a, const Rle& b, const char* what) {
    if (a.height() != b.height() || a.width() != b.width()) {
        throw AnnotationError(std::string(what) + " needs masks of the same size, got " +
                              sizeText(a.height(), a.width()) + " and " +
                              sizeText(b.height(), b.width()) + ".");
    }
}

} // namespace

Rle::Rle(int height, int width)
    : height_(height), width_(width),
      counts_(share({static_cast<uint32_t>(checkedPixelCount(height, width))})) {}

Rle::Counts Rle::share(std::vector<uint32_t> counts) {
    // Copied into the store at its exact size (encode over-reserves), the shared count with it:
    // kept for as long as the mask, neither stays in the heap of the thread that made it.
    return std::allocate_shared<Runs>(run_store::Allocator<Runs>{}, counts.begin(), counts.end());
}

const Rle::Counts& Rle::noCounts() {
    static const Counts zero = share({0});
    return zero;
}

Rle Rle::fromCounts(std::vector<uint32_t> counts, int height, int width) {
    const uint64_t total = checkedPixelCount(height, width);
    uint64_t sum = 0;
    for (uint32_t c : counts) sum += c;
    if (sum != total) {
        throw AnnotationError("RLE counts cover " + std::to_string(sum) + " pixels but the mask is " +
                              sizeText(height, width) + " (" + std::to_string(total) + " pixels).");
    }
    Rle rle;
    rle.height_ = height;
    rle.width_ = width;
    canonicalise(counts);
    rle.counts_ = share(std::move(counts));
    return rle;
}

Rle Rle::fromString(std::string_view s, int height, int width) {
    const uint64_t total = checkedPixelCount(height, width);
    std::vector<uint32_t> counts;
    counts.reserve(s.size());
    uint64_t sum = 0;
    std::size_t p = 0;
    while (p < s.size()) {
        const std::size_t start = p;
        int64_t x = 0;
        int groups = 0;
        bool more = true;
        while (more) {
            if (p >= s.size()) {
                throw AnnotationError("RLE counts string is truncated: its last number (from character " +
                                      std::to_string(start) + ") is incomplete.");
            }
            const int c = static_cast<unsigned char>(s[p]) - 48;
            if (c < 0 || c > 63) {
                throw AnnotationError("RLE counts string has an invalid character at position " +
                                      std::to_string(p) + ".");
            }
            if (groups >= 7) {  // 7 groups = 35 bits: more than any 32-bit count difference needs
                throw AnnotationError("RLE counts string has a number too long at position " +
                                      std::to_string(start) + ".");
            }
            x |= int64_t(c & 0x1f) << (5 * groups);
            more = (c & 0x20) != 0;
            ++p;
            ++groups;
            if (!more && (c & 0x10)) x |= -(int64_t(1) << (5 * groups));  // sign extension
        }
        // As in pycocotools: from the fourth count on, each is stored relative to the one two back.
        if (counts.size() > 2) x += counts[counts.size() - 2];
        if (x < 0) {
            throw AnnotationError("RLE counts string is invalid: run " + std::to_string(counts.size()) +
                                  " has a negative length (" + std::to_string(x) + ").");
        }
        if (uint64_t(x) > total - sum) {
            throw AnnotationError("RLE counts overflow the mask size " + sizeText(height, width) +
                                  ": run " + std::to_string(counts.size()) + " has length " +
                                  std::to_string(x) + " with only " + std::to_string(total - sum) +
                                  " pixels left.");
        }
        counts.push_back(static_cast<uint32_t>(x));
        sum += uint64_t(x);
    }
    if (sum != total) {
        throw AnnotationError("RLE counts cover only " + std::to_string(sum) + " of the " +
                              std::to_string(total) + " pixels of a " + sizeText(height, width) +
                              " mask (truncated counts or wrong size).");
    }
    Rle rle;
    rle.height_ = height;
    rle.width_ = width;
    canonicalise(counts);
    rle.counts_ = share(std::move(counts));
    return rle;
}

std::string Rle::toString() const {
    std::string s;
    s.reserve(counts_->size() * 3);
    for (std::size_t i = 0; i < counts_->size(); ++i) {
        int64_t x = (*counts_)[i];
        if (i > 2) x -= int64_t((*counts_)[i - 2]);
        bool more = true;
        while (more) {
            int c = int(x & 0x1f);
            x >>= 5;  // arithmetic shift: negative differences keep their sign
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more) c |= 0x20;
            s.push_back(char(c + 48));
        }
    }
    return s;
}

// Encoding and decoding never walk the image in column-major order (that would stride through
// memory). Both work with "flips": a pixel whose value differs from the one above it in its
// column. Flips are found by comparing consecutive rows (contiguous, word-at-a-time) and then
// sorted by column with a counting sort; run boundaries are exactly the flips plus the column
// starts where the value differs from the end of the previous column.

Rle Rle::encode(const uint8_t* src, int height, int width, std::ptrdiff_t stride) {
    const uint64_t total = checkedPixelCount(height, width);
    if (stride <= 0) stride = width;
    Rle rle;
    rle.height_ = height;
    rle.width_ = width;
    if (total == 0) return rle;
    const std::size_t w = std::size_t(width);

    // Rows are compared raw, 8 bytes at a time: equal bytes cannot flip. Only differing words are
    // looked at per pixel, as booleans (1 and 255 are both "inside").
    std::vector<uint8_t> firstRow(w);
    for (std::size_t x = 0; x < w; ++x) firstRow[x] = src[x] != 0;
    std::vector<uint32_t> flipX, flipY;  // in row order
    for (int y = 1; y < height; ++y) {
        const uint8_t* cur = src + std::ptrdiff_t(y) * stride;
        const uint8_t* prev = cur - stride;
        std::size_t x = 0;
        for (;;) {
            while (x + 8 <= w) {
                uint64_t a, b;
                std::memcpy(&a, cur + x, 8);
                std::memcpy(&b, prev + x, 8);
                if (a != b) break;
                x += 8;
            }
            if (x >= w) break;
            const std::size_t end = std::min(w, x + 8);
            for (; x < end; ++x)
                if ((cur[x] != 0) != (prev[x] != 0)) {
                    flipX.push_back(uint32_t(x));
                    flipY.push_back(uint32_t(y));
                }
        }
    }

    // Stable counting sort of the flips by column (rows stay ascending within a column).
    std::vector<uint32_t> columnStart(w + 1, 0);
    for (uint32_t x : flipX) ++columnStart[x + 1];
    for (std::size_t x = 0; x < w; ++x) columnStart[x + 1] += columnStart[x];
    std::vector<uint32_t> rowsByColumn(flipX.size());
    {
        std::vector<uint32_t> fill(columnStart.begin(), columnStart.end() - 1);
        for (std::size_t i = 0; i < flipX.size(); ++i) rowsByColumn[fill[flipX[i]]++] = flipY[i];
    }

    std::vector<uint32_t> counts;
    counts.reserve(2 * flipX.size() + 2 * w / 8 + 2);
    uint64_t runStart = 0;
    uint8_t value = 0;
    const uint64_t h = uint64_t(height);
    for (std::size_t x = 0; x < w; ++x) {
        const uint64_t base = uint64_t(x) * h;
        if (firstRow[x] != value) {
            counts.push_back(uint32_t(base - runStart));
            runStart = base;
            value ^= 1;
        }
        for (uint32_t i = columnStart[x]; i < columnStart[x + 1]; ++i) {
            const uint64_t p = base + rowsByColumn[i];
            counts.push_back(uint32_t(p - runStart));
            runStart = p;
            value ^= 1;
        }
    }
    counts.push_back(uint32_t(total - runStart));
    rle.counts_ = share(std::move(counts));
    return rle;
}

void Rle::decode(uint8_t* out, std::ptrdiff_t stride) const {
    if (stride <= 0) stride = width_;
    const uint64_t total = uint64_t(height_) * uint64_t(width_);
    if (total == 0) return;
    const std::size_t w = std::size_t(width_);
    const uint64_t h = uint64_t(height_);

    // Value at the top of each column, and flips (x, y > 0) from run boundaries inside columns.
    std::vector<uint8_t> state(w, 0);
    std::vector<uint32_t> rowStart(std::size_t(height_) + 1, 0);
    std::vector<std::pair<uint32_t, uint32_t>> flips;  // (x, y)
    uint64_t pos = 0;
    uint8_t value = 0;
    for (std::size_t i = 0; i < counts_->size(); ++i) {
        const uint64_t len = (*counts_)[i];
        if (pos > 0 && pos < total && pos % h != 0) {
            flips.emplace_back(uint32_t(pos / h), uint32_t(pos % h));
            ++rowStart[pos % h + 1];
        }
        if (value && len > 0) {
            // Columns whose top pixel lies in this run of ones.
            const uint64_t firstColumn = (pos + h - 1) / h;
            const uint64_t lastColumn = (pos + len - 1) / h;
            for (uint64_t x = firstColumn; x <= lastColumn && x < w; ++x) state[x] = 1;
        }
        pos += len;
        value ^= 1;
    }
    for (std::size_t y = 0; y < std::size_t(height_); ++y) rowStart[y + 1] += rowStart[y];
    std::vector<uint32_t> columnsByRow(flips.size());
    {
        std::vector<uint32_t> fill(rowStart.begin(), rowStart.end() - 1);
        for (const auto& [x, y] : flips) columnsByRow[fill[y]++] = x;
    }
    for (int y = 0; y < height_; ++y) {
        for (uint32_t i = rowStart[y]; i < rowStart[y + 1]; ++i) state[columnsByRow[i]] ^= 1;
        std::memcpy(out + std::ptrdiff_t(y) * stride, state.data(), w);
    }
}

std::vector<uint8_t> Rle::decode() const {
    std::vector<uint8_t> out(std::size_t(height_) * std::size_t(width_));
    decode(out.data());
    return out;
}

Rle Rle::fromImage(const QImage& image) {
    const int h = image.height();
    const int w = image.width();
    if (image.isNull()) return Rle();
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Indexed8:
    case QImage::Format_Alpha8:
        return encode(image.constBits(), h, w, image.bytesPerLine());
    default: {
        // Inside = neither black nor fully transparent.
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        std::vector<uint8_t> bits(std::size_t(h) * std::size_t(w));
        for (int y = 0; y < h; ++y) {
            const QRgb* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
            uint8_t* dst = bits.data() + std::size_t(y) * std::size_t(w);
            for (int x = 0; x < w; ++x) dst[x] = qAlpha(line[x]) != 0 && (line[x] & 0x00ffffffu) != 0;
        }
        return encode(bits.data(), h, w);
    }
    }
}

QImage Rle::toImage() const {
    QImage img(width_, height_, QImage::Format_Grayscale8);
    if (img.isNull()) return img;
    decode(img.bits(), img.bytesPerLine());
    for (int y = 0; y < height_; ++y) {
        uint8_t* line = img.scanLine(y);
        for (int x = 0; x < width_; ++x) line[x] = line[x] ? 255 : 0;
    }
    return img;
}

QImage Rle::toOverlay(const QColor& color) const {
    QImage img(width_, height_, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) return img;
    const std::vector<uint8_t> bits = decode();
    const QRgb inside = qPremultiply(color.rgba());
    for (int y = 0; y < height_; ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        const uint8_t* src = bits.data() + std::size_t(y) * std::size_t(width_);
        for (int x = 0; x < width_; ++x) line[x] = src[x] ? inside : 0u;
    }
    return img;
}

nlohmann::json Rle::toJson() const {
    return nlohmann::json{{"size", {height_, width_}}, {"counts", toString()}};
}

Rle Rle::fromJson(const nlohmann::json& object) {
    if (!object.is_object() || !object.contains("size") || !object.contains("counts")) {
        throw AnnotationError("An RLE mask must be an object with \"size\" and \"counts\".");
    }
    const auto& size = object.at("size");
    if (!size.is_array() || size.size() != 2 || !size[0].is_number_integer() ||
        !size[1].is_number_integer()) {
        throw AnnotationError("An RLE mask's \"size\" must be [height, width].");
    }
    const int64_t h = size[0].get<int64_t>();
    const int64_t w = size[1].get<int64_t>();
    if (h < 0 || w < 0 || h > std::numeric_limits<int>::max() || w > std::numeric_limits<int>::max()) {
        throw AnnotationError("An RLE mask's \"size\" [" + std::to_string(h) + ", " +
                              std::to_string(w) + "] is out of range.");
    }
    const auto& counts = object.at("counts");
    if (counts.is_string()) return fromString(counts.get<std::string>(), int(h), int(w));
    if (counts.is_array()) {
        std::vector<uint32_t> runs;
        runs.reserve(counts.size());
        for (const auto& c : counts) {
            if (!c.is_number_integer() || c.get<int64_t>() < 0 ||
                c.get<int64_t>() > int64_t(std::numeric_limits<uint32_t>::max())) {
                throw AnnotationError("Uncompressed RLE counts must be non-negative integers.");
            }
            runs.push_back(static_cast<uint32_t>(c.get<int64_t>()));
        }
        return fromCounts(std::move(runs), int(h), int(w));
    }
    throw AnnotationError("An RLE mask's \"counts\" must be a string or a list of integers.");
}

uint64_t Rle::area() const {
    uint64_t a = 0;
    for (std::size_t i = 1; i < counts_->size(); i += 2) a += (*counts_)[i];
    return a;
}

bool Rle::isEmpty() const {
    for (std::size_t i = 1; i < counts_->size(); i += 2)
        if ((*counts_)[i] != 0) return false;
    return true;
}

BBox Rle::bbox() const {
    if (height_ == 0 || width_ == 0) return {};
    const uint64_t h = uint64_t(height_);
    uint64_t xs = std::numeric_limits<uint64_t>::max(), xe = 0;
    uint64_t ys = std::numeric_limits<uint64_t>::max(), ye = 0;
    bool any = false;
    uint64_t pos = 0;
    for (std::size_t i = 0; i < counts_->size(); ++i) {
        const uint64_t len = (*counts_)[i];
        if ((i & 1) && len > 0) {
            any = true;
            const uint64_t first = pos, last = pos + len - 1;
            const uint64_t x0 = first / h, x1 = last / h;
            xs = std::min(xs, x0);
            xe = std::max(xe, x1);
            if (x1 > x0) {
                // Spans a column boundary: covers the bottom row of x0 and the top row of x0+1.
                ys = 0;
                ye = h - 1;
            } else {
                ys = std::min(ys, first % h);
                ye = std::max(ye, last % h);
            }
        }
        pos += len;
    }
    if (!any) return {};
    return {int(xs), int(ys), int(xe - xs + 1), int(ye - ys + 1)};
}

bool Rle::contains(int x, int y) const {
    if (x < 0 || y < 0 || x >= width_ || y >= height_) return false;
    const uint64_t target = uint64_t(x) * uint64_t(height_) + uint64_t(y);
    uint64_t pos = 0;
    for (std::size_t i = 0; i < counts_->size(); ++i) {
        pos += (*counts_)[i];
        if (target < pos) return (i & 1) != 0;
    }
    return false;
}

Rle Rle::merge(const Rle& a, const Rle& b, RleOp op) {
    requireSameSize(a, b, "Merging masks");
    RunCursor ca(*a.counts_), cb(*b.counts_);
    RunWriter out;
    out.counts.reserve(a.counts_->size() + b.counts_->size());
    while (ca.left > 0 && cb.left > 0) {
        const uint64_t n = std::min(ca.left, cb.left);
        out.append(applyOp(op, ca.value, cb.value), n);
        ca.consume(n);
        cb.consume(n);
    }
    Rle rle;
    rle.height_ = a.height_;
    rle.width_ = a.width_;
    rle.counts_ = share(out.finish());
    return rle;
}

Rle Rle::merge(const std::vector<Rle>& masks, RleOp op) {
    if (masks.empty()) throw AnnotationError("Merging masks needs at least one mask.");
    Rle acc = masks.front();
    for (std::size_t i = 1; i < masks.size(); ++i) acc = merge(acc, masks[i], op);
    return acc;
}

uint64_t Rle::intersectionArea(const Rle& a, const Rle& b) {
    requireSameSize(a, b, "Intersecting masks");
    RunCursor ca(*a.counts_), cb(*b.counts_);
    uint64_t inter = 0;
    while (ca.left > 0 && cb.left > 0) {
        const uint64_t n = std::min(ca.left, cb.left);
        if (ca.value & cb.value) inter += n;
        ca.consume(n);
        cb.consume(n);
    }
    return inter;
}

double Rle::iou(const Rle& a, const Rle& b) {
    const uint64_t inter = intersectionArea(a, b);
    const uint64_t uni = a.area() + b.area() - inter;
    if (uni == 0) return 1.0;
    return double(inter) / double(uni);
}

} // namespace s2s
