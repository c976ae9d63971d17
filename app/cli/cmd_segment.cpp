// sam2studio-cli segment: one image, points and/or a box -> mask PNG(s) and scores as JSON.
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

#include "cli/cli_common.h"
#include "model/error.h"
#include "model/image_session.h"
#include "model/sam2_model.h"
#include "model/types.h"

namespace {

// "x,y" or "x,y,label" (label 1 foreground, 0 background).
std::optional<sam2::PointPrompt> parsePoint(const QString& text) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 2 && parts.size() != 3) return std::nullopt;
  bool okX = false, okY = false, okLabel = true;
  sam2::PointPrompt p;
  p.x = parts[0].trimmed().toFloat(&okX);
  p.y = parts[1].trimmed().toFloat(&okY);
  if (parts.size() == 3) p.label = parts[2].trimmed().toInt(&okLabel);
  if (!okX || !okY || !okLabel || !std::isfinite(p.x) || !std::isfinite(p.y)) return std::nullopt;
  if (p.label != 0 && p.label != 1) return std::nullopt;
  return p;
}

std::optional<sam2::BoxPrompt> parseBox(const QString& text) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 4) return std::nullopt;
  float v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toFloat(&ok);
    if (!ok || !std::isfinite(v[i])) return std::nullopt;
  }
  if (v[2] <= v[0] || v[3] <= v[1]) return std::nullopt;
  return sam2::BoxPrompt{v[0], v[1], v[2], v[3]};
}

// MASK.png -> MASK_1.png
QString numberedPath(const QString& path, int n) {
  const QFileInfo info(path);
  const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
  const QString dir = info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./")) ? QString()
                                                                                               : info.path() + QLatin1Char('/');
  return dir + info.completeBaseName() + QLatin1Char('_') + QString::number(n) + QLatin1Char('.') + suffix;
}

// Writes a 0/255 grayscale PNG atomically. Returns an error message, empty on success.
QString writeMask(const sam2::Mask& mask, const QString& path) {
  QImage image(mask.width, mask.height, QImage::Format_Grayscale8);
  for (int y = 0; y < mask.height; ++y) {
    uchar* row = image.scanLine(y);
    const uint8_t* src = mask.data.data() + static_cast<size_t>(y) * mask.width;
    for (int x = 0; x < mask.width; ++x) row[x] = src[x] ? 255 : 0;
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
  QImageWriter writer(&file, "png");
  if (!writer.write(image)) return QStringLiteral("cannot encode '%1': %2").arg(path, writer.errorString());
  if (!file.commit()) return QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
  return QString();
}

}  // namespace

