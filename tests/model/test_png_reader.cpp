// The golden tests' own PNG decoder (tests/common/png_reader.h) against Qt's: every PNG under
// tests/data, and pictures of each colour type Qt writes (grey, grey + alpha, RGB, RGBA, palette)
// at every compression level (stored, fixed and dynamic Huffman blocks), decode to the same RGB.
// Damaged files are refused with the file named. (Built where Qt is: not in SAM2_MODEL_ONLY.)
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include "common/png_reader.h"

namespace {

QImage viaQt(const QString& path) { return QImage(path).convertToFormat(QImage::Format_RGB888); }

bool same(const testpng::Rgb8& ours, const QImage& qt) {
  if (ours.width != qt.width() || ours.height != qt.height()) return false;
  for (int y = 0; y < qt.height(); ++y)
    if (memcmp(qt.constScanLine(y), ours.pixels.data() + static_cast<size_t>(y) * ours.width * 3,
               static_cast<size_t>(ours.width) * 3) != 0)
      return false;
  return true;
}

}  // namespace

class TestPngReader : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void everyPngOfTheTestData() {
    int checked = 0;
    QDirIterator it(QStringLiteral(SAM2_TEST_DATA_DIR), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      const QString path = it.next();
      const QImage qt = viaQt(path);
      if (qt.isNull()) continue;  // fuzz inputs that are not images at all
      if (path.contains(QStringLiteral("/fuzz/"))) continue;
      const testpng::Rgb8 ours = testpng::readRgb(path.toStdString());
      QVERIFY2(same(ours, qt), qPrintable(path));
      ++checked;
    }
    QVERIFY(checked >= 10);
    qInfo("%d PNG files decode as Qt decodes them", checked);
  }

  void everyColourTypeAndCompression() {
    QImage picture(53, 37, QImage::Format_ARGB32);
    for (int y = 0; y < picture.height(); ++y)
      for (int x = 0; x < picture.width(); ++x)
        picture.setPixel(x, y, qRgba((x * 37 + y * 11) % 256, (x * y) % 256, (255 - 3 * x) % 256, (x + y * 7) % 256));
    QPainter(&picture).drawEllipse(5, 5, 30, 20);
    QTemporaryDir dir;
    const std::pair<QImage::Format, const char*> formats[] = {
        {QImage::Format_Grayscale8, "grey"}, {QImage::Format_RGB888, "rgb"}, {QImage::Format_ARGB32, "rgba"},
        {QImage::Format_Indexed8, "palette"}};
    int checked = 0;
    for (const auto& [format, name] : formats) {
      const QImage image = picture.convertToFormat(format);
      for (int quality : {0, 50, 100}) {  // Qt: 100 = no compression (stored blocks), 0 = smallest
        const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name)).arg(quality));
        QVERIFY(image.save(path, "PNG", quality));
        QVERIFY2(same(testpng::readRgb(path.toStdString()), viaQt(path)), qPrintable(path));
        ++checked;
      }
    }
    QCOMPARE(checked, 12);
  }

  void damagedFilesAreRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.png"));
    QImage image(16, 16, QImage::Format_RGB888);
    image.fill(Qt::red);
    QVERIFY(image.save(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    const std::vector<uint8_t> bytes(good.begin(), good.end());
    for (size_t at : {size_t(3), size_t(20), bytes.size() - 20}) {
      std::vector<uint8_t> bad = bytes;
      bad[at] ^= 0x40;
      QVERIFY_THROWS_EXCEPTION(std::runtime_error, testpng::decodeRgb(bad, "bad.png"));
    }
    std::vector<uint8_t> cut(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2));
    try {
      testpng::decodeRgb(cut, "cut.png");
      QFAIL("a cut file was accepted");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("cut.png: ")), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestPngReader)
#include "test_png_reader.moc"
