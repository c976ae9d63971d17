// SA-V JSON: the real sav_000001_manual.json survives import -> export with identical masks and
// derived fields; derived fields follow edits; bad input gives clear errors and no change.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "export/export.h"
#include "test_export_util.h"

using namespace exporttest;

namespace {
const QString kSavFile = QStringLiteral(SAM2_TEST_DATA_DIR "/media/sav/sav_000001_manual.json");
}

class TestExportSav : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsMasksAndFields();
    void derivedFieldsFollowEdits();
    void manualAndAutoFilesOfOneVideo();
    void autoFileWithScoresPerFrameRoundTrips();
    void strideAndFrameLayout();
    void rejectsBadInput();
    void attachesVideoOnlyWhenSizesAgree();
};

void TestExportSav::roundTripKeepsMasksAndFields() {
    s2s::Project project;
    const s2s::ImportReport imported = s2s::importDataset(project, s2s::DatasetFormat::Sav, kSavFile);
    QCOMPARE(imported.mediaIds.size(), std::size_t(1));
    QCOMPARE(imported.objectCount, 5);
    QCOMPARE(imported.maskCount, 121 * 5);
    const s2s::MediaItem* item = project.media(imported.mediaIds[0]);
    QVERIFY(item);
    QCOMPARE(item->width, 480);
    QCOMPARE(item->height, 848);
    QVERIFY(item->frameCount >= 481);
    // The i-th annotated frame is video frame 4 * i.
    QVERIFY(project.mask(item->id, 480, 0).has_value());
    QVERIFY(!project.mask(item->id, 479, 0).has_value());

    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("sav"));
    const s2s::ExportReport exported = s2s::exportProject(project, s2s::DatasetFormat::Sav, out);
    QCOMPARE(exported.files, QStringList{QStringLiteral("sav_000001_manual.json")});

    const nlohmann::json original = readJson(kSavFile);
    const nlohmann::json written = readJson(out + QStringLiteral("/sav_000001_manual.json"));
    QVERIFY(written.is_object());
    QCOMPARE(written["masklet"].size(), original["masklet"].size());
    for (std::size_t f = 0; f < original["masklet"].size(); ++f) {
        QCOMPARE(written["masklet"][f].size(), original["masklet"][f].size());
        for (std::size_t k = 0; k < original["masklet"][f].size(); ++k) {
            const s2s::Rle a = s2s::Rle::fromJson(original["masklet"][f][k]);
            const s2s::Rle b = s2s::Rle::fromJson(written["masklet"][f][k]);
            QCOMPARE(b.height(), a.height());
            QCOMPARE(b.width(), a.width());
            if (a.decode() != b.decode()) QFAIL(qPrintable(QStringLiteral("pixels differ on frame %1 object %2").arg(f).arg(k)));
        }
    }
    for (const char* key : {"video_id", "video_duration", "video_frame_count", "video_height", "video_width",
                            "video_resolution", "video_environment", "video_split", "masklet_id", "masklet_size_bucket",
                            "masklet_visibility_changes", "masklet_first_appeared_frame", "masklet_frame_count",
                            "masklet_edited_frame_count", "masklet_type", "masklet_stability_score", "masklet_num"}) {
        if (written[key] != original[key])
            QFAIL(qPrintable(QStringLiteral("%1: wrote %2, expected %3").arg(QLatin1String(key),
                QString::fromStdString(written[key].dump()), QString::fromStdString(original[key].dump()))));
    }
    for (const char* key : {"masklet_size_rel", "masklet_size_abs"}) {
        QCOMPARE(written[key].size(), original[key].size());
        for (std::size_t k = 0; k < original[key].size(); ++k) {
            const double want = original[key][k].get<double>(), got = written[key][k].get<double>();
            QVERIFY2(std::abs(want - got) <= 1e-9 * std::max(1.0, std::abs(want)), key);
        }
    }
}

