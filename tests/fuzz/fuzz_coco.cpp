// libFuzzer: the COCO importer (instances JSON; images are not found, so sizes come from the
// JSON and are bounded), through importDataset as File ▸ Import runs it.
#include <cstddef>
#include <cstdint>

#include <QString>

#include "annotation/project.h"
#include "export/dataset_error.h"
#include "export/export.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::writeInput("coco/annotations.json", data, size);
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, s2s::DatasetFormat::Coco, QString::fromStdString(path));
  } catch (const s2s::DatasetError&) {
  }
  return 0;
}
