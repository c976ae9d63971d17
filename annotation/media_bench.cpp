#include "annotation/media_bench.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

#include "annotation/media_source.h"

namespace s2s {

MediaBenchResult benchmarkMedia(const QString& path, int maxSequentialFrames, int seeks) {
  MediaBenchResult result;
  result.path = path;

  QElapsedTimer timer;
  timer.start();
  auto media = MediaSource::open(path);
  result.openMs = timer.nsecsElapsed() / 1e6;
  const MediaInfo& info = media->info();
  result.codec = info.codec;
  result.width = info.width;
  result.height = info.height;
  result.frameCount = info.frameCount;

  // Sequential: what playback and propagation do. Caching and read-ahead off, so this is the
  // decoder plus the RGB conversion alone.
  media->setCacheLimitBytes(0);
  const int sequential = std::min(info.frameCount, std::max(1, maxSequentialFrames));
  timer.restart();
  for (int i = 0; i < sequential; ++i) media->frame(i);
  const double seconds = timer.nsecsElapsed() / 1e9;
  result.sequentialFrames = sequential;
  result.sequentialFps = seconds > 0 ? sequential / seconds : 0.0;

  // Random access: a scrubbing annotator. Fixed seed, so runs compare.
  if (info.frameCount > 1 && seeks > 0) {
    QRandomGenerator random(20240);
    std::vector<double> latencies;
    latencies.reserve(seeks);
    for (int k = 0; k < seeks; ++k) {
      const int index = static_cast<int>(random.bounded(info.frameCount));
      timer.restart();
      media->frame(index);
      latencies.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    const size_t n = latencies.size();
    result.randomSeeks = static_cast<int>(n);
    result.medianSeekMs = n % 2 ? latencies[n / 2] : (latencies[n / 2 - 1] + latencies[n / 2]) / 2;
    result.maxSeekMs = latencies.back();
  }
  return result;
}

}  // namespace s2s