void TestExportSav::derivedFieldsFollowEdits() {
    s2s::Project project;
    const int mediaId = s2s::importDataset(project, s2s::DatasetFormat::Sav, kSavFile).mediaIds.at(0);
    // Object 3 first appears on annotated frame 113; draw it on annotated frames 0 and 1 by hand.
    const s2s::Rle square = encode(box(848, 480, {100, 100, 40, 40}));
    project.setMask(mediaId, 0, 3, square, s2s::MaskSource::Manual);
    project.setMask(mediaId, 4, 3, square, s2s::MaskSource::Manual);
    // Click and box corrections are edits by a person too; tracked frames are not.
    s2s::FrameAnnotation clicked;
    clicked.mask = square;
    clicked.source = s2s::MaskSource::Model;
    clicked.points = {{120.0, 120.0, true}};
    project.setAnnotation(mediaId, 8, 3, clicked);
    s2s::FrameAnnotation boxed = clicked;
    boxed.points.clear();
    boxed.box = s2s::BoxPrompt{100.0, 100.0, 140.0, 140.0};
    project.setAnnotation(mediaId, 12, 3, boxed);
    s2s::FrameAnnotation tracked;
    tracked.mask = square;
    tracked.source = s2s::MaskSource::Propagation;
    project.setAnnotation(mediaId, 16, 3, tracked);
    QTemporaryDir tmp;
    s2s::exportProject(project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("o")));
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("o/sav_000001_manual.json")));
    QCOMPARE(doc["masklet_first_appeared_frame"][3].get<double>(), 0.0);
    QCOMPARE(doc["masklet_visibility_changes"][3].get<int>(), 2);  // visible, hidden at 2, visible at 113
    QCOMPARE(doc["masklet_edited_frame_count"][3].get<int>(), 4 + 4);  // imported 4 + 2 manual + click + box
    const nlohmann::json original = readJson(kSavFile);
    QVERIFY(doc["masklet_size_abs"][3].get<double>() != original["masklet_size_abs"][3].get<double>());
    QCOMPARE(doc["masklet_size_bucket"][3].get<std::string>(), std::string("medium"));
}

void TestExportSav::manualAndAutoFilesOfOneVideo() {
    // An auto file made of the first two manual masklets, as SA-V ships both per video.
    const nlohmann::json manual = readJson(kSavFile);
    nlohmann::json automatic = manual;
    for (auto& frame : automatic["masklet"]) frame = nlohmann::json::array({frame[0], frame[1]});
    for (const char* key : {"masklet_id", "masklet_size_rel", "masklet_size_abs", "masklet_size_bucket",
                            "masklet_visibility_changes", "masklet_first_appeared_frame", "masklet_frame_count"})
        automatic[key] = nlohmann::json::array({manual[key][0], manual[key][1]});
    automatic["masklet_edited_frame_count"] = {0, 0};
    automatic["masklet_type"] = {"auto", "auto"};
    nlohmann::json scores = nlohmann::json::array();
    for (int k = 0; k < 2; ++k) {
        nlohmann::json perFrame = nlohmann::json::array();
        for (std::size_t f = 0; f < manual["masklet"].size(); ++f) perFrame.push_back(0.5 + 0.25 * k + 0.001 * static_cast<double>(f));
        scores.push_back(perFrame);
    }
    automatic["masklet_stability_score"] = scores;
    automatic["masklet_num"] = 2;
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(kSavFile, tmp.filePath(QStringLiteral("sav_000001_manual.json"))));
    writeJson(tmp.filePath(QStringLiteral("sav_000001_auto.json")), automatic);

    s2s::Project project;
    const s2s::ImportReport report = s2s::importDataset(project, s2s::DatasetFormat::Sav, tmp.path());
    QCOMPARE(report.mediaIds.size(), std::size_t(1));
    QCOMPARE(report.objectCount, 7);
    const s2s::ExportReport exported = s2s::exportProject(project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("out")));
    QCOMPARE(exported.files, (QStringList{QStringLiteral("sav_000001_manual.json"), QStringLiteral("sav_000001_auto.json")}));
    const nlohmann::json manualBack = readJson(tmp.filePath(QStringLiteral("out/sav_000001_manual.json")));
    const nlohmann::json autoBack = readJson(tmp.filePath(QStringLiteral("out/sav_000001_auto.json")));
    for (auto it = automatic.begin(); it != automatic.end(); ++it)
        QVERIFY2(autoBack[it.key()] == it.value(), it.key().c_str());
    QCOMPARE(manualBack["masklet_num"].get<int>(), 5);
    QCOMPARE(manualBack["masklet"], manual["masklet"]);
}

