// Placeholder GUI main until issue 7 lands.
#include <QApplication>
#include <QLabel>
#include <cstdio>
#include <cstring>

#include "sam2studio_version.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--version") == 0) {
      std::printf("sam2studio %s\n", SAM2STUDIO_VERSION);
      return 0;
    }
  }
  QApplication app(argc, argv);
  QLabel label(QStringLiteral("SAM 2 Studio"));
  label.show();
  return app.exec();
}
