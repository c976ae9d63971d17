// Exports and imports that touch real media (the bedroom frame folder of tests/data): frame
// images written beside COCO / YOLO / SA-V labels, media attached on import and checked
// against the masks (size, length).
#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

#include "export/export.h"
#include "test_export_util.h"

using namespace exporttest;

namespace {

const QString kFrames = QStringLiteral(SAM2_TEST_DATA_DIR "/media/frames/bedroom");  // 10 frames, 960x540

std::unique_ptr<s2s::Project> bedroomProject() {
    auto p = std::make_unique<s2s::Project>();
    s2s::MediaItem item;
    item.kind = s2s::MediaKind::FrameFolder;
    item.path = kFrames;
    item.name = QStringLiteral("bedroom");
    item.width = 960;
    item.height = 540;
    item.frameCount = 10;
    item.fps = 24.0;
    const int id = p->addMedia(item);
    const int object = p->addObject(id, s2s::AnnotatedObject{});
    for (int f = 0; f < 10; f += 2) p->setMask(id, f, object, encode(box(540, 960, {100 + 10 * f, 200, 150, 120})));
    return p;
}

QSize imageSize(const QString& path) { return QImageReader(path).size(); }

} // namespace

class TestExportMedia : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cocoWritesFrameImages();
    void yoloWritesFrameImages();
    void savWritesAllFrames();
    void davisImportAttachesFrameFolder();
    void davisImportRefusesMissingFrames();
    void savImportChecksTheVideo();
};

void TestExportMedia::cocoWritesFrameImages() {
    auto project = bedroomProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.writeImages = true;
    options.frameStride = 4;
    s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("c")), options);
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("c/annotations.json")));
    QCOMPARE(doc["images"].size(), std::size_t(3));  // 0, 4, 8
    for (const auto& image : doc["images"]) {
        const QString file = tmp.filePath(QStringLiteral("c/images/") + QString::fromStdString(image["file_name"].get<std::string>()));
        QCOMPARE(imageSize(file), QSize(960, 540));
    }
    // The written frame is the media's frame: compare with the source JPEG (both lossy, so loosely).
    const QImage written = QImage(tmp.filePath(QStringLiteral("c/images/bedroom/00008.jpg"))).convertToFormat(QImage::Format_RGB888);
    const QImage source = QImage(kFrames + QStringLiteral("/00008.jpg")).convertToFormat(QImage::Format_RGB888);
    const QImage other = QImage(kFrames + QStringLiteral("/00000.jpg")).convertToFormat(QImage::Format_RGB888);
    auto meanDiff = [](const QImage& a, const QImage& b) {
        double sum = 0;
        for (int y = 0; y < a.height(); y += 7)
            for (int x = 0; x < a.width(); x += 7) sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
        return sum / ((a.height() / 7 + 1) * (a.width() / 7 + 1));
    };
    QVERIFY(meanDiff(written, source) < 3.0);
    QVERIFY(meanDiff(written, source) < meanDiff(written, other));

    // And the COCO file imports back as one video with its masks on frames 0, 4 and 8. The
    // images/bedroom folder beside it holds only the three exported frames, so it is not taken
    // for the frame folder (a warning says the video came without its file).
    s2s::Project back;
    const s2s::ImportReport report = s2s::importDataset(back, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("c/annotations.json")));
    QCOMPARE(report.mediaIds.size(), std::size_t(1));
    QCOMPARE(report.maskCount, 3);
    const s2s::MediaItem* video = back.media(report.mediaIds[0]);
    QVERIFY(video->kind != s2s::MediaKind::Image);
    QVERIFY(video->path.isEmpty());
    QVERIFY(report.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("without its video")));
    QCOMPARE(back.allAnnotations(video->id).size(), std::size_t(3));
    QVERIFY(back.allAnnotations(video->id).count(8) == 1);
}

void TestExportMedia::yoloWritesFrameImages() {
    auto project = bedroomProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.writeImages = true;
    s2s::exportProject(*project, s2s::DatasetFormat::YoloSeg, tmp.filePath(QStringLiteral("y")), options);
    const QStringList labels = QDir(tmp.filePath(QStringLiteral("y/labels/train"))).entryList(QDir::Files);
    const QStringList images = QDir(tmp.filePath(QStringLiteral("y/images/train"))).entryList(QDir::Files);
    QCOMPARE(labels.size(), 5);
    QCOMPARE(images.size(), 5);
    for (int i = 0; i < labels.size(); ++i) QCOMPARE(QFileInfo(labels[i]).completeBaseName(), QFileInfo(images[i]).completeBaseName());
}

