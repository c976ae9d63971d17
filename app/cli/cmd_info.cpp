#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runInfo(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("info"), QStringLiteral("not implemented yet"));
}
