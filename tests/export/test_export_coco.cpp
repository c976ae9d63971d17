// COCO: RLE areas equal pixel counts, bboxes equal mask extents, polygons re-rasterised with
// cv::fillPoly reach IoU >= 0.98, video frames keep their video and frame index; import of images.
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

#include "export/export.h"
#include "export/media_frames.h"
#include "test_export_util.h"

using namespace exporttest;

namespace {

// The source mask of a COCO annotation: image record -> (media, frame), track_id -> object.
cv::Mat sourceMask(const s2s::Project& project, const nlohmann::json& doc, const nlohmann::json& ann) {
    for (const auto& image : doc["images"]) {
        if (image["id"] != ann["image_id"]) continue;
        int mediaId = -1, frame = 0;
        if (image.contains("video_id")) {
            mediaId = image["video_id"].get<int>();
            frame = image["frame_index"].get<int>();
        } else {
            mediaId = project.mediaItems().at(0).id;
        }
        const auto mask = project.mask(mediaId, frame, ann["track_id"].get<int>());
        return mask ? decode(*mask) : cv::Mat();
    }
    return {};
}

// The test's own rasteriser: each polygon filled with cv::fillPoly, united.
cv::Mat fillPolygons(const nlohmann::json& segmentation, int height, int width) {
    cv::Mat out = cv::Mat::zeros(height, width, CV_8UC1);
    for (const auto& poly : segmentation) {
        std::vector<cv::Point> points;
        for (std::size_t k = 0; k + 1 < poly.size(); k += 2)
            points.emplace_back(static_cast<int>(std::lround(poly[k].get<double>())), static_cast<int>(std::lround(poly[k + 1].get<double>())));
        cv::Mat one = cv::Mat::zeros(height, width, CV_8UC1);
        cv::fillPoly(one, std::vector<std::vector<cv::Point>>{points}, cv::Scalar(1));
        out |= one;
    }
    return out;
}

} // namespace

class TestExportCoco : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rleAreasAndBoxesMatchMasks();
    void polygonsReRasteriseCloseToMasks();
    void polygonsKeepHoles();
    void strideSelectsFrames();
    void importRoundTripWithImages();
    void importRejectsUnknownCategoryAndBadSize();
    void importClampsHugeCoordinates();
    void importRefusesTooManyAnnotationsAndHugeFiles();
    void importNamesAnnotationsWithFloatIds();
    void importReadsIscrowdWithoutConverting();
    void importKeepsVideoFramesAsVideos();
};

void TestExportCoco::rleAreasAndBoxesMatchMasks() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    const s2s::ExportReport report = s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("c")));
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("c/annotations.json")));
    QCOMPARE(doc["images"].size(), std::size_t(1 + 10));
    QCOMPARE(doc["annotations"].size(), std::size_t(3 + 10 + 5));
    QCOMPARE(report.maskCount, 18);
    std::map<int, std::string> categories;
    for (const auto& c : doc["categories"]) categories[c["id"].get<int>()] = c["name"].get<std::string>();
    QCOMPARE(categories.size(), std::size_t(3));  // cat, dog, unlabeled
    for (const auto& ann : doc["annotations"]) {
        QVERIFY(categories.count(ann["category_id"].get<int>()));
        const s2s::Rle rle = s2s::Rle::fromJson(ann["segmentation"]);
        const cv::Mat mask = decode(rle);
        QCOMPARE(ann["area"].get<int>(), cv::countNonZero(mask));
        const cv::Rect extent = cv::boundingRect(mask);
        QCOMPARE(ann["bbox"], nlohmann::json({extent.x, extent.y, extent.width, extent.height}));
        QCOMPARE(ann["iscrowd"].get<int>(), 0);
        const cv::Mat source = sourceMask(*project, doc, ann);
        QVERIFY(!source.empty());
        QCOMPARE(cv::countNonZero(source != mask), 0);
    }
    int frames = 0;
    for (const auto& image : doc["images"]) {
        if (!image.contains("frame_index")) continue;
        QCOMPARE(image["file_name"].get<std::string>(),
                 QStringLiteral("clip/%1.jpg").arg(image["frame_index"].get<int>(), 5, 10, QLatin1Char('0')).toStdString());
        QCOMPARE(image["video_id"].get<int>(), doc["videos"][0]["id"].get<int>());
        ++frames;
    }
    QCOMPARE(frames, 10);
}

