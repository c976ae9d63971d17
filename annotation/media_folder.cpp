#include "annotation/media_folder.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace s2s::detail {

bool naturalLess(const QString& a, const QString& b) {
  int i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].isDigit() && b[j].isDigit()) {
      int si = i, sj = j;
      while (si < a.size() && a[si] == QLatin1Char('0')) ++si;  // leading zeros do not count
      while (sj < b.size() && b[sj] == QLatin1Char('0')) ++sj;
      int ei = si, ej = sj;
      while (ei < a.size() && a[ei].isDigit()) ++ei;
      while (ej < b.size() && b[ej].isDigit()) ++ej;
      if (ei - si != ej - sj) return ei - si < ej - sj;  // more digits: larger number
      for (int k = 0; k < ei - si; ++k)
        if (a[si + k] != b[sj + k]) return a[si + k] < b[sj + k];
      if (ei - i != ej - j) return ei - i < ej - j;  // equal values: fewer leading zeros first
      i = ei;
      j = ej;
      continue;
    }
    const QChar ca = a[i].toLower(), cb = b[j].toLower();
    if (ca != cb) return ca < cb;
    ++i;
    ++j;
  }
  if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
  return a < b;  // differ only in case: a stable, total order
}

QStringList listFrameFiles(const QString& folder) {
  static const QStringList patterns = {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                       QStringLiteral("*.bmp"), QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
                                       QStringLiteral("*.webp")};
  QDir dir(folder);
  QStringList names = dir.entryList(patterns, QDir::Files | QDir::Readable, QDir::NoSort);
  std::sort(names.begin(), names.end(), naturalLess);
  QStringList paths;
  paths.reserve(names.size());
  for (const QString& name : names) paths << dir.absoluteFilePath(name);
  return paths;
}

FolderDecoder::FolderDecoder(const QString& folder) : files_(listFrameFiles(folder)) {
  if (files_.isEmpty())
    throw MediaError(QStringLiteral("the folder '%1' contains no frame images (jpg, jpeg, png, bmp, tif, webp)")
                         .arg(folder));
  // The first frame sets the size and codec; the others must match it (checked when decoded).
  const ImageProbe probe = probeImage(files_.first());
  if (!probe.isImage)
    throw MediaError(QStringLiteral("'%1' in the frame folder is not a readable image").arg(files_.first()));
  QSize size = probe.size;
  if (!size.isValid() || !probe.viaQt) size = loadImage(files_.first(), probe).size();
  info_.kind = MediaKind::FrameFolder;
  info_.path = folder;
  info_.codec = probe.codec;
  info_.pixelFormat = QStringLiteral("rgb24");
  info_.width = size.width();
  info_.height = size.height();
  info_.frameCount = static_cast<int>(files_.size());
  info_.fps = kAssumedFps;
  info_.durationSeconds = info_.frameCount / kAssumedFps;
  info_.frameTimestamps.resize(files_.size());
  for (int i = 0; i < info_.frameCount; ++i) info_.frameTimestamps[i] = i / kAssumedFps;
}

QImage FolderDecoder::decode(int index, const DecodeHooks&) {
  const QString& path = files_.at(index);
  const ImageProbe probe = probeImage(path);
  if (!probe.isImage) throw MediaError(QStringLiteral("frame %1 ('%2') is not a readable image").arg(index).arg(path));
  QImage image = loadImage(path, probe);
  ++framesDecoded_;
  if (image.width() != info_.width || image.height() != info_.height)
    throw MediaError(QStringLiteral("frame %1 ('%2') is %3x%4 but the folder's first frame is %5x%6; all frames "
                                    "of a folder must have one size")
                         .arg(index).arg(path).arg(image.width()).arg(image.height()).arg(info_.width).arg(info_.height));
  return image;
}

}  // namespace s2s::detail
