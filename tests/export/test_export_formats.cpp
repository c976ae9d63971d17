// YOLO segmentation and MOTS writers, polygon conversion, and the staging-folder writer
// (no half dataset on failure or cancel, no overwrite of a non-empty folder unless asked).
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include "export/dataset_writer.h"
#include "export/export.h"
#include "export/mask_polygons.h"
#include "test_export_util.h"

using namespace exporttest;

namespace {

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void yoloLabelsAndYaml();
    void motsLinesDecodeWithoutOverlap();
    void polygonHelpersKeepShape();
    void refusesNonEmptyFolderUnlessOverwrite();
    void cancelLeavesNothing();
    void failureLeavesNothing();
    void formatNames();
    void acceptedOnlyKeepsAcceptedMasklets();
};

void TestExportFormats::yoloLabelsAndYaml() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("y"));
    s2s::exportProject(*project, s2s::DatasetFormat::YoloSeg, out);
    const QStringList yaml = readLines(out + QStringLiteral("/data.yaml"));
    QVERIFY(yaml.contains(QStringLiteral("train: images/train")));
    QVERIFY(yaml.contains(QStringLiteral("  0: 'cat'")));
    QVERIFY(yaml.contains(QStringLiteral("  1: 'dog'")));
    QVERIFY(yaml.contains(QStringLiteral("  2: 'unlabeled'")));
    QCOMPARE(QDir(out + QStringLiteral("/labels/train")).entryList(QDir::Files).size(), 1 + 10);

    const QStringList lines = readLines(out + QStringLiteral("/labels/train/photo.txt"));
    QCOMPARE(lines.size(), 3);
    const int imageId = project->mediaItems().at(0).id;
    const int expectedClass[] = {0, 1, 2};
    for (int k = 0; k < 3; ++k) {
        const QStringList fields = lines[k].split(QLatin1Char(' '));
        QCOMPARE(fields[0].toInt(), expectedClass[k]);
        QVERIFY((fields.size() - 1) % 2 == 0 && fields.size() >= 7);
        std::vector<cv::Point> points;
        for (int i = 1; i + 1 < fields.size(); i += 2) {
            const double x = fields[i].toDouble(), y = fields[i + 1].toDouble();
            QVERIFY(x >= 0.0 && x <= 1.0 && y >= 0.0 && y <= 1.0);
            points.emplace_back(static_cast<int>(std::lround(x * 160)), static_cast<int>(std::lround(y * 120)));
        }
        cv::Mat drawn = cv::Mat::zeros(120, 160, CV_8UC1);
        cv::fillPoly(drawn, std::vector<std::vector<cv::Point>>{points}, cv::Scalar(1));
        const cv::Mat source = decode(*project->mask(imageId, 0, k + 1));
        QVERIFY2(iou(source, drawn) >= 0.95, qPrintable(QString::number(iou(source, drawn))));
    }
    QCOMPARE(readLines(out + QStringLiteral("/labels/train/clip_00003.txt")).size(), 1);  // odd frames: cat only
}

void TestExportFormats::motsLinesDecodeWithoutOverlap() {
    auto project = syntheticProject();
    const int videoId = project->mediaItems().at(1).id;
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("m"));
    const s2s::ExportReport report = s2s::exportProject(*project, s2s::DatasetFormat::Mots, out);
    QVERIFY(report.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("overlap")));
    const QStringList lines = readLines(out + QStringLiteral("/clip.txt"));
    QCOMPARE(lines.size(), 15);
    std::map<int, cv::Mat> unionPerFrame;
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(' '));
        QCOMPARE(f.size(), 6);
        const int frame = f[0].toInt(), id = f[1].toInt(), cls = f[2].toInt();
        QCOMPARE(id / 1000, cls);
        QCOMPARE(f[3].toInt(), 64);
        QCOMPARE(f[4].toInt(), 96);
        const cv::Mat mask = decode(s2s::Rle::fromString(f[5].toStdString(), 64, 96));
        const cv::Mat source = decode(*project->mask(videoId, frame, id % 1000));
        QCOMPARE(cv::countNonZero(mask & ~source & 1), 0);  // never more than the object
        cv::Mat& seen = unionPerFrame[frame];
        if (seen.empty()) seen = cv::Mat::zeros(64, 96, CV_8UC1);
        QCOMPARE(cv::countNonZero(seen & mask), 0);  // no overlap
        // Exactly the object minus what earlier objects of the frame kept.
        const cv::Mat expected = source & (seen == 0) & 1;
        QCOMPARE(cv::countNonZero(mask != expected), 0);
        if (id % 1000 == 1) QCOMPARE(cv::countNonZero(mask != source), 0);
        seen |= mask;
    }
    QCOMPARE(readLines(out + QStringLiteral("/classes.txt")), (QStringList{QStringLiteral("1 cat"), QStringLiteral("2 dog")}));
}

