// DAVIS / SA-V PNG folders: per-object binary PNGs and indexed palette PNGs both round trip
// exactly (decoded pixels and file sets), the palette is DAVIS's, bad input is refused.
#include <QDirIterator>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "export/davis.h"
#include "export/export.h"
#include "test_export_util.h"

using namespace exporttest;

namespace {

// A video without file, 64x48, 12 frames, objects 1..3 that never overlap; object 3 absent on
// frames 5..7; frames 10, 11 have no mask records at all.
std::unique_ptr<s2s::Project> davisProject() {
    auto p = std::make_unique<s2s::Project>();
    s2s::MediaItem video;
    video.kind = s2s::MediaKind::Video;
    video.name = QStringLiteral("walk");
    video.width = 64;
    video.height = 48;
    video.frameCount = 12;
    const int id = p->addMedia(video);
    for (int k = 0; k < 3; ++k) p->addObject(id, s2s::AnnotatedObject{});
    for (int f = 0; f < 10; ++f) {
        p->setMask(id, f, 1, encode(box(48, 64, {2 + f, 2, 10, 12})));
        cv::Mat ring = ringAndBlob(48, 64, 40, 30, 12);
        ring(cv::Rect(0, 0, 26, 48)).setTo(0);
        p->setMask(id, f, 2, encode(ring));
        p->setMask(id, f, 3, encode(f >= 5 && f <= 7 ? cv::Mat::zeros(48, 64, CV_8UC1) : box(48, 64, {2, 30, 8, 8 + f})));
    }
    return p;
}

QStringList relativeFiles(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Every mask of `a`'s first media equals the one of `b`'s first media (same object ids).
void compareMasks(const s2s::Project& a, const s2s::Project& b) {
    const int ma = a.mediaItems().at(0).id, mb = b.mediaItems().at(0).id;
    for (const auto& [frame, objects] : a.allAnnotations(ma)) {
        for (const auto& [objectId, ann] : objects) {
            const auto other = b.mask(mb, frame, objectId);
            if (!other) QFAIL(qPrintable(QStringLiteral("object %1 lost its mask on frame %2").arg(objectId).arg(frame)));
            QCOMPARE(other->decode(), ann.mask.decode());
        }
    }
    QCOMPARE(b.objects(mb).size(), a.objects(ma).size());
}

} // namespace

class TestExportDavis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void perObjectRoundTrip();
    void paletteRoundTrip();
    void paletteIsDavis();
    void paletteShiftsObjectZero();
    void rejectsBadInput();
};

void TestExportDavis::perObjectRoundTrip() {
    auto project = davisProject();
    QTemporaryDir tmp;
    const QString first = tmp.filePath(QStringLiteral("a")), second = tmp.filePath(QStringLiteral("b"));
    s2s::exportProject(*project, s2s::DatasetFormat::Davis, first);
    const QStringList files = relativeFiles(first);
    QCOMPARE(files.size(), 3 * 10);
    QVERIFY(files.contains(QStringLiteral("walk/001/00000.png")));
    QVERIFY(files.contains(QStringLiteral("walk/003/00009.png")));
    const QImage png(first + QStringLiteral("/walk/002/00004.png"));
    QCOMPARE(png.size(), QSize(64, 48));

    s2s::Project back;
    const s2s::ImportReport report = s2s::importDataset(back, s2s::DatasetFormat::Davis, first);
    QCOMPARE(report.objectCount, 3);
    QCOMPARE(report.maskCount, 30);
    compareMasks(*project, back);
    compareMasks(back, *project);
    s2s::exportProject(back, s2s::DatasetFormat::Davis, second);
    QCOMPARE(relativeFiles(second), files);
}

void TestExportDavis::paletteRoundTrip() {
    auto project = davisProject();
    QTemporaryDir tmp;
    const QString first = tmp.filePath(QStringLiteral("a")), second = tmp.filePath(QStringLiteral("b"));
    s2s::exportProject(*project, s2s::DatasetFormat::DavisPalette, first);
    const QStringList files = relativeFiles(first);
    QCOMPARE(files.size(), 10);
    QCOMPARE(files.first(), QStringLiteral("walk/00000.png"));

    s2s::Project back;
    s2s::importDataset(back, s2s::DatasetFormat::DavisPalette, tmp.filePath(QStringLiteral("a/walk")));
    compareMasks(*project, back);
    compareMasks(back, *project);
    s2s::exportProject(back, s2s::DatasetFormat::DavisPalette, second);
    QCOMPARE(relativeFiles(second), files);
    for (const QString& f : files) {
        const QImage x(first + QLatin1Char('/') + f), y(second + QLatin1Char('/') + f);
        QCOMPARE(x, y);
    }
}

