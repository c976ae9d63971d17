// sam2studio-cli frame MEDIA N --out FRAME.png: writes frame N (0-based, in presentation order)
// exactly as the annotator and the model see it.
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

#include <cstdio>

#include "annotation/media_source.h"
#include "cli/cli_common.h"

int runFrame(const QStringList& args) {
  const QString command = QStringLiteral("frame");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Writes frame N (0-based, in presentation order) of a video file, an image or a folder of "
      "frames, at native resolution with rotation applied. The format follows --out's suffix "
      "(png, bmp, ppm, jpg)."));
  const QCommandLineOption help = parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("MEDIA"), QStringLiteral("video file, image, or folder of frames"));
  parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("frame index, from 0"));
  const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                               QStringLiteral("Image file to write."), QStringLiteral("FRAME.png"));
  parser.addOption(out);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  auto usage = [&](const char* message) {
    std::fprintf(stderr, "frame: %s\n\n%s", message, qPrintable(parser.helpText()));
    return cli::kExitUsage;
  };
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 2) return usage("expected MEDIA and N");
  bool isNumber = false;
  const int index = positional.at(1).toInt(&isNumber);
  if (!isNumber) return usage("N must be a whole number (a 0-based frame index)");
  if (!parser.isSet(out) || parser.value(out).isEmpty()) return usage("--out FRAME.png is required");

  const QString outPath = parser.value(out);
  QByteArray format = QFileInfo(outPath).suffix().toLower().toLatin1();
  if (format.isEmpty()) format = "png";
  if (format == "jpeg") format = "jpg";
  if (!QImageWriter::supportedImageFormats().contains(format))
    return usage("--out must end in .png, .bmp, .ppm or .jpg");
  try {
    auto media = s2s::MediaSource::open(positional.first());
    const QImage image = media->frame(index);
    // Written to a temporary file and renamed, so a failure never leaves half an image behind.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
      return cli::fail(command, QStringLiteral("cannot write '%1': %2").arg(outPath, file.errorString()));
    QImageWriter writer(&file, format);
    if (!writer.write(image))
      return cli::fail(command, QStringLiteral("cannot encode '%1': %2").arg(outPath, writer.errorString()));
    if (!file.commit())
      return cli::fail(command, QStringLiteral("cannot write '%1': %2").arg(outPath, file.errorString()));
    std::printf("%s: frame %d of %d (%dx%d, t=%.3f s)\n", qPrintable(outPath), index, media->info().frameCount,
                image.width(), image.height(), media->info().timestampOf(index));
    if (media->info().isPartial())
      std::fprintf(stderr, "sam2studio-cli frame: warning: %s\n", qPrintable(media->info().partialReason));
    return cli::kExitOk;
  } catch (const s2s::MediaError& e) {
    return cli::fail(command, e.message());
  }
}