void TestExportCoco::polygonsReRasteriseCloseToMasks() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.polygons = true;
    s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("p")), options);
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("p/annotations.json")));
    QCOMPARE(doc["annotations"].size(), std::size_t(18));
    for (const auto& ann : doc["annotations"]) {
        QVERIFY(ann["segmentation"].is_array());
        const cv::Mat source = sourceMask(*project, doc, ann);
        const cv::Mat drawn = fillPolygons(ann["segmentation"], source.rows, source.cols);
        const double overlap = iou(source, drawn);
        QVERIFY2(overlap >= 0.98, qPrintable(QStringLiteral("annotation %1: IoU %2").arg(ann["id"].get<int>()).arg(overlap)));
        QCOMPARE(ann["area"].get<int>(), cv::countNonZero(source));
    }
}

void TestExportCoco::polygonsKeepHoles() {
    // A square frame with a square hole and an island inside the hole.
    s2s::Project project;
    s2s::MediaItem item;
    item.kind = s2s::MediaKind::Image;
    item.width = 80;
    item.height = 80;
    const int mediaId = project.addMedia(item);
    const int objectId = project.addObject(mediaId, s2s::AnnotatedObject{});
    cv::Mat mask = box(80, 80, {10, 10, 60, 60});
    mask(cv::Rect(25, 25, 30, 30)).setTo(0);
    mask(cv::Rect(35, 35, 10, 10)).setTo(1);
    project.setMask(mediaId, 0, objectId, encode(mask));
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.polygons = true;
    s2s::exportProject(project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("h")), options);
    const nlohmann::json ann = readJson(tmp.filePath(QStringLiteral("h/annotations.json")))["annotations"][0];
    QCOMPARE(ann["segmentation"].size(), std::size_t(2));  // the frame (hole bridged in) and the island
    const cv::Mat drawn = fillPolygons(ann["segmentation"], 80, 80);
    QCOMPARE(drawn.at<uchar>(30, 30), uchar(0));  // inside the hole
    QCOMPARE(drawn.at<uchar>(40, 40), uchar(1));  // the island
    QCOMPARE(cv::countNonZero(drawn != mask), 0);
}

void TestExportCoco::strideSelectsFrames() {
    auto project = syntheticProject();
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.frameStride = 3;
    s2s::exportProject(*project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("s")), options);
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("s/annotations.json")));
    std::vector<int> frames;
    for (const auto& image : doc["images"])
        if (image.contains("frame_index")) frames.push_back(image["frame_index"].get<int>());
    QCOMPARE(frames, (std::vector<int>{0, 3, 6, 9}));
}

void TestExportCoco::importRoundTripWithImages() {
    const QString photo = QStringLiteral(SAM2_TEST_DATA_DIR "/media/images/groceries.jpg");
    s2s::Project project;
    s2s::MediaItem item;
    item.kind = s2s::MediaKind::Image;
    item.path = photo;
    item.width = 800;
    item.height = 534;
    const int mediaId = project.addMedia(item);
    s2s::ObjectClass cls;
    cls.name = QStringLiteral("bag");
    const int classId = project.addClass(cls);
    s2s::AnnotatedObject object;
    object.classId = classId;
    const int a = project.addObject(mediaId, object);
    const int b = project.addObject(mediaId, object);
    project.setMask(mediaId, 0, a, encode(ringAndBlob(534, 800, 300, 250, 90)));
    project.setMask(mediaId, 0, b, encode(box(534, 800, {600, 100, 120, 300})));

    QTemporaryDir tmp;
    for (bool polygons : {false, true}) {
        const QString out = tmp.filePath(polygons ? QStringLiteral("poly") : QStringLiteral("rle"));
        s2s::ExportOptions options;
        options.writeImages = true;
        options.polygons = polygons;
        s2s::exportProject(project, s2s::DatasetFormat::Coco, out, options);
        QVERIFY(QFileInfo(out + QStringLiteral("/images/groceries.jpg")).isFile());

        s2s::Project back;
        const s2s::ImportReport report = s2s::importDataset(back, s2s::DatasetFormat::Coco, out + QStringLiteral("/annotations.json"));
        QCOMPARE(report.mediaIds.size(), std::size_t(1));
        QCOMPARE(report.objectCount, 2);
        QCOMPARE(back.classes().size(), std::size_t(1));
        QCOMPARE(back.classes()[0].name, QStringLiteral("bag"));
        const int backId = report.mediaIds[0];
        const auto& objects = back.objects(backId);
        for (std::size_t k = 0; k < 2; ++k) {
            QCOMPARE(objects[k].classId, back.classes()[0].id);
            const cv::Mat original = decode(*project.mask(mediaId, 0, k == 0 ? a : b));
            const cv::Mat imported = decode(*back.mask(backId, 0, objects[k].id));
            if (polygons)
                QVERIFY(iou(original, imported) >= 0.98);
            else
                QCOMPARE(cv::countNonZero(original != imported), 0);
            QCOMPARE(back.annotation(backId, 0, objects[k].id)->source, s2s::MaskSource::Imported);
        }
    }
}

