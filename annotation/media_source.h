#pragma once
// One interface over every kind of media an annotator opens: video files (FFmpeg), still images
// and image-sequence folders (DAVIS / SA-V `JPEGImages`). Frames are exact and reachable in any
// order: frame N has the same pixels whether reached by a seek or by decoding from the start.
//
// Usage:
//   auto media = s2s::MediaSource::open(path);          // throws s2s::MediaError
//   const s2s::MediaInfo& info = media->info();
//   media->setReadAhead(+1, 0);                         // playing forward from frame 0
//   QImage rgb = media->frame(42);                      // QImage::Format_RGB888, native size
//
// Thread safety: every public member may be called from several threads at once. Decoding is
// serialised per source; cached frames are served without waiting for the decoder.
#include <QImage>
#include <QString>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "annotation/types.h"

namespace s2s {

// Bad input: a missing file, a file that is not media, an unsupported codec, an image too large
// to decode, a frame index out of range, a frame that cannot be decoded. The message says what is
// wrong in words a person can act on (it names the file).
class MediaError : public std::runtime_error {
 public:
  explicit MediaError(const QString& message) : std::runtime_error(message.toStdString()) {}
  QString message() const { return QString::fromStdString(what()); }
};

// MediaKind (Image, Video, FrameFolder) and mediaKindName() ("image", "video", "frames") are the
// project's, from annotation/types.h: one kind of media everywhere.

struct MediaInfo {
  MediaKind kind = MediaKind::Image;
  QString path;                  // as opened (file or folder)
  int width = 0;                 // of the delivered frames, i.e. after rotation / EXIF orientation
  int height = 0;
  int frameCount = 0;            // exact: counted, never trusted from the container alone
  double fps = 0.0;              // average frames per second; 0 for a single image
  double durationSeconds = 0.0;  // 0 for a single image
  QString codec;                 // "h264", "hevc", "vp9", "jpeg", "png", ...
  bool variableFrameRate = false;
  int rotationDegrees = 0;       // clockwise rotation applied to the decoded pixels (0/90/180/270)
  // Presentation time in seconds of each frame, indexed like frame(); for a folder i / fps.
  std::vector<double> frameTimestamps;
  // Non-empty when only part of the file could be decoded (truncated video, unreadable frames in
  // a folder), e.g. "decoding stopped at frame 143 of ~290: data ends". frameCount then counts
  // the frames that can be delivered.
  QString partialReason;
  // Free-form container / source details (e.g. "mov,mp4,m4a,3gp,3g2,mj2", "yuv420p").
  QString container;
  QString pixelFormat;

  bool isPartial() const { return !partialReason.isEmpty(); }
  // Timestamp of frame `index` in seconds (0 when out of range).
  double timestampOf(int index) const;
  // The frame shown at `seconds` (the last frame whose timestamp is <= seconds), clamped.
  int frameAtTime(double seconds) const;
};

// Counters for the bench and for diagnostics; a snapshot.
struct MediaStats {
  std::int64_t framesRequested = 0;   // frame() calls
  std::int64_t cacheHits = 0;         // frame() calls served from the cache
  std::int64_t framesDecoded = 0;     // frames the decoder produced (incl. frames passed on the way)
  std::int64_t seeks = 0;             // decoder seeks (video)
  std::int64_t readAheadFrames = 0;   // frames put in the cache by the read-ahead thread
  std::int64_t cacheBytes = 0;        // bytes held by the cache now
  std::int64_t cacheLimitBytes = 0;
  int cachedFrames = 0;
};

class MediaSource {
 public:
  static constexpr std::int64_t kDefaultCacheBytes = 256LL * 1024 * 1024;
  // Images larger than this (either side, or in pixels) are refused before decoding.
  static constexpr int kMaxImageSide = 16384;
  static constexpr std::int64_t kMaxImagePixels = 268LL * 1000 * 1000;

  // Opens a video file, a still image, or a folder of frames (chosen by content, not by the file
  // name's extension). Throws MediaError with a person-readable message.
  static std::unique_ptr<MediaSource> open(const QString& path);

  virtual ~MediaSource() = default;
  MediaSource(const MediaSource&) = delete;
  MediaSource& operator=(const MediaSource&) = delete;

  virtual const MediaInfo& info() const = 0;

  // Frame `index` (0-based, in presentation order, as in MediaInfo::frameTimestamps) as
  // QImage::Format_RGB888 at native resolution. Throws MediaError when out of range or when the
  // frame cannot be decoded.
  virtual QImage frame(int index) = 0;

  // Hint for read-ahead: +1 playing / propagating forward, -1 backward, 0 off. While on, the
  // anchor follows the frames asked for with frame(); fromFrame sets it now.
  virtual void setReadAhead(int direction, int fromFrame) { (void)direction, (void)fromFrame; }
  // How many frames the read-ahead keeps decoded in front of the anchor (also bounded by the
  // cache's byte limit). Default 16.
  virtual void setReadAheadFrames(int frames) { (void)frames; }

  // Upper bound of the decoded-frame cache in bytes; 0 disables caching.
  virtual void setCacheLimitBytes(std::int64_t bytes) { (void)bytes; }
  virtual std::int64_t cacheLimitBytes() const { return 0; }
  virtual void clearCache() {}

  virtual MediaStats stats() const { return {}; }

 protected:
  MediaSource() = default;
};

}  // namespace s2s
