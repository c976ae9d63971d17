// Crash safety (issue 19). The app's main window runs in a child process (this program started
// again with --child, so the window is the app's own MainWindow with its autosave, saving and
// tracking), and is killed with SIGKILL in the middle of a propagation and in the middle of a
// save. The parent then opens the project as the app does at its next start and checks that the
// project file is intact, that the autosave is offered, and that what is lost is at most what one
// autosave interval (1 s here, through the setting File ▸ Autosave every writes) produced.
//
// The child reports on stdout, one line per event, with milliseconds since it started:
//   saved N / autosave MS MASKS (tracking) or autosave N (saving) / frame MS DONE MASKS / saving N
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

#include "annotation/autosave.h"
#include "annotation/commands.h"
#include "annotation/project.h"
#include "annotation/rle.h"
#include "annotation/worker/inference_client.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/main_window.h"
#include "ui/video_controller.h"

using namespace s2s;
using namespace s2s::ui;

namespace {

const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);
constexpr int kFrames = 300;         // 64x64 frames: about 30 ms each with the golden model
constexpr int kIntervalSeconds = 1;  // the autosave interval both children run with

void report(const QString& line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// A moving disc on a gradient, so tracking has something to follow.
void writeFrames(const QString& folder, int count) {
    QDir().mkpath(folder);
    for (int f = 0; f < count; ++f) {
        QImage img(64, 64, QImage::Format_RGB888);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                img.setPixelColor(x, y, QColor(30, 30 + y, 60));
        QPainter p(&img);
        p.setBrush(QColor(200, 50, 50));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(16 + f % 32, 32), 10, 10);
        p.end();
        img.save(QStringLiteral("%1/%2.png").arg(folder).arg(f, 5, 10, QLatin1Char('0')));
    }
}

int framesWithMasks(const Project& project) {
    int n = 0;
    for (const MediaItem& m : project.mediaItems())
        for (const AnnotatedObject& o : project.objects(m.id))
            n += static_cast<int>(project.framesWithMasks(m.id, o.id).size());
    return n;
}

// ---- the children ------------------------------------------------------------------------------

// Opens the frames, prompts one object on frame 0, saves, then propagates over every frame while
// reporting frames and autosaves, until killed.
int childPropagate(const QString& project, const QString& frames) {
    QElapsedTimer clock;
    clock.start();
    MainWindow w;
    w.setInteractive(false);
    w.resize(1000, 700);
    w.show();
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.loadModel(kData + QStringLiteral("/sam2_mini/sam2_mini.pt"));
    if (!w.inference()->isModelLoaded() && !ready.wait(120000))
        return 2;
    if (w.addFrameFolder(frames) != 1 || !QTest::qWaitFor([&] { return w.annotator()->mediaId() >= 0; }, 30000))
        return 3;
    VideoController* video = w.videoController();
    if (!QTest::qWaitFor([&] { return video->frame() == 0 && !w.annotator()->isFrameLoading(); }, 30000))
        return 4;
    w.annotator()->startNewObject();
    QSignalSpy idle(w.annotator(), &Annotator::idle);
    w.annotator()->addPoint({16, 32}, true);
    if (w.annotator()->pendingRequests() > 0 && !idle.wait(60000))
        return 5;
    if (!w.saveProject(project))
        return 6;
    report(QStringLiteral("saved 1"));
    QObject::connect(w.autosave(), &Autosave::autosaved, [&] {
        report(QStringLiteral("autosave %1 %2").arg(clock.elapsed()).arg(framesWithMasks(*w.project())));
    });
    QObject::connect(video, &VideoController::propagationProgress, [&](int done, int) {
        report(QStringLiteral("frame %1 %2 %3").arg(clock.elapsed()).arg(done).arg(framesWithMasks(*w.project())));
    });
    QObject::connect(video, &VideoController::propagationFinished, [&] { report(QStringLiteral("finished")); });
    if (!video->propagate(PropagationDirection::Forward))
        return 7;
    return QApplication::exec();
}

