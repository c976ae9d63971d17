// Autosave: writes on its timer only when there is something new, goes away on a clean save or
// close, survives a crash, and recovery at the next start restores the unsaved work.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "annotation/autosave.h"
#include "annotation/commands.h"
#include "annotation/errors.h"
#include "annotation/project.h"

using namespace s2s;

namespace {

Rle boxMask(int h, int w, int x0, int y0, int x1, int y1) {
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[std::size_t(y) * w + x] = 1;
    return Rle::encode(m.data(), h, w);
}

// A small saved project with one video and one object; returns the video id.
int buildProject(Project& p, const QString& mediaPath) {
    QFile(mediaPath).open(QIODevice::WriteOnly);  // exists, so reloads do not flag it missing
    const int vid = p.addMedia({-1, MediaKind::Video, mediaPath, QString(), 64, 48, 50, 25.0, {}, false});
    const int obj = p.addObject(vid, {-1, -1, QStringLiteral("cat"), QColor(Qt::red), {}, false});
    p.setMask(vid, 0, obj, boxMask(48, 64, 2, 2, 20, 20), MaskSource::Model);
    return vid;
}

FrameAnnotation annotated(const Rle& mask, MaskSource source = MaskSource::Manual) {
    FrameAnnotation a;
    a.mask = mask;
    a.source = source;
    return a;
}

void compareContent(const Project& a, const Project& b) {
    QVERIFY(a.mediaItems() == b.mediaItems());
    QVERIFY(a.classes() == b.classes());
    for (const auto& m : a.mediaItems()) {
        QVERIFY(a.objects(m.id) == b.objects(m.id));
        QVERIFY(a.allAnnotations(m.id) == b.allAnnotations(m.id));
    }
}

void setMtime(const QString& path, const QDateTime& when) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void timerWritesOnlyWhenChanged();
    void crashThenRecover();
    void staleAutosaveIsIgnored();
    void cleanSaveAndCloseRemoveIt();
    void unsavedProjectGoesToAppData();
    void saveAsMovesTheSideFile();
    void failuresAreReportedNotThrown();
    void corruptAutosaveIsAnError();

private:
    QTemporaryDir home_;
};

void TestAutosave::initTestCase() {
    // Autosaves of unsaved projects go to AppDataLocation: keep them inside a private home.
    QVERIFY(home_.isValid());
    qputenv("HOME", home_.path().toLocal8Bit());
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);  // AppDataLocation under $HOME/.qttest
    QCoreApplication::setApplicationName(QStringLiteral("sam2studio-autosave-test"));
    QVERIFY2(Autosave::orphanDirectory().startsWith(home_.path()), qPrintable(Autosave::orphanDirectory()));
}

void TestAutosave::timerWritesOnlyWhenChanged() {
    QTemporaryDir dir;
    Project p;
    const int vid = buildProject(p, dir.filePath(QStringLiteral("v.mp4")));
    const QString file = dir.filePath(QStringLiteral("p.s2sproj"));
    p.save(file);

    Autosave autosave(&p);
    QCOMPARE(autosave.intervalMs(), Autosave::kDefaultIntervalMs);
    QCOMPARE(autosave.autosavePath(), file + QStringLiteral(".autosave"));
    QVERIFY(!autosave.saveNow());  // nothing unsaved: no file
    QVERIFY(!QFileInfo::exists(autosave.autosavePath()));

    QSignalSpy written(&autosave, &Autosave::autosaved);
    autosave.setIntervalMs(10);
    p.undoStack()->push(new SetMaskCommand(&p, vid, 5, p.objects(vid)[0].id, annotated(boxMask(48, 64, 0, 0, 4, 4))));
    QVERIFY(written.wait(5000));  // the timer fired and wrote
    QCOMPARE(written.first().first().toString(), file + QStringLiteral(".autosave"));
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".autosave")));
    autosave.setEnabled(false);
    QVERIFY(!autosave.saveNow());  // same revision: no second write
    p.setMask(vid, 6, p.objects(vid)[0].id, boxMask(48, 64, 0, 0, 4, 4));
    QVERIFY(autosave.saveNow());
    // The project file itself was never touched by autosave.
    QCOMPARE(Project::load(file)->maskCount(), std::size_t(1));
}

