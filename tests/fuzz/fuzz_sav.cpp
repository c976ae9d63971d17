// libFuzzer: the SA-V importer (a {video_id}_manual.json from a downloaded dataset), through
// importDataset as File ▸ Import runs it: validation, RLE decoding, applying to a project.
#include <cstddef>
#include <cstdint>

#include <QString>

#include "annotation/project.h"
#include "export/dataset_error.h"
#include "export/export.h"
#include "tests/fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::writeInput("sav_000001_manual.json", data, size);
  s2s::Project project;
  try {
    (void)s2s::importDataset(project, s2s::DatasetFormat::Sav, QString::fromStdString(path));
  } catch (const s2s::DatasetError&) {
  }
  return 0;
}