// SA-V's own automatic files (sav_*_auto.json) list masklet_stability_score per annotated frame:
// a list per frame with one score per masklet. Such a file imports with its scores and exports
// back exactly (a test file of that shape: 3 masklets over the 121 frames of the manual one).
void TestExportSav::autoFileWithScoresPerFrameRoundTrips() {
    QFile source(kSavFile);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const nlohmann::ordered_json manual = nlohmann::ordered_json::parse(source.readAll().toStdString());  // SA-V's key order
    nlohmann::ordered_json automatic = manual;
    for (auto& frame : automatic["masklet"]) frame = nlohmann::ordered_json::array({frame[0], frame[2], frame[4]});
    for (const char* key : {"masklet_id", "masklet_size_rel", "masklet_size_abs", "masklet_size_bucket",
                            "masklet_visibility_changes", "masklet_first_appeared_frame", "masklet_frame_count"})
        automatic[key] = nlohmann::ordered_json::array({manual[key][0], manual[key][2], manual[key][4]});
    automatic["masklet_edited_frame_count"] = {0, 0, 0};
    automatic["masklet_type"] = {"auto", "auto", "auto"};
    nlohmann::ordered_json scores = nlohmann::ordered_json::array();
    for (std::size_t f = 0; f < manual["masklet"].size(); ++f)
        scores.push_back({0.9 - 0.001 * static_cast<double>(f), 0.75, f % 7 == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(0.5 + 0.002 * static_cast<double>(f))});
    automatic["masklet_stability_score"] = scores;
    automatic["masklet_num"] = 3;
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("sav_000001_auto.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(automatic.dump()));
    }
    s2s::Project project;
    const s2s::ImportReport report = s2s::importDataset(project, s2s::DatasetFormat::Sav, file);
    QCOMPARE(report.objectCount, 3);
    const int media = report.mediaIds.at(0);
    const s2s::AnnotatedObject& second = project.objects(media).at(1);
    QCOMPARE(second.attributes["sav_stability_score"].size(), manual["masklet"].size());
    QCOMPARE(second.attributes["sav_stability_score"][5].get<double>(), 0.75);
    s2s::ExportOptions options;
    options.frameStride = 4;
    const s2s::ExportReport exported = s2s::exportProject(project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("out")), options);
    QCOMPARE(exported.files, (QStringList{QStringLiteral("sav_000001_manual.json"), QStringLiteral("sav_000001_auto.json")}));
    QFile back(tmp.filePath(QStringLiteral("out/sav_000001_auto.json")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    const nlohmann::ordered_json written = nlohmann::ordered_json::parse(back.readAll().toStdString());
    for (auto it = automatic.begin(); it != automatic.end(); ++it) {
        if (it.key() == "masklet_size_rel" || it.key() == "masklet_size_abs")
            continue;  // recomputed from the masks (10 decimals, as SA-V's)
        QVERIFY2(written[it.key()] == it.value(), it.key().c_str());
    }
    QCOMPARE(written["masklet_stability_score"], scores);
}

void TestExportSav::strideAndFrameLayout() {
    auto project = syntheticProject();
    const int videoId = project->mediaItems().at(1).id;
    QTemporaryDir tmp;
    s2s::ExportOptions options;
    options.frameStride = 2;
    const s2s::ExportReport report = s2s::exportProject(*project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("s")), options);
    QCOMPARE(report.mediaCount, 1);  // the still image is skipped with a warning
    QVERIFY(!report.warnings.isEmpty());
    const nlohmann::json doc = readJson(tmp.filePath(QStringLiteral("s/clip_manual.json")));
    QCOMPARE(doc["masklet"].size(), std::size_t(5));  // frames 0, 2, 4, 6, 8
    QCOMPARE(doc["masklet_num"].get<int>(), 2);
    QCOMPARE(doc["masklet_frame_count"], nlohmann::json({5, 5}));
    QCOMPARE(doc["masklet_edited_frame_count"], nlohmann::json({0, 5}));
    QCOMPARE(doc["video_height"].get<double>(), 64.0);
    for (std::size_t i = 0; i < 5; ++i) {
        const s2s::Rle rle = s2s::Rle::fromJson(doc["masklet"][i][0]);
        QCOMPARE(rle, *project->mask(videoId, static_cast<int>(2 * i), 1));
    }
    // Default stride of SA-V is 4: frames 0, 4, 8.
    s2s::exportProject(*project, s2s::DatasetFormat::Sav, tmp.filePath(QStringLiteral("d")));
    QCOMPARE(readJson(tmp.filePath(QStringLiteral("d/clip_manual.json")))["masklet"].size(), std::size_t(3));
}

