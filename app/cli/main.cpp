// sam2studio-cli: the headless front end. Argument parsing and dispatch only; the work
// lives in model/, annotation/ and export/.
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <functional>
#include <string_view>

#include "cli/cli_common.h"
#include "sam2studio_version.h"

namespace {

struct Subcommand {
  const char* name;
  const char* summary;
  int (*run)(const QStringList&);
};

constexpr Subcommand kSubcommands[] = {
    {"info", "print a media file's metadata as JSON", runInfo},
    {"frame", "write one decoded frame of a media file as PNG", runFrame},
    {"segment", "segment an image from points and boxes with SAM 2", runSegment},
    {"track", "track objects through a video from prompts", runTrack},
    {"replay", "replay a script of video clicks, propagations and corrections", runReplay},
    {"bench", "measure encoding, click-to-mask and propagation speed", runBench},
    {"import", "import a dataset (SA-V, COCO, DAVIS) into a project", runImport},
    {"export", "export a project as a dataset", runExport},
    {"auto", "segment everything in images (sharded, resumable)", runAuto},
    {"merge", "merge the results of auto into a project or dataset", runMerge},
};

void printUsage(FILE* out) {
  std::fprintf(out,
               "Usage: sam2studio-cli <command> [options]\n"
               "       sam2studio-cli --help | --version\n\n"
               "Commands:\n");
  for (const auto& c : kSubcommands) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(out, "\nRun 'sam2studio-cli <command> --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("sam2studio-cli"));
  QCoreApplication::setOrganizationName(QStringLiteral("SAM2Studio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SAM2STUDIO_VERSION));

  const QStringList args = QCoreApplication::arguments();
  if (args.size() < 2) {
    printUsage(stderr);
    return cli::kExitUsage;
  }
  const QString first = args.at(1);
  if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
    printUsage(stdout);
    return cli::kExitOk;
  }
  if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
    std::printf("sam2studio-cli %s\n", SAM2STUDIO_VERSION);
    return cli::kExitOk;
  }
  for (const auto& c : kSubcommands) {
    if (first == QLatin1String(c.name)) return c.run(args.mid(1));
  }
  std::fprintf(stderr, "sam2studio-cli: unknown command or option '%s'\n\n", qPrintable(first));
  printUsage(stderr);
  return cli::kExitUsage;
}
