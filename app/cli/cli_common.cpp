#include "cli/cli_common.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

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

}  // namespace cli
