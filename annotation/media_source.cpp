#include "annotation/media_source.h"

#include <QFileInfo>

#include <algorithm>

#include "annotation/media_cache.h"
#include "annotation/media_folder.h"
#include "annotation/media_image.h"
#include "annotation/media_video.h"

namespace s2s {

double MediaInfo::timestampOf(int index) const {
  if (index < 0 || index >= static_cast<int>(frameTimestamps.size())) return 0.0;
  return frameTimestamps[index];
}

int MediaInfo::frameAtTime(double seconds) const {
  if (frameTimestamps.empty()) return 0;
  auto it = std::upper_bound(frameTimestamps.begin(), frameTimestamps.end(), seconds);
  if (it == frameTimestamps.begin()) return 0;
  return static_cast<int>(it - frameTimestamps.begin()) - 1;
}

std::unique_ptr<MediaSource> MediaSource::open(const QString& path) {
  const QFileInfo file(path);
  if (path.isEmpty()) throw MediaError(QStringLiteral("no media path given"));
  if (!file.exists()) throw MediaError(QStringLiteral("'%1' does not exist").arg(path));
  std::unique_ptr<detail::FrameDecoder> decoder;
  if (file.isDir()) {
    decoder = std::make_unique<detail::FolderDecoder>(path);
  } else {
    if (!file.isReadable()) throw MediaError(QStringLiteral("'%1' cannot be read (permissions)").arg(path));
    if (file.size() == 0) throw MediaError(QStringLiteral("'%1' is empty (0 bytes)").arg(path));
    const detail::ImageProbe probe = detail::probeImage(path);
    if (probe.isImage) decoder = std::make_unique<detail::ImageDecoder>(path, probe);
    else decoder = std::make_unique<detail::VideoDecoder>(path);
  }
  return std::make_unique<detail::CachedMediaSource>(std::move(decoder));
}

}  // namespace s2s
