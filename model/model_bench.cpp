#include "model/model_bench.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <thread>

#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/image_session.h"
#include "model/product_counter.h"
#include "model/profile.h"
#include "model/runtime.h"
#include "model/sam2_model.h"
#include "model/video_session.h"

namespace sam2::bench {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  // Nearest rank: the smallest value with at least p of the values at or below it.
  const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// GPU work is queued: a copy to the host waits for everything queued before it on the stream.
void waitForDevice(const Sam2Model& model) {
  if (model.options().device == "cpu") return;
  (void)at::zeros({1}, at::TensorOptions().device(at::Device(model.options().device))).to(at::kCPU);
}

// The peak of a product shape in the run's dtype, measured once per shape.
const profile::ProductPeak& peakOf(const profile::Product& p, bool bfloat16) {
  static std::map<std::pair<profile::Product, bool>, profile::ProductPeak> measured;
  const auto key = std::make_pair(p, bfloat16);
  auto it = measured.find(key);
  if (it == measured.end()) it = measured.emplace(key, profile::measureProductPeak(p, bfloat16)).first;
  return it->second;
}

// The profiler's counters since the last reset, per timed unit (encoding, click or frame): the
// time of each stage and, where it ran matrix products, their work (GFLOP), the rate it reached,
// its dominant product (batch x M x N x K) and, on the CPU, that product's peak on these cores,
// measured on its own after the timed runs, so the stage reads as a share of what the hardware does.
nlohmann::json profileReport(const Sam2Model& model, size_t units) {
  const bool onCpu = model.options().device == "cpu";
  const bool bfloat16 = model.options().dtype == "bfloat16";
  nlohmann::json out = nlohmann::json::object();
  const double n = static_cast<double>(std::max<size_t>(1, units));
  for (const profile::Entry& e : profile::snapshot()) {
    nlohmann::json entry = {{"ms", round2(e.totalMs / n)}, {"calls", round2(static_cast<double>(e.calls) / n)}};
    if (e.flops > 0) {
      const double gflops = e.totalMs > 0 ? e.flops / (e.totalMs * 1e6) : 0.0;
      entry["gflop"] = round2(e.flops / n / 1e9);
      entry["gflops"] = round2(gflops);
      const auto& d = e.dominant;
      entry["dominant_product"] = std::to_string(d.batch) + "x" + std::to_string(d.m) + "x" + std::to_string(d.n) +
                                  "x" + std::to_string(d.k);
      entry["dominant_share_pct"] = round2(100.0 * e.dominantFlops / e.flops);
      if (onCpu) {
        const profile::ProductPeak& peak = peakOf(d, bfloat16);
        entry["peak_gflops"] = round2(peak.gflops);
        entry["peak_path"] = peak.path;
        if (peak.gflops > 0) entry["of_peak_pct"] = round2(100.0 * gflops / peak.gflops);
      }
    }
    out[e.name] = std::move(entry);
  }
  return out;
}

}  // namespace

std::pair<float, float> discCenter(int index, int count, int frame, int size) {
  const double angle = 2.0 * M_PI * (index + 0.5) / std::max(1, count);
  const double radius = 0.25 * size;
  const double drift = 0.01 * size * frame;
  return {static_cast<float>(0.5 * size + radius * std::cos(angle) + drift),
          static_cast<float>(0.5 * size + radius * std::sin(angle) + 0.5 * drift)};
}

std::vector<uint8_t> syntheticFrame(int size, int frame, int discs) {
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

double round2(double v) { return std::round(v * 100.0) / 100.0; }

nlohmann::json summary(const std::vector<double>& ms) {
  double sum = 0.0;
  for (double v : ms) sum += v;
  return {{"median", round2(percentile(ms, 0.5))},
          {"p95", round2(percentile(ms, 0.95))},
          {"min", round2(ms.empty() ? 0.0 : *std::min_element(ms.begin(), ms.end()))},
          {"mean", round2(ms.empty() ? 0.0 : sum / static_cast<double>(ms.size()))},
          {"count", ms.size()}};
}

double processStatusMb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  const size_t length = std::strlen(field);
  while (std::getline(status, line))
    if (line.compare(0, length, field) == 0) return static_cast<double>(std::stoll(line.substr(length))) / 1024.0;
  return 0.0;
}