void TestAutosave::crashThenRecover() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.s2sproj"));
    const QString media = dir.filePath(QStringLiteral("v.mp4"));
    auto p = std::make_unique<Project>();
    const int vid = buildProject(*p, media);
    p->save(file);
    setMtime(file, QDateTime::currentDateTime().addSecs(-60));  // saved a minute ago

    // Work after the save, autosaved, then the process dies: nothing cleans up.
    const int obj = p->objects(vid)[0].id;
    std::vector<SetMasksCommand::Entry> tracked;
    for (int f = 1; f < 40; ++f) tracked.push_back({f, obj, annotated(boxMask(48, 64, f, 0, f + 10, 30), MaskSource::Propagation)});
    p->undoStack()->push(new SetMasksCommand(p.get(), vid, tracked));
    p->undoStack()->push(new AddClassCommand(p.get(), {-1, QStringLiteral("animal"), QColor(Qt::green)}));
    auto* autosave = new Autosave(p.get());
    QVERIFY(autosave->saveNow());
    const QString side = autosave->autosavePath();
    delete autosave;  // destroyed with unsaved changes: the side file must stay, as after a crash
    QVERIFY(QFileInfo::exists(side));

    // Next start.
    const auto candidate = Autosave::findRecoverable(file);
    QVERIFY(candidate.has_value());
    QCOMPARE(candidate->autosavePath, side);
    QCOMPARE(candidate->projectPath, QFileInfo(file).absoluteFilePath());
    QStringList warnings;
    auto recovered = Autosave::recover(candidate->autosavePath, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    compareContent(*p, *recovered);
    QCOMPARE(recovered->filePath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(recovered->isModified());  // not in the project file yet
    QCOMPARE(recovered->framesWithMasks(vid, obj).size(), std::size_t(40));
    recovered->undoStack()->push(new ClearMasksCommand(recovered.get(), vid, obj, 30));
    recovered->undoStack()->undo();
    QVERIFY(recovered->isModified());  // undo cannot reach the project file from a recovery
    // Saving the recovered project makes it the project file; the side file goes away.
    Autosave again(recovered.get());
    recovered->save(recovered->filePath());
    QVERIFY(!QFileInfo::exists(side));
    compareContent(*p, *Project::load(file));
    QVERIFY(!Autosave::findRecoverable(file).has_value());
}

void TestAutosave::staleAutosaveIsIgnored() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.s2sproj"));
    Project p;
    buildProject(p, dir.filePath(QStringLiteral("v.mp4")));
    p.save(file);
    p.setMask(p.mediaItems()[0].id, 3, p.objects(p.mediaItems()[0].id)[0].id, boxMask(48, 64, 0, 0, 1, 1));
    Autosave autosave(&p);
    QVERIFY(autosave.saveNow());
    // The project file was saved after the autosave (e.g. by another instance): nothing to recover.
    setMtime(autosave.autosavePath(), QDateTime::currentDateTime().addSecs(-120));
    QVERIFY(!Autosave::findRecoverable(file).has_value());
    // A project file that is gone leaves the autosave as the only copy: recoverable.
    QVERIFY(QFile::remove(file));
    QVERIFY(Autosave::findRecoverable(file).has_value());
}

void TestAutosave::cleanSaveAndCloseRemoveIt() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.s2sproj"));
    Project p;
    const int vid = buildProject(p, dir.filePath(QStringLiteral("v.mp4")));
    p.save(file);
    const int obj = p.objects(vid)[0].id;
    {
        Autosave autosave(&p);
        p.setMask(vid, 1, obj, boxMask(48, 64, 0, 0, 3, 3));
        QVERIFY(autosave.saveNow());
        QVERIFY(QFileInfo::exists(autosave.autosavePath()));
        p.save(file);  // clean save
        QVERIFY(!QFileInfo::exists(autosave.autosavePath()));
        p.setMask(vid, 2, obj, boxMask(48, 64, 0, 0, 3, 3));
        QVERIFY(autosave.saveNow());
        autosave.discard();  // closed without saving, the person chose to drop the changes
        QVERIFY(!QFileInfo::exists(autosave.autosavePath()));
        // Undoing back to the saved state also makes the side file pointless.
        p.undoStack()->push(new SetMaskCommand(&p, vid, 3, obj, annotated(boxMask(48, 64, 0, 0, 3, 3))));
        p.save(file);
        p.undoStack()->push(new SetMaskCommand(&p, vid, 4, obj, annotated(boxMask(48, 64, 0, 0, 3, 3))));
        QVERIFY(autosave.saveNow());
        p.undoStack()->undo();
        QVERIFY(!p.isModified());
        QVERIFY(!QFileInfo::exists(autosave.autosavePath()));
    }
    QVERIFY(!QFileInfo::exists(Autosave::autosavePathFor(file)));
}