// Fills a project with noisy masks (a slow save), then repeats: rename the object to "round N",
// wait for the autosave, save, until killed.
int childSave(const QString& project, const QString& frames) {
    MainWindow w;
    w.setInteractive(false);
    if (w.addFrameFolder(frames) != 1)
        return 3;
    Project* p = w.project();
    const int media = p->mediaItems().front().id;
    QRandomGenerator noise(19);
    std::vector<int> objects;
    for (int o = 0; o < 12; ++o) {
        AnnotatedObject obj;
        obj.name = QStringLiteral("round 0");
        objects.push_back(p->addObject(media, obj));
    }
    std::vector<uint8_t> pixels(64 * 64);
    for (int f = 0; f < kFrames; ++f)
        for (int id : objects) {
            for (auto& v : pixels)
                v = noise.bounded(2);
            FrameAnnotation ann;
            ann.mask = Rle::encode(pixels.data(), 64, 64);
            ann.source = MaskSource::Manual;
            p->setAnnotation(media, f, id, ann);
        }
    if (!w.saveProject(project))
        return 6;
    report(QStringLiteral("saved 0"));
    for (int round = 1;; ++round) {
        AnnotatedObject renamed = *p->object(media, objects.front());
        renamed.name = QStringLiteral("round %1").arg(round);
        p->undoStack()->push(new EditObjectCommand(p, media, renamed));
        QSignalSpy autosaved(w.autosave(), &Autosave::autosaved);
        if (!autosaved.wait(10000))
            return 8;
        report(QStringLiteral("autosave %1").arg(round));
        report(QStringLiteral("saving %1").arg(round));
        if (!w.save())
            return 9;
        report(QStringLiteral("saved %1").arg(round));
    }
}

// ---- the parent's side -------------------------------------------------------------------------

struct Child {
    QProcess process;
    QStringList lines;
    int readLines = 0;  // lines handed out by next()

    bool start(const QString& mode, const QString& project, const QString& frames, const QString& settings) {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child"), mode, project, frames, settings});
        return process.waitForStarted(30000);
    }
    void readAvailable() {
        while (process.canReadLine())
            lines << QString::fromUtf8(process.readLine()).trimmed();
    }
    // Waits for the next line (or returns an empty string after `ms`).
    QString next(int ms = 120000) {
        QElapsedTimer t;
        t.start();
        while (readLines >= lines.size() && t.elapsed() < ms && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            readAvailable();
        }
        readAvailable();
        return readLines < lines.size() ? lines[readLines++] : QString();
    }
    void kill() {
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(30000);
        readAvailable();  // what it wrote before it died
    }
};

