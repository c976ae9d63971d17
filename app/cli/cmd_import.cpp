#include "cli/cli_common.h"

// Placeholder until its issue lands: says so instead of pretending to work.
int runImport(const QStringList& args) {
  Q_UNUSED(args);
  return cli::fail(QStringLiteral("import"), QStringLiteral("not implemented yet"));
}
