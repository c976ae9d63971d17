#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runFrame(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("frame"), QStringLiteral("not implemented yet"));
}