void TestExportSav::rejectsBadInput() {
    QTemporaryDir tmp;
    s2s::Project project;
    auto expectError = [&](const QString& path, const QString& words) {
        try {
            s2s::importDataset(project, s2s::DatasetFormat::Sav, path);
        } catch (const s2s::DatasetError& e) {
            const QString message = QString::fromUtf8(e.what());
            if (!message.contains(words, Qt::CaseInsensitive))
                QFAIL(qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(message, words)));
            QCOMPARE(project.mediaCount(), 0);
            return;
        }
        QFAIL(qPrintable(QStringLiteral("no error for %1").arg(path)));
    };
    const QString broken = tmp.filePath(QStringLiteral("broken_manual.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"video_id\": \"x\", \"masklet\": [[");
    }
    expectError(broken, QStringLiteral("not valid JSON"));

    nlohmann::json doc = readJson(kSavFile);
    doc["masklet"][7][2]["size"] = {480, 848};
    const QString wrongSize = tmp.filePath(QStringLiteral("size_manual.json"));
    writeJson(wrongSize, doc);
    expectError(wrongSize, QStringLiteral("frame 7, object 2 has size 848x480 but the video is 480x848"));

    doc = readJson(kSavFile);
    doc["masklet"][3].erase(doc["masklet"][3].begin());
    const QString missing = tmp.filePath(QStringLiteral("missing_manual.json"));
    writeJson(missing, doc);
    expectError(missing, QStringLiteral("frame 3 lists 4 masks, expected 5"));

    doc = readJson(kSavFile);
    doc["masklet"][0][0]["counts"] = "!!not rle";
    const QString badRle = tmp.filePath(QStringLiteral("rle_manual.json"));
    writeJson(badRle, doc);
    expectError(badRle, QStringLiteral("frame 0, object 0"));

    expectError(tmp.filePath(QStringLiteral("nothing.json")), QStringLiteral("does not exist"));

    // Numbers too large for an int (casting them was undefined behaviour) and sizes past the
    // limits are refused, naming the field.
    doc = readJson(kSavFile);
    doc["video_height"] = 1e300;
    const QString hugeHeight = tmp.filePath(QStringLiteral("height_manual.json"));
    writeJson(hugeHeight, doc);
    expectError(hugeHeight, QStringLiteral("video_height is 1.0000000000000001e+300; it must be a whole number from 1 to 16384"));
    doc = readJson(kSavFile);
    doc["video_width"] = 100000;
    const QString wide = tmp.filePath(QStringLiteral("wide_manual.json"));
    writeJson(wide, doc);
    expectError(wide, QStringLiteral("video_width is 100000"));
    doc = readJson(kSavFile);
    doc["video_frame_count"] = 4294967296.0;
    const QString long_ = tmp.filePath(QStringLiteral("long_manual.json"));
    writeJson(long_, doc);
    expectError(long_, QStringLiteral("video_frame_count is 4294967296; it must be a whole number from 0 to 10000000"));
}

void TestExportSav::attachesVideoOnlyWhenSizesAgree() {
    // A frame folder of the wrong size is refused with both sizes named.
    s2s::Project project;
    s2s::ImportOptions options;
    options.mediaPath = QStringLiteral(SAM2_TEST_DATA_DIR "/media/frames/bedroom");
    try {
        s2s::importDataset(project, s2s::DatasetFormat::Sav, kSavFile, options);
        QFAIL("a 960x540 frame folder was accepted for 480x848 masks");
    } catch (const s2s::DatasetError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("480x848")), e.what());
    }
    QCOMPARE(project.mediaCount(), 0);
}

QTEST_MAIN(TestExportSav)
#include "test_export_sav.moc"
