#pragma once
// Limits on what files from outside may claim, checked when they are read (projects, datasets),
// so a hostile or damaged file is refused with a clear error instead of making the app walk,
// allocate or draw without bound. Generous for real work: a 60 fps video of 46 hours, a 16K
// frame (the decoders' own limit), thousands of objects.
#include <cstdint>

namespace s2s::limits {

constexpr int kMaxFramesPerVideo = 10'000'000;
constexpr int kMaxMediaSide = 16384;  // pixels, as MediaSource::kMaxImageSide

} // namespace s2s::limits