void TestAutosave::unsavedProjectGoesToAppData() {
    QTemporaryDir dir;
    Project p;
    buildProject(p, dir.filePath(QStringLiteral("v.mp4")));
    auto autosave = std::make_unique<Autosave>(&p);
    const QString side = autosave->autosavePath();
    QVERIFY2(side.startsWith(Autosave::orphanDirectory()), qPrintable(side));
    QVERIFY(autosave->saveNow());
    QVERIFY(QFileInfo::exists(side));
    autosave.reset();  // "crash" with unsaved changes: the side file stays
    QVERIFY(QFileInfo::exists(side));

    const auto orphans = Autosave::findOrphaned();
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans[0].autosavePath, QFileInfo(side).absoluteFilePath());
    QVERIFY(orphans[0].projectPath.isEmpty());
    auto recovered = Autosave::recover(orphans[0].autosavePath);
    QVERIFY(recovered->filePath().isEmpty());
    QVERIFY(recovered->isModified());
    compareContent(p, *recovered);

    // The recovered project's autosave takes the orphan over instead of adding a second copy.
    Autosave adopted(recovered.get());
    const int vid = recovered->mediaItems()[0].id;
    recovered->setMask(vid, 9, recovered->objects(vid)[0].id, boxMask(48, 64, 0, 0, 2, 2));
    QVERIFY(adopted.saveNow());
    QVERIFY(!QFileInfo::exists(side));
    QCOMPARE(Autosave::findOrphaned().size(), std::size_t(1));
    // "Save as" turns it into a real project: no orphan is left.
    recovered->save(dir.filePath(QStringLiteral("named.s2sproj")));
    QVERIFY(Autosave::findOrphaned().empty());
    QVERIFY(!QFileInfo::exists(Autosave::autosavePathFor(dir.filePath(QStringLiteral("named.s2sproj")))));
}

void TestAutosave::saveAsMovesTheSideFile() {
    QTemporaryDir dir;
    Project p;
    const int vid = buildProject(p, dir.filePath(QStringLiteral("v.mp4")));
    p.save(dir.filePath(QStringLiteral("a.s2sproj")));
    Autosave autosave(&p);
    p.setMask(vid, 1, p.objects(vid)[0].id, boxMask(48, 64, 0, 0, 3, 3));
    QVERIFY(autosave.saveNow());
    const QString oldSide = autosave.autosavePath();
    p.setFilePath(dir.filePath(QStringLiteral("b.s2sproj")));  // e.g. "Save as" chose a new name
    QVERIFY(!QFileInfo::exists(oldSide));
    QVERIFY(autosave.saveNow());
    QCOMPARE(autosave.autosavePath(), dir.filePath(QStringLiteral("b.s2sproj.autosave")));
    QVERIFY(QFileInfo::exists(autosave.autosavePath()));
}

void TestAutosave::failuresAreReportedNotThrown() {
    Project p;
    buildProject(p, QStringLiteral("/nowhere/v.mp4"));
    p.setFilePath(QStringLiteral("/proc/sam2studio-test/p.s2sproj"));  // nobody can write there
    Autosave autosave(&p);
    QSignalSpy failed(&autosave, &Autosave::failed);
    QVERIFY(!autosave.saveNow());
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("/proc/sam2studio-test")), qPrintable(message));
}

void TestAutosave::corruptAutosaveIsAnError() {
    QTemporaryDir dir;
    const QString side = dir.filePath(QStringLiteral("p.s2sproj.autosave"));
    QFile f(side);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"sam2studio-project\", \"schemaVersion\": 1, \"media\": [");
    f.close();
    QVERIFY_THROWS_EXCEPTION(AnnotationError, Autosave::recover(side));
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "test_autosave.moc"
