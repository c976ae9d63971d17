#pragma once
// The model's own speed measurements, shared by `sam2studio-cli bench` and the Qt-free
// `sam2-model-bench` that scripts/gpu-check.sh builds on a GPU machine (no Qt there): image
// encoding, click to mask and propagation with 1 and N objects on generated frames (a textured
// picture with moving discs), as JSON. On a GPU every timed unit ends in a synchronisation, so
// the times are the GPU's, not its queue's.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace sam2 {
class Sam2Model;
struct ModelOptions;
}  // namespace sam2

namespace sam2::bench {

struct Settings {
  int frames = 8;         // video frames to propagate through (0: no video)
  int objects = 3;        // propagation is measured with 1 and with this many objects
  int clicks = 24;        // clicks timed (after two warm-up clicks)
  int encodeRepeats = 3;  // image encodings (the best one is reported)
  bool profile = false;   // per-stage times and product efficiency (profile.h must be enabled)
};

// Where object `index` of `count` sits on frame `frame`: discs spread over the picture that
// drift a little every frame, so tracking has something to follow.
std::pair<float, float> discCenter(int index, int count, int frame, int size);
// An RGB8 picture of size x size: smooth texture, `discs` bright discs placed by discCenter.
std::vector<uint8_t> syntheticFrame(int size, int frame, int discs);

double round2(double v);
// {median, p95, min, mean, count} of a list of milliseconds (nearest-rank percentiles).
nlohmann::json summary(const std::vector<double>& ms);
// A field of /proc/self/status in MiB ("VmRSS:", "VmHWM:"); 0 where there is none.
double processStatusMb(const char* field);

// One line of progress on stderr ("bench: ..."): a run on a big model takes minutes.
void progress(const std::string& line);

// The machine and model: name, device, dtype, threads, CPU features, oneDNN ISA, image size.
nlohmann::json describe(const Sam2Model& model, const ModelOptions& options);
// image_encode_ms, image_encode_runs_ms, prompt_to_mask_ms (and profile).
nlohmann::json image(const std::shared_ptr<Sam2Model>& model, const Settings& settings);
// One propagation with `objects` objects clicked on frame 0: per-frame times, frames_per_s,
// full_memory_mean, rss_mb per frame, the memory store's use; promptMs: the clicks on frame 0.
nlohmann::json video(const std::shared_ptr<Sam2Model>& model, const Settings& settings, int objects,
                     double& promptMs);
// video() with 1 and with settings.objects objects: frames, propagate_ms_per_frame (the mean per
// object count), propagate_detail, video_prompt_ms. Empty when settings.frames is 0.
nlohmann::json videos(const std::shared_ptr<Sam2Model>& model, const Settings& settings);
// describe + image + videos + peak_rss_mb.
nlohmann::json all(const std::shared_ptr<Sam2Model>& model, const ModelOptions& options, const Settings& settings);

}  // namespace sam2::bench
