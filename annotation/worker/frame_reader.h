#pragma once
// Reads frames for the worker through s2s::MediaSource, keeping the last few sources open so
// consecutive requests on one video do not reopen it. Kept in a file of its own because
// media_source.h and annotation/types.h both declare a MediaKind.
#include <QImage>
#include <QString>
#include <memory>

namespace s2s {

class WorkerFrameReader {
public:
    WorkerFrameReader();
    ~WorkerFrameReader();
    WorkerFrameReader(const WorkerFrameReader&) = delete;
    WorkerFrameReader& operator=(const WorkerFrameReader&) = delete;

    // Frame `index` of the media at `path` as Format_RGB888. Throws std::runtime_error (a
    // MediaError) with a person-readable message.
    QImage frame(const QString& path, int index);
    // Closes every open source (e.g. when the project changes).
    void closeAll();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace s2s
