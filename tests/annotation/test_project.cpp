// Project model and project files: save -> load equality, relative/moved/missing media, and every
// kind of bad input failing cleanly without touching the file on disk.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "annotation/errors.h"
#include "annotation/project.h"
#include "annotation/project_io.h"

using namespace s2s;

namespace {

const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR "/media");

Rle boxMask(int h, int w, int x0, int y0, int x1, int y1) {
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[std::size_t(y) * w + x] = 1;
    return Rle::encode(m.data(), h, w);
}

Rle noisyMask(int h, int w, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    std::bernoulli_distribution on(0.01);  // sparse speckle: many runs, yet a small file
    for (auto& v : m) v = on(rng);
    return Rle::encode(m.data(), h, w);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QByteArray("<unreadable>");
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

template <typename F>
QString errorOf(F&& f) {
    try {
        f();
    } catch (const AnnotationError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

// Copies real media into `dir` and builds a project over them: two images, a video, a frame
// folder, classes, objects with attributes, and masks with prompts from every source.
struct Fixture {
    QString imageA, imageB, video, frames;
    int imageAId = -1, imageBId = -1, videoId = -1, framesId = -1;
};

Fixture populate(Project& p, const QString& dir) {
    Fixture f;
    QDir(dir).mkpath(QStringLiteral("media/bedroom"));
    f.imageA = dir + QStringLiteral("/media/truck.jpg");
    f.imageB = dir + QStringLiteral("/media/groceries.jpg");
    f.video = dir + QStringLiteral("/media/clip.mp4");
    f.frames = dir + QStringLiteral("/media/bedroom");
    QFile::copy(kData + QStringLiteral("/images/truck.jpg"), f.imageA);
    QFile::copy(kData + QStringLiteral("/images/groceries.jpg"), f.imageB);
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        QFile::copy(kData + QStringLiteral("/frames/bedroom/") + name, f.frames + QLatin1Char('/') + name);
    }
    // The project layer stores paths only; the bytes of the video are not decoded here.
    writeAll(f.video, QByteArray("not decoded by the project layer"));

    const int person = p.addClass({-1, QStringLiteral("person"), QColor(255, 0, 0)});
    const int dog = p.addClass({-1, QStringLiteral("dog"), QColor(0, 128, 255, 200)});

    MediaItem a{-1, MediaKind::Image, f.imageA, QString(), 1800, 1200, 1, 0.0, {{"exif", {{"iso", 100}}}}, false};
    f.imageAId = p.addMedia(a);
    MediaItem b{-1, MediaKind::Image, f.imageB, QStringLiteral("Groceries"), 800, 534, 1, 0.0, nlohmann::json::object(), false};
    f.imageBId = p.addMedia(b);
    MediaItem v{-1, MediaKind::Video, f.video, QString(), 1280, 720, 300, 29.97, {{"codec", "h264"}}, false};
    f.videoId = p.addMedia(v);
    MediaItem fr{-1, MediaKind::FrameFolder, f.frames, QString(), 640, 480, 3, 24.0, nlohmann::json::object(), false};
    f.framesId = p.addMedia(fr);

    AnnotatedObject truck{-1, person, QStringLiteral("driver"), QColor(10, 20, 30), {{"occluded", true}, {"note", "é ü"}}, false};
    const int o1 = p.addObject(f.imageAId, truck);
    FrameAnnotation ann;
    ann.mask = boxMask(1200, 1800, 100, 200, 900, 700);
    ann.source = MaskSource::Model;
    ann.points = {{150.5, 250.25, true}, {800, 650, false}};
    ann.box = BoxPrompt{100, 200, 900, 700};
    ann.score = 0.875f;
    p.setAnnotation(f.imageAId, 0, o1, ann);
    const int o2 = p.addObject(f.imageAId, {-1, -1, QString(), QColor(), nlohmann::json::object(), true});
    p.setMask(f.imageAId, 0, o2, noisyMask(1200, 1800, 1), MaskSource::Manual);

    const int dogObj = p.addObject(f.videoId, {-1, dog, QStringLiteral("rex"), QColor(1, 2, 3), {{"breed", "lab"}}, false});
    const int ball = p.addObject(f.videoId, {-1, -1, QStringLiteral("ball"), QColor(4, 5, 6), nlohmann::json::object(), false});
    for (int frame = 0; frame < 300; frame += 7) {
        FrameAnnotation t;
        t.mask = boxMask(720, 1280, frame, 100, frame + 200, 400);
        t.source = frame == 0 ? MaskSource::Model : MaskSource::Propagation;
        if (frame == 0) t.points = {{100, 200, true}};
        t.score = 0.5f + frame / 1000.0f;
        p.setAnnotation(f.videoId, frame, dogObj, t);
        if (frame % 3 == 0) p.setMask(f.videoId, frame, ball, noisyMask(720, 1280, frame), MaskSource::Imported);
    }
    const int bedObj = p.addObject(f.framesId, {-1, -1, QStringLiteral("bed"), QColor(7, 8, 9), nlohmann::json::object(), false});
    for (int frame = 0; frame < 3; ++frame) p.setMask(f.framesId, frame, bedObj, boxMask(480, 640, 10, 10, 300, 200 + frame));
    // An id that was used and removed must stay retired.
    const int gone = p.addObject(f.framesId, {});
    p.removeObject(f.framesId, gone);
    return f;
}

void compareProjects(const Project& a, const Project& b) {
    QCOMPARE(a.mediaCount(), b.mediaCount());
    QVERIFY(a.mediaItems() == b.mediaItems());
    QVERIFY(a.classes() == b.classes());
    for (const auto& m : a.mediaItems()) {
        QVERIFY(a.objects(m.id) == b.objects(m.id));
        QCOMPARE(a.nextObjectId(m.id), b.nextObjectId(m.id));
        QVERIFY(a.allAnnotations(m.id) == b.allAnnotations(m.id));
    }
    QCOMPARE(a.maskCount(), b.maskCount());
}

} // namespace

class TestProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveLoadRoundTrip();
    void relativePathsFollowAMovedProject();
    void absolutePathFallback();
    void missingMediaIsAWarning();
    void invalidJsonIsRejected();
    void badContentIsRejected();
    void newerSchemaIsRejected();
    void readOnlyDestination();
    void diskFullKeepsOldFile();
    void mutatorsValidate();
    void signalsAndModifiedFlag();
};

