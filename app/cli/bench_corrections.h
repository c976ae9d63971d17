#pragma once
// Benchmarks of the app's video engine (Project + VideoEditor + tracker thread, as in the app and
// `replay`): a correction's latency on a tracked frame with full memory, and re-tracking after a
// correction in the middle of a long clip against the full propagation. Frames are generated
// (textured picture with moving discs) and written as a frame folder, as the app reads them.
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model_bench.h"

namespace sam2 {
class Sam2Model;
}

namespace cli {

using sam2::bench::discCenter;
using sam2::bench::syntheticFrame;

// Clicks on a tracked frame whose memory bank is full: the first on a frame whose features are not
// cached (the image encoder runs), then refinements on it. Needs >= num_maskmem + 2 frames.
nlohmann::json benchCorrection(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int clicks);
// A clip of `frames` frames with `objects` objects prompted on frame 0 and tracked to the end, then
// one correction in the middle and the app's re-tracking of what changed.
nlohmann::json benchRetrack(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int objects, int agreeFrames);

}  // namespace cli
