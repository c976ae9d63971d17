// sam2studio-cli bench: the two numbers annotators feel (click to mask, time per propagated
// frame) plus image encoding and peak memory, as one JSON object. With --synthetic the official
// architecture is built with seeded random weights, so speed is measured without any download.
// Inputs are generated (a textured picture with a few moving discs), so runs are reproducible.
#include <QCommandLineParser>
#include <QImage>
#include <QImageReader>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "annotation/media_bench.h"
#include "annotation/media_source.h"
#include "cli/bench_corrections.h"
#include "cli/cli_common.h"
#include "model/automatic_masks.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/image_session.h"
#include "model/product_counter.h"
#include "model/profile.h"
#include "model/runtime.h"
#include "model/sam2_model.h"
#include "model/video_session.h"

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

double round2(double v) { return std::round(v * 100.0) / 100.0; }

// One line of progress on stderr: a run on a big model takes minutes, and its stdout is the JSON.
void progress(const std::string& line) { std::fprintf(stderr, "bench: %s\n", line.c_str()); }

// The dtype of the model's products and whether they run on the CPU (the peak is measured there).
bool gProductsInBfloat16 = false;
bool gProductsOnCpu = true;

// The peak of a product shape in the run's dtype, measured once per shape.
const sam2::profile::ProductPeak& peakOf(const sam2::profile::Product& p) {
  static std::map<std::pair<sam2::profile::Product, bool>, sam2::profile::ProductPeak> measured;
  const auto key = std::make_pair(p, gProductsInBfloat16);
  auto it = measured.find(key);
  if (it == measured.end()) it = measured.emplace(key, sam2::profile::measureProductPeak(p, gProductsInBfloat16)).first;
  return it->second;
}

// The profiler's counters since the last reset, per timed unit (encoding, click or frame): the
// time of each stage and, where it ran matrix products, their work (GFLOP), the rate it reached,
// its dominant product (batch x M x N x K) and that product's peak on these cores, measured on its
// own after the timed runs, so the stage reads as a share of what the hardware does.
nlohmann::json profileReport(size_t units) {
  nlohmann::json out = nlohmann::json::object();
  const double n = static_cast<double>(std::max<size_t>(1, units));
  for (const sam2::profile::Entry& e : sam2::profile::snapshot()) {
    nlohmann::json entry = {{"ms", round2(e.totalMs / n)}, {"calls", round2(static_cast<double>(e.calls) / n)}};
    if (e.flops > 0) {
      const double gflops = e.totalMs > 0 ? e.flops / (e.totalMs * 1e6) : 0.0;
      entry["gflop"] = round2(e.flops / n / 1e9);
      entry["gflops"] = round2(gflops);
      const auto& d = e.dominant;
      entry["dominant_product"] = std::to_string(d.batch) + "x" + std::to_string(d.m) + "x" + std::to_string(d.n) +
                                  "x" + std::to_string(d.k);
      entry["dominant_share_pct"] = round2(100.0 * e.dominantFlops / e.flops);
      if (gProductsOnCpu) {
        const sam2::profile::ProductPeak& peak = peakOf(d);
        entry["peak_gflops"] = round2(peak.gflops);
        entry["peak_path"] = peak.path;
        if (peak.gflops > 0) entry["of_peak_pct"] = round2(100.0 * gflops / peak.gflops);
      }
    }
    out[e.name] = std::move(entry);
  }
  return out;
}

nlohmann::json summary(const std::vector<double>& ms) {
  double sum = 0.0;
  for (double v : ms) sum += v;
  return {{"median", round2(percentile(ms, 0.5))},
          {"p95", round2(percentile(ms, 0.95))},
          {"min", round2(ms.empty() ? 0.0 : *std::min_element(ms.begin(), ms.end()))},
          {"mean", round2(ms.empty() ? 0.0 : sum / static_cast<double>(ms.size()))},
          {"count", ms.size()}};
}

struct Settings {
  int frames = 8;
  int objects = 3;
  int clicks = 24;
  int encodeRepeats = 3;
  bool profile = false;
  int amgRuns = 1;
  QString amgImage;  // empty: the generated picture at the model's size
};

