#pragma once
// Limits on what files from outside may claim, checked when they are read (projects, datasets),
// so a hostile or damaged file is refused with a clear error instead of making the app walk,
// allocate or draw without bound. Generous for real work: a 60 fps video of 46 hours, a 16K
// frame (the decoders' own limit), thousands of objects. The README's "Files from strangers"
// lists them with the other parsers' limits.
#include <cstdint>

namespace s2s::limits {

constexpr int kMaxFramesPerVideo = 10'000'000;
constexpr int kMaxMediaSide = 16384;  // pixels, as MediaSource::kMaxImageSide
// Objects (masklets) of one image or video; an object has at most one mask per frame, so this is
// also the limit on masks per frame. SA-V videos have tens, LVIS images up to about 800.
constexpr int kMaxObjectsPerMedia = 10'000;
// Project files and dataset JSON (COCO, SA-V) are parsed whole: LVIS v1's train JSON is 1.1 GB.
constexpr std::int64_t kMaxJsonFileBytes = std::int64_t{2} << 30;

} // namespace s2s::limits
