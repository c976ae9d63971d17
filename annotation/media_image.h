#pragma once
// Still images: JPEG, PNG, BMP (and what else Qt's image plugins read) through QImageReader with
// EXIF orientation applied; TIFF and WebP, which this Qt build has no plugin for, through OpenCV.
// The declared size is read from the header and checked before any pixel is decoded.
#include <QSize>
#include <QString>

#include "annotation/media_decoder.h"

namespace s2s::detail {

struct ImageProbe {
  bool isImage = false;   // false: not an image format this reads (maybe a video)
  bool viaQt = true;      // decoded by QImageReader, else by OpenCV
  QSize size;             // after EXIF orientation; invalid when the header does not say
  QString codec;          // "jpeg", "png", "tiff", "webp", ...
};

// Looks at the file's content (not its name). Throws MediaError when it is an image whose
// declared size exceeds MediaSource::kMaxImageSide / kMaxImagePixels.
ImageProbe probeImage(const QString& path);

// Decodes the image as Format_RGB888 (orientation applied). Throws MediaError.
QImage loadImage(const QString& path, const ImageProbe& probe);

class ImageDecoder final : public FrameDecoder {
 public:
  ImageDecoder(const QString& path, const ImageProbe& probe);
  const MediaInfo& info() const override { return info_; }
  QImage decode(int index, const DecodeHooks& hooks) override;

 private:
  ImageProbe probe_;
  MediaInfo info_;
};

}  // namespace s2s::detail
