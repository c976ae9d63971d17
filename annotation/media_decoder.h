#pragma once
// The inside of a MediaSource: one decoder per kind of media. A decoder is used by one thread at a
// time (CachedMediaSource serialises calls); caching, read-ahead and thread safety live in
// media_cache.{h,cpp}, so every decoder gets them the same way.
#include <QImage>

#include <atomic>
#include <cstdint>
#include <functional>

#include "annotation/media_source.h"

namespace s2s::detail {

// What a decoder may do besides returning the frame asked for.
struct DecodeHooks {
  // Frames decoded on the way to the target (a video decodes forward from a keyframe): keep(i)
  // says whether frame i is worth converting to RGB and handing to sink(i, image).
  std::function<bool(int)> keep;
  std::function<void(int, const QImage&)> sink;
  // Polled between frames; true makes decode() give up and return a null QImage. The read-ahead
  // thread uses it to yield to a frame somebody is waiting for.
  std::function<bool()> shouldStop;
};

class FrameDecoder {
 public:
  virtual ~FrameDecoder() = default;
  virtual const MediaInfo& info() const = 0;
  // Frame `index` (already range-checked) as Format_RGB888 of info().width x info().height.
  // Throws MediaError when it cannot be decoded; returns a null image only if hooks.shouldStop().
  virtual QImage decode(int index, const DecodeHooks& hooks) = 0;
  // Whether decoding frame `index` right after the last one decoded is cheap (no seek needed).
  virtual bool isCheapNext(int index) const { (void)index; return true; }

  std::int64_t framesDecoded() const { return framesDecoded_.load(); }
  std::int64_t seeks() const { return seeks_.load(); }

 protected:
  std::atomic<std::int64_t> framesDecoded_{0};
  std::atomic<std::int64_t> seeks_{0};
};

}  // namespace s2s::detail
