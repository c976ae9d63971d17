// libFuzzer: the COCO importer (instances JSON), through importDataset as File ▸ Import runs it.
// The images the seed names (a.jpg, b.png) exist but are not images, so their sizes come from
// the JSON and must be bounded there.
#include <cstddef>
#include <cstdint>

#include <QString>

#include "annotation/project.h"
#include "export/dataset_error.h"
#include "export/export.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool images = [] {
    (void)fuzz::writeInput("coco/a.jpg", nullptr, 0);
    (void)fuzz::writeInput("coco/b.png", nullptr, 0);
    return true;
  }();
  (void)images;
  const std::string path = fuzz::writeInput("coco/annotations.json", data, size);
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, s2s::DatasetFormat::Coco, QString::fromStdString(path));
  } catch (const s2s::DatasetError&) {
  }
  return 0;
}