void TestProject::saveLoadRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project p;
    const Fixture f = populate(p, dir.path());
    QVERIFY(p.isModified());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    p.save(file);
    QVERIFY(!p.isModified());
    QCOMPARE(p.filePath(), QFileInfo(file).absoluteFilePath());

    QStringList warnings;
    auto loaded = Project::load(file, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QVERIFY(!loaded->isModified());
    QCOMPARE(loaded->filePath(), QFileInfo(file).absoluteFilePath());
    compareProjects(p, *loaded);
    QCOMPARE(loaded->media(f.videoId)->fps, 29.97);
    QCOMPARE(loaded->annotation(f.imageAId, 0, 1)->score, std::optional<float>(0.875f));
    // Ids continue where they were: a removed id is not handed out again after reload.
    QCOMPARE(loaded->nextObjectId(f.framesId), p.nextObjectId(f.framesId));
    QCOMPARE(loaded->addObject(f.framesId, {}), 3);

    // Paths in the file are relative to it.
    const auto json = nlohmann::json::parse(readAll(file).toStdString());
    QCOMPARE(json.at("schemaVersion").get<int>(), ProjectIO::kSchemaVersion);
    QCOMPARE(json.at("media")[0].at("path").get<std::string>(), std::string("media/truck.jpg"));
    QCOMPARE(json.at("media")[3].at("path").get<std::string>(), std::string("media/bedroom"));

    // Saving the loaded project again gives the same bytes (stable format).
    const QString again = dir.filePath(QStringLiteral("again.s2sproj"));
    Project::load(file)->save(again);
    QCOMPARE(readAll(again), readAll(file));
}