void TestExportFormats::polygonHelpersKeepShape() {
    const cv::Mat mask = ringAndBlob(120, 160, 60, 60, 30);
    const std::vector<s2s::Polygon> polygons = s2s::maskToPolygons(mask);
    QCOMPARE(polygons.size(), std::size_t(2));
    QVERIFY(iou(mask, s2s::polygonsToMask(polygons, 120, 160)) >= 0.98);
    QCOMPARE(s2s::polygonsToMask(polygons, 120, 160).at<uchar>(60, 60), uchar(0));  // the hole stays empty
    const s2s::Polygon single = s2s::maskToSinglePolygon(mask);
    QVERIFY(iou(mask, s2s::polygonsToMask({single}, 120, 160)) >= 0.95);
    // A lone pixel still becomes a polygon.
    cv::Mat dot = cv::Mat::zeros(10, 10, CV_8UC1);
    dot.at<uchar>(4, 6) = 1;
    const auto dotPolygons = s2s::maskToPolygons(dot);
    QCOMPARE(dotPolygons.size(), std::size_t(1));
    QCOMPARE(dotPolygons[0].size(), std::size_t(8));
    QCOMPARE(cv::countNonZero(s2s::polygonsToMask(dotPolygons, 10, 10) != dot), 0);
    QVERIFY(s2s::maskToPolygons(cv::Mat::zeros(10, 10, CV_8UC1)).empty());
}

void TestExportFormats::refusesNonEmptyFolderUnlessOverwrite() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("o"));
    QDir().mkpath(out);
    {
        QFile keep(out + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old");
    }
    try {
        s2s::exportProject(*project, s2s::DatasetFormat::Coco, out);
        QFAIL("a non-empty folder was overwritten");
    } catch (const s2s::DatasetError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not empty")), e.what());
    }
    QCOMPARE(entries(out), QStringList{QStringLiteral("keep.txt")});
    QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("o")});
    s2s::ExportOptions options;
    options.overwrite = true;
    s2s::exportProject(*project, s2s::DatasetFormat::Coco, out, options);
    QCOMPARE(entries(out), QStringList{QStringLiteral("annotations.json")});
    QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("o")});
}

void TestExportFormats::cancelLeavesNothing() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("c"));
    int calls = 0;
    const s2s::DatasetProgress stopSoon = [&](int, int, const QString&) { return ++calls < 4; };
    QVERIFY_THROWS_EXCEPTION(s2s::DatasetCancelled, s2s::exportProject(*project, s2s::DatasetFormat::Davis, out, {}, stopSoon));
    QCOMPARE(calls, 4);
    QVERIFY(entries(tmp.path()).isEmpty());
}

void TestExportFormats::failureLeavesNothing() {
    // Frames cannot be written for a video that has no file: the export fails midway.
    auto project = syntheticProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.writeImages = true;
    try {
        s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("f")), options);
        QFAIL("no error");
    } catch (const s2s::DatasetError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no image file")) ||
                     QString::fromUtf8(e.what()).contains(QStringLiteral("no media file")), e.what());
    }
    QVERIFY(entries(tmp.path()).isEmpty());
}

void TestExportFormats::formatNames() {
    for (auto format : {s2s::DatasetFormat::Coco, s2s::DatasetFormat::Sav, s2s::DatasetFormat::Davis,
                        s2s::DatasetFormat::DavisPalette, s2s::DatasetFormat::YoloSeg, s2s::DatasetFormat::Mots})
        QCOMPARE(s2s::datasetFormatFromName(s2s::datasetFormatName(format)), std::optional(format));
    QVERIFY(!s2s::datasetFormatFromName(QStringLiteral("voc")));
    QVERIFY(!s2s::canImport(s2s::DatasetFormat::Mots));
}

QTEST_MAIN(TestExportFormats)
#include "test_export_formats.moc"

// --accepted-only / the dialog's "Accepted masklets only": objects whose every mask is accepted,
// every image and frame still listed.
void TestExportFormats::acceptedOnlyKeepsAcceptedMasklets() {
    auto project = syntheticProject();
    const auto media = project->mediaItems();
    const int image = media[0].id, video = media[1].id;
    const int imageCat = project->objects(image)[0].id;
    const int videoCat = project->objects(video)[0].id, videoDog = project->objects(video)[1].id;
    const s2s::Review accepted{s2s::ReviewState::Accepted, QStringLiteral("ana"), QString()};
    project->setReview(image, 0, imageCat, accepted);
    for (int f : project->framesWithMasks(video, videoCat)) project->setReview(video, f, videoCat, accepted);
    // The dog: all accepted but one frame, which needs a fix: left out.
    for (int f : project->framesWithMasks(video, videoDog)) project->setReview(video, f, videoDog, accepted);
    project->setReview(video, 4, videoDog, {s2s::ReviewState::NeedsFix, QStringLiteral("ana"), QString()});

    QTemporaryDir tmp;
    s2s::ExportOptions options;
    const auto all = s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("all")), options);
    options.acceptedOnly = true;
    const auto some = s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("some")), options);
    QCOMPARE(all.maskCount, 3 + 10 + 5);
    QCOMPARE(some.maskCount, 1 + 10);
    QCOMPARE(some.imageCount, all.imageCount);
    const nlohmann::json coco = readJson(tmp.filePath(QStringLiteral("some/annotations.json")));
    QCOMPARE(int(coco["annotations"].size()), 11);
    QCOMPARE(int(coco["images"].size()), all.imageCount);
    // The project itself is untouched.
    QCOMPARE(int(project->objects(video).size()), 2);
    QCOMPARE(project->maskletReview(video, videoDog), s2s::ReviewState::NeedsFix);
}