int runSegment(const QStringList& args) {
  const QString command = QStringLiteral("segment");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Segments an image with SAM 2 from clicks and/or a box (image pixels). Writes the best mask "
      "as a black/white PNG (with --multimask also the other candidates as MASK_1.png, MASK_2.png) "
      "and prints the predicted IoU scores as JSON."));
  const QCommandLineOption help = parser.addHelpOption();
  const cli::ModelArgs modelArgs(/*allowSynthetic=*/false);
  const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Image to segment."), QStringLiteral("IMG"));
  const QCommandLineOption point(QStringLiteral("point"),
                                 QStringLiteral("A click x,y[,label] (label 1 foreground (default), 0 background); "
                                                "repeat for several."),
                                 QStringLiteral("x,y[,label]"));
  const QCommandLineOption box(QStringLiteral("box"), QStringLiteral("A box x0,y0,x1,y1."), QStringLiteral("x0,y0,x1,y1"));
  const QCommandLineOption multimask(QStringLiteral("multimask"),
                                     QStringLiteral("Predict three candidate masks (best for a single click)."));
  const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                               QStringLiteral("Mask PNG to write."), QStringLiteral("MASK.png"));
  const QCommandLineOption threshold(QStringLiteral("mask-threshold"),
                                     QStringLiteral("Logit threshold of the mask (default 0)."), QStringLiteral("T"),
                                     QStringLiteral("0"));
  const QCommandLineOption holes(QStringLiteral("max-hole-area"),
                                 QStringLiteral("Fill holes up to this many low-res pixels (default 0: off)."),
                                 QStringLiteral("A"), QStringLiteral("0"));
  const QCommandLineOption sprinkles(QStringLiteral("max-sprinkle-area"),
                                     QStringLiteral("Remove specks up to this many low-res pixels (default 0: off)."),
                                     QStringLiteral("A"), QStringLiteral("0"));
  modelArgs.addTo(parser);
  for (const auto* o : {&image, &point, &box, &multimask, &out, &threshold, &holes, &sprinkles})
    parser.addOption(*o);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  auto usage = [&](const QString& message) {
    std::fprintf(stderr, "segment: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return cli::kExitUsage;
  };
  if (!parser.positionalArguments().isEmpty())
    return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
  if (const QString problem = modelArgs.validate(parser); !problem.isEmpty()) return usage(problem);
  if (parser.value(image).isEmpty()) return usage(QStringLiteral("--image IMG is required"));
  if (parser.value(out).isEmpty()) return usage(QStringLiteral("--out MASK.png is required"));

  sam2::ImagePrompt prompt;
  for (const QString& text : parser.values(point)) {
    const auto p = parsePoint(text);
    if (!p) return usage(QStringLiteral("bad --point '%1' (expected x,y or x,y,label with label 0 or 1)").arg(text));
    prompt.points.push_back(*p);
  }
  const QStringList boxes = parser.values(box);
  if (boxes.size() > 1) return usage(QStringLiteral("give at most one --box"));
  if (!boxes.isEmpty()) {
    const auto b = parseBox(boxes.first());
    if (!b) return usage(QStringLiteral("bad --box '%1' (expected x0,y0,x1,y1 with x1 > x0 and y1 > y0)").arg(boxes.first()));
    prompt.box = *b;
  }
  if (prompt.points.empty() && !prompt.box) return usage(QStringLiteral("give at least one --point or a --box"));
  prompt.multimask = parser.isSet(multimask);

  bool ok = true;
  sam2::PostprocessOptions post;
  post.maskThreshold = parser.value(threshold).toFloat(&ok);
  if (!ok) return usage(QStringLiteral("--mask-threshold must be a number"));
  post.maxHoleArea = parser.value(holes).toFloat(&ok);
  if (!ok || post.maxHoleArea < 0) return usage(QStringLiteral("--max-hole-area must be a number >= 0"));
  post.maxSprinkleArea = parser.value(sprinkles).toFloat(&ok);
  if (!ok || post.maxSprinkleArea < 0) return usage(QStringLiteral("--max-sprinkle-area must be a number >= 0"));

  const QString imagePath = parser.value(image);
  QImageReader reader(imagePath);
  reader.setAutoTransform(true);  // EXIF orientation, as the annotator shows the image
  const QImage decoded = reader.read();
  if (decoded.isNull())
    return cli::fail(command, QStringLiteral("cannot read image '%1': %2").arg(imagePath, reader.errorString()));
  const QImage rgb = decoded.convertToFormat(QImage::Format_RGB888);
  for (const auto& p : prompt.points)
    if (p.x < 0 || p.y < 0 || p.x >= rgb.width() || p.y >= rgb.height())
      std::fprintf(stderr, "sam2studio-cli segment: warning: point %g,%g lies outside the %dx%d image\n", p.x, p.y,
                   rgb.width(), rgb.height());

  try {
    QElapsedTimer timer;
    timer.start();
    auto model = modelArgs.load(parser);
    const qint64 loadMs = timer.restart();
    sam2::ImageSession session(model, post);
    sam2::ImageRgb view;
    view.width = rgb.width();
    view.height = rgb.height();
    view.data = rgb.constBits();
    view.stride = static_cast<int>(rgb.bytesPerLine());
    session.setImage(view);
    const qint64 encodeMs = timer.restart();
    const sam2::ImagePrediction prediction = session.predict(prompt);
    const qint64 predictMs = timer.elapsed();

    // The best mask goes to --out; with several candidates the others follow as _1, _2, ...
    std::vector<int> order{prediction.bestIndex};
    for (int i = 0; i < static_cast<int>(prediction.masks.size()); ++i)
      if (i != prediction.bestIndex) order.push_back(i);
    nlohmann::json masks = nlohmann::json::array();
    const QString outPath = parser.value(out);
    for (size_t k = 0; k < order.size(); ++k) {
      const int index = order[k];
      const QString path = k == 0 ? outPath : numberedPath(outPath, static_cast<int>(k));
      const QString error = writeMask(prediction.masks[index], path);
      if (!error.isEmpty()) return cli::fail(command, error);
      masks.push_back({{"file", path.toStdString()},
                       {"index", index},
                       {"score", prediction.iouScores[index]},
                       {"area", prediction.masks[index].area()}});
    }
    nlohmann::json result;
    result["image"] = imagePath.toStdString();
    result["width"] = rgb.width();
    result["height"] = rgb.height();
    result["model"] = model->description();
    result["scores"] = prediction.iouScores;
    result["best_index"] = prediction.bestIndex;
    result["masks"] = masks;
    result["timing_ms"] = {{"load", loadMs}, {"encode", encodeMs}, {"predict", predictMs}};
    cli::printJson(result);
    return cli::kExitOk;
  } catch (const sam2::Sam2Error& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    return cli::fail(command, QStringLiteral("unexpected error: %1").arg(QString::fromStdString(e.what())));
  }
}