void TestExportDavis::paletteIsDavis() {
    const QVector<QRgb> palette = s2s::davisPalette();
    QCOMPARE(palette.size(), 256);
    QCOMPARE(palette[0], qRgb(0, 0, 0));
    QCOMPARE(palette[1], qRgb(128, 0, 0));
    QCOMPARE(palette[2], qRgb(0, 128, 0));
    QCOMPARE(palette[3], qRgb(128, 128, 0));
    QCOMPARE(palette[4], qRgb(0, 0, 128));
    QCOMPARE(palette[8], qRgb(64, 0, 0));
    auto project = davisProject();
    QTemporaryDir tmp;
    s2s::exportProject(*project, s2s::DatasetFormat::DavisPalette, tmp.filePath(QStringLiteral("p")));
    QFile file(tmp.filePath(QStringLiteral("p/walk/00000.png")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(static_cast<int>(bytes.at(25)), 3);  // IHDR colour type 3: indexed
    const QImage image = QImage::fromData(bytes);
    QCOMPARE(image.format(), QImage::Format_Indexed8);
    QCOMPARE(image.pixelIndex(5, 5), 1);    // object 1
    QCOMPARE(image.pixelIndex(4, 33), 3);   // object 3
    QCOMPARE(image.pixelIndex(60, 2), 0);   // background
    QCOMPARE(image.pixel(5, 5), qRgb(128, 0, 0));
}

void TestExportDavis::paletteShiftsObjectZero() {
    auto project = davisProject();
    const int id = project->mediaItems().at(0).id;
    s2s::AnnotatedObject zero;
    zero.id = 0;
    project->addObject(id, zero);
    project->setMask(id, 0, 0, encode(box(48, 64, {50, 2, 5, 5})));
    QTemporaryDir tmp;
    const s2s::ExportReport report = s2s::exportProject(*project, s2s::DatasetFormat::DavisPalette, tmp.filePath(QStringLiteral("z")));
    QVERIFY(!report.warnings.isEmpty());
    const QImage image(tmp.filePath(QStringLiteral("z/walk/00000.png")));
    QCOMPARE(image.pixelIndex(52, 4), 1);  // object 0 -> index 1
    QCOMPARE(image.pixelIndex(5, 5), 2);   // object 1 -> index 2
}

void TestExportDavis::rejectsBadInput() {
    QTemporaryDir tmp;
    s2s::Project project;
    auto expectError = [&](s2s::DatasetFormat format, const QString& input, const QString& words) {
        try {
            s2s::importDataset(project, format, input);
        } catch (const s2s::DatasetError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(words), e.what());
            QCOMPARE(project.mediaCount(), 0);
            return;
        }
        QFAIL("no error");
    };
    expectError(s2s::DatasetFormat::Davis, tmp.path(), QStringLiteral("holds no"));
    // Masks of two sizes in one video.
    QDir(tmp.path()).mkpath(QStringLiteral("v/000"));
    QImage small(32, 32, QImage::Format_Grayscale8);
    small.fill(0);
    QImage large(40, 32, QImage::Format_Grayscale8);
    large.fill(255);
    QVERIFY(small.save(tmp.filePath(QStringLiteral("v/000/00000.png"))));
    QVERIFY(large.save(tmp.filePath(QStringLiteral("v/000/00001.png"))));
    expectError(s2s::DatasetFormat::Davis, tmp.path(), QStringLiteral("other masks of its video are"));
    // Frame names that are not numbers.
    QFile::remove(tmp.filePath(QStringLiteral("v/000/00001.png")));
    QVERIFY(small.save(tmp.filePath(QStringLiteral("v/000/first.png"))));
    expectError(s2s::DatasetFormat::Davis, tmp.path(), QStringLiteral("named by frame number"));
    // Palette PNG with a colour outside the DAVIS palette.
    QDir(tmp.path()).mkpath(QStringLiteral("p/cam"));
    QImage rgb(16, 16, QImage::Format_RGB888);
    rgb.fill(QColor(12, 34, 56));
    QVERIFY(rgb.save(tmp.filePath(QStringLiteral("p/cam/00000.png"))));
    expectError(s2s::DatasetFormat::DavisPalette, tmp.filePath(QStringLiteral("p")), QStringLiteral("not in the DAVIS palette"));
}

QTEST_MAIN(TestExportDavis)
#include "test_export_davis.moc"
