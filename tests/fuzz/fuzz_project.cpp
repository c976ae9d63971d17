// libFuzzer: project files (ProjectIO::fromJson, what opening a stranger's project runs).
#include <cstddef>
#include <cstdint>

#include <QCoreApplication>
#include <QDir>
#include <nlohmann/json.hpp>

#include "annotation/errors.h"
#include "annotation/project.h"
#include "annotation/project_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
  if (j.is_discarded()) return 0;
  s2s::Project project;
  QStringList warnings;
  try {
    s2s::ProjectIO::fromJson(project, j, QDir(QStringLiteral("/nonexistent-fuzz")), &warnings, QStringLiteral("fuzz.json"));
    (void)s2s::ProjectIO::toJson(project, QDir(QStringLiteral("/nonexistent-fuzz")));
  } catch (const s2s::AnnotationError&) {
  }
  return 0;
}