void TestExportCoco::importRejectsUnknownCategoryAndBadSize() {
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(QStringLiteral(SAM2_TEST_DATA_DIR "/media/images/groceries.jpg"), tmp.filePath(QStringLiteral("g.jpg"))));
    const s2s::Rle rle = encode(box(534, 800, {10, 10, 50, 50}));
    nlohmann::json doc;
    doc["images"] = {{{"id", 7}, {"file_name", "g.jpg"}, {"width", 800}, {"height", 534}}};
    doc["categories"] = {{{"id", 1}, {"name", "thing"}}};
    doc["annotations"] = {{{"id", 1}, {"image_id", 7}, {"category_id", 5}, {"segmentation", rle.toJson()}, {"iscrowd", 0}}};
    const QString path = tmp.filePath(QStringLiteral("a.json"));
    writeJson(path, doc);
    s2s::Project project;
    auto expectError = [&](const QString& words) {
        try {
            s2s::importDataset(project, s2s::DatasetFormat::Coco, path);
        } catch (const s2s::DatasetError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(words), e.what());
            QCOMPARE(project.mediaCount(), 0);
            QCOMPARE(project.classes().size(), std::size_t(0));
            return;
        }
        QFAIL("no error");
    };
    expectError(QStringLiteral("unknown category 5"));
    doc["annotations"][0]["category_id"] = 1;
    doc["annotations"][0]["segmentation"] = encode(box(100, 100, {1, 1, 5, 5})).toJson();
    writeJson(path, doc);
    expectError(QStringLiteral("disagrees with its image"));
    doc["images"][0]["file_name"] = "absent.jpg";
    writeJson(path, doc);
    expectError(QStringLiteral("absent.jpg not found"));
    // Integers too large for an int, and sizes past the limits, are refused (not cast).
    doc["images"][0]["file_name"] = "g.jpg";
    doc["annotations"][0]["segmentation"] = rle.toJson();
    doc["annotations"][0]["image_id"] = 4294967303LL;  // 7 + 2^32: was cast to 7
    writeJson(path, doc);
    expectError(QStringLiteral("\"image_id\" is 4294967303"));
    doc["annotations"][0]["image_id"] = 7;
    doc["images"][0]["width"] = 2000000;
    writeJson(path, doc);
    expectError(QStringLiteral("width is 2000000; it must be a whole number from 1 to 16384"));
    doc["images"][0]["width"] = 800;
    // And the valid form imports.
    doc["images"][0]["file_name"] = "g.jpg";
    doc["annotations"][0]["segmentation"] = rle.toJson();
    writeJson(path, doc);
    const s2s::ImportReport report = s2s::importDataset(project, s2s::DatasetFormat::Coco, path);
    QCOMPARE(report.maskCount, 1);
    QCOMPARE(*project.mask(report.mediaIds[0], 0, project.objects(report.mediaIds[0])[0].id), rle);
}

