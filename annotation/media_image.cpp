#include "annotation/media_image.h"

#include <QFile>
#include <QImageReader>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace s2s::detail {
namespace {

void checkDeclaredSize(const QString& path, QSize size) {
  const std::int64_t pixels = std::int64_t(size.width()) * size.height();
  if (size.width() > MediaSource::kMaxImageSide || size.height() > MediaSource::kMaxImageSide ||
      pixels > MediaSource::kMaxImagePixels)
    throw MediaError(QStringLiteral("'%1' is %2x%3 pixels; images up to %4x%4 pixels (%5 megapixels) are "
                                    "supported. Downscale it first.")
                         .arg(path).arg(size.width()).arg(size.height()).arg(MediaSource::kMaxImageSide)
                         .arg(MediaSource::kMaxImagePixels / 1000000));
}

// WebP: the RIFF header names one of three bitstreams, each with its own size fields.
QSize webpSize(const QByteArray& h) {
  if (h.size() < 30) return {};
  const auto* b = reinterpret_cast<const uchar*>(h.constData());
  const QByteArray chunk = h.mid(12, 4);
  if (chunk == "VP8X")
    return {1 + int(b[24] | b[25] << 8 | b[26] << 16), 1 + int(b[27] | b[28] << 8 | b[29] << 16)};
  if (chunk == "VP8L" && b[20] == 0x2f) {
    const quint32 bits = qFromLittleEndian<quint32>(b + 21);
    return {1 + int(bits & 0x3fff), 1 + int((bits >> 14) & 0x3fff)};
  }
  if (chunk == "VP8 " && b[23] == 0x9d && b[24] == 0x01 && b[25] == 0x2a)
    return {int(qFromLittleEndian<quint16>(b + 26) & 0x3fff), int(qFromLittleEndian<quint16>(b + 28) & 0x3fff)};
  return {};
}

// TIFF: the first image file directory's ImageWidth / ImageLength tags (classic TIFF only).
QSize tiffSize(QFile& file, bool bigEndian) {
  auto read16 = [&](const uchar* p) { return bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p); };
  auto read32 = [&](const uchar* p) { return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p); };
  file.seek(4);
  const QByteArray offsetBytes = file.read(4);
  if (offsetBytes.size() != 4) return {};
  if (!file.seek(read32(reinterpret_cast<const uchar*>(offsetBytes.constData())))) return {};
  const QByteArray countBytes = file.read(2);
  if (countBytes.size() != 2) return {};
  const int count = read16(reinterpret_cast<const uchar*>(countBytes.constData()));
  const QByteArray entries = file.read(qint64(count) * 12);
  int width = 0, height = 0;
  for (int i = 0; i + 1 <= count && (i + 1) * 12 <= entries.size(); ++i) {
    const auto* e = reinterpret_cast<const uchar*>(entries.constData()) + i * 12;
    const int tag = read16(e), type = read16(e + 2);
    const int value = type == 3 ? read16(e + 8) : type == 4 ? int(read32(e + 8)) : 0;
    if (tag == 256) width = value;
    if (tag == 257) height = value;
  }
  return (width > 0 && height > 0) ? QSize(width, height) : QSize();
}

// BMP: the info header's width and height (height is negative for top-down images).
QSize bmpSize(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QByteArray head = file.read(26);
  if (head.size() < 26 || !head.startsWith("BM")) return {};
  const auto* b = reinterpret_cast<const uchar*>(head.constData());
  const qint32 width = qFromLittleEndian<qint32>(b + 18);
  const qint32 height = qFromLittleEndian<qint32>(b + 22);
  if (width <= 0 || height == 0 || height == INT32_MIN) return {};
  return {width, height < 0 ? -height : height};
}

}  // namespace

