// sam2studio-cli track: tracks objects through a video from prompts with SAM 2's video predictor
// and writes one binary PNG per object and frame in the DAVIS layout DIR/{id:03d}/{frame:05d}.png
// (255 = object), then prints a JSON summary with timings and memory figures. It drives the
// app's own engine (cli_video.h: Project + VideoEditor + tracker thread), not model/ directly.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QSaveFile>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "annotation/media_source.h"
#include "cli/cli_common.h"
#include "cli/cli_video.h"
#include "model/error.h"
#include "model/model_bench.h"
#include "model/sam2_model.h"

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct ObjectPrompt {
  int id = 0;
  int frame = 0;
  std::vector<s2s::PointPrompt> points;
  std::optional<s2s::BoxPrompt> box;
};

// PROMPTS.json: {"objects":[{"id":1,"frame":0,"points":[[x,y,label],...],"box":[x0,y0,x1,y1]}, ...]}
std::vector<ObjectPrompt> readPrompts(const QString& path, int frameCount, QString& error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error = QStringLiteral("cannot read '%1': %2").arg(path, file.errorString());
    return {};
  }
  nlohmann::json doc = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("objects") || !doc["objects"].is_array()) {
    error = QStringLiteral("'%1' is not a prompts file: expected {\"objects\": [...]}").arg(path);
    return {};
  }
  std::vector<ObjectPrompt> prompts;
  int index = 0;
  for (const auto& o : doc["objects"]) {
    const QString where = QStringLiteral("'%1', objects[%2]").arg(path).arg(index++);
    if (!o.is_object() || !o.contains("id") || !o["id"].is_number_integer()) {
      error = where + QStringLiteral(": needs an integer \"id\"");
      return {};
    }
    ObjectPrompt p;
    p.id = o["id"];
    if (o.contains("frame") && !(o["frame"].is_number_integer() && o["frame"].get<long long>() >= 0 &&
                                 o["frame"].get<long long>() < frameCount)) {
      error = where + QStringLiteral(": frame must be a whole number within the video (0..%1)").arg(frameCount - 1);
      return {};
    }
    p.frame = o.contains("frame") ? static_cast<int>(o["frame"].get<long long>()) : 0;
    if (p.id < 0 || p.id > 999) {
      error = where + QStringLiteral(": id must be 0..999 (it names a folder of 3 digits)");
      return {};
    }
    if (p.frame < 0 || p.frame >= frameCount) {
      error = where + QStringLiteral(": frame %1 is outside the video (0..%2)").arg(p.frame).arg(frameCount - 1);
      return {};
    }
    if (o.contains("points")) {
      for (const auto& pt : o["points"]) {
        if (!pt.is_array() || pt.size() != 3 || !pt[0].is_number() || !pt[1].is_number() || !pt[2].is_number_integer() ||
            (pt[2] != 0 && pt[2] != 1)) {
          error = where + QStringLiteral(": each point is [x, y, label] with label 1 (object) or 0 (background)");
          return {};
        }
        p.points.push_back({pt[0].get<double>(), pt[1].get<double>(), pt[2].get<int>() == 1});
      }
    }
    if (o.contains("box") && !o["box"].is_null()) {
      const auto& b = o["box"];
      if (!b.is_array() || b.size() != 4 || !b[0].is_number() || !b[1].is_number() || !b[2].is_number() ||
          !b[3].is_number()) {
        error = where + QStringLiteral(": box is [x0, y0, x1, y1]");
        return {};
      }
      p.box = s2s::BoxPrompt{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
    }
    if (p.points.empty() && !p.box) {
      error = where + QStringLiteral(": give points, a box or both");
      return {};
    }
    prompts.push_back(std::move(p));
  }
  if (prompts.empty()) error = QStringLiteral("'%1' has no objects").arg(path);
  return prompts;
}

}  // namespace

bool cli::writeMaskPng(const QString& path, const s2s::Rle& mask, QString& error) {
  QImage image(mask.width(), mask.height(), QImage::Format_Grayscale8);
  const std::vector<uint8_t> data = mask.decode();
  for (int y = 0; y < mask.height(); ++y) {
    uchar* row = image.scanLine(y);
    const uint8_t* src = data.data() + static_cast<size_t>(y) * mask.width();
    for (int x = 0; x < mask.width(); ++x) row[x] = src[x] ? 255 : 0;
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
    return false;
  }
  QImageWriter writer(&file, "png");
  if (!writer.write(image) || !file.commit()) {
    error = QStringLiteral("cannot write '%1': %2").arg(path, writer.errorString());
    return false;
  }
  return true;
}

