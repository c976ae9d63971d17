#pragma once
// Shared pieces of the format writers and readers (internal to export/).
#include <map>
#include <vector>

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

#include "annotation/project.h"
#include "export/export.h"
#include "export/imported_dataset.h"

namespace s2s {

// Decodes to a CV_8U 0/1 matrix and back.
cv::Mat rleToMat(const Rle& rle);
Rle matToRle(const cv::Mat& mask);

// The media items an export covers (options.mediaIds or all), in project order.
std::vector<const MediaItem*> selectedMedia(const Project& project, const ExportOptions& options);

// A file-system-safe, project-unique base name per media item ("dog" for dog.mp4; the SA-V
// video_id of an imported SA-V video), keyed by media id.
std::map<int, QString> mediaBaseNames(const Project& project, const std::vector<const MediaItem*>& media);

// The exported frames of a media item: 0, stride, 2*stride, ... below frameCount (0 for images).
// Frame count 0 or unknown falls back to the last annotated frame + 1.
std::vector<int> strideFrames(const Project& project, const MediaItem& item, int stride);
// The same frames restricted to those with at least one mask (0 for images): what formats that
// skip empty frames walk, without visiting every frame of a long video.
std::vector<int> annotatedStrideFrames(const Project& project, const MediaItem& item, int stride);

// A number from a dataset file as an int in [lo, hi]; anything else (too large for an int, NaN,
// fractional where `integral`) is refused with "<what> is <value>; it must be lo..hi". Casting
// first would be undefined for huge values.
int boundedInt(double value, int lo, int hi, const QString& what, bool integral = true);

// The stride actually used: options.frameStride, or `fallback` when it is 0. Throws on < 0.
int effectiveStride(const ExportOptions& options, int fallback);

// Throws DatasetCancelled when the callback asks to stop.
void reportProgress(const DatasetProgress& progress, int done, int total, const QString& step);

// Reads a whole file; throws DatasetError naming it.
QByteArray readFileBytes(const QString& path);
// Parses JSON; throws DatasetError "FILE is not valid JSON: ...".
nlohmann::json parseJsonFile(const QString& path);

// Finds media for a dataset video named `name`: `mediaPath` itself when it is a file or a frame
// folder meant for one video (`single`), else `{mediaPath}/{name}.{mp4,mov,...}` or
// `{mediaPath}/{name}/`. Empty when nothing fits.
QString findVideoMedia(const QString& mediaPath, const QString& name, bool single);

} // namespace s2s