// "Segment everything" with the reference's defaults (a 32 x 32 grid, 64 points a batch, no
// crops): the whole generate(), image encoding included, as SAM2AutomaticMaskGenerator.generate
// does it. Best of amgRuns runs.
nlohmann::json benchAmg(const std::shared_ptr<sam2::Sam2Model>& model, const Settings& s) {
  int width = model->config().image_size, height = width;
  std::vector<uint8_t> rgb;
  if (s.amgImage.isEmpty()) {
    rgb = cli::syntheticFrame(width, 0, 3);
  } else {
    QImageReader reader(s.amgImage);
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB888);
    if (image.isNull())
      throw sam2::Sam2Error("bench: cannot read " + s.amgImage.toStdString() + ": " + reader.errorString().toStdString());
    width = image.width();
    height = image.height();
    rgb.resize(static_cast<size_t>(width) * height * 3);
    for (int y = 0; y < height; ++y)
      std::copy_n(image.constScanLine(y), static_cast<size_t>(width) * 3, rgb.data() + static_cast<size_t>(y) * width * 3);
  }
  const sam2::ImageRgb image{width, height, rgb.data(), 0};
  const sam2::AutoMaskOptions options;  // the reference's defaults
  std::vector<double> runs;
  size_t masks = 0;
  for (int i = 0; i < s.amgRuns; ++i) {
    const auto t0 = Clock::now();
    const sam2::AutoMaskResult result = sam2::generateAutoMasks(model, image, options);
    runs.push_back(msSince(t0));
    masks = result.masks.size();
    progress("segment everything (" + std::to_string(options.pointsPerSide) + "x" + std::to_string(options.pointsPerSide) +
             " points): " + std::to_string(std::lround(runs.back())) + " ms, " + std::to_string(masks) + " masks");
  }
  nlohmann::json out;
  out["amg_ms"] = round2(*std::min_element(runs.begin(), runs.end()));
  out["amg_runs_ms"] = nlohmann::json::array();
  for (double v : runs) out["amg_runs_ms"].push_back(round2(v));
  out["amg_masks"] = masks;
  out["amg_image"] = {{"path", s.amgImage.isEmpty() ? "generated" : s.amgImage.toStdString()},
                      {"width", width},
                      {"height", height}};
  out["amg_points_per_side"] = options.pointsPerSide;
  return out;
}

// Image predictor: encoding (best of a few runs, the first one also warms up the allocator)
// and single clicks with three candidate masks, as a first click in the annotation tool.
nlohmann::json benchImage(const std::shared_ptr<sam2::Sam2Model>& model, const Settings& s) {
  const int size = model->config().image_size;
  const std::vector<uint8_t> rgb = cli::syntheticFrame(size, 0, 3);
  const sam2::ImageRgb image{size, size, rgb.data(), 0};
  sam2::ImageSession session(model);
  std::vector<double> encodeMs;
  sam2::profile::reset();
  for (int i = 0; i < s.encodeRepeats; ++i) {
    const auto t0 = Clock::now();
    session.setImage(image);
    encodeMs.push_back(msSince(t0));
    progress("image encoding " + std::to_string(std::lround(encodeMs.back())) + " ms");
  }
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> coord(0.f, static_cast<float>(size - 1));
  nlohmann::json encodeProfile = profileReport(encodeMs.size());
  std::vector<double> clickMs;
  for (int i = 0; i < s.clicks + 2; ++i) {
    if (i == 2) sam2::profile::reset();
    sam2::ImagePrompt prompt;
    prompt.points.push_back({coord(rng), coord(rng), 1});
    prompt.multimask = true;
    const auto t0 = Clock::now();
    const sam2::ImagePrediction prediction = session.predict(prompt);
    const double ms = msSince(t0);
    if (prediction.masks.empty()) throw sam2::Sam2Error("bench: a click returned no mask");
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
                      {"prompt_to_mask_ms", profileReport(clickMs.size())}};
  return out;
}

