#pragma once
// Shared helpers of the sam2studio-cli subcommands.
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

#include <nlohmann/json_fwd.hpp>

#include "model/sam2_model.h"

namespace cli {

// Exit codes shared by every subcommand.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the command ran and failed (bad input, I/O error, ...)
constexpr int kExitUsage = 2;    // unknown command or option, missing argument

// Parses `args` (args[0] is the subcommand name). On a usage error prints the error and the
// subcommand's help to stderr and returns false; the caller then returns kExitUsage.
bool parseArgs(QCommandLineParser& parser, const QStringList& args);

// Prints `message` as "sam2studio-cli <command>: error: message" on stderr, returns kExitFailure.
int fail(const QString& command, const QString& message);

// Writes a JSON value to stdout (pretty, one trailing newline).
void printJson(const nlohmann::json& value);

// The model options shared by the subcommands that run SAM 2: --checkpoint, --config, --device,
// --dtype, --threads and, where allowed, --synthetic. One place, so every subcommand accepts the
// same spellings and finds a checkpoint's YAML the same way.
class ModelArgs {
 public:
  explicit ModelArgs(bool allowSynthetic);
  void addTo(QCommandLineParser& parser) const;
  // An empty string when the combination is valid, else the usage message.
  QString validate(const QCommandLineParser& parser) const;
  // The options as given; call after validate().
  sam2::ModelOptions options(const QCommandLineParser& parser) const;
  // Configures LibTorch's threads and loads the model: --synthetic, or --checkpoint with --config,
  // else the YAML of the same base name beside the checkpoint, else detection from its tensors.
  // Throws sam2::Sam2Error.
  std::shared_ptr<sam2::Sam2Model> load(const QCommandLineParser& parser) const;

 private:
  bool allowSynthetic_;
  QCommandLineOption checkpoint_, config_, synthetic_, device_, dtype_, threads_;
};

// The config YAML next to a checkpoint (same base name, .yaml or .yml), or an empty string.
QString companionConfig(const QString& checkpoint);

// What glibc's allocator has handed out and not taken back (live data, without the pages freed
// blocks leave resident), and the slabs of the masks' store, in MiB; negative where unknown
// (another C library, or AddressSanitizer, whose allocator glibc does not see).
double heapInUseMb();

}  // namespace cli

// Each subcommand: args[0] is its name, the rest its arguments. Returns the process exit code.
int runInfo(const QStringList& args);
int runFrame(const QStringList& args);
int runSegment(const QStringList& args);
int runTrack(const QStringList& args);
int runReplay(const QStringList& args);
int runBench(const QStringList& args);
int runImport(const QStringList& args);
int runExport(const QStringList& args);
int runAuto(const QStringList& args);
int runMerge(const QStringList& args);
