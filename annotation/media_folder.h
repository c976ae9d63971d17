#pragma once
// A folder of frames, one image per frame (the DAVIS / SA-V `JPEGImages/<video>/00000.jpg`
// layout), in natural sort order: frame2.jpg before frame10.jpg.
#include <QString>
#include <QStringList>

#include "annotation/media_decoder.h"
#include "annotation/media_image.h"

namespace s2s::detail {

// Natural order: runs of digits compare by value, the rest case-insensitively.
bool naturalLess(const QString& a, const QString& b);

// The frame files of `folder` (jpg, jpeg, png, bmp, tif, tiff, webp), naturally sorted.
QStringList listFrameFiles(const QString& folder);

class FolderDecoder final : public FrameDecoder {
 public:
  // Frame folders have no frame rate of their own; DAVIS and SA-V frames are 24 fps.
  static constexpr double kAssumedFps = 24.0;

  explicit FolderDecoder(const QString& folder);  // throws MediaError
  const MediaInfo& info() const override { return info_; }
  QImage decode(int index, const DecodeHooks& hooks) override;
  const QStringList& files() const { return files_; }

 private:
  QStringList files_;  // absolute paths
  MediaInfo info_;
};

}  // namespace s2s::detail
