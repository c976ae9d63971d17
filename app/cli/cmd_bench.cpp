#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runBench(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("bench"), QStringLiteral("not implemented yet"));
}
