// libFuzzer: the DAVIS importers, in two ways chosen by the first byte.
// - Raw (first byte 0 or 1): the rest is one PNG file, read as an indexed frame of the palette
//   layout ({video}/00000.png, index = object) or as one object's binary mask
//   ({video}/001/00000.png). This reaches Qt's decoder with hostile bytes.
// - Structured (anything else): the bytes describe a small video folder (layout, pixel format,
//   size, frame and object folder names, pixels) that the harness writes as valid PNGs. Random
//   bytes almost never make a PNG with valid CRCs, so this is what reaches our own code: the
//   layout, frame numbering, size checks, palette lookup and mask conversion.
// Everything is bounded by annotation/limits.h and the importer's own checks.
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <string>

#include <QImage>
#include <QImageReader>
#include <QString>

#include "annotation/project.h"
#include "export/dataset_error.h"
#include "export/davis.h"
#include "export/export.h"
#include "tests/fuzz/fuzz_files.h"

namespace {

// Reads bytes in order; zeros once the input is used up.
struct Bytes {
  const uint8_t* data;
  size_t size;
  size_t at = 0;
  uint8_t next() { return at < size ? data[at++] : 0; }
};

// A frame or object folder name: usually the layout's own, sometimes something odd.
std::string fileName(uint8_t kind, uint8_t number, int digits) {
  switch (kind % 8) {
    case 0: return "x" + std::to_string(number);            // not a number
    case 1: return std::to_string(number) + "9999999999";   // too large for an int
    case 2: return std::string("-") + std::to_string(number);
    default: {
      std::string n = std::to_string(number);
      return std::string(static_cast<size_t>(std::max(0, digits - static_cast<int>(n.size()))), '0') + n;
    }
  }
}

QImage makeImage(Bytes& in, int width, int height, uint8_t format) {
  const QVector<QRgb> palette = s2s::davisPalette();
  QImage image;
  switch (format % 4) {
    case 0:
    case 1: {  // indexed, with a colour table that is DAVIS's or partly the input's
      image = QImage(width, height, QImage::Format_Indexed8);
      QVector<QRgb> colors = palette;
      const int count = 1 + in.next();
      colors.resize(count);
      if (format % 4 == 1)
        for (QRgb& c : colors) c = qRgb(in.next(), in.next(), in.next());
      image.setColorTable(colors);
      break;
    }
    case 2: image = QImage(width, height, QImage::Format_Grayscale8); break;
    default: image = QImage(width, height, QImage::Format_RGB32); break;
  }
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const uint8_t v = in.next() % 8;  // few distinct values, so objects form regions
      if (image.format() == QImage::Format_RGB32) {
        const uint8_t odd = in.at % 17 == 0 ? 1 : 0;  // now and then a colour outside the palette
        image.setPixel(x, y, odd ? qRgb(1, 2, 3) : palette[v]);
      } else {
        image.scanLine(y)[x] = v;
      }
    }
  }
  return image;
}

void structured(Bytes& in) {
  const uint8_t mode = in.next();
  const bool palette = mode & 1;
  const int width = 1 + in.next() % 24, height = 1 + in.next() % 24;
  const int frames = 1 + in.next() % 3;
  const int objects = palette ? 1 : 1 + in.next() % 3;
  const std::string root = fuzz::scratchFolder().string() + "/s" + std::to_string(in.at);
  for (int o = 0; o < objects; ++o) {
    const std::string objectDir = palette ? "" : "/" + fileName(in.next(), in.next(), 3);
    for (int f = 0; f < frames; ++f) {
      // The size of one frame may differ from the others (a mismatch the importer must name).
      const bool resized = in.next() == 0xff;
      const QImage image = makeImage(in, resized ? width + 1 : width, height, in.next());
      const std::string path = root + "/clip" + objectDir + "/" + fileName(in.next(), in.next(), 5) + ".png";
      std::filesystem::create_directories(std::filesystem::path(path).parent_path());
      image.save(QString::fromStdString(path), "PNG", 100);  // fastest compression level
    }
  }
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, palette ? s2s::DatasetFormat::DavisPalette : s2s::DatasetFormat::Davis,
                             QString::fromStdString(root));
  } catch (const s2s::DatasetError&) {
  }
  std::error_code ec;
  std::filesystem::remove_all(root, ec);
}

void raw(const uint8_t* data, size_t size, bool palette) {
  const char* root = palette ? "palette" : "objects";
  (void)fuzz::writeInput(palette ? "palette/clip/00000.png" : "objects/clip/001/00000.png", data, size);
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, palette ? s2s::DatasetFormat::DavisPalette : s2s::DatasetFormat::Davis,
                             QString::fromStdString((fuzz::scratchFolder() / root).string()));
  } catch (const s2s::DatasetError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool once = [] {
    QImageReader::setAllocationLimit(8);
    // Qt reports every broken PNG on stderr (libpng's CRC errors): millions of lines that
    // slow the run and hide libFuzzer's own reports.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return true;
  }();
  (void)once;
  if (size == 0) return 0;
  if (data[0] <= 1) {
    raw(data + 1, size - 1, data[0] == 0);
    return 0;
  }
  Bytes in{data + 1, size - 1};
  structured(in);
  return 0;
}