void TestProject::relativePathsFollowAMovedProject() {
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("a"));
    QDir().mkpath(before);
    Project p;
    populate(p, before);
    p.save(before + QStringLiteral("/project.s2sproj"));
    const QString after = dir.filePath(QStringLiteral("b"));
    QVERIFY(QDir().rename(before, after));  // the whole folder moves: project and media together

    QStringList warnings;
    auto loaded = Project::load(after + QStringLiteral("/project.s2sproj"), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    for (const auto& m : loaded->mediaItems()) {
        QVERIFY(!m.missing);
        QVERIFY2(m.path.startsWith(after + QLatin1Char('/')), qPrintable(m.path));
        QVERIFY(QFileInfo::exists(m.path));
    }
}

void TestProject::absolutePathFallback() {
    QTemporaryDir dir;
    Project p;
    const Fixture f = populate(p, dir.path());
    p.save(dir.filePath(QStringLiteral("project.s2sproj")));
    // Only the project file moves: relative paths break, the absolute ones still work.
    QDir().mkpath(dir.filePath(QStringLiteral("elsewhere/deeper")));
    const QString moved = dir.filePath(QStringLiteral("elsewhere/deeper/project.s2sproj"));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("project.s2sproj")), moved));
    QStringList warnings;
    auto loaded = Project::load(moved, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(loaded->media(f.imageAId)->path, f.imageA);
    QVERIFY(!loaded->media(f.imageAId)->missing);
}

void TestProject::missingMediaIsAWarning() {
    QTemporaryDir dir;
    Project p;
    const Fixture f = populate(p, dir.path());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    p.save(file);
    QVERIFY(QFile::remove(f.imageB));
    QVERIFY(QFile::rename(f.video, f.video + QStringLiteral(".moved")));

    QStringList warnings;
    auto loaded = Project::load(file, &warnings);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings[0].contains(f.imageB) && warnings[0].contains(QLatin1String("Groceries")), qPrintable(warnings[0]));
    QVERIFY2(warnings[1].contains(f.video), qPrintable(warnings[1]));
    QVERIFY(loaded->media(f.imageBId)->missing);
    QCOMPARE(loaded->media(f.imageBId)->path, f.imageB);  // the expected place
    QVERIFY(loaded->media(f.videoId)->missing);
    QVERIFY(!loaded->media(f.imageAId)->missing);
    // Annotations of the missing video are all there.
    QVERIFY(loaded->allAnnotations(f.videoId) == p.allAnnotations(f.videoId));
    // Saving keeps the expected path, so restoring the file later fixes the project.
    loaded->save(file);
    QVERIFY(QFile::rename(f.video + QStringLiteral(".moved"), f.video));
    warnings.clear();
    auto again = Project::load(file, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(!again->media(f.videoId)->missing);
    QCOMPARE(again->media(f.videoId)->path, f.video);
}

