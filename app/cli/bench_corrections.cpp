#include "cli/bench_corrections.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "cli/cli_video.h"
#include "model/sam2_model.h"

namespace cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
using sam2::bench::progress;
using sam2::bench::round2;

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[(v.size() - 1) / 2];
}

// The synthetic clip as a folder of PNG frames (what the app opens as a frame folder).
void writeClip(const QString& dir, int size, int frames, int discs) {
  for (int f = 0; f < frames; ++f) {
    const std::vector<uint8_t> rgb = syntheticFrame(size, f, discs);
    QImage image(rgb.data(), size, size, size * 3, QImage::Format_RGB888);
    const QString path = QDir(dir).filePath(QStringLiteral("%1.png").arg(f, 5, 10, QLatin1Char('0')));
    if (!image.save(path, "png", 100))  // fastest PNG compression
      throw std::runtime_error("cannot write " + path.toStdString());
  }
}

}  // namespace

nlohmann::json benchCorrection(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int clicks) {
  const int size = model->config().image_size;
  frames = std::max(frames, model->config().num_maskmem + 2);
  QTemporaryDir dir;
  if (!dir.isValid()) throw std::runtime_error("cannot create a temporary folder");
  progress("correction: writing " + std::to_string(frames) + " frames");
  writeClip(dir.path(), size, frames, 1);
  VideoDriver driver(dir.path(), model, s2s::VideoEditorSettings{});
  const auto [x0, y0] = discCenter(0, 1, 0, size);
  if (const auto r = driver.prompt(0, 1, {{x0, y0, true}}, std::nullopt); !r.error.isEmpty())
    throw std::runtime_error(r.error.toStdString());
  progress("correction: tracking " + std::to_string(frames) + " frames");
  if (const auto run = driver.propagate(0, s2s::PropagationDirection::Forward, -1); !run.report.error.isEmpty())
    throw std::runtime_error(run.report.error.toStdString());
  // A frame in the middle of the memory-full stretch, away from the two cached ones at the end.
  const int frame = std::max(model->config().num_maskmem, frames - 3);
  const auto [x, y] = discCenter(0, 1, frame, size);
  const float r = 0.06f * static_cast<float>(size);
  std::vector<s2s::PointPrompt> points;
  std::vector<double> repeat, worker;
  double first = 0.0, firstWorker = 0.0;
  for (int i = 0; i <= clicks; ++i) {
    // Alternately a background click just outside the disc and an object click inside it.
    points.push_back(i % 2 ? s2s::PointPrompt{x, y, true} : s2s::PointPrompt{x + 1.3 * r, y, false});
    const auto t0 = Clock::now();
    const auto outcome = driver.prompt(frame, 1, points, std::nullopt);
    const double ms = msSince(t0);
    if (!outcome.error.isEmpty()) throw std::runtime_error(outcome.error.toStdString());
    if (i == 0) {
      first = ms;
      firstWorker = outcome.answer.milliseconds;
    } else {
      repeat.push_back(ms);
      worker.push_back(outcome.answer.milliseconds);
    }
  }
  progress("correction on a tracked frame: first " + std::to_string(std::lround(first)) + " ms, then median " +
           std::to_string(std::lround(median(repeat))) + " ms");
  return {{"frame", frame},
          {"memory_frames", model->config().num_maskmem},
          {"first_click_ms", round2(first)},
          {"first_click_worker_ms", round2(firstWorker)},
          {"median_ms", round2(median(repeat))},
          {"median_worker_ms", round2(median(worker))},
          {"clicks", repeat.size()}};
}

nlohmann::json benchRetrack(const std::shared_ptr<sam2::Sam2Model>& model, int frames, int objects, int agreeFrames) {
  const int size = model->config().image_size;
  QTemporaryDir dir;
  if (!dir.isValid()) throw std::runtime_error("cannot create a temporary folder");
  progress("re-track: writing " + std::to_string(frames) + " frames");
  writeClip(dir.path(), size, frames, objects);
  s2s::VideoEditorSettings settings;
  settings.agreeFrames = agreeFrames;
  VideoDriver driver(dir.path(), model, settings);
  for (int i = 0; i < objects; ++i) {
    const auto [x, y] = discCenter(i, objects, 0, size);
    if (const auto r = driver.prompt(0, i + 1, {{x, y, true}}, std::nullopt); !r.error.isEmpty())
      throw std::runtime_error(r.error.toStdString());
  }
  progress("re-track: full propagation over " + std::to_string(frames) + " frames, " + std::to_string(objects) +
           " object(s)");
  auto t0 = Clock::now();
  const auto full = driver.propagate(0, s2s::PropagationDirection::Forward, -1);
  const double fullMs = msSince(t0);
  if (!full.report.error.isEmpty()) throw std::runtime_error(full.report.error.toStdString());
  // Snapshot, then a correction of object 1 in the middle: a click on its disc.
  auto snapshot = [&] {
    std::map<std::pair<int, int>, s2s::Rle> m;
    for (const auto& [f, objs] : driver.project().allAnnotations(driver.mediaId()))
      for (const auto& [id, ann] : objs) m[{f, id}] = ann.mask;
    return m;
  };
  const auto before = snapshot();
  const int middle = frames / 2;
  const auto [x, y] = discCenter(0, objects, middle, size);
  t0 = Clock::now();
  const auto correction = driver.prompt(middle, 1, {{x, y, true}}, std::nullopt);
  const double correctionMs = msSince(t0);
  if (!correction.error.isEmpty()) throw std::runtime_error(correction.error.toStdString());
  progress("re-track: from frame " + std::to_string(middle));
  t0 = Clock::now();
  const auto retrack = driver.propagateFrom(middle, s2s::PropagationDirection::Forward, -1);
  const double retrackMs = msSince(t0);
  if (!retrack.report.error.isEmpty()) throw std::runtime_error(retrack.report.error.toStdString());
  const auto after = snapshot();
  int changedOther = 0, changedCorrected = 0;
  std::set<std::pair<int, int>> keys;
  for (const auto& kv : before) keys.insert(kv.first);
  for (const auto& kv : after) keys.insert(kv.first);
  for (const auto& key : keys) {
    const auto a = before.find(key), b = after.find(key);
    const bool same = a != before.end() && b != after.end() ? a->second == b->second : a == before.end() && b == after.end();
    if (!same) (key.second == 1 ? changedCorrected : changedOther) += 1;
  }
  progress("re-track: " + std::to_string(retrack.report.framesTracked) + " frames in " +
           std::to_string(std::lround(retrackMs)) + " ms, full propagation " + std::to_string(full.report.framesTracked) +
           " frames in " + std::to_string(std::lround(fullMs)) + " ms");
  return {{"clip_frames", frames},
          {"objects", objects},
          {"agree_frames", agreeFrames},
          {"full_propagation", {{"frames", full.report.framesTracked}, {"objects_tracked", objects}, {"ms", round2(fullMs)}}},
          {"correction_frame", middle},
          {"correction_ms", round2(correctionMs)},
          {"retrack",
           {{"frames", retrack.report.framesTracked},
            {"range", {retrack.report.firstFrame, retrack.report.lastFrame}},
            {"objects_tracked", retrack.report.objects},
            {"stopped_early", retrack.report.stoppedEarly},
            {"ms", round2(retrackMs)},
            {"masks_changed_corrected_object", changedCorrected},
            {"masks_changed_other_objects", changedOther}}},
          {"time_ratio", round2(retrackMs / std::max(1.0, fullMs))}};
}

}  // namespace cli
