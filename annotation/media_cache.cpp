#include "annotation/media_cache.h"

#include <algorithm>

namespace s2s::detail {

// ---- FrameCache ----

bool FrameCache::get(int index, QImage* out) {
  auto it = entries_.find(index);
  if (it == entries_.end()) return false;
  order_.splice(order_.begin(), order_, it->second.position);
  *out = it->second.image;
  return true;
}

void FrameCache::put(int index, const QImage& image) {
  const std::int64_t size = image.sizeInBytes();
  if (size > limit_ || image.isNull()) return;
  auto it = entries_.find(index);
  if (it != entries_.end()) {
    bytes_ -= it->second.image.sizeInBytes();
    order_.erase(it->second.position);
    entries_.erase(it);
  }
  evictTo(limit_ - size);
  order_.push_front(index);
  entries_.emplace(index, Entry{image, order_.begin()});
  bytes_ += size;
}

void FrameCache::evictTo(std::int64_t bytes) {
  while (bytes_ > bytes && !order_.empty()) {
    auto it = entries_.find(order_.back());
    bytes_ -= it->second.image.sizeInBytes();
    entries_.erase(it);
    order_.pop_back();
  }
}

void FrameCache::setLimit(std::int64_t bytes) {
  limit_ = std::max<std::int64_t>(0, bytes);
  evictTo(limit_);
}

void FrameCache::clear() {
  entries_.clear();
  order_.clear();
  bytes_ = 0;
}

// ---- CachedMediaSource ----

CachedMediaSource::CachedMediaSource(std::unique_ptr<FrameDecoder> decoder)
    : decoder_(std::move(decoder)), cache_(kDefaultCacheBytes) {}

CachedMediaSource::~CachedMediaSource() {
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

QImage CachedMediaSource::frame(int index) {
  const MediaInfo& mediaInfo = info();
  if (index < 0 || index >= mediaInfo.frameCount)
    throw MediaError(QStringLiteral("frame %1 is out of range: '%2' has %3 frame(s), numbered from 0")
                         .arg(index).arg(mediaInfo.path).arg(mediaInfo.frameCount));
  QImage image;
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    ++requested_;
    if (direction_ != 0 && anchor_ != index) {
      anchor_ = index;
      wake_.notify_all();
    }
    if (cache_.get(index, &image)) {
      ++hits_;
      return image;
    }
  }
  // Tell the read-ahead to step aside, then decode ourselves.
  ++foregroundWaiting_;
  std::unique_lock<std::mutex> decoding(decoderMutex_);
  --foregroundWaiting_;
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    if (cache_.get(index, &image)) {  // another thread (or the read-ahead) decoded it meanwhile
      ++hits_;
      decoding.unlock();
      wake_.notify_all();
      return image;
    }
  }
  // Frames passed on the way to this one are kept when they are close before it (scrubbing
  // backwards) or inside the read-ahead window.
  DecodeHooks hooks;
  hooks.keep = [this, index](int passed) {
    std::lock_guard<std::mutex> lock(stateMutex_);
    if (cache_.contains(passed)) return false;
    return (index - passed <= effectiveWindow()) || inReadAheadWindow(passed);
  };
  hooks.sink = [this](int passed, const QImage& decoded) {
    std::lock_guard<std::mutex> lock(stateMutex_);
    cache_.put(passed, decoded);
  };
  image = decoder_->decode(index, hooks);
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    cache_.put(index, image);
  }
  decoding.unlock();
  wake_.notify_all();  // the read-ahead may continue from here
  return image;
}

void CachedMediaSource::setReadAhead(int direction, int fromFrame) {
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    direction_ = direction > 0 ? 1 : (direction < 0 ? -1 : 0);
    anchor_ = std::clamp(fromFrame, 0, std::max(0, info().frameCount - 1));
    undecodable_.clear();
    if (direction_ != 0 && !worker_.joinable() && info().frameCount > 1)
      worker_ = std::thread([this] { readAheadLoop(); });
  }
  wake_.notify_all();
}

