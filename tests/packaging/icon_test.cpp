// The PNG icons rendered at build time from packaging/icons/*.svg show what the SVG draws:
// checked at points whose colour the SVG fixes (transparent outside the rounded square, the dark
// background, the white ring and red centre of the click dot) in every size.
#include <QColor>
#include <QImage>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral("io.github.sam2studio.SAM2Studio");

QString pngPath(int size) {
  return QStringLiteral(SAM2_BINARY_DIR "/packaging/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
}

// The colour at a point given in the SVG's 256x256 user units.
QColor colorAt(const QImage& image, double x, double y) {
  const double scale = image.width() / 256.0;
  return image.pixelColor(int(x * scale), int(y * scale));
}

bool near(const QColor& got, const QColor& want, int tolerance = 12) {
  return qAbs(got.red() - want.red()) <= tolerance && qAbs(got.green() - want.green()) <= tolerance &&
         qAbs(got.blue() - want.blue()) <= tolerance && qAbs(got.alpha() - want.alpha()) <= tolerance;
}

QByteArray describe(const QColor& c) {
  return QStringLiteral("%1 alpha %2").arg(c.name()).arg(c.alpha()).toUtf8();
}

}  // namespace

class IconTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void renderedSizes_data() {
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) QTest::newRow(qPrintable(QString::number(size))) << size;
  }

  void renderedSizes() {
    QFETCH(int, size);
    QImage image(pngPath(size));
    QVERIFY2(!image.isNull(), qPrintable(pngPath(size) + QStringLiteral(" cannot be read (build sam2studio_icons)")));
    QCOMPARE(image.size(), QSize(size, size));
    image = image.convertToFormat(QImage::Format_ARGB32);

    // Outside the rounded square (its corner radius is 52): fully transparent.
    QCOMPARE(colorAt(image, 1, 1).alpha(), 0);
    QCOMPARE(colorAt(image, 254, 254).alpha(), 0);

    if (size < 48) return;  // below this a sample point may fall on an antialiased edge
    // The red centre of the click dot (r = 12 around 130,138) and its white ring (r = 22).
    const QColor centre = colorAt(image, 130, 138);
    QVERIFY2(near(centre, QColor(0xff, 0x4f, 0x6d)), describe(centre));
    const QColor ring = colorAt(image, 130, 138 - 17);
    QVERIFY2(near(ring, Qt::white), describe(ring));
    // Background between the top corner marks: the gradient's dark blue, opaque.
    const QColor background = colorAt(image, 128, 24);
    QCOMPARE(background.alpha(), 255);
    QVERIFY2(background.blue() > background.red() && background.blue() < 0x90, describe(background));
  }

  void largeSizesAreSharp() {
    // At 512 px the edge of the red dot is crisp: two pixels inside it is still pure red.
    QImage image = QImage(pngPath(512)).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!image.isNull());
    const QColor inside = image.pixelColor(2 * 130, 2 * (138 - 12) + 3);
    QVERIFY2(near(inside, QColor(0xff, 0x4f, 0x6d), 4), describe(inside));
  }
};

QTEST_GUILESS_MAIN(IconTest)
#include "icon_test.moc"