void progress(const std::string& line) { std::fprintf(stderr, "bench: %s\n", line.c_str()); }

nlohmann::json describe(const Sam2Model& model, const ModelOptions& options) {
  nlohmann::json out;
  out["model"] = model.config().name.empty() ? "SAM 2" : model.config().name;
  out["model_description"] = model.description();
  out["device"] = options.device;
  out["dtype"] = options.dtype;
  out["threads"] = currentThreads();
  out["hardware_threads"] = std::thread::hardware_concurrency();
  out["cpu"] = cpuFeatures();
  // The kernels oneDNN actually runs (ONEDNN_MAX_CPU_ISA lowers them: AVX2 is the laptop class).
  out["onednn_isa"] = oneDnnIsaName();
  out["image_size"] = model.config().image_size;
  if (options.device != "cpu") out["cuda_devices"] = cudaDeviceCount();
  return out;
}

// Image predictor: encoding (best of a few runs, the first one also warms up the allocator)
// and single clicks with three candidate masks, as a first click in the annotation tool.
nlohmann::json image(const std::shared_ptr<Sam2Model>& model, const Settings& s) {
  const int size = model->config().image_size;
  const std::vector<uint8_t> rgb = syntheticFrame(size, 0, 3);
  const ImageRgb picture{size, size, rgb.data(), 0};
  ImageSession session(model);
  std::vector<double> encodeMs;
  profile::reset();
  for (int i = 0; i < s.encodeRepeats; ++i) {
    const auto t0 = Clock::now();
    session.setImage(picture);
    waitForDevice(*model);
    encodeMs.push_back(msSince(t0));
    progress("image encoding " + std::to_string(std::lround(encodeMs.back())) + " ms");
  }
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> coord(0.f, static_cast<float>(size - 1));
  nlohmann::json encodeProfile = profileReport(*model, encodeMs.size());
  std::vector<double> clickMs;
  for (int i = 0; i < s.clicks + 2; ++i) {
    if (i == 2) profile::reset();
    ImagePrompt prompt;
    prompt.points.push_back({coord(rng), coord(rng), 1});
    prompt.multimask = true;
    const auto t0 = Clock::now();
    const ImagePrediction prediction = session.predict(prompt);  // masks on the host: synchronised
    const double ms = msSince(t0);
    if (prediction.masks.empty()) throw Sam2Error("bench: a click returned no mask");
    if (i >= 2) clickMs.push_back(ms);  // the first two warm up
  }
  progress("click to mask, median of " + std::to_string(clickMs.size()) + ": " +
           std::to_string(std::lround(percentile(clickMs, 0.5))) + " ms");
  nlohmann::json out;
  out["image_encode_ms"] = round2(*std::min_element(encodeMs.begin(), encodeMs.end()));
  out["image_encode_runs_ms"] = nlohmann::json::array();
  for (double v : encodeMs) out["image_encode_runs_ms"].push_back(round2(v));
  out["prompt_to_mask_ms"] = summary(clickMs);
  if (s.profile)
    out["profile"] = {{"image_encode_ms", std::move(encodeProfile)},
                      {"prompt_to_mask_ms", profileReport(*model, clickMs.size())}};
  return out;
}