void TestExportMedia::savWritesAllFrames() {
    auto project = bedroomProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.writeImages = true;
    options.frameStride = 2;
    s2s::exportProject(*project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("s")), options);
    QCOMPARE(QDir(tmp.filePath(QStringLiteral("s/JPEGImages_24fps/bedroom"))).entryList(QDir::Files).size(), 10);
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("s/bedroom_manual.json")));
    QCOMPARE(doc["masklet"].size(), std::size_t(5));
    QCOMPARE(doc["video_duration"].get<double>(), 10 / 24.0);
    QCOMPARE(doc["video_resolution"].get<double>(), 960.0 * 540.0);
    QCOMPARE(doc["masklet_size_abs"][0].get<double>(), 150.0 * 120.0);
    QCOMPARE(doc["masklet_size_bucket"][0].get<std::string>(), std::string("large"));
}

void TestExportMedia::davisImportAttachesFrameFolder() {
    auto project = bedroomProject();
    QTemporaryDir tmp;
    s2s::exportProject(*project, s2s::DatasetFormat::Davis, tmp.filePath(QStringLiteral("d")));
    s2s::Project back;
    s2s::ImportOptions options;
    options.mediaPath = kFrames;
    const s2s::ImportReport report = s2s::importDataset(back, s2s::DatasetFormat::Davis, tmp.filePath(QStringLiteral("d")), options);
    const s2s::MediaItem* item = back.media(report.mediaIds.at(0));
    QCOMPARE(item->kind, s2s::MediaKind::FrameFolder);
    QCOMPARE(item->frameCount, 10);
    QCOMPARE(QFileInfo(item->path).canonicalFilePath(), QFileInfo(kFrames).canonicalFilePath());
    QVERIFY(report.warnings.isEmpty());
    QCOMPARE(report.maskCount, 5);
}

void TestExportMedia::davisImportRefusesMissingFrames() {
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(QStringLiteral("bedroom/000"));
    QImage mask(960, 540, QImage::Format_Grayscale8);
    mask.fill(0);
    QVERIFY(mask.save(tmp.filePath(QStringLiteral("bedroom/000/00040.png"))));
    s2s::Project project;
    s2s::ImportOptions options;
    options.mediaPath = kFrames;
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Davis, tmp.path(), options);
        QFAIL("masks beyond the last frame were accepted");
    } catch (const s2s::DatasetError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("frames are missing")), e.what());
    }
    QCOMPARE(project.mediaCount(), 0);
}

void TestExportMedia::savImportChecksTheVideo() {
    // A small SA-V document for the bedroom frames: n annotated frames at stride 4.
    auto savDoc = [](int annotatedFrames) {
        nlohmann::json doc;
        doc["video_id"] = "bedroom";
        doc["video_height"] = 540.0;
        doc["video_width"] = 960.0;
        doc["masklet"] = nlohmann::json::array();
        for (int i = 0; i < annotatedFrames; ++i)
            doc["masklet"].push_back({encode(box(540, 960, {10 * i, 20, 50, 60})).toJson()});
        doc["masklet_id"] = {0};
        doc["masklet_num"] = 1;
        return doc;
    };
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bedroom_manual.json"));
    s2s::ImportOptions options;
    options.mediaPath = kFrames;
    s2s::Project project;
    writeJson(path, savDoc(4));  // reaches frame 12 of a 10-frame folder
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Sav, path, options);
        QFAIL("annotations beyond the video were accepted");
    } catch (const s2s::DatasetError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("frames are missing")), e.what());
    }
    QCOMPARE(project.mediaCount(), 0);
    writeJson(path, savDoc(3));  // frames 0, 4, 8
    const s2s::ImportReport report = s2s::importDataset(project, s2s::DatasetFormat::Sav, path, options);
    const s2s::MediaItem* item = project.media(report.mediaIds.at(0));
    QCOMPARE(item->kind, s2s::MediaKind::FrameFolder);
    QCOMPARE(item->frameCount, 10);
    QCOMPARE(project.framesWithMasks(item->id, 0), (std::vector<int>{0, 4, 8}));
}

QTEST_MAIN(TestExportMedia)
#include "test_export_media.moc"