// Opens `project` in an interactive window as at the app's next start; answers the recovery
// question with Yes and reports whether it was asked.
std::unique_ptr<MainWindow> reopen(const QString& project, bool* offered) {
    auto w = std::make_unique<MainWindow>();
    w->setInteractive(true);
    *offered = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (box->windowTitle() == MainWindow::tr("Recover unsaved changes?"))
            *offered = true;
        box->button(QMessageBox::Yes)->click();
    });
    answer.start(20);
    if (!w->openProject(project))
        return nullptr;
    return w;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString settings_;

    // QSaveFile's temporary files of project `name` ("name.XXXXXX", not the autosave).
    QStringList temporaryFiles(const QString& name) const {
        return QDir(dir_.path()).entryList({name + QStringLiteral(".*")}, QDir::Files)
            .filter(QRegularExpression(QStringLiteral("\\.(?!autosave$)[^.]+$")));
    }
    // Whether process `pid` has a file open for the save: on Linux QSaveFile writes an unnamed
    // O_TMPFILE in the folder ("<folder>/#<inode> (deleted)" in /proc/PID/fd), elsewhere a
    // named temporary file beside the project.
    bool writingProject(qint64 pid, const QString& name) const {
        const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QFileInfo& fd : QDir(fds).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            const QString target = fd.symLinkTarget();
            if (!target.startsWith(dir_.path() + QLatin1Char('/')) || target.endsWith(QStringLiteral(".autosave")))
                continue;
            if (target.contains(QStringLiteral("(deleted)")) || target.contains(QLatin1Char('#')) ||
                target.contains(name + QLatin1Char('.')))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        settings_ = dir_.filePath(QStringLiteral("settings"));
        guitest::isolateSettings(settings_);
        writeFrames(dir_.filePath(QStringLiteral("frames")), kFrames);
    }

    void killedDuringPropagation() {
        const QString project = dir_.filePath(QStringLiteral("tracking.s2sproj"));
        Child child;
        QVERIFY(child.start(QStringLiteral("propagate"), project, dir_.filePath(QStringLiteral("frames")), settings_));
        QCOMPARE(child.next(), QStringLiteral("saved 1"));
        // Kill half an interval after the second autosave written while tracking.
        int autosaves = 0;
        while (autosaves < 2) {
            const QString line = child.next();
            QVERIFY2(!line.isEmpty() && line != QStringLiteral("finished"),
                     "the propagation ended before two autosaves (too fast a machine for the frame count?)");
            autosaves += line.startsWith(QStringLiteral("autosave ")) ? 1 : 0;
        }
        QTest::qSleep(kIntervalSeconds * 500);
        child.kill();
        // The child's last reports: its last autosave and the last frame it tracked.
        qint64 autosaveMs = -1, lastFrameMs = -1;
        int autosavedMasks = -1, framesDone = 0;
        for (const QString& line : child.lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f[0] == QStringLiteral("autosave"))
                autosaveMs = f[1].toLongLong(), autosavedMasks = f[2].toInt();
            if (f[0] == QStringLiteral("frame"))
                lastFrameMs = f[1].toLongLong(), framesDone = f[2].toInt();
            QVERIFY2(f[0] != QStringLiteral("finished"), "killed after the propagation ended");
        }
        QVERIFY2(framesDone > 0 && framesDone < kFrames - 1, qPrintable(QString::number(framesDone)));

        // The project file is the one saved before tracking: intact, with the prompted frame only.
        QStringList warnings;
        std::unique_ptr<Project> saved = Project::load(project, &warnings);
        QVERIFY(saved);
        QCOMPARE(framesWithMasks(*saved), 1);
        QVERIFY(Autosave::findRecoverable(project).has_value());

        bool offered = false;
        auto w = reopen(project, &offered);
        QVERIFY(w);
        QVERIFY2(offered, "the autosave was not offered");
        const int recovered = framesWithMasks(*w->project());
        QCOMPARE(recovered, autosavedMasks);
        QVERIFY(recovered > 1);
        // Every mask the project had when a frame was reported before the last autosave is in it.
        for (const QString& line : child.lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f[0] == QStringLiteral("frame") && f[1].toLongLong() <= autosaveMs)
                QVERIFY2(f[3].toInt() <= recovered, qPrintable(line));
        }
        QVERIFY(w->project()->isModified());  // recovered work is saved deliberately
        // Lost: the frames tracked after the last autosave, at most one interval's worth (with a
        // second of slack for the autosave's own write and the GUI thread's turn).
        QVERIFY2(lastFrameMs - autosaveMs <= kIntervalSeconds * 1000 + 1000,
                 qPrintable(QStringLiteral("last autosave at %1 ms, last frame at %2 ms").arg(autosaveMs).arg(lastFrameMs)));
        qInfo("killed after %d of %d frames; the autosave had %d masks, %lld ms before the last frame",
              framesDone, kFrames, recovered, lastFrameMs - autosaveMs);
    }

    // Saving serialises the project, writes a temporary file next to it, syncs and renames it over
    // the project (QSaveFile). Kills at several points of a save (fractions of one measured save,
    // and 0: as soon as the temporary file appears): whatever the point, the file is the previous
    // save or the new one, never a broken one, and when it is the previous one the autosave of the
    // change is offered.
    void killedDuringSave() {
        int caughtWriting = 0;
        for (const double fraction : {0.0, 0.3, 0.6, 0.8, 0.9, 0.97}) {
            const QString name = QStringLiteral("saving%1.s2sproj").arg(qRound(fraction * 100));
            const QString project = dir_.filePath(name);
            Child child;
            QVERIFY(child.start(QStringLiteral("save"), project, dir_.filePath(QStringLiteral("frames")), settings_));
            QCOMPARE(child.next(), QStringLiteral("saved 0"));
            QElapsedTimer clock;
            qint64 saveMs = -1;
            int round = 0;
            for (bool killed = false; !killed;) {
                const QString line = child.next();
                QVERIFY2(!line.isEmpty(), "the child stopped reporting");
                const QStringList f = line.split(QLatin1Char(' '));
                if (f[0] == QStringLiteral("saving")) {
                    round = f[1].toInt();
                    clock.start();
                    if (saveMs > 0) {  // the second save: kill part of the way through
                        if (fraction > 0) {
                            QTest::qSleep(static_cast<int>(saveMs * fraction));
                        } else {
                            QElapsedTimer wait;
                            wait.start();
                            while (wait.elapsed() < 4 * saveMs && !writingProject(child.process.processId(), name))
                                QThread::usleep(100);
                            caughtWriting += wait.elapsed() < 4 * saveMs ? 1 : 0;
                        }
                        child.kill();
                        killed = true;
                    }
                } else if (f[0] == QStringLiteral("saved")) {
                    saveMs = clock.elapsed();
                }
            }
            const bool reported = child.lines.contains(QStringLiteral("saved %1").arg(round));
            const QStringList partial = temporaryFiles(name);

            // The project file is whole: the last save, or this one if the rename was reached.
            QStringList warnings;
            std::unique_ptr<Project> saved;
            try {
                saved = Project::load(project, &warnings);
            } catch (const std::exception& e) {
                QFAIL(e.what());
            }
            const int media = saved->mediaItems().front().id;
            const QString onDisk = saved->objects(media).front().name;
            QVERIFY2(onDisk == QStringLiteral("round %1").arg(round - 1) || onDisk == QStringLiteral("round %1").arg(round),
                     qPrintable(onDisk));
            QCOMPARE(framesWithMasks(*saved), kFrames * 12);
            qInfo("a save takes %lld ms; killed %s (round %d): file holds \"%s\"%s%s", saveMs,
                  fraction > 0 ? qPrintable(QStringLiteral("%1 % into it").arg(fraction * 100)) : "while its file was open",
                  round, qPrintable(onDisk), partial.isEmpty() ? "" : ", temporary file left",
                  reported ? ", save had returned" : "");

            bool offered = false;
            auto w = reopen(project, &offered);
            QVERIFY(w);
            if (onDisk != QStringLiteral("round %1").arg(round)) {
                // The change was in the autosave written before the save: offered, nothing lost.
                QVERIFY2(offered, "the autosave was not offered");
            }
            const int reopened = w->project()->mediaItems().front().id;
            QCOMPARE(w->project()->objects(reopened).front().name, QStringLiteral("round %1").arg(round));
            QCOMPARE(framesWithMasks(*w->project()), kFrames * 12);
        }
        QVERIFY2(caughtWriting == 1, "the save's file was never seen open (the kill at 0 %)");
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc == 6 && QByteArray(argv[1]) == "--child") {
        guitest::isolateSettings(QString::fromLocal8Bit(argv[5]));
        QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), kIntervalSeconds);
        const QString mode = QString::fromLocal8Bit(argv[2]);
        const QString project = QString::fromLocal8Bit(argv[3]), frames = QString::fromLocal8Bit(argv[4]);
        return mode == QStringLiteral("propagate") ? childPropagate(project, frames) : childSave(project, frames);
    }
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_safety.moc"
