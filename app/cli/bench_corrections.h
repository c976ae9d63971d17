#pragma once
// Benchmarks of the app's video engine (Project + VideoEditor + tracker thread, as in the app and
// `replay`): a correction's latency on a tracked frame with full memory, and re-tracking after a
// correction in the middle of a long clip against the full propagation. Frames are generated
// (textured picture with moving discs) and written as a frame folder, as the app reads them.
#include <cmath>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace sam2 {
class Sam2Model;
}

namespace cli {

// Where object `index` of `count` sits on frame `frame`: discs spread over the picture that
// drift a little every frame, so tracking has something to follow.
inline std::pair<float, float> discCenter(int index, int count, int frame, int size) {
  const double angle = 2.0 * M_PI * (index + 0.5) / std::max(1, count);
  const double radius = 0.25 * size;
  const double drift = 0.01 * size * frame;
  return {static_cast<float>(0.5 * size + radius * std::cos(angle) + drift),
          static_cast<float>(0.5 * size + radius * std::sin(angle) + 0.5 * drift)};
}

// An RGB8 picture of size x size: smooth texture, `discs` bright discs placed by discCenter.
inline std::vector<uint8_t> syntheticFrame(int size, int frame, int discs) {
  std::vector<uint8_t> rgb(static_cast<size_t>(size) * size * 3);
  const float discRadius = 0.06f * static_cast<float>(size);
  std::vector<std::pair<float, float>> centers;
  for (int i = 0; i < discs; ++i) centers.push_back(discCenter(i, discs, frame, size));
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      uint8_t* p = rgb.data() + (static_cast<size_t>(y) * size + x) * 3;
      p[0] = static_cast<uint8_t>(96 + 60 * std::sin(x * 0.031 + frame * 0.1));
      p[1] = static_cast<uint8_t>(96 + 60 * std::cos(y * 0.027));
      p[2] = static_cast<uint8_t>((x ^ y) & 63);
      for (size_t i = 0; i < centers.size(); ++i) {
        const float dx = static_cast<float>(x) - centers[i].first, dy = static_cast<float>(y) - centers[i].second;
        if (dx * dx + dy * dy < discRadius * discRadius) {
          p[0] = static_cast<uint8_t>(230 - 40 * i);
          p[1] = static_cast<uint8_t>(40 + 70 * i);
          p[2] = 200;
        }
      }
    }
  }
  return rgb;
}

// Clicks on a tracked frame whose memory bank is full: the first on a frame whose features are not
// cached (the image encoder runs), then refinements on it. Needs >= num_maskmem + 2 frames.
nlohmann::json benchCorrection(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int clicks);
// A clip of `frames` frames with `objects` objects prompted on frame 0 and tracked to the end, then
// one correction in the middle and the app's re-tracking of what changed.
nlohmann::json benchRetrack(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int objects, int agreeFrames);

}  // namespace cli
