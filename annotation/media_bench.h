#pragma once
// Decoding speed of one media file, for `sam2studio-cli bench --media FILE`.
#include <QString>

namespace s2s {

struct MediaBenchResult {
  QString path;
  QString codec;
  int width = 0;
  int height = 0;
  int frameCount = 0;            // frames in the file
  int sequentialFrames = 0;      // frames decoded in the sequential pass
  double sequentialFps = 0.0;    // frames per second, decoding from frame 0 forward (RGB out)
  int randomSeeks = 0;           // random accesses measured (cold cache, fixed seed)
  double medianSeekMs = 0.0;     // median latency of one random frame() call
  double maxSeekMs = 0.0;
  double openMs = 0.0;           // MediaSource::open (includes indexing the video's packets)
};

// Opens `path` and measures (1) sequential decode speed over up to `maxSequentialFrames` frames
// and (2) the median latency of `seeks` random frame requests with the cache disabled.
// Throws s2s::MediaError like MediaSource::open.
MediaBenchResult benchmarkMedia(const QString& path, int maxSequentialFrames = 600, int seeks = 30);

}  // namespace s2s