void CachedMediaSource::setReadAheadFrames(int frames) {
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    window_ = std::max(0, frames);
  }
  wake_.notify_all();
}

void CachedMediaSource::setCacheLimitBytes(std::int64_t bytes) {
  std::lock_guard<std::mutex> lock(stateMutex_);
  cache_.setLimit(bytes);
}

std::int64_t CachedMediaSource::cacheLimitBytes() const {
  std::lock_guard<std::mutex> lock(stateMutex_);
  return cache_.limit();
}

void CachedMediaSource::clearCache() {
  std::lock_guard<std::mutex> lock(stateMutex_);
  cache_.clear();
}

MediaStats CachedMediaSource::stats() const {
  MediaStats s;
  {
    std::lock_guard<std::mutex> lock(stateMutex_);
    s.framesRequested = requested_;
    s.cacheHits = hits_;
    s.readAheadFrames = readAheadFrames_;
    s.cacheBytes = cache_.bytes();
    s.cacheLimitBytes = cache_.limit();
    s.cachedFrames = cache_.count();
  }
  s.framesDecoded = decoder_->framesDecoded();
  s.seeks = decoder_->seeks();
  return s;
}

int CachedMediaSource::effectiveWindow() const {
  // Read-ahead may use at most half the cache, so it never evicts what it just decoded.
  const std::int64_t frameBytes = std::max<std::int64_t>(1, std::int64_t(info().width) * info().height * 3);
  const std::int64_t fits = cache_.limit() / 2 / frameBytes;
  return static_cast<int>(std::min<std::int64_t>(window_, fits));
}

bool CachedMediaSource::inReadAheadWindow(int index) const {
  if (direction_ == 0) return false;
  const int distance = (index - anchor_) * direction_;
  return distance >= 0 && distance <= effectiveWindow();
}

int CachedMediaSource::readAheadTarget() const {
  if (direction_ == 0) return -1;
  const int window = effectiveWindow();
  if (window <= 0) return -1;  // the cache cannot hold what would be read ahead
  for (int step = 0; step <= window; ++step) {
    const int index = anchor_ + step * direction_;
    if (index < 0 || index >= info().frameCount) break;
    if (!cache_.contains(index) && !undecodable_.count(index)) return index;
  }
  return -1;
}

void CachedMediaSource::readAheadLoop() {
  for (;;) {
    int target = -1;
    {
      std::unique_lock<std::mutex> lock(stateMutex_);
      wake_.wait(lock, [&] {
        if (stopping_) return true;
        target = readAheadTarget();
        return target >= 0 && foregroundWaiting_.load() == 0;
      });
      if (stopping_) return;
    }
    std::unique_lock<std::mutex> decoding(decoderMutex_);
    if (foregroundWaiting_.load() > 0) {  // somebody waits for a frame: let them go first
      decoding.unlock();
      std::this_thread::yield();
      continue;
    }
    {
      std::lock_guard<std::mutex> lock(stateMutex_);
      if (stopping_) return;
      target = readAheadTarget();  // the anchor may have moved while we waited for the decoder
    }
    if (target < 0) continue;
    DecodeHooks hooks;
    hooks.keep = [this](int passed) {
      std::lock_guard<std::mutex> lock(stateMutex_);
      return !cache_.contains(passed) && inReadAheadWindow(passed);
    };
    hooks.sink = [this](int passed, const QImage& decoded) {
      std::lock_guard<std::mutex> lock(stateMutex_);
      cache_.put(passed, decoded);
      ++readAheadFrames_;
    };
    hooks.shouldStop = [this] { return foregroundWaiting_.load() > 0 || stopping_; };
    try {
      const QImage image = decoder_->decode(target, hooks);
      std::lock_guard<std::mutex> lock(stateMutex_);
      if (!image.isNull()) {
        cache_.put(target, image);
        ++readAheadFrames_;
      }
    } catch (...) {
      // The foreground reports the error when somebody asks for this frame; just do not retry.
      std::lock_guard<std::mutex> lock(stateMutex_);
      undecodable_.insert(target);
    }
  }
}

}  // namespace s2s::detail
