// `sam2studio-cli auto` and `merge` (issue 18), run as a person or a cluster job runs them:
// - every case of the golden amg/amg.json (SAM2_GOLDEN_DIR) through `auto --out`: the records have
//   the reference's fields in its order, the same count, and every mask matches (IoU >= 0.99);
// - a list of images split in 4 shards and merged equals one process's run, byte for byte
//   (project and COCO); a rerun skips finished items; a missing shard is named by the merge;
// - automatic masklets on a frame folder (issue 18 item 4): the first keyframe's masklets are the
//   generator's masks on that frame (the same as `auto --out` on the frame as an image), later
//   keyframes add only masks overlapping no masklet there (IoU < 0.5), every masklet covers every
//   frame (tracked forwards and back), and the merge writes them as SA-V automatic masklets.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "annotation/project.h"
#include "common/disc_frames.h"
#include "annotation/project_io.h"
#include "annotation/rle.h"

namespace {

const QString kCli = QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli");

QString goldenDir() {
    const QByteArray env = qgetenv("SAM2_GOLDEN_DIR");
    return env.isEmpty() ? QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini") : QString::fromLocal8Bit(env);
}

struct Run {
    int exitCode = -1;
    nlohmann::json summary;
    QString errors;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(kCli, args);
    Run r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(600000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.errors = QString::fromUtf8(p.readAllStandardError());
    r.summary = nlohmann::json::parse(p.readAllStandardOutput().toStdString(), nullptr, false);
    return r;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAutoCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void goldenCasesThroughTheCli() {
        const QString folder = goldenDir() + QStringLiteral("/amg");
        // Ordered: the records' field order is part of what is compared.
        const nlohmann::ordered_json doc =
            nlohmann::ordered_json::parse(readAll(folder + QStringLiteral("/amg.json")).toStdString());
        QVERIFY(!doc.at("cases").empty());
        for (const nlohmann::ordered_json& c : doc.at("cases")) {
            const QString name = QString::fromStdString(c.at("name").get<std::string>());
            const QString out = dir_.filePath(name + QStringLiteral(".json"));
            QStringList args{QStringLiteral("auto"), QStringLiteral("--checkpoint"),
                             folder + QLatin1Char('/') + QString::fromStdString(doc.at("checkpoint").get<std::string>()),
                             QStringLiteral("--config"),
                             folder + QLatin1Char('/') + QString::fromStdString(doc.at("config").get<std::string>()),
                             QStringLiteral("--out"), out};
            for (const auto& [key, value] : c.at("params").items()) {
                if (key == "output_mode")
                    continue;
                QString option = QStringLiteral("--") + QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
                if (key == "use_m2m") {
                    if (value.get<bool>())
                        args << option;
                } else {
                    args << option << (value.is_boolean() ? QString::fromLatin1(value.get<bool>() ? "true" : "false")
                                                          : QString::fromStdString(value.dump()));
                }
            }
            args << folder + QLatin1Char('/') + QString::fromStdString(doc.at("image").get<std::string>());
            const Run run = cli(args);
            QVERIFY2(run.exitCode == 0, qPrintable(name + QStringLiteral(": ") + run.errors));
            const nlohmann::ordered_json ours = nlohmann::ordered_json::parse(readAll(out).toStdString());
            QCOMPARE(ours.size(), size_t(1));  // {"masks": [...]}
            const nlohmann::ordered_json& masks = ours.at("masks");
            const nlohmann::ordered_json& ref = c.at("masks");
            QCOMPARE(masks.size(), ref.size());
            for (size_t i = 0; i < masks.size(); ++i) {
                std::vector<std::string> keys, refKeys;
                for (auto it = masks[i].begin(); it != masks[i].end(); ++it) keys.push_back(it.key());
                for (auto it = ref[i].begin(); it != ref[i].end(); ++it) refKeys.push_back(it.key());
                QVERIFY2(keys == refKeys, qPrintable(name));
                const double iou = s2s::Rle::iou(s2s::Rle::fromJson(masks[i].at("segmentation")),
                                                 s2s::Rle::fromJson(ref[i].at("segmentation")));
                QVERIFY2(iou >= 0.99, qPrintable(QStringLiteral("%1 #%2: IoU %3").arg(name).arg(i).arg(iou)));
                QVERIFY(std::abs(masks[i].at("predicted_iou").get<double>() - ref[i].at("predicted_iou").get<double>()) <= 1e-3);
            }
            qInfo("%s: %zu masks, as the reference", qPrintable(name), masks.size());
        }
    }

    void shardsMergeLikeOneRun() {
        // Five small images listed in a manifest (paths relative to it).
        const QString images = dir_.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(images));
        QFile manifest(dir_.filePath(QStringLiteral("list.txt")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("# five generated images\n");
        for (int i = 0; i < 5; ++i) {
            QImage img(96, 64, QImage::Format_RGB888);
            img.fill(QColor(20 + 40 * i, 80, 160));
            QPainter p(&img);
            p.setBrush(QColor(230, 200 - 30 * i, 40));
            p.drawEllipse(QPointF(20 + 12 * i, 32), 14, 10);
            p.end();
            const QString name = QStringLiteral("img%1.png").arg(i);
            QVERIFY(img.save(images + QLatin1Char('/') + name));
            manifest.write(("images/" + name + "\n").toUtf8());
        }
        manifest.close();
        const QStringList common{QStringLiteral("auto"), QStringLiteral("--checkpoint"),
                                 QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/sam2_mini.pt"),
                                 QStringLiteral("--points-per-side"), QStringLiteral("4"),
                                 QStringLiteral("--pred-iou-thresh"), QStringLiteral("0"),
                                 QStringLiteral("--stability-score-thresh"), QStringLiteral("0.3"),
                                 QStringLiteral("--manifest"), manifest.fileName()};
        const QString sharded = dir_.filePath(QStringLiteral("sharded")), single = dir_.filePath(QStringLiteral("single"));
        int assigned = 0;
        for (int s = 0; s < 4; ++s) {
            const Run run = cli(common + QStringList{QStringLiteral("--out-dir"), sharded, QStringLiteral("--shard"),
                                                     QStringLiteral("%1/4").arg(s)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
            assigned += run.summary.at("assigned").get<int>();
            QCOMPARE(run.summary.at("done").get<int>(), run.summary.at("assigned").get<int>());
        }
        QCOMPARE(assigned, 5);  // every item in exactly one shard
        const Run one = cli(common + QStringList{QStringLiteral("--out-dir"), single});
        QVERIFY2(one.exitCode == 0, qPrintable(one.errors));
        QVERIFY(one.summary.at("masks").get<int>() > 0);

        // Resumable: a rerun of a shard finds its items done.
        const Run again = cli(common + QStringList{QStringLiteral("--out-dir"), sharded, QStringLiteral("--shard"), QStringLiteral("1/4")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
        QCOMPARE(again.summary.at("skipped").get<int>(), again.summary.at("assigned").get<int>());
        QCOMPARE(again.summary.at("done").get<int>(), 0);

        for (const QString& what : {QStringLiteral("project"), QStringLiteral("coco")}) {
            QStringList outputs;
            for (const QString& in : {sharded, single}) {
                const QString target = in + QStringLiteral("-") + what;
                const QStringList args = what == QStringLiteral("project")
                                             ? QStringList{QStringLiteral("merge"), QStringLiteral("--in"), in,
                                                           QStringLiteral("--project"), target + QStringLiteral(".s2sproj")}
                                             : QStringList{QStringLiteral("merge"), QStringLiteral("--in"), in,
                                                           QStringLiteral("--format"), QStringLiteral("coco"),
                                                           QStringLiteral("--out"), target};
                const Run merged = cli(args);
                QVERIFY2(merged.exitCode == 0, qPrintable(merged.errors));
                QCOMPARE(merged.summary.at("items").get<int>(), 5);
                outputs << (what == QStringLiteral("project") ? target + QStringLiteral(".s2sproj")
                                                               : target + QStringLiteral("/annotations.json"));
            }
            QByteArray a = readAll(outputs[0]), b = readAll(outputs[1]);
            QVERIFY(!a.isEmpty());
            if (what == QStringLiteral("coco")) {  // the same but for the moment each was written
                auto ja = nlohmann::ordered_json::parse(a.toStdString()), jb = nlohmann::ordered_json::parse(b.toStdString());
                QVERIFY(ja.at("info").contains("date_created"));
                ja["info"].erase("date_created");
                jb["info"].erase("date_created");
                a = QByteArray::fromStdString(ja.dump());
                b = QByteArray::fromStdString(jb.dump());
            }
            QVERIFY2(a == b, qPrintable(what + QStringLiteral(": the sharded merge differs from one run")));
        }

        // A shard that never ran: the merge names the missing item.
        QVERIFY(QFile::remove(QDir(sharded).filePath(QStringLiteral("000003-img3.json"))));
        const Run missing = cli({QStringLiteral("merge"), QStringLiteral("--in"), sharded, QStringLiteral("--project"),
                                 dir_.filePath(QStringLiteral("x.s2sproj"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.errors.contains(QStringLiteral("item 3 of 5 has no result")), qPrintable(missing.errors));
    }

    void automaticMaskletsOnAVideo() {
        // Ten frames: a disc moving right, a square that appears on frame 5.
        const QString frames = dir_.filePath(QStringLiteral("clip"));
        const int count = 10;
        QVERIFY(testclip::writeDiscFrames(frames, count, {}, [](QPainter& p, int f) {
            if (f >= 5) {
                p.setBrush(QColor(200, 40, 60));
                p.drawRect(60, 8, 22, 18);
            }
        }));
        const QStringList generator{QStringLiteral("--checkpoint"), QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/sam2_mini.pt"),
                                    QStringLiteral("--points-per-side"), QStringLiteral("4"),
                                    QStringLiteral("--pred-iou-thresh"), QStringLiteral("0"),
                                    QStringLiteral("--stability-score-thresh"), QStringLiteral("0.3"),
                                    QStringLiteral("--box-nms-thresh"), QStringLiteral("0.5")};
        const QString out = dir_.filePath(QStringLiteral("video-out"));
        const Run run = cli(QStringList{QStringLiteral("auto")} + generator +
                            QStringList{QStringLiteral("--keyframe-interval"), QStringLiteral("4"), QStringLiteral("--out-dir"), out, frames});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QStringLiteral("Tracking frames 1-5")), qPrintable(run.errors));  // progress on stderr
        const QStringList files = QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const nlohmann::json result = nlohmann::json::parse(readAll(QDir(out).filePath(files[0])).toStdString());
        QCOMPARE(result.at("media").at("kind").get<std::string>(), std::string("frames"));
        QCOMPARE(result.at("media").at("frames").get<int>(), count);
        const nlohmann::json& video = result.at("video");
        QVERIFY2(video.at("keyframes") == nlohmann::json::parse("[0, 4, 8]"), video.at("keyframes").dump().c_str());

        s2s::Project project;
        s2s::ProjectIO::fromJson(project, result.at("project"), QDir(out), nullptr);
        QCOMPARE(project.mediaCount(), 1);
        const int media = project.mediaItems().front().id;
        const auto& objects = project.objects(media);
        QCOMPARE(int(objects.size()), video.at("masklets").get<int>());

        // Keyframe 0: every proposal is a masklet, and they are the generator's masks on that frame.
        const QString firstOut = dir_.filePath(QStringLiteral("frame0.json"));
        const Run image = cli(QStringList{QStringLiteral("auto")} + generator +
                              QStringList{QStringLiteral("--out"), firstOut, frames + QStringLiteral("/00000.png")});
        QVERIFY2(image.exitCode == 0, qPrintable(image.errors));
        const nlohmann::json imageMasks = nlohmann::json::parse(readAll(firstOut).toStdString()).at("masks");
        QVERIFY(!imageMasks.empty());
        const std::vector<int> first = video.at("added").at("0").get<std::vector<int>>();
        QCOMPARE(first.size(), imageMasks.size());
        for (size_t i = 0; i < first.size(); ++i) {
            const s2s::FrameAnnotation* a = project.annotation(media, 0, first[i]);
            QVERIFY(a);
            QCOMPARE(a->source, s2s::MaskSource::Model);
            QVERIFY(a->mask == s2s::Rle::fromJson(imageMasks[i].at("segmentation")));
        }

        // Later keyframes: a new masklet overlaps none that existed before it (IoU < 0.5 there).
        std::map<int, int> foundOn;  // object -> keyframe
        for (const auto& [key, ids] : video.at("added").items())
            for (int id : ids.get<std::vector<int>>()) foundOn[id] = std::stoi(key);
        int later = 0;
        for (const auto& [id, frame] : foundOn) {
            if (frame == 0)
                continue;
            ++later;
            const s2s::FrameAnnotation* mine = project.annotation(media, frame, id);
            QVERIFY(mine && mine->source == s2s::MaskSource::Model);
            for (const auto& [other, otherFrame] : foundOn)
                if (otherFrame < frame)
                    QVERIFY2(s2s::Rle::iou(mine->mask, project.annotation(media, frame, other)->mask) < 0.5,
                             qPrintable(QStringLiteral("masklet %1 of frame %2 overlaps %3").arg(id).arg(frame).arg(other)));
        }
        qInfo("%zu masklets: %zu on the first keyframe, %d on later ones; proposals per keyframe %s", objects.size(),
              first.size(), later, video.at("proposals").dump().c_str());

        // Every masklet covers every frame, is marked automatic, and was made from its keyframe.
        for (const s2s::AnnotatedObject& o : objects) {
            QCOMPARE(o.attributes.at("sav_masklet_type").get<std::string>(), std::string("auto"));
            QCOMPARE(o.attributes.at("auto").at("frame").get<int>(), foundOn.at(o.id));
            QVERIFY(o.attributes.at("auto").at("stability_by_frame").contains(std::to_string(foundOn.at(o.id))));
            for (int f = 0; f < count; ++f) {
                const s2s::FrameAnnotation* a = project.annotation(media, f, o.id);
                QVERIFY2(a, qPrintable(QStringLiteral("masklet %1 has no mask on frame %2").arg(o.id).arg(f)));
                QCOMPARE(a->source, f == foundOn.at(o.id) ? s2s::MaskSource::Model : s2s::MaskSource::Propagation);
            }
        }

        // Merged into SA-V: one automatic file, its masklets typed "auto", stability per frame.
        const QString sav = dir_.filePath(QStringLiteral("video-sav"));
        const Run merged = cli({QStringLiteral("merge"), QStringLiteral("--in"), out, QStringLiteral("--format"),
                                QStringLiteral("sav"), QStringLiteral("--out"), sav});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.errors));
        QStringList autoFiles;
        for (const auto& f : merged.summary.at("files"))
            if (QString::fromStdString(f.get<std::string>()).endsWith(QStringLiteral("_auto.json")))
                autoFiles << QString::fromStdString(f.get<std::string>());
        QCOMPARE(autoFiles.size(), 1);
        const nlohmann::json doc = nlohmann::json::parse(readAll(QDir(sav).filePath(autoFiles[0])).toStdString());
        QCOMPARE(doc.at("masklet_num").get<size_t>(), objects.size());
        for (const auto& type : doc.at("masklet_type")) QCOMPARE(type.get<std::string>(), std::string("auto"));
        const nlohmann::json& scores = doc.at("masklet_stability_score");
        QCOMPARE(scores.size(), doc.at("masklet").size());  // one list per annotated frame
        QCOMPARE(scores.at(0).size(), objects.size());      // one score per masklet
        QVERIFY(scores.at(0).at(0).is_number());            // frame 0 is the first keyframe
    }

    void badOptionsAreUsageErrors() {
        const QString ck = QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/sam2_mini.pt");
        const QString img = QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/input.png");
        for (const QStringList& bad : {QStringList{QStringLiteral("--points-per-side"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--multimask-output"), QStringLiteral("maybe")},
                                       QStringList{QStringLiteral("--shard"), QStringLiteral("4/4")},
                                       QStringList{QStringLiteral("--crop-overlap-ratio"), QStringLiteral("1.5")}}) {
            const Run run = cli(QStringList{QStringLiteral("auto"), QStringLiteral("--checkpoint"), ck,
                                            QStringLiteral("--out"), dir_.filePath(QStringLiteral("bad.json")), img} + bad);
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.errors));
        }
    }
};

QTEST_GUILESS_MAIN(TestAutoCli)
#include "test_auto_cli.moc"
