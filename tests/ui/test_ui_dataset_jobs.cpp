// File ▸ Export / Import dataset in the background (issue 20, item 4): the window processes
// events while a large export runs, Cancel leaves no folder behind, an export works on the
// project as it was when it started, an import is one undo step, failures leave the project as it
// was, and the dialogs turn their fields into the CLI's options.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "annotation/project.h"
#include "gui_test_util.h"
#include "ui/dataset_dialogs.h"
#include "ui/dataset_jobs.h"
#include "ui/main_window.h"

using namespace s2s;
using namespace s2s::ui;

namespace {

constexpr int kWidth = 320, kHeight = 240;

Rle rectangle(int x0, int y0, int w, int h) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(kWidth) * kHeight, 0);
    for (int y = std::max(0, y0); y < std::min(kHeight, y0 + h); ++y)
        for (int x = std::max(0, x0); x < std::min(kWidth, x0 + w); ++x)
            pixels[static_cast<std::size_t>(y) * kWidth + x] = 1;
    return Rle::encode(pixels.data(), kHeight, kWidth, kWidth);
}

// A video without a file: `frames` frames, `objects` objects ("cat" and "dog"), each a rectangle
// moving one pixel a frame, on every frame.
int addVideo(Project& p, int frames, int objects) {
    ObjectClass cat;
    cat.name = QStringLiteral("cat");
    cat.color = Qt::red;
    const int catId = p.addClass(cat);
    MediaItem video;
    video.kind = MediaKind::Video;
    video.name = QStringLiteral("clip.mp4");
    video.width = kWidth;
    video.height = kHeight;
    video.frameCount = frames;
    video.fps = 24.0;
    const int id = p.addMedia(video);
    for (int o = 0; o < objects; ++o) {
        AnnotatedObject obj;
        obj.classId = o == 0 ? catId : -1;
        const int objectId = p.addObject(id, obj);
        for (int f = 0; f < frames; ++f)
            p.setMask(id, f, objectId, rectangle(10 + 60 * o + f % 50, 20 + 10 * o, 40, 30), MaskSource::Manual);
    }
    return id;
}

int countFiles(const QString& dir) {
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Waits for the running job's end (runningChanged(false)).
bool waitForEnd(DatasetJobs* jobs, int ms = 120000) {
    if (!jobs->isRunning())
        return true;
    QSignalSpy ended(jobs, &DatasetJobs::runningChanged);
    return ended.wait(ms) && !jobs->isRunning();
}

} // namespace