// Video predictor: one click per object on frame 0, then propagation through `frames` frames.
// The time of a frame is the time between two results (image encoding included, as a person
// waits for it); frame 0 is the prompted frame and is not counted.
nlohmann::json benchVideo(const std::shared_ptr<sam2::Sam2Model>& model, const Settings& s, int objects,
                          double& promptMs) {
  const int size = model->config().image_size;
  sam2::VideoOptions options;
  options.keepLogits = false;
  options.featureCacheFrames = 1;
  options.memoryBudgetBytes = size_t{1} << 30;
  sam2::FrameSource source = [size, objects](int index) { return cli::syntheticFrame(size, index, objects); };
  sam2::VideoSession session(model, s.frames, size, size, source, options);
  auto t0 = Clock::now();
  for (int i = 0; i < objects; ++i) {
    const auto [x, y] = cli::discCenter(i, objects, 0, size);
    session.addPoints(0, i + 1, {{x, y, 1}});
  }
  promptMs = msSince(t0);
  std::vector<double> frameMs, rssMb;
  int64_t area = 0;
  t0 = Clock::now();
  bool first = true;
  session.propagate(std::nullopt, false, std::nullopt, [&](const sam2::FrameResult& r) {
    if (first) sam2::profile::reset();
    if (!first) {
      frameMs.push_back(msSince(t0));
      progress(std::to_string(objects) + " object(s), frame " + std::to_string(r.frame) + ": " +
               std::to_string(std::lround(frameMs.back())) + " ms");
    }
    first = false;
    for (const auto& o : r.objects) area += o.mask.area();
    rssMb.push_back(cli::procStatusMb("VmRSS:"));  // how memory behaves over a long video
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
  const sam2::MemoryUsage usage = session.memoryUsage();
  out["store"] = {{"outputs", usage.storedOutputs},
                  {"ram_mb", round2(static_cast<double>(usage.bytesInRam) / (1024.0 * 1024.0))},
                  {"disk_mb", round2(static_cast<double>(usage.bytesOnDisk) / (1024.0 * 1024.0))}};
  // The memory bank is full from frame num_maskmem on: the steady state of a long video.
  const int full = model->config().num_maskmem;
  if (static_cast<int>(frameMs.size()) > full) {
    std::vector<double> steady(frameMs.begin() + (full - 1), frameMs.end());
    out["full_memory_mean"] = summary(steady)["mean"];
  }
  if (s.profile) out["profile_per_frame"] = profileReport(frameMs.size());
  out["mean_mask_area_px"] = static_cast<double>(area) / std::max<size_t>(1, (frameMs.size() + 1) * objects);
  return out;
}

}  // namespace

int runBench(const QStringList& args) {
  const QString command = QStringLiteral("bench");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Measures the speed of SAM 2 on this machine and prints one JSON object: image encoding, click to mask "
      "(median and p95 over at least 20 clicks), time per propagated video frame for 1 and N objects, peak "
      "memory; with --media also the decoding speed of a video. Inputs are generated, so runs are "
      "reproducible. --synthetic measures an official architecture with random weights (no download)."));
  const QCommandLineOption help = parser.addHelpOption();
  const cli::ModelArgs modelArgs(/*allowSynthetic=*/true);
  const QCommandLineOption frames(QStringLiteral("frames"),
                                  QStringLiteral("Video frames to propagate through (default 8; 0 skips video)."),
                                  QStringLiteral("N"), QStringLiteral("8"));
  const QCommandLineOption objects(QStringLiteral("objects"),
                                   QStringLiteral("Objects tracked at once; propagation is measured with 1 and N "
                                                  "(default 3)."),
                                   QStringLiteral("N"), QStringLiteral("3"));
  const QCommandLineOption clicks(QStringLiteral("clicks"), QStringLiteral("Clicks timed (default 24, at least 20)."),
                                  QStringLiteral("N"), QStringLiteral("24"));
  const QCommandLineOption profileOption(
      QStringLiteral("profile"),
      QStringLiteral("Also report where the time goes: milliseconds per encoding, click and frame for each model stage "
                     "(inclusive; the timers add a little overhead)."));
  const QCommandLineOption correctionClicks(
      QStringLiteral("correction-clicks"),
      QStringLiteral("Clicks on a tracked frame with full memory, through the app's video engine (correction_ms; "
                     "default 10, 0 skips)."),
      QStringLiteral("N"), QStringLiteral("10"));
  const QCommandLineOption retrackFrames(
      QStringLiteral("retrack-frames"),
      QStringLiteral("Also measure re-tracking after one correction in the middle of an N-frame clip against the "
                     "full propagation over it (2 objects; slow: N frames are tracked; default 0: skip)."),
      QStringLiteral("N"), QStringLiteral("0"));
  const QCommandLineOption amgRuns(
      QStringLiteral("amg-runs"),
      QStringLiteral("Segment everything with the reference's defaults (32 x 32 points), best of N runs (amg_ms; "
                     "default 1, 0 skips)."),
      QStringLiteral("N"), QStringLiteral("1"));
  const QCommandLineOption amgImage(QStringLiteral("amg-image"),
                                    QStringLiteral("The picture for amg_ms (default: a generated one at the model's "
                                                   "input size)."),
                                    QStringLiteral("IMAGE"));
  const QCommandLineOption media(QStringLiteral("media"),
                                 QStringLiteral("Also measure decoding of this video (sequential fps, random seeks)."),
                                 QStringLiteral("VIDEO"));
  modelArgs.addTo(parser);
  for (const auto* o : {&frames, &objects, &clicks, &correctionClicks, &retrackFrames, &amgRuns, &amgImage, &media,
                        &profileOption})
    parser.addOption(*o);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  auto usage = [&](const QString& message) {
    std::fprintf(stderr, "bench: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return cli::kExitUsage;
  };
  if (!parser.positionalArguments().isEmpty())
    return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
  if (const QString problem = modelArgs.validate(parser); !problem.isEmpty()) return usage(problem);
  auto intOption = [&](const QCommandLineOption& o, int minimum, int& value) {
    bool ok = false;
    value = parser.value(o).toInt(&ok);
    return ok && value >= minimum;
  };
  Settings settings;
  if (!intOption(frames, 0, settings.frames)) return usage(QStringLiteral("--frames must be a whole number >= 0"));
  if (!intOption(objects, 1, settings.objects)) return usage(QStringLiteral("--objects must be a whole number >= 1"));
  if (!intOption(clicks, 20, settings.clicks)) return usage(QStringLiteral("--clicks must be a whole number >= 20"));
  int correctionClickCount = 0, retrackFrameCount = 0;
  if (!intOption(correctionClicks, 0, correctionClickCount))
    return usage(QStringLiteral("--correction-clicks must be a whole number >= 0"));
  if (!intOption(retrackFrames, 0, retrackFrameCount))
    return usage(QStringLiteral("--retrack-frames must be a whole number >= 0"));
  if (!intOption(amgRuns, 0, settings.amgRuns)) return usage(QStringLiteral("--amg-runs must be a whole number >= 0"));
  settings.amgImage = parser.value(amgImage);
  settings.profile = parser.isSet(profileOption);
  sam2::profile::setEnabled(settings.profile);
  if (settings.profile) sam2::profile::installProductCounter();

  try {
    const std::string allocator = sam2::tuneCpuAllocator();
    const sam2::ModelOptions modelOptions = modelArgs.options(parser);
    auto t0 = Clock::now();
    std::shared_ptr<sam2::Sam2Model> model = modelArgs.load(parser);
    const double loadMs = msSince(t0);

    nlohmann::json out;
    out["model"] = model->config().name.empty() ? "SAM 2" : model->config().name;
    out["model_description"] = model->description();
    out["device"] = modelOptions.device;
    out["dtype"] = modelOptions.dtype;
    gProductsInBfloat16 = modelOptions.dtype == "bfloat16";
    gProductsOnCpu = modelOptions.device == "cpu";
    out["threads"] = sam2::currentThreads();
    out["hardware_threads"] = std::thread::hardware_concurrency();
    out["cpu"] = sam2::cpuFeatures();
    // The kernels oneDNN actually runs (ONEDNN_MAX_CPU_ISA lowers them: AVX2 is the laptop class).
    out["onednn_isa"] = sam2::oneDnnIsaName();
    out["allocator"] = allocator;
    out["image_size"] = model->config().image_size;
    out["model_load_ms"] = round2(loadMs);

    const nlohmann::json image = benchImage(model, settings);
    out.update(image);
    if (settings.amgRuns > 0) out.update(benchAmg(model, settings));

    if (settings.frames > 0) {
      std::vector<int> counts{1};
      if (settings.objects > 1) counts.push_back(settings.objects);
      nlohmann::json perFrame = nlohmann::json::object(), detail = nlohmann::json::object(),
                     prompts = nlohmann::json::object();
      for (int count : counts) {
        double promptMs = 0.0;
        nlohmann::json run = benchVideo(model, settings, count, promptMs);
        perFrame[std::to_string(count)] = run["mean"];
        prompts[std::to_string(count)] = round2(promptMs);
        detail[std::to_string(count)] = std::move(run);
      }
      out["frames"] = settings.frames;
      out["propagate_ms_per_frame"] = perFrame;
      out["propagate_detail"] = detail;
      out["video_prompt_ms"] = prompts;
    }
    if (settings.frames > 0 && correctionClickCount > 0) {
      const nlohmann::json correction = cli::benchCorrection(model, settings.frames, correctionClickCount);
      out["correction_ms"] = correction["median_ms"];
      out["correction_detail"] = correction;
    }
    if (retrackFrameCount > 0) out["retrack"] = cli::benchRetrack(model, retrackFrameCount, 2, 5);
    out["peak_rss_mb"] = round2(cli::procStatusMb("VmHWM:"));

    if (parser.isSet(media)) {
      const s2s::MediaBenchResult m = s2s::benchmarkMedia(parser.value(media));
      out["media"] = {{"path", m.path.toStdString()},
                      {"codec", m.codec.toStdString()},
                      {"width", m.width},
                      {"height", m.height},
                      {"frame_count", m.frameCount},
                      {"sequential_frames", m.sequentialFrames},
                      {"sequential_fps", round2(m.sequentialFps)},
                      {"random_seeks", m.randomSeeks},
                      {"median_seek_ms", round2(m.medianSeekMs)},
                      {"max_seek_ms", round2(m.maxSeekMs)},
                      {"open_ms", round2(m.openMs)}};
    }
    cli::printJson(out);
    return cli::kExitOk;
  } catch (const sam2::Sam2Error& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  } catch (const s2s::MediaError& e) {
    return cli::fail(command, e.message());
  } catch (const std::exception& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  }
}