void TestProject::invalidJsonIsRejected() {
    QTemporaryDir dir;
    Project p;
    populate(p, dir.path());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    p.save(file);
    const QByteArray good = readAll(file);

    const QString truncated = dir.filePath(QStringLiteral("truncated.s2sproj"));
    writeAll(truncated, good.left(good.size() / 2));
    QString e = errorOf([&] { Project::load(truncated); });
    QVERIFY2(e.contains(QLatin1String("not valid JSON")) && e.contains(QLatin1String("truncated.s2sproj")), qPrintable(e));
    QCOMPARE(readAll(truncated), good.left(good.size() / 2));  // loading never writes

    const QString garbage = dir.filePath(QStringLiteral("garbage.s2sproj"));
    writeAll(garbage, QByteArray("{\"format\": \"sam2studio-project\", \x01\x02"));
    QVERIFY(errorOf([&] { Project::load(garbage); }).contains(QLatin1String("not valid JSON")));

    const QString empty = dir.filePath(QStringLiteral("empty.s2sproj"));
    writeAll(empty, QByteArray());
    QVERIFY(errorOf([&] { Project::load(empty); }).contains(QLatin1String("empty")));

    const QString other = dir.filePath(QStringLiteral("other.json"));
    writeAll(other, QByteArray("{\"images\": [], \"annotations\": []}"));
    QVERIFY(errorOf([&] { Project::load(other); }).contains(QLatin1String("not a SAM 2 Studio project")));

    e = errorOf([&] { Project::load(dir.filePath(QStringLiteral("does-not-exist.s2sproj"))); });
    QVERIFY2(e.contains(QLatin1String("Cannot open")), qPrintable(e));
}

void TestProject::badContentIsRejected() {
    QTemporaryDir dir;
    Project p;
    const Fixture f = populate(p, dir.path());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    p.save(file);
    const auto good = nlohmann::json::parse(readAll(file).toStdString());
    const QString bad = dir.filePath(QStringLiteral("bad.s2sproj"));
    auto expectError = [&](nlohmann::json j, const char* needle) {
        writeAll(bad, QByteArray::fromStdString(j.dump()));
        const QString e = errorOf([&] { Project::load(bad); });
        QVERIFY2(e.contains(QLatin1String(needle)), qPrintable(QStringLiteral("[%1] %2").arg(needle, e)));
    };

    // RLE counts that overflow their size: the counts of a 720x1280 mask on a smaller size.
    auto j = good;
    auto& ann = j["media"][2]["annotations"][0];
    ann["size"] = {700, 1280};
    j["media"][2]["height"] = 700;
    expectError(j, "overflow");
    // ... and the message says which mask.
    writeAll(bad, QByteArray::fromStdString(j.dump()));
    QVERIFY(errorOf([&] { Project::load(bad); }).contains(QLatin1String("frame 0")));

    j = good;
    j["media"][2]["annotations"][0]["counts"] = "0000";
    expectError(j, "cover only");
    j = good;
    j["media"][2]["annotations"][0]["frame"] = 300;  // the video has 300 frames: 0..299
    expectError(j, "outside");
    j = good;
    j["media"][2]["annotations"][0]["object"] = 42;
    expectError(j, "no object 42");
    j = good;
    j["media"][0]["kind"] = "hologram";
    expectError(j, "unknown kind");
    j = good;
    j["media"][0]["width"] = "wide";
    expectError(j, "wrong type");
    j = good;
    j["media"][1]["id"] = f.imageAId;
    expectError(j, "already has");
    j = good;
    j["media"][0]["objects"][0]["color"] = "not-a-colour";
    expectError(j, "not a colour");
    j = good;
    j["media"][0]["annotations"][0]["source"] = "guess";
    expectError(j, "unknown mask source");
    j = good;
    j["media"][0]["annotations"][0]["points"] = {{1, 2}};
    expectError(j, "point prompt");
    j = good;
    j.erase("schemaVersion");
    expectError(j, "schemaVersion");
    // Issue 19's finding: a video claiming 2^31 - 1 frames made `export --format coco` walk every
    // frame (34 s, 4.3 GB). Claimed sizes are bounded at load, with the file and the limit named,
    // well within a second.
    QElapsedTimer clock;
    clock.start();
    j = good;
    j["media"][2]["frameCount"] = 2147483647;
    expectError(j, "claims 2147483647 frames; a video may have up to 10000000 frames");
    expectError(j, "bad.s2sproj");
    j = good;
    j["media"][2]["width"] = 1000000;
    expectError(j, "the limit is 16384 pixels a side");
    j = good;
    j["media"][2]["frameCount"] = -5;
    expectError(j, "claims -5 frames");
    j = good;
    j["media"][0]["objects"] = nlohmann::json::array();
    for (int i = 0; i < 10001; ++i)
        j["media"][0]["objects"].push_back({{"id", i}});
    expectError(j, "has 10001 objects; an image or video may have up to 10000");
    // A file over the size limit is refused before it is read (a sparse file: no disk used).
    const QString huge = QFileInfo(bad).absolutePath() + QStringLiteral("/huge.s2sproj");
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize((qint64{2} << 30) + 1));
    }
    const QString e = errorOf([&] { Project::load(huge); });
    QVERIFY2(e.contains(QLatin1String("is 2048 MB; project files may have up to 2048 MB")) && e.contains(QLatin1String("huge.s2sproj")),
             qPrintable(e));
    QFile::remove(huge);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestProject::newerSchemaIsRejected() {
    QTemporaryDir dir;
    Project p;
    populate(p, dir.path());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    p.save(file);
    auto j = nlohmann::json::parse(readAll(file).toStdString());
    j["schemaVersion"] = ProjectIO::kSchemaVersion + 1;
    const QString newer = dir.filePath(QStringLiteral("newer.s2sproj"));
    writeAll(newer, QByteArray::fromStdString(j.dump()));
    const QByteArray bytes = readAll(newer);
    const QString e = errorOf([&] { Project::load(newer); });
    QVERIFY2(e.contains(QLatin1String("newer version")) && e.contains(QString::number(ProjectIO::kSchemaVersion + 1)),
             qPrintable(e));
    QCOMPARE(readAll(newer), bytes);
}