int runTrack(const QStringList& args) {
  const QString command = QStringLiteral("track");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Tracks objects through a video with SAM 2 from prompts (clicks and boxes on any frame) and writes one "
      "binary PNG per object and frame: DIR/{object id:03d}/{frame:05d}.png, 255 = object. Prints a JSON "
      "summary with timings.\n\nPROMPTS.json: {\"objects\":[{\"id\":1,\"frame\":0,\"points\":[[x,y,label],...],"
      "\"box\":[x0,y0,x1,y1]}, ...]} in video pixels; label 1 object, 0 background; points and box each optional."));
  const QCommandLineOption help = parser.addHelpOption();
  const cli::ModelArgs modelArgs(/*allowSynthetic=*/true);
  const QCommandLineOption video(QStringLiteral("video"), QStringLiteral("Video file, image or folder of frames."),
                                 QStringLiteral("VIDEO"));
  const QCommandLineOption prompts(QStringLiteral("prompts"), QStringLiteral("Prompts file (JSON)."),
                                   QStringLiteral("PROMPTS.json"));
  const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
  const QCommandLineOption maxFrames(QStringLiteral("max-frames"),
                                     QStringLiteral("Track at most N frames after the start frame."),
                                     QStringLiteral("N"));
  const QCommandLineOption reverse(QStringLiteral("reverse"),
                                   QStringLiteral("Track backwards from the earliest prompted frame."));
  const QCommandLineOption budget(QStringLiteral("memory-budget-mb"),
                                  QStringLiteral("RAM for stored tracking memory before it spills to disk "
                                                 "(default 32)."),
                                  QStringLiteral("MB"), QStringLiteral("32"));
  const QCommandLineOption spill(QStringLiteral("spill-dir"),
                                 QStringLiteral("Folder for spilled tracking memory (default: system temp)."),
                                 QStringLiteral("DIR"));
  const QCommandLineOption memoryEveryOption(
      QStringLiteral("memory-every"),
      QStringLiteral("Also sample peak and current memory every N tracked frames (memory.timeline in the summary)."),
      QStringLiteral("N"));
  modelArgs.addTo(parser);
  for (const auto* o : {&video, &prompts, &out, &maxFrames, &reverse, &budget, &spill, &memoryEveryOption})
    parser.addOption(*o);
  const cli::PredictorArgs predictorArgs;
  predictorArgs.addTo(parser);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  auto usage = [&](const QString& message) {
    std::fprintf(stderr, "track: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return cli::kExitUsage;
  };
  if (const QString problem = modelArgs.validate(parser); !problem.isEmpty()) return usage(problem);
  for (const auto* o : {&video, &prompts, &out})
    if (!parser.isSet(*o) || parser.value(*o).isEmpty())
      return usage(QStringLiteral("--%1 is required").arg(o->names().first()));
  std::optional<int> limit;
  if (parser.isSet(maxFrames)) {
    bool ok = false;
    limit = parser.value(maxFrames).toInt(&ok);
    if (!ok || *limit < 0) return usage(QStringLiteral("--max-frames must be a whole number >= 0"));
  }
  bool ok = false;
  const double budgetMb = parser.value(budget).toDouble(&ok);
  if (!ok || budgetMb < 0) return usage(QStringLiteral("--memory-budget-mb must be a number >= 0"));
  int memoryEvery = 0;
  if (parser.isSet(memoryEveryOption)) {
    memoryEvery = parser.value(memoryEveryOption).toInt(&ok);
    if (!ok || memoryEvery < 1) return usage(QStringLiteral("--memory-every must be a whole number >= 1"));
  }

  try {
    const auto startAll = Clock::now();
    auto t0 = Clock::now();
    std::shared_ptr<sam2::Sam2Model> model = modelArgs.load(parser);
    const double loadSeconds = secondsSince(t0);

    s2s::VideoEditorSettings settings = cli::videoSettings(parser, predictorArgs);
    settings.predictor.memoryBudgetBytes = static_cast<qint64>(budgetMb * 1024 * 1024);
    settings.predictor.spillDirectory = parser.value(spill);
    cli::VideoDriver driver(parser.value(video), model, settings);
    const s2s::MediaItem info = driver.media();

    QString error;
    const std::vector<ObjectPrompt> objectPrompts = readPrompts(parser.value(prompts), info.frameCount, error);
    if (objectPrompts.empty()) return cli::fail(command, error);

    const QString outDir = parser.value(out);
    std::map<int, QString> objectDirs;
    for (const auto& p : objectPrompts) {
      const QString dir = QDir(outDir).filePath(QStringLiteral("%1").arg(p.id, 3, 10, QLatin1Char('0')));
      if (!QDir().mkpath(dir)) return cli::fail(command, QStringLiteral("cannot create folder '%1'").arg(dir));
      objectDirs[p.id] = dir;
    }

    t0 = Clock::now();
    for (const auto& p : objectPrompts) {
      const auto outcome = driver.prompt(p.frame, p.id, p.points, p.box);
      if (!outcome.error.isEmpty())
        return cli::fail(command, QStringLiteral("object %1 on frame %2: %3").arg(p.id).arg(p.frame).arg(outcome.error));
    }
    const double promptSeconds = secondsSince(t0);

    // Masks are written as frames arrive (a long video's results never wait in memory all at
    // once). With --memory-every N the memory figures are also sampled every N frames, in the same
    // process, so a long run shows how they grow.
    int framesDone = 0;
    int64_t masksWritten = 0, maskBytes = 0;
    std::map<int, int64_t> areaSum;
    std::optional<int> firstFrame, lastFrame;
    QString writeError;
    nlohmann::json timeline = nlohmann::json::array();
    t0 = Clock::now();
    const auto sample = [&] {
      timeline.push_back({{"frames", framesDone},
                          {"seconds", secondsSince(t0)},
                          {"peak_rss_mb", sam2::bench::processStatusMb("VmHWM:")},
                          {"rss_mb", sam2::bench::processStatusMb("VmRSS:")},
                          {"masks_mb", static_cast<double>(maskBytes) / (1024.0 * 1024.0)}});
      if (const double heap = cli::heapInUseMb(); heap >= 0) timeline.back()["heap_in_use_mb"] = heap;
    };
    const auto onFrame = [&](const s2s::TrackedFrame& f) {
      if (!writeError.isEmpty()) return;  // cancelling
      if (!firstFrame) firstFrame = f.frame;
      lastFrame = f.frame;
      ++framesDone;
      for (const s2s::TrackedObject& o : f.objects) {
        const QString path =
            QDir(objectDirs[o.objectId]).filePath(QStringLiteral("%1.png").arg(f.frame, 5, 10, QLatin1Char('0')));
        if (!cli::writeMaskPng(path, o.mask, writeError)) {
          driver.editor().cancel();
          return;
        }
        ++masksWritten;
        maskBytes += static_cast<int64_t>(o.mask.counts().size() * sizeof(uint32_t));
        areaSum[o.objectId] += static_cast<int64_t>(o.mask.area());
      }
      if (memoryEvery > 0 && framesDone % memoryEvery == 0) sample();
    };
    // From the earliest prompted frame, as SAM 2's propagate_in_video does by default.
    const auto run = driver.propagate(-1, parser.isSet(reverse) ? s2s::PropagationDirection::Backward
                                                                : s2s::PropagationDirection::Forward,
                                      limit ? *limit : -1, {}, onFrame);
    const double trackSeconds = secondsSince(t0);
    if (!writeError.isEmpty()) return cli::fail(command, writeError);
    if (!run.report.error.isEmpty()) return cli::fail(command, run.report.error);

    nlohmann::json summary;
    summary["model"] = model->description();
    summary["video"] = {{"path", info.path.toStdString()},
                        {"width", info.width},
                        {"height", info.height},
                        {"frames", info.frameCount}};
    summary["out"] = outDir.toStdString();
    summary["direction"] = parser.isSet(reverse) ? "reverse" : "forward";
    summary["frames_tracked"] = framesDone;
    if (firstFrame) summary["first_frame"] = *firstFrame;
    if (lastFrame) summary["last_frame"] = *lastFrame;
    summary["masks_written"] = masksWritten;
    nlohmann::json objects = nlohmann::json::array();
    for (const auto& [id, dir] : objectDirs)
      objects.push_back({{"id", id},
                         {"folder", dir.toStdString()},
                         {"mean_area_px", framesDone ? static_cast<double>(areaSum[id]) / framesDone : 0.0}});
    summary["objects"] = objects;
    summary["predictor_options"] = cli::optionsJson(settings);
    summary["timings_s"] = {{"model_load", loadSeconds},
                            {"prompts", promptSeconds},
                            {"propagate", trackSeconds},
                            {"per_frame", framesDone ? trackSeconds / framesDone : 0.0},
                            {"total", secondsSince(startAll)}};
    summary["memory"] = {{"peak_rss_mb", sam2::bench::processStatusMb("VmHWM:")},
                         {"store_budget_mb", budgetMb},
                         {"store_ram_mb", static_cast<double>(run.report.storeRamBytes) / (1024.0 * 1024.0)},
                         {"store_disk_mb", static_cast<double>(run.report.storeDiskBytes) / (1024.0 * 1024.0)},
                         {"stored_outputs", run.report.storedOutputs},
                         // The tracked masks' own run lengths (one copy: the project, its undo
                         // step and the editor share them): what necessarily grows with frames.
                         {"masks_mb", static_cast<double>(maskBytes) / (1024.0 * 1024.0)}};
    if (const double heap = cli::heapInUseMb(); heap >= 0) summary["memory"]["heap_in_use_mb"] = heap;
    if (memoryEvery > 0) summary["memory"]["timeline"] = timeline;
    cli::printJson(summary);
    return cli::kExitOk;
  } catch (const sam2::Sam2Error& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  } catch (const s2s::MediaError& e) {
    return cli::fail(command, e.message());
  } catch (const std::exception& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  }
}
