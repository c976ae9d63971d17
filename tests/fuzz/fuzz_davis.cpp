// libFuzzer: the DAVIS importers. The input is one PNG, read as an indexed frame of the palette
// layout ({video}/00000.png, index = object) when its size is even, else as one object's binary
// mask ({video}/001/00000.png). Image decoding is Qt's; what is ours is the layout, the palette and
// the mask conversion, bounded by the limits in annotation/limits.h.
#include <cstddef>
#include <cstdint>

#include <QImageReader>
#include <QString>

#include "annotation/project.h"
#include "export/dataset_error.h"
#include "export/export.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool limited = [] {
    QImageReader::setAllocationLimit(8);
    return true;
  }();
  (void)limited;
  const bool palette = size % 2 == 0;
  const char* root = palette ? "palette" : "objects";
  (void)fuzz::writeInput(palette ? "palette/clip/00000.png" : "objects/clip/001/00000.png", data, size);
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, palette ? s2s::DatasetFormat::DavisPalette : s2s::DatasetFormat::Davis,
                             QString::fromStdString((fuzz::scratchFolder() / root).string()));
  } catch (const s2s::DatasetError&) {
  }
  return 0;
}
