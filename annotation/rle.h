#pragma once
// Binary masks as COCO-compatible run-length encodings (RLE).
//
// Convention (identical to pycocotools and SA-V):
//  - pixels are visited in column-major order (down the first column, then the next, ...);
//  - counts alternate runs of 0s and 1s and always start with a run of 0s (possibly of length 0);
//  - the compressed string form is pycocotools' rleToString/rleFrString: each count (after the
//    third, as a difference to the count two places back) is written as 5-bit groups with a
//    continuation bit, offset by '0' (48).
// A mask stays an Rle everywhere in the project: views decode it only to draw.
#include <cstdint>
#include <string>
#include <string_view>
#include <memory>
#include <span>
#include <vector>

#include <QColor>
#include <QImage>
#include <nlohmann/json_fwd.hpp>

#include "annotation/run_store.h"

namespace s2s {

// Axis-aligned box in pixels, COCO style: top-left corner and size. All zero for an empty mask.
struct BBox {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool operator==(const BBox&) const = default;
};

enum class RleOp { Union, Intersection, Difference /* a and not b */, Xor };

class Rle {
public:
    // A 0x0 mask (no pixels at all).
    Rle() = default;
    // An empty (all zero) mask of the given size. Throws AnnotationError on negative sizes.
    Rle(int height, int width);

    // Uncompressed counts as in COCO's {"size":[h,w],"counts":[...]}. Throws AnnotationError when
    // the counts do not add up to height*width. Zero-length runs inside are merged away.
    static Rle fromCounts(std::vector<uint32_t> counts, int height, int width);
    // Compressed COCO/SA-V counts string. Throws AnnotationError on characters outside the
    // alphabet, a truncated last number, negative runs, or runs that do not cover height*width.
    static Rle fromString(std::string_view counts, int height, int width);
    // The compressed string, byte-identical to pycocotools' for the same mask.
    std::string toString() const;

    // From a row-major 8-bit mask (nonzero = inside), as QImage/cv::Mat store them.
    // strideBytes <= 0 means tightly packed (= width).
    static Rle encode(const uint8_t* rowMajor, int height, int width, std::ptrdiff_t strideBytes = 0);
    // Writes 0/1 bytes in row-major order; strideBytes <= 0 means tightly packed (= width).
    void decode(uint8_t* rowMajorOut, std::ptrdiff_t strideBytes = 0) const;
    std::vector<uint8_t> decode() const;

    // QImage helpers. fromImage: for Grayscale8/Indexed8/Alpha8 a pixel is inside when its byte is
    // nonzero; for other formats when it is neither black nor fully transparent.
    // toImage: Format_Grayscale8 with 0 / 255.
    static Rle fromImage(const QImage& mask);
    QImage toImage() const;
    // Format_ARGB32_Premultiplied overlay: `color` inside the mask, transparent outside.
    QImage toOverlay(const QColor& color) const;

    // COCO JSON object {"size":[h,w],"counts":"..."}; fromJson also accepts uncompressed counts
    // (a list of integers). Throws AnnotationError on a malformed object.
    nlohmann::json toJson() const;
    static Rle fromJson(const nlohmann::json& object);

    int height() const { return height_; }
    int width() const { return width_; }
    // Run lengths (column-major, starting with zeros). Never empty for a default or valid mask.
    std::span<const uint32_t> counts() const { return *counts_; }

    uint64_t area() const;       // number of 1 pixels
    BBox bbox() const;           // tight box of the 1 pixels (as pycocotools toBbox)
    bool isEmpty() const;        // no 1 pixel (true for a 0x0 mask as well)
    bool contains(int x, int y) const;  // pixel test without decoding; false outside the image

    // Algebra on the runs, never decoding. Both masks must have the same size (AnnotationError
    // otherwise).
    static Rle merge(const Rle& a, const Rle& b, RleOp op);
    static Rle merge(const std::vector<Rle>& masks, RleOp op);  // left fold; needs >= 1 mask
    static uint64_t intersectionArea(const Rle& a, const Rle& b);
    // |a & b| / |a | b|. Two empty masks are identical, so their IoU is 1.
    static double iou(const Rle& a, const Rle& b);

    // Approximate heap+object size, for memory accounting of undo history (the runs are shared
    // between copies, so this counts them once per copy: an upper bound).
    std::size_t memoryBytes() const { return sizeof(Rle) + counts_->capacity() * sizeof(uint32_t); }

    bool operator==(const Rle& other) const {
        return height_ == other.height_ && width_ == other.width_ &&
               (counts_ == other.counts_ || *counts_ == *other.counts_);
    }

private:
    // In run_store's slabs, away from the heap that the model's tensors come and go in.
    using Runs = std::vector<uint32_t, run_store::Allocator<uint32_t>>;
    using Counts = std::shared_ptr<const Runs>;
    static Counts share(std::vector<uint32_t> counts);
    static const Counts& noCounts();  // {0}: the 0x0 mask

    int height_ = 0;
    int width_ = 0;
    // A mask never changes once made, so its copies (undo steps, masklet history, the tracker's
    // and the editor's bookkeeping, queued signals) share one vector of runs: a long video keeps
    // one copy of each mask, not one per holder.
    Counts counts_ = noCounts();
};

} // namespace s2s
