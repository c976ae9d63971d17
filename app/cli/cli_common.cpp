#include "cli/cli_common.h"

#include <cstdio>
#include <iostream>

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include "annotation/run_store.h"
#include "model/runtime.h"

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define S2S_GLIBC_HEAP 1
#include <malloc.h>
#endif

namespace cli {

bool parseArgs(QCommandLineParser& parser, const QStringList& args) {
  if (!parser.parse(args)) {
    std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
    return false;
  }
  return true;
}

int fail(const QString& command, const QString& message) {
  std::fprintf(stderr, "sam2studio-cli %s: error: %s\n", qPrintable(command), qPrintable(message));
  return kExitFailure;
}

void printJson(const nlohmann::json& value) {
  std::cout << value.dump(2) << std::endl;
}

ModelArgs::ModelArgs(bool allowSynthetic)
    : allowSynthetic_(allowSynthetic),
      checkpoint_(QStringLiteral("checkpoint"), QStringLiteral("SAM 2 checkpoint (.pt)."), QStringLiteral("CK")),
      config_(QStringLiteral("config"),
              QStringLiteral("Model config YAML (default: CK's .yaml if present, else detected from the checkpoint)."),
              QStringLiteral("YAML")),
      synthetic_(QStringLiteral("synthetic"),
                 QStringLiteral("Official architecture with seeded random weights, for speed and memory "
                                "measurements without a download: tiny, small, base_plus or large."),
                 QStringLiteral("VARIANT")),
      device_(QStringLiteral("device"), QStringLiteral("cpu (default), cuda or cuda:N."), QStringLiteral("DEVICE"),
              QStringLiteral("cpu")),
      dtype_(QStringLiteral("dtype"), QStringLiteral("float32 (default), bfloat16 (CPUs with AVX-512, GPUs from Ampere on) or float16 (older GPUs)."), QStringLiteral("DTYPE"),
             QStringLiteral("float32")),
      threads_(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("N"),
               QStringLiteral("0")) {}

void ModelArgs::addTo(QCommandLineParser& parser) const {
  parser.addOption(checkpoint_);
  parser.addOption(config_);
  if (allowSynthetic_) parser.addOption(synthetic_);
  parser.addOption(device_);
  parser.addOption(dtype_);
  parser.addOption(threads_);
}

QString ModelArgs::validate(const QCommandLineParser& parser) const {
  const bool hasCheckpoint = !parser.value(checkpoint_).isEmpty();
  if (allowSynthetic_) {
    if (hasCheckpoint == parser.isSet(synthetic_))
      return QStringLiteral("give either --checkpoint CK or --synthetic VARIANT");
  } else if (!hasCheckpoint) {
    return QStringLiteral("--checkpoint CK is required");
  }
  if (parser.isSet(config_) && !hasCheckpoint) return QStringLiteral("--config goes with --checkpoint");
  const QString dtype = parser.value(dtype_);
  if (dtype != QLatin1String("float32") && dtype != QLatin1String("bfloat16") && dtype != QLatin1String("float16"))
    return QStringLiteral("--dtype is float32, bfloat16 or float16 (GPUs only)");
  bool ok = false;
  if (parser.value(threads_).toInt(&ok) < 0 || !ok) return QStringLiteral("--threads must be a whole number >= 0");
  return QString();
}

sam2::ModelOptions ModelArgs::options(const QCommandLineParser& parser) const {
  sam2::ModelOptions options;
  options.device = parser.value(device_).toStdString();
  options.dtype = parser.value(dtype_).toStdString();
  options.threads = parser.value(threads_).toInt();
  return options;
}

std::shared_ptr<sam2::Sam2Model> ModelArgs::load(const QCommandLineParser& parser) const {
  const sam2::ModelOptions opts = options(parser);
  sam2::configureThreads(opts.threads);
  if (allowSynthetic_ && parser.isSet(synthetic_))
    return sam2::Sam2Model::synthetic(parser.value(synthetic_).toStdString(), opts);
  QString configPath = parser.value(config_);
  if (configPath.isEmpty()) configPath = companionConfig(parser.value(checkpoint_));
  return sam2::Sam2Model::load(parser.value(checkpoint_).toStdString(), opts, configPath.toStdString());
}

QString companionConfig(const QString& checkpoint) {
  const QFileInfo info(checkpoint);
  for (const char* suffix : {".yaml", ".yml"}) {
    const QString candidate = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(suffix);
    if (QFileInfo::exists(candidate)) return candidate;
  }
  return QString();
}

double heapInUseMb() {
#if defined(S2S_GLIBC_HEAP)
  const struct mallinfo2 heap = mallinfo2();
  // The masks' store maps its slabs itself (annotation/run_store.h): malloc does not see them.
  const double slabs = static_cast<double>(s2s::run_store::usage().slabBytes);
  return (static_cast<double>(heap.uordblks + heap.hblkhd) + slabs) / (1024.0 * 1024.0);
#else
  return -1.0;
#endif
}

}  // namespace cli