class TestUiDatasetJobs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;

    std::unique_ptr<MainWindow> window() {
        auto w = std::make_unique<MainWindow>();
        w->setInteractive(false);
        w->resize(900, 600);
        w->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(settingsDir_.path()); }

    // A 400-frame, 3-object DAVIS export (1,200 PNGs): the GUI thread keeps handling events the
    // whole time, the progress dialog moves, and the files are all there at the end.
    void largeExportKeepsTheWindowResponsive() {
        auto w = window();
        addVideo(*w->project(), 400, 3);
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("davis"));
        DatasetJobs* jobs = w->datasetJobs();
        QSignalSpy exported(jobs, &DatasetJobs::exported);

        int ticks = 0, ticksWhileRunning = 0, progressSeen = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            if (jobs->isRunning()) {
                ++ticksWhileRunning;
                if (jobs->progressDialog() != nullptr && jobs->progressDialog()->value() > 0)
                    ++progressSeen;
            }
        });
        timer.start();
        QVERIFY(jobs->startExport(DatasetFormat::Davis, dir, {}));
        QVERIFY(jobs->isRunning());
        QVERIFY(jobs->progressDialog() != nullptr && jobs->progressDialog()->isVisible());
        QVERIFY(!w->action(QStringLiteral("export"))->isEnabled());  // one job at a time
        QVERIFY(!jobs->startImport(DatasetFormat::Davis, dir, {}));
        QVERIFY(waitForEnd(jobs));
        timer.stop();
        qInfo("timer ticks while exporting: %d (with progress shown: %d)", ticksWhileRunning, progressSeen);
        QVERIFY2(ticksWhileRunning >= 5, "the GUI thread did not process events during the export");
        QVERIFY(progressSeen >= 1);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(countFiles(dir), 3 * 400);
        QVERIFY(w->action(QStringLiteral("export"))->isEnabled());
        QCOMPARE(jobs->progressDialog(), nullptr);
    }

    // Cancel at the first progress report: no dataset folder, no staging folder beside it.
    void cancelledExportLeavesNothing() {
        auto w = window();
        addVideo(*w->project(), 400, 3);
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("davis"));
        DatasetJobs* jobs = w->datasetJobs();
        QSignalSpy cancelled(jobs, &DatasetJobs::cancelled);
        QSignalSpy exported(jobs, &DatasetJobs::exported);
        QVERIFY(jobs->startExport(DatasetFormat::Davis, dir, {}));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->progressDialog() == nullptr || jobs->progressDialog()->value() > 0, 60000);
        QVERIFY2(jobs->isRunning(), "the export ended before it could be cancelled");
        // The dialog's own Cancel button, as a person would.
        QPushButton* cancel = jobs->progressDialog()->findChild<QPushButton*>();
        QVERIFY(cancel != nullptr);
        cancel->click();
        QVERIFY(waitForEnd(jobs));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    // Edits made while an export runs do not reach it: it writes the project as it was.
    void exportWritesTheProjectAsItWasAtTheStart() {
        auto w = window();
        Project* p = w->project();
        const int video = addVideo(*p, 200, 3);
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("davis"));
        DatasetJobs* jobs = w->datasetJobs();
        QVERIFY(jobs->startExport(DatasetFormat::Davis, dir, {}));
        p->removeObject(video, p->objects(video).back().id);  // while the job runs
        QVERIFY(waitForEnd(jobs));
        QCOMPARE(countFiles(dir), 3 * 200);
    }

    // Export, then import into a new project: one undo step that takes everything away, and redo
    // brings back the same masks under the same ids.
    void importIsOneUndoStep() {
        auto w = window();
        addVideo(*w->project(), 30, 2);
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("coco"));
        DatasetJobs* jobs = w->datasetJobs();
        QVERIFY(jobs->startExport(DatasetFormat::Coco, dir, {}));
        QVERIFY(waitForEnd(jobs));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/annotations.json")));

        auto target = window();
        Project* p = target->project();
        ObjectClass existing;
        existing.name = QStringLiteral("cat");  // matched by name: not added again, not removed by undo
        p->addClass(existing);
        QVERIFY(p->undoStack()->count() == 0);
        DatasetJobs* imports = target->datasetJobs();
        QSignalSpy imported(imports, &DatasetJobs::imported);
        QVERIFY(imports->startImport(DatasetFormat::Coco, dir + QStringLiteral("/annotations.json"), {}));
        QVERIFY(waitForEnd(imports));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(p->mediaCount(), 1);
        QCOMPARE(p->undoStack()->count(), 1);
        const int media = p->mediaItems().front().id;
        QCOMPARE(int(p->objects(media).size()), 2);
        QCOMPARE(int(p->classes().size()), 2);  // "cat" matched, "unlabeled" (COCO's category) added
        const int firstObject = p->objects(media).front().id;
        const Rle before = *p->mask(media, 17, firstObject);
        QCOMPARE(before, rectangle(10 + 17, 20, 40, 30));

        p->undoStack()->undo();
        QCOMPARE(p->mediaCount(), 0);
        QCOMPARE(int(p->classes().size()), 1);
        p->undoStack()->redo();
        QCOMPARE(p->mediaCount(), 1);
        QCOMPARE(p->mediaItems().front().id, media);
        QCOMPARE(*p->mask(media, 17, firstObject), before);
    }

    // A truncated JSON file: a message naming it, nothing added, nothing on the undo stack.
    void failedImportChangesNothing() {
        auto w = window();
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": -5}]");
        file.close();
        DatasetJobs* jobs = w->datasetJobs();
        QSignalSpy messages(jobs, &DatasetJobs::message);
        QVERIFY(jobs->startImport(DatasetFormat::Coco, bad, {}));
        QVERIFY(waitForEnd(jobs));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(1).toBool());  // a warning
        QVERIFY(messages.first().at(0).toString().contains(QStringLiteral("bad.json")));
        QCOMPARE(w->project()->mediaCount(), 0);
        QCOMPARE(w->project()->undoStack()->count(), 0);
    }

    // Opening another project cancels a running import: its result belonged to the old one.
    void importEndsWithTheProjectItWasFor() {
        auto w = window();
        addVideo(*w->project(), 300, 3);
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("davis"));
        QVERIFY(w->datasetJobs()->startExport(DatasetFormat::Davis, dir, {}));
        QVERIFY(waitForEnd(w->datasetJobs()));

        auto target = window();
        DatasetJobs* jobs = target->datasetJobs();
        QSignalSpy cancelled(jobs, &DatasetJobs::cancelled);
        QVERIFY(jobs->startImport(DatasetFormat::Davis, dir, {}));
        Project* old = target->project();
        // Before the job's end can be handled (it is queued to this thread), even when the
        // reading is already done: the result must not land in the new project.
        target->action(QStringLiteral("newProject"))->trigger();  // unmodified: no question asked
        QVERIFY(target->project() != old);
        QVERIFY(waitForEnd(jobs));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(target->project()->mediaCount(), 0);
        QCOMPARE(target->project()->undoStack()->count(), 0);
    }

    // The dialogs: their fields become the CLI's options; what a format cannot do is disabled.
    void dialogsGiveTheOptions() {
        ExportDialog exportDialog(7);
        exportDialog.setFormat(DatasetFormat::Coco);
        exportDialog.setOutDir(QStringLiteral("/tmp/out"));
        exportDialog.strideBox()->setValue(3);
        exportDialog.polygonsBox()->setChecked(true);
        exportDialog.imagesBox()->setChecked(true);
        exportDialog.currentOnlyBox()->setChecked(true);
        exportDialog.acceptedOnlyBox()->setChecked(true);
        ExportOptions o = exportDialog.options();
        QCOMPARE(exportDialog.format(), DatasetFormat::Coco);
        QCOMPARE(exportDialog.outDir(), QStringLiteral("/tmp/out"));
        QCOMPARE(o.frameStride, 3);
        QVERIFY(o.polygons && o.writeImages && !o.overwrite && o.acceptedOnly);
        QCOMPARE(o.mediaIds, std::vector<int>{7});
        exportDialog.setFormat(DatasetFormat::Mots);  // no polygons, no images
        QVERIFY(!exportDialog.polygonsBox()->isEnabled() && !exportDialog.imagesBox()->isEnabled());
        o = exportDialog.options();
        QVERIFY(!o.polygons && !o.writeImages);
        QVERIFY(!ExportDialog(-1).currentOnlyBox()->isEnabled());

        ImportDialog importDialog;
        importDialog.setFormat(DatasetFormat::Sav);
        importDialog.setInput(QStringLiteral("/data/sav"));
        importDialog.setMediaPath(QStringLiteral("/data/videos"));
        const ImportOptions io = importDialog.options();
        QCOMPARE(importDialog.format(), DatasetFormat::Sav);
        QCOMPARE(io.mediaPath, QStringLiteral("/data/videos"));
        QCOMPARE(io.frameStride, 4);
    }
};

QTEST_MAIN(TestUiDatasetJobs)
#include "test_ui_dataset_jobs.moc"