void TestProject::readOnlyDestination() {
    QTemporaryDir dir;
    Project p;
    populate(p, dir.path());
    const QString lockedDir = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(lockedDir));
    QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    // Root ignores permission bits; then use a place no one can write to (procfs).
    QFile probe(lockedDir + QStringLiteral("/probe"));
    const bool permissionsApply = !probe.open(QIODevice::WriteOnly);
    if (!permissionsApply) probe.remove();
    const QString target = permissionsApply ? lockedDir + QStringLiteral("/project.s2sproj")
                                            : QStringLiteral("/proc/sam2studio-test/project.s2sproj");
    const QString e = errorOf([&] { p.save(target); });
    QVERIFY2(e.contains(QLatin1String("Cannot save")), qPrintable(e));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(p.isModified());          // nothing was saved
    QVERIFY(p.filePath().isEmpty());  // and the project still has no file
    QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A read-only existing file is not replaced.
    if (permissionsApply) {
        const QString file = dir.filePath(QStringLiteral("readonly.s2sproj"));
        writeAll(file, QByteArray("old contents"));
        QFile::setPermissions(file, QFileDevice::ReadOwner);
        QVERIFY(errorOf([&] { p.save(file); }).contains(QLatin1String("read-only")));
        QCOMPARE(readAll(file), QByteArray("old contents"));
    }
}

void TestProject::diskFullKeepsOldFile() {
    QTemporaryDir dir;
    Project small;
    populate(small, dir.path());
    const QString file = dir.filePath(QStringLiteral("project.s2sproj"));
    small.save(file);
    const QByteArray old = readAll(file);

    // A bigger project cannot be written completely: the file size limit makes write() fail
    // with EFBIG exactly as a full disk fails with ENOSPC.
    const int mediaId = small.mediaItems()[2].id;
    const int obj = small.objects(mediaId)[0].id;
    for (int frame = 1; frame < 300; frame += 7) small.setMask(mediaId, frame, obj, noisyMask(720, 1280, 100 + frame));

    struct rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = rlim_t(old.size() + 4096);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString e = errorOf([&] { small.save(file); });
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(e.contains(QLatin1String("disk full")) && e.contains(QLatin1String("unchanged")), qPrintable(e));
    QCOMPARE(readAll(file), old);
    QVERIFY(small.isModified());
    // No temporary file is left behind.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("project.s2sproj")});
    // With room again, the same save works.
    small.save(file);
    QVERIFY(readAll(file).size() > old.size() + 4096);
}

