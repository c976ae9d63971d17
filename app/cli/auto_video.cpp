#include "cli/auto_video.h"

#include <QEventLoop>
#include <QMetaObject>

#include <cstdio>
#include <stdexcept>

#include "annotation/project_io.h"
#include "annotation/worker/frame_reader.h"
#include "annotation/worker/image_model.h"
#include "cli/cli_video.h"

namespace cli {

nlohmann::ordered_json autoMasklets(const QString& video, s2s::ImageModel& model,
                                    const s2s::AutoMaskletSettings& settings, const QDir& baseDir,
                                    const QString& tag) {
  VideoDriver driver(video, model.weights(), s2s::VideoEditorSettings{});
  s2s::AutoMaskletJob job(&driver.editor(), driver.mediaId(), settings);
  s2s::WorkerFrameReader frames;
  QString generatorError;
  QObject::connect(&job, &s2s::AutoMaskletJob::proposalsNeeded, &job, [&](int frame) {
    // Queued, so the job is not re-entered from its own signal.
    QMetaObject::invokeMethod(&job, [&, frame] {
      try {
        const QImage rgb = frames.frame(video, frame);
        int lastPercent = -25;
        const s2s::AutoMaskRun run = model.autoMasks(rgb, settings.generator, [&](double fraction) {
          const int percent = static_cast<int>(fraction * 100);
          if (percent >= lastPercent + 25) {
            std::fprintf(stderr, "auto: %s: frame %d: segmenting %d%%\n", qPrintable(tag), frame, percent);
            lastPercent = percent;
          }
        });
        job.setProposals(frame, run);
      } catch (const std::exception& e) {
        job.fail(QStringLiteral("frame %1: %2").arg(frame).arg(QString::fromUtf8(e.what())));
      }
    }, Qt::QueuedConnection);
  });
  QObject::connect(&job, &s2s::AutoMaskletJob::progress, &job, [&](int, int, const QString& stage) {
    if (!stage.isEmpty()) std::fprintf(stderr, "auto: %s: %s\n", qPrintable(tag), qPrintable(stage));
  });
  s2s::AutoMaskletReport report;
  QEventLoop loop;
  QObject::connect(&job, &s2s::AutoMaskletJob::finished, &loop, [&](const s2s::AutoMaskletReport& r) {
    report = r;
    loop.quit();
  });
  if (job.start()) loop.exec();
  else if (report.error.isEmpty()) report.error = QStringLiteral("the job did not start");
  if (!report.error.isEmpty()) throw std::runtime_error(report.error.toStdString());

  const s2s::MediaItem& item = driver.media();
  nlohmann::ordered_json result;
  result["media"] = {{"path", item.path.toStdString()},
                     {"kind", item.kind == s2s::MediaKind::FrameFolder ? "frames" : "video"},
                     {"width", item.width},
                     {"height", item.height},
                     {"frames", item.frameCount}};
  nlohmann::ordered_json proposals = nlohmann::ordered_json::object(), added = proposals;
  for (const auto& [frame, n] : report.proposals) proposals[std::to_string(frame)] = n;
  for (const auto& [frame, ids] : report.added) added[std::to_string(frame)] = ids;
  result["video"] = {{"keyframe_interval", settings.keyframeInterval},
                     {"new_object_max_iou", settings.newObjectMaxIou},
                     {"keyframes", report.keyframes},
                     {"proposals", proposals},
                     {"added", added},
                     {"masklets", report.objectsAdded},
                     {"frames_tracked", report.framesTracked}};
  result["project"] = s2s::ProjectIO::toJson(driver.project(), baseDir);
  return result;
}

}  // namespace cli
