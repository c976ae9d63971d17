#pragma once
// Shared helpers of the sam2studio-cli subcommands.
#include <QCommandLineParser>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

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

}  // namespace cli

// Each subcommand: args[0] is its name, the rest its arguments. Returns the process exit code.
int runInfo(const QStringList& args);
int runFrame(const QStringList& args);
int runSegment(const QStringList& args);
int runTrack(const QStringList& args);
int runBench(const QStringList& args);
int runImport(const QStringList& args);
int runExport(const QStringList& args);
