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
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annotation/media_bench.h"
#include "annotation/media_source.h"
#include "cli/bench_corrections.h"
#include "cli/cli_common.h"
#include "model/automatic_masks.h"
#include "model/model_bench.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/product_counter.h"
#include "model/profile.h"
#include "model/sam2_model.h"

namespace {

using Clock = std::chrono::steady_clock;
using sam2::bench::progress;
using sam2::bench::round2;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Settings : sam2::bench::Settings {
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
    rgb = sam2::bench::syntheticFrame(width, 0, 3);
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

    nlohmann::json out = sam2::bench::describe(*model, modelOptions);
    out["allocator"] = allocator;
    out["model_load_ms"] = round2(loadMs);
    out.update(sam2::bench::image(model, settings));
    if (settings.amgRuns > 0) out.update(benchAmg(model, settings));
    out.update(sam2::bench::videos(model, settings));
    if (settings.frames > 0 && correctionClickCount > 0) {
      const nlohmann::json correction = cli::benchCorrection(model, settings.frames, correctionClickCount);
      out["correction_ms"] = correction["median_ms"];
      out["correction_detail"] = correction;
    }
    if (retrackFrameCount > 0) out["retrack"] = cli::benchRetrack(model, retrackFrameCount, 2, 5);
    out["peak_rss_mb"] = round2(sam2::bench::processStatusMb("VmHWM:"));

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