// Boxes and polygons with huge coordinates clamp to the image (rounding them was undefined).
void TestExportCoco::importClampsHugeCoordinates() {
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(QStringLiteral(SAM2_TEST_DATA_DIR "/media/images/groceries.jpg"), tmp.filePath(QStringLiteral("g.jpg"))));
    nlohmann::json doc;
    doc["images"] = {{{"id", 1}, {"file_name", "g.jpg"}, {"width", 800}, {"height", 534}}};
    doc["categories"] = {{{"id", 1}, {"name", "thing"}}};
    doc["annotations"] = {{{"id", 1}, {"image_id", 1}, {"category_id", 1}, {"bbox", {-1e300, -1e300, 2e300, 2e300}}},
                          {{"id", 2}, {"image_id", 1}, {"category_id", 1},
                           {"segmentation", {{-1e300, -1e300, 1e300, -1e300, 1e300, 1e300, -1e300, 1e300}}}}};
    const QString path = tmp.filePath(QStringLiteral("a.json"));
    writeJson(path, doc);
    s2s::Project project;
    const s2s::ImportReport report = s2s::importDataset(project, s2s::DatasetFormat::Coco, path);
    QCOMPARE(report.maskCount, 2);
    const int media = report.mediaIds.at(0);
    for (const s2s::AnnotatedObject& o : project.objects(media))
        QCOMPARE(project.mask(media, 0, o.id)->area(), uint64_t(800) * 534);  // the whole image
}

// The limits of annotation/limits.h: annotations per image, and the size of the JSON file
// (checked before reading: a sparse file uses no disk).
void TestExportCoco::importRefusesTooManyAnnotationsAndHugeFiles() {
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(QStringLiteral(SAM2_TEST_DATA_DIR "/media/images/groceries.jpg"), tmp.filePath(QStringLiteral("g.jpg"))));
    nlohmann::json doc;
    doc["images"] = {{{"id", 7}, {"file_name", "g.jpg"}, {"width", 800}, {"height", 534}}};
    doc["categories"] = {{{"id", 1}, {"name", "thing"}}};
    doc["annotations"] = nlohmann::json::array();
    for (int i = 0; i < 10001; ++i)
        doc["annotations"].push_back({{"id", i}, {"image_id", 7}, {"category_id", 1}, {"bbox", {1, 1, 2, 2}}});
    const QString path = tmp.filePath(QStringLiteral("many.json"));
    writeJson(path, doc);
    s2s::Project project;
    QString message;
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Coco, path);
    } catch (const s2s::DatasetError& e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.contains(QStringLiteral("image 7 has more than 10000 annotations")), qPrintable(message));
    QCOMPARE(project.mediaCount(), 0);  // validated before anything was added

    const QString huge = tmp.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize((qint64{2} << 30) + 1));
    }
    message.clear();
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Coco, huge);
    } catch (const s2s::DatasetError& e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.contains(QStringLiteral("huge.json is 2048 MB; dataset files may have up to 2048 MB")), qPrintable(message));
}

// fuzz_coco's find (tests/data/fuzz/coco/ub-float-annotation-id.json): an annotation id of
// 6.7e109 was converted to an integer for the error message (undefined behaviour). Such an
// annotation is named by its position.
void TestExportCoco::importNamesAnnotationsWithFloatIds() {
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(QStringLiteral(SAM2_TEST_DATA_DIR "/fuzz/coco/ub-float-annotation-id.json"),
                        tmp.filePath(QStringLiteral("a.json"))));
    for (const char* image : {"a.jpg", "b.png"}) {  // present but not images: sizes from the JSON
        QFile f(tmp.filePath(QString::fromLatin1(image)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    s2s::Project project;
    QString message;
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Coco, tmp.filePath(QStringLiteral("a.json")));
    } catch (const s2s::DatasetError& e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.contains(QStringLiteral("annotation #1")), qPrintable(message));
    QCOMPARE(project.mediaCount(), 0);
}