// The time of a frame is the time between two results (image encoding included, as a person
// waits for it; each result's masks are on the host); frame 0 is the prompted frame, not counted.
nlohmann::json video(const std::shared_ptr<Sam2Model>& model, const Settings& s, int objects, double& promptMs) {
  const int size = model->config().image_size;
  VideoOptions options;
  options.keepLogits = false;
  options.featureCacheFrames = 1;
  options.memoryBudgetBytes = size_t{1} << 30;
  FrameSource source = [size, objects](int index) { return syntheticFrame(size, index, objects); };
  VideoSession session(model, s.frames, size, size, source, options);
  auto t0 = Clock::now();
  for (int i = 0; i < objects; ++i) {
    const auto [x, y] = discCenter(i, objects, 0, size);
    session.addPoints(0, i + 1, {{x, y, 1}});
  }
  promptMs = msSince(t0);
  std::vector<double> frameMs, rssMb;
  int64_t area = 0;
  t0 = Clock::now();
  bool first = true;
  session.propagate(std::nullopt, false, std::nullopt, [&](const FrameResult& r) {
    if (first) profile::reset();
    if (!first) {
      frameMs.push_back(msSince(t0));
      progress(std::to_string(objects) + " object(s), frame " + std::to_string(r.frame) + ": " +
               std::to_string(std::lround(frameMs.back())) + " ms");
    }
    first = false;
    for (const auto& o : r.objects) area += o.mask.area();
    rssMb.push_back(processStatusMb("VmRSS:"));  // how memory behaves over a long video
    t0 = Clock::now();
  });
  nlohmann::json out = summary(frameMs);
  out["frames_ms"] = nlohmann::json::array();
  for (double v : frameMs) out["frames_ms"].push_back(round2(v));
  double totalMs = 0.0;
  for (double v : frameMs) totalMs += v;
  if (totalMs > 0) out["frames_per_s"] = round2(1000.0 * static_cast<double>(frameMs.size()) / totalMs);
  // Resident memory after each frame, frame 0 (the prompted one) first; the store's budget is 1 GiB.
  out["rss_mb"] = nlohmann::json::array();
  for (double v : rssMb) out["rss_mb"].push_back(round2(v));
  const MemoryUsage usage = session.memoryUsage();
  const auto mb = [](size_t bytes) { return round2(static_cast<double>(bytes) / (1024.0 * 1024.0)); };
  out["store"] = {{"outputs", usage.storedOutputs},
                  {"device_mb", mb(usage.bytesOnDevice)},
                  {"ram_mb", mb(usage.bytesInRam)},
                  {"disk_mb", mb(usage.bytesOnDisk)},
                  {"copies_to_device", usage.transfersToDevice},
                  {"copies_to_host", usage.transfersToHost}};
  // The memory bank is full from frame num_maskmem on: the steady state of a long video.
  const int full = model->config().num_maskmem;
  if (static_cast<int>(frameMs.size()) > full) {
    std::vector<double> steady(frameMs.begin() + (full - 1), frameMs.end());
    out["full_memory_mean"] = summary(steady)["mean"];
  }
  if (s.profile) out["profile_per_frame"] = profileReport(*model, frameMs.size());
  out["mean_mask_area_px"] = static_cast<double>(area) / std::max<size_t>(1, (frameMs.size() + 1) * objects);
  return out;
}

nlohmann::json videos(const std::shared_ptr<Sam2Model>& model, const Settings& settings) {
  nlohmann::json out = nlohmann::json::object();
  if (settings.frames > 0) {
    std::vector<int> counts{1};
    if (settings.objects > 1) counts.push_back(settings.objects);
    nlohmann::json perFrame = nlohmann::json::object(), detail = nlohmann::json::object(),
                   prompts = nlohmann::json::object();
    for (int count : counts) {
      double promptMs = 0.0;
      nlohmann::json run = video(model, settings, count, promptMs);
      perFrame[std::to_string(count)] = run["mean"];
      prompts[std::to_string(count)] = round2(promptMs);
      detail[std::to_string(count)] = std::move(run);
    }
    out["frames"] = settings.frames;
    out["propagate_ms_per_frame"] = perFrame;
    out["propagate_detail"] = detail;
    out["video_prompt_ms"] = prompts;
  }
  return out;
}

nlohmann::json all(const std::shared_ptr<Sam2Model>& model, const ModelOptions& options, const Settings& settings) {
  nlohmann::json out = describe(*model, options);
  out.update(image(model, settings));
  out.update(videos(model, settings));
  out["peak_rss_mb"] = round2(processStatusMb("VmHWM:"));
  return out;
}

}  // namespace sam2::bench
