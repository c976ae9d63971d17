#include "annotation/worker/frame_reader.h"

#include <deque>
#include <utility>

#include "annotation/media_source.h"

namespace s2s {

namespace {
constexpr std::size_t kOpenSources = 4;
}

struct WorkerFrameReader::Impl {
    // Most recently used first.
    std::deque<std::pair<QString, std::unique_ptr<MediaSource>>> open;
};

WorkerFrameReader::WorkerFrameReader() : impl_(std::make_unique<Impl>()) {}
WorkerFrameReader::~WorkerFrameReader() = default;

QImage WorkerFrameReader::frame(const QString& path, int index) {
    auto& open = impl_->open;
    for (auto it = open.begin(); it != open.end(); ++it) {
        if (it->first == path) {
            if (it != open.begin()) {
                auto entry = std::move(*it);
                open.erase(it);
                open.push_front(std::move(entry));
            }
            return open.front().second->frame(index);
        }
    }
    auto source = MediaSource::open(path);
    // The worker reads one frame per image; a small cache is enough and the GUI has its own.
    source->setCacheLimitBytes(64LL * 1024 * 1024);
    open.emplace_front(path, std::move(source));
    while (open.size() > kOpenSources)
        open.pop_back();
    return open.front().second->frame(index);
}

void WorkerFrameReader::closeAll() { impl_->open.clear(); }

} // namespace s2s