// fuzz_coco's second find (tests/data/fuzz/coco/ub-huge-iscrowd.json): "iscrowd": 2.1e29 was
// read as an int (undefined behaviour). It is compared as a number now: only 1 means crowd.
void TestExportCoco::importReadsIscrowdWithoutConverting() {
    QTemporaryDir tmp;
    const char* doc = R"({"images": [{"id": 1, "file_name": "a.png", "width": 8, "height": 6}],
        "categories": [{"id": 1, "name": "cat"}],
        "annotations": [
          {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 2.1e29, "segmentation": {"size": [6, 8], "counts": "724000g0"}},
          {"id": 2, "image_id": 1, "category_id": 1, "iscrowd": 1.0, "segmentation": {"size": [6, 8], "counts": "724000g0"}},
          {"id": 3, "image_id": 1, "category_id": 1, "iscrowd": -1e300, "segmentation": {"size": [6, 8], "counts": "724000g0"}}]})";
    QFile json(tmp.filePath(QStringLiteral("a.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(doc);
    json.close();
    QImage(8, 6, QImage::Format_RGB888).save(tmp.filePath(QStringLiteral("a.png")));
    s2s::Project project;
    s2s::importDataset(project, s2s::DatasetFormat::Coco, json.fileName());
    QCOMPARE(project.mediaCount(), 1);
    const auto& objects = project.objects(project.mediaItems().front().id);
    QCOMPARE(objects.size(), size_t(3));
    QVERIFY(!objects[0].attributes.contains("iscrowd"));
    QCOMPARE(objects[1].attributes.value("iscrowd", 0), 1);
    QVERIFY(!objects[2].attributes.contains("iscrowd"));
}

// Issue 20: video frames exported to COCO come back as one video item (not one image per frame),
// each mask on its frame, the masks of one track_id as one object; the video file is found in
// --media's folder, or the video comes in without it (with a warning).
void TestExportCoco::importKeepsVideoFramesAsVideos() {
    const QString videoFolder = QStringLiteral(SAM2_TEST_DATA_DIR "/media/videos");
    const QString path = videoFolder + QStringLiteral("/dog_h264_gop12.mp4");
    s2s::Project project;
    s2s::MediaItem item;
    item.kind = s2s::MediaKind::Video;
    item.path = path;
    {
        s2s::FrameReader reader(path);
        item.width = reader.facts().width;
        item.height = reader.facts().height;
        item.frameCount = reader.facts().frameCount;
        item.fps = reader.facts().fps;
    }
    const int w = item.width, h = item.height;
    const int media = project.addMedia(item);
    const int a = project.addObject(media, s2s::AnnotatedObject{});
    const int b = project.addObject(media, s2s::AnnotatedObject{});
    const std::map<std::pair<int, int>, s2s::Rle> masks = {
        {{0, a}, encode(box(h, w, {10, 10, 40, 30}))},  {{3, a}, encode(box(h, w, {14, 10, 40, 30}))},
        {{7, a}, encode(box(h, w, {20, 12, 40, 30}))},  {{3, b}, encode(ringAndBlob(h, w, 150, 100, 30))},
        {{7, b}, encode(box(h, w, {100, 60, 20, 20}))}};
    for (const auto& [key, mask] : masks) project.setMask(media, key.first, key.second, mask);

    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("coco"));
    s2s::exportProject(project, s2s::DatasetFormat::Coco, out, s2s::ExportOptions{});
    for (bool withVideo : {true, false}) {
        s2s::Project back;
        s2s::ImportOptions options;
        if (withVideo) options.mediaPath = videoFolder;
        const s2s::ImportReport report =
            s2s::importDataset(back, s2s::DatasetFormat::Coco, out + QStringLiteral("/annotations.json"), options);
        QCOMPARE(report.mediaIds.size(), std::size_t(1));  // one video, not three images
        const s2s::MediaItem* video = back.media(report.mediaIds[0]);
        QCOMPARE(video->kind, s2s::MediaKind::Video);
        QCOMPARE(video->width, w);
        QCOMPARE(video->height, h);
        if (withVideo) {
            QCOMPARE(QFileInfo(video->path).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
            QCOMPARE(video->frameCount, item.frameCount);
        } else {
            QVERIFY(video->path.isEmpty());
            QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("without its video")),
                     qPrintable(report.warnings.join(QLatin1Char('\n'))));
        }
        const auto& objects = back.objects(video->id);
        QCOMPARE(objects.size(), std::size_t(2));  // joined by track_id
        std::size_t found = 0;
        for (const auto& [key, mask] : masks) {
            const int original = key.second;
            const int imported = objects[original == a ? 0 : 1].id;
            const auto m = back.mask(video->id, key.first, imported);
            QVERIFY2(m && *m == mask, qPrintable(QStringLiteral("object %1 frame %2").arg(original).arg(key.first)));
            ++found;
        }
        QCOMPARE(found, masks.size());
        QCOMPARE(back.framesWithMasks(video->id, objects[0].id), (std::vector<int>{0, 3, 7}));
    }
}

QTEST_MAIN(TestExportCoco)
#include "test_export_coco.moc"