void TestProject::mutatorsValidate() {
    Project p;
    const int img = p.addMedia({-1, MediaKind::Image, QStringLiteral("/x.png"), QString(), 10, 20, 1, 0, {}, false});
    const int obj = p.addObject(img, {});
    QString e = errorOf([&] { p.setMask(img, 0, obj, Rle(10, 20)); });  // h=10, w=20: wrong way round
    QVERIFY2(e.contains(QLatin1String("20x10")) && e.contains(QLatin1String("10x20")), qPrintable(e));
    QVERIFY(errorOf([&] { p.setMask(img, 1, obj, Rle(20, 10)); }).contains(QLatin1String("outside")));
    QVERIFY(errorOf([&] { p.setMask(img, 0, obj + 1, Rle(20, 10)); }).contains(QLatin1String("no object")));
    QVERIFY(errorOf([&] { p.setMask(img + 5, 0, obj, Rle(20, 10)); }).contains(QLatin1String("no media")));
    QVERIFY(errorOf([&] { p.addObject(img, {obj, -1, {}, {}, {}, false}); }).contains(QLatin1String("already")));
    QVERIFY(errorOf([&] { p.addObject(img, {-1, 77, {}, {}, {}, false}); }).contains(QLatin1String("class")));
    QVERIFY(errorOf([&] { p.addMedia({-1, MediaKind::Image, {}, {}, 1, 1, 3, 0, {}, false}); }).contains(QLatin1String("exactly one")));
    p.setMask(img, 0, obj, Rle(20, 10));
    // A media item cannot shrink under its masks.
    MediaItem item = *p.media(img);
    item.width = 5;
    QVERIFY(errorOf([&] { p.updateMedia(item); }).contains(QLatin1String("another size")));
    // Object ids are never reused within a media item.
    p.removeObject(img, obj);
    QCOMPARE(p.addObject(img, {}), obj + 1);
    QVERIFY(p.framesWithMasks(img, obj).empty());
}

void TestProject::signalsAndModifiedFlag() {
    QTemporaryDir dir;
    Project p;
    QSignalSpy mediaList(&p, &Project::mediaListChanged);
    QSignalSpy objects(&p, &Project::objectsChanged);
    QSignalSpy masks(&p, &Project::maskChanged);
    QSignalSpy modified(&p, &Project::modifiedChanged);
    const int vid = p.addMedia({-1, MediaKind::Video, QStringLiteral("/v.mp4"), QString(), 4, 3, 10, 25, {}, false});
    QCOMPARE(mediaList.count(), 1);
    QCOMPARE(modified.count(), 1);
    QVERIFY(p.isModified());
    const int obj = p.addObject(vid, {});
    QCOMPARE(objects.count(), 1);
    p.setMask(vid, 4, obj, Rle(3, 4));
    QCOMPARE(masks.count(), 1);
    QCOMPARE(masks.last(), (QList<QVariant>{vid, 4, obj}));
    QCOMPARE(p.framesWithMasks(vid, obj), std::vector<int>{4});
    p.setAnnotation(vid, 5, obj, std::nullopt);  // nothing there: no signal
    QCOMPARE(masks.count(), 1);
    p.save(dir.filePath(QStringLiteral("p.s2sproj")));
    QVERIFY(!p.isModified());
    QCOMPARE(modified.count(), 2);
    p.removeObject(vid, obj);
    QCOMPARE(masks.count(), 2);  // its mask on frame 4 went away
    QVERIFY(p.isModified());
    p.clear();
    QCOMPARE(p.mediaCount(), 0);
    QVERIFY(!p.isModified());
}

QTEST_GUILESS_MAIN(TestProject)
#include "test_project.moc"
