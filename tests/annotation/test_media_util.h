#pragma once
// Helpers shared by the media tests: the clips of tests/data/media/videos and what ffprobe said
// about them when they were cut (expected.json).
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

#include "annotation/media_source.h"

namespace media_test {

inline QString dataPath(const QString& relative) {
  return QStringLiteral(SAM2_TEST_DATA_DIR "/media/") + relative;
}

inline nlohmann::json expectedClips() {
  QFile file(dataPath(QStringLiteral("videos/expected.json")));
  if (!file.open(QIODevice::ReadOnly)) return nlohmann::json::object();
  return nlohmann::json::parse(file.readAll().toStdString());
}

// Every frame, decoded from the start in order by a fresh source with caching off.
inline std::vector<QImage> decodeSequentially(const QString& path) {
  auto media = s2s::MediaSource::open(path);
  media->setCacheLimitBytes(0);
  std::vector<QImage> frames;
  for (int i = 0; i < media->info().frameCount; ++i) frames.push_back(media->frame(i));
  return frames;
}

}  // namespace media_test