ImageProbe probeImage(const QString& path) {
  ImageProbe probe;
  QImageReader reader(path);
  reader.setDecideFormatFromContent(true);
  if (reader.canRead()) {
    probe.isImage = true;
    probe.viaQt = true;
    probe.codec = QString::fromLatin1(reader.format());
    if (probe.codec == QLatin1String("jpg")) probe.codec = QStringLiteral("jpeg");
    QSize size = reader.size();  // from the header, before any decoding
    if (!size.isValid() && probe.codec == QLatin1String("bmp")) size = bmpSize(path);  // Qt refuses huge BMPs
    if (size.isValid()) {
      checkDeclaredSize(path, size);
      if (reader.transformation() & QImageIOHandler::TransformationRotate90) size.transpose();
      probe.size = size;
    }
    return probe;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return probe;
  const QByteArray head = file.read(32);
  const bool tiffLE = head.startsWith(QByteArray("II*\0", 4));
  const bool tiffBE = head.startsWith(QByteArray("MM\0*", 4));
  const bool bigTiff = head.startsWith(QByteArray("II+\0", 4)) || head.startsWith(QByteArray("MM\0+", 4));
  const bool webp = head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
  if (bigTiff)
    throw MediaError(QStringLiteral("'%1' is a BigTIFF image, which is not supported; save it as a classic "
                                    "TIFF or PNG").arg(path));
  if (!tiffLE && !tiffBE && !webp) return probe;
  probe.isImage = true;
  probe.viaQt = false;
  probe.codec = webp ? QStringLiteral("webp") : QStringLiteral("tiff");
  const QSize size = webp ? webpSize(head) : tiffSize(file, tiffBE);
  if (!size.isValid())
    throw MediaError(QStringLiteral("'%1' looks like a %2 image but its header is damaged").arg(path, probe.codec));
  checkDeclaredSize(path, size);
  probe.size = size;  // OpenCV applies orientation; refined after the first decode
  return probe;
}

QImage loadImage(const QString& path, const ImageProbe& probe) {
  QImage image;
  if (probe.viaQt) {
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);  // EXIF orientation
    if (!reader.read(&image))
      throw MediaError(QStringLiteral("cannot decode the image '%1': %2").arg(path, reader.errorString()));
  } else {
    const cv::Mat bgr = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (bgr.empty())
      throw MediaError(QStringLiteral("cannot decode the %1 image '%2' (damaged or unsupported variant)")
                           .arg(probe.codec, path));
    image = QImage(bgr.cols, bgr.rows, QImage::Format_RGB888);
    if (image.isNull()) throw MediaError(QStringLiteral("out of memory decoding '%1'").arg(path));
    cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, image.bits(), static_cast<size_t>(image.bytesPerLine()));
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  }
  if (image.isNull()) throw MediaError(QStringLiteral("cannot decode the image '%1'").arg(path));
  checkDeclaredSize(path, image.size());
  if (image.format() != QImage::Format_RGB888) image = image.convertToFormat(QImage::Format_RGB888);
  return image;
}

ImageDecoder::ImageDecoder(const QString& path, const ImageProbe& probe) : probe_(probe) {
  info_.kind = MediaKind::Image;
  info_.path = path;
  info_.codec = probe.codec;
  info_.frameCount = 1;
  info_.frameTimestamps = {0.0};
  info_.pixelFormat = QStringLiteral("rgb24");
  if (probe.size.isValid() && probe.viaQt) {
    info_.width = probe.size.width();
    info_.height = probe.size.height();
  } else {
    // The header does not tell the delivered size (or orientation may change it): decode once.
    const QImage image = loadImage(path, probe);
    info_.width = image.width();
    info_.height = image.height();
  }
}

QImage ImageDecoder::decode(int index, const DecodeHooks&) {
  (void)index;
  ++framesDecoded_;
  QImage image = loadImage(info_.path, probe_);
  if (image.width() != info_.width || image.height() != info_.height)
    throw MediaError(QStringLiteral("'%1' changed on disk since it was opened").arg(info_.path));
  return image;
}

}  // namespace s2s::detail
