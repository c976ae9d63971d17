// sam2studio-cli info MEDIA: a media file's metadata as JSON (video file, image, frame folder).
#include <QCommandLineParser>

#include <cstdio>

#include <nlohmann/json.hpp>

#include "annotation/media_source.h"
#include "cli/cli_common.h"

int runInfo(const QStringList& args) {
  const QString command = QStringLiteral("info");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Prints a media file's metadata as JSON: frame_count (counted, exact), width and height "
      "(after rotation), fps, duration, codec, and more. MEDIA is a video file, an image, or a "
      "folder of frames. A truncated video is reported with \"partial\": true."));
  const QCommandLineOption help = parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("MEDIA"), QStringLiteral("video file, image, or folder of frames"));
  const QCommandLineOption timestamps(QStringLiteral("timestamps"),
                                      QStringLiteral("Also list every frame's presentation time in seconds."));
  parser.addOption(timestamps);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 1) {
    std::fprintf(stderr, "info: expected exactly one MEDIA argument\n\n%s", qPrintable(parser.helpText()));
    return cli::kExitUsage;
  }
  try {
    auto media = s2s::MediaSource::open(positional.first());
    const s2s::MediaInfo& info = media->info();
    nlohmann::json out;
    out["path"] = info.path.toStdString();
    out["kind"] = s2s::mediaKindName(info.kind).toStdString();
    out["codec"] = info.codec.toStdString();
    out["container"] = info.container.toStdString();
    out["pixel_format"] = info.pixelFormat.toStdString();
    out["width"] = info.width;
    out["height"] = info.height;
    out["frame_count"] = info.frameCount;
    out["fps"] = info.fps;
    out["duration"] = info.durationSeconds;
    out["variable_frame_rate"] = info.variableFrameRate;
    out["rotation"] = info.rotationDegrees;
    out["partial"] = info.isPartial();
    out["partial_reason"] = info.isPartial() ? nlohmann::json(info.partialReason.toStdString()) : nlohmann::json();
    if (parser.isSet(timestamps)) out["timestamps"] = info.frameTimestamps;
    cli::printJson(out);
    if (info.isPartial())
      std::fprintf(stderr, "sam2studio-cli info: warning: %s\n", qPrintable(info.partialReason));
    return cli::kExitOk;
  } catch (const s2s::MediaError& e) {
    return cli::fail(command, e.message());
  }
}
