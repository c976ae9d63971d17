#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runSegment(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("segment"), QStringLiteral("not implemented yet"));
}
