#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runExport(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("export"), QStringLiteral("not implemented yet"));
}
