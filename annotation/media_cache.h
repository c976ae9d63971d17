#pragma once
// The decoded-frame cache (least recently used, bounded in bytes) and the MediaSource that puts
// a FrameDecoder behind it, with a read-ahead worker thread.
#include <QImage>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "annotation/media_decoder.h"
#include "annotation/media_source.h"

namespace s2s::detail {

// Not thread-safe on its own: CachedMediaSource guards it.
class FrameCache {
 public:
  explicit FrameCache(std::int64_t limitBytes) : limit_(limitBytes) {}

  bool get(int index, QImage* out);   // marks it most recently used
  bool contains(int index) const { return entries_.count(index) != 0; }
  // Stores a frame, evicting the least recently used ones to stay within the limit. A frame
  // larger than the whole limit is not stored.
  void put(int index, const QImage& image);
  void setLimit(std::int64_t bytes);
  void clear();

  std::int64_t limit() const { return limit_; }
  std::int64_t bytes() const { return bytes_; }
  int count() const { return static_cast<int>(entries_.size()); }

 private:
  struct Entry {
    QImage image;
    std::list<int>::iterator position;
  };
  void evictTo(std::int64_t bytes);

  std::int64_t limit_;
  std::int64_t bytes_ = 0;
  std::list<int> order_;  // front: most recently used
  std::unordered_map<int, Entry> entries_;
};

class CachedMediaSource final : public MediaSource {
 public:
  explicit CachedMediaSource(std::unique_ptr<FrameDecoder> decoder);
  ~CachedMediaSource() override;

  const MediaInfo& info() const override { return decoder_->info(); }
  QImage frame(int index) override;
  void setReadAhead(int direction, int fromFrame) override;
  void setReadAheadFrames(int frames) override;
  void setCacheLimitBytes(std::int64_t bytes) override;
  std::int64_t cacheLimitBytes() const override;
  void clearCache() override;
  MediaStats stats() const override;

 private:
  void readAheadLoop();
  int readAheadTarget() const;          // next frame worth decoding ahead, -1 if none; state locked
  bool inReadAheadWindow(int index) const;  // state locked
  int effectiveWindow() const;          // state locked

  std::unique_ptr<FrameDecoder> decoder_;
  std::mutex decoderMutex_;             // one decode at a time; taken before stateMutex_, never after
  mutable std::mutex stateMutex_;       // cache, read-ahead state, counters
  std::condition_variable wake_;
  FrameCache cache_;
  int direction_ = 0;
  int anchor_ = 0;
  int window_ = 16;
  std::atomic<bool> stopping_{false};  // also polled by the read-ahead while decoding, unlocked
  std::set<int> undecodable_;           // frames the read-ahead failed on: not retried
  std::atomic<int> foregroundWaiting_{0};
  std::thread worker_;                  // started with the first read-ahead hint

  std::int64_t requested_ = 0;
  std::int64_t hits_ = 0;
  std::int64_t readAheadFrames_ = 0;
};

}  // namespace s2s::detail
