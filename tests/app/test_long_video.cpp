// A long day's video (issue 19): `sam2studio-cli track` (the app's tracking engine: VideoEditor,
// tracker thread, memory store) over a generated 10,000-frame video with the golden mini model.
// With the store's RAM budget binding from the first few hundred frames, peak RSS after 10,000
// frames is the same as after 1,000 within 16 MB, apart from the masks themselves: the project
// has to hold every tracked mask, and the mini model's random weights make them speckled (about
// 7 KB of runs each, against a few hundred bytes for a real model's mask of this disc), so the
// masks' own bytes (the CLI's masks_mb, one shared copy) are taken out of the comparison.
// Everything else (tracking memory, undo steps, history, queued results) must not grow.
// Under scripts/sanitize.sh the same runs are LeakSanitizer's: a leak fails the exit code.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <nlohmann/json.hpp>

namespace {

const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);
const QString kCli = QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli");
constexpr int kLong = 10000, kShort = 1000;

struct TrackRun {
    int exitCode = -1;
    nlohmann::json summary;
    QString errors;
};

} // namespace

class TestLongVideo : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    TrackRun track(int frames) {
        const QString out = dir_.filePath(QStringLiteral("out%1").arg(frames));
        QProcess process;
        process.start(kCli, {QStringLiteral("track"), QStringLiteral("--checkpoint"),
                             kData + QStringLiteral("/sam2_mini/sam2_mini.pt"), QStringLiteral("--video"),
                             dir_.filePath(QStringLiteral("frames")), QStringLiteral("--prompts"),
                             dir_.filePath(QStringLiteral("prompts.json")), QStringLiteral("--out"), out,
                             QStringLiteral("--max-frames"), QString::number(frames - 1),
                             QStringLiteral("--memory-budget-mb"), QStringLiteral("8"),
                             // One thread: the same work whatever else runs (ctest -j).
                             QStringLiteral("--threads"), QStringLiteral("1"),
                             QStringLiteral("--spill-dir"), dir_.filePath(QStringLiteral("spill"))});
        TrackRun run;
        if (!process.waitForStarted(30000))
            return run;
        if (!process.waitForFinished(80 * 60 * 1000)) {
            run.errors = QStringLiteral("still running after 80 minutes");
            process.kill();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.errors = QString::fromUtf8(process.readAllStandardError()).right(4000);
        run.summary = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
        QDir(out).removeRecursively();  // 10,000 small PNGs
        return run;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // 64x64 frames (the model sees them at its 256x256): a disc moving back and forth.
        const QString frames = dir_.filePath(QStringLiteral("frames"));
        QVERIFY(QDir().mkpath(frames));
        for (int f = 0; f < kLong; ++f) {
            QImage img(64, 64, QImage::Format_RGB888);
            img.fill(QColor(30, 60, 90));
            QPainter p(&img);
            p.setBrush(QColor(210, 60, 40));
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(32 + 16 * std::sin(f / 40.0), 32), 10, 10);
            p.end();
            QVERIFY(img.save(QStringLiteral("%1/%2.png").arg(frames).arg(f, 5, 10, QLatin1Char('0'))));
        }
        QFile prompts(dir_.filePath(QStringLiteral("prompts.json")));
        QVERIFY(prompts.open(QIODevice::WriteOnly));
        prompts.write(R"({"objects":[{"id":1,"frame":0,"points":[[32,32,1]]}]})");
    }

    void peakMemoryIsFlatOverTenThousandFrames() {
        const TrackRun shortRun = track(kShort);
        QVERIFY2(shortRun.exitCode == 0, qPrintable(shortRun.errors));
        const TrackRun longRun = track(kLong);
        QVERIFY2(longRun.exitCode == 0, qPrintable(longRun.errors));
        for (const auto* run : {&shortRun, &longRun})
            QVERIFY2(run->summary.is_object() && run->summary.contains("memory"), qPrintable(run->errors));
        QCOMPARE(shortRun.summary["frames_tracked"].get<int>(), kShort);
        QCOMPARE(longRun.summary["frames_tracked"].get<int>(), kLong);
        QCOMPARE(longRun.summary["masks_written"].get<int>(), kLong);
        // The budget binds in both runs (memory went to disk), so the comparison means something.
        QVERIFY(shortRun.summary["memory"]["store_disk_mb"].get<double>() > 0);
        QVERIFY(longRun.summary["memory"]["store_ram_mb"].get<double>() <= 8.5);
        const double peakShort = shortRun.summary["memory"]["peak_rss_mb"].get<double>();
        const double peakLong = longRun.summary["memory"]["peak_rss_mb"].get<double>();
        const double masksShort = shortRun.summary["memory"]["masks_mb"].get<double>();
        const double masksLong = longRun.summary["memory"]["masks_mb"].get<double>();
        qInfo("peak RSS %.1f MB after %d frames, %.1f MB after %d (%.1f ms per frame); masks %.1f / %.1f MB; "
              "spilled %.1f MB",
              peakShort, kShort, peakLong, kLong, 1000 * longRun.summary["timings_s"]["per_frame"].get<double>(),
              masksShort, masksLong, longRun.summary["memory"]["store_disk_mb"].get<double>());
        QVERIFY(peakShort > 0);
        const double growth = (peakLong - peakShort) - (masksLong - masksShort);
        QVERIFY2(std::abs(growth) <= 16.0,
                 qPrintable(QStringLiteral("%1 MB vs %2 MB, masks %3 vs %4 MB: %5 MB besides the masks")
                                .arg(peakLong).arg(peakShort).arg(masksLong).arg(masksShort).arg(growth)));
    }
};

int main(int argc, char** argv) {
    // Two runs of several minutes: beyond Qt Test's default 5 minutes per test function.
    qputenv("QTEST_FUNCTION_TIMEOUT", "10800000");
    QCoreApplication app(argc, argv);
    TestLongVideo test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_long_video.moc"
