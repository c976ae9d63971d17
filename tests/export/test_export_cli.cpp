// sam2studio-cli import / export end to end: the SA-V file survives import -> export unchanged,
// DAVIS folders round trip, usage errors exit 2 and failures exit 1 with a message.
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "test_export_util.h"

using namespace exporttest;

namespace {

const QString kCli = QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli");
const QString kSavFile = QStringLiteral(SAM2_TEST_DATA_DIR "/media/sav/sav_000001_manual.json");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess process;
    process.start(kCli, args);
    Run run;
    if (!process.waitForFinished(300000)) return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList relativeFiles(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savImportExportIsIdentity();
    void davisRoundTripThroughProjects();
    void errorsAndExitCodes();
};

void TestExportCli::savImportExportIsIdentity() {
    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("p.json"));
    Run r = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sav"), kSavFile, QStringLiteral("--project"), project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(nlohmann::json::parse(r.out.toStdString())["masks"].get<int>(), 605);
    r = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("sav"),
             QStringLiteral("--out"), tmp.filePath(QStringLiteral("out"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const nlohmann::json original = readJson(kSavFile);
    const nlohmann::json written = readJson(tmp.filePath(QStringLiteral("out/sav_000001_manual.json")));
    for (auto it = original.begin(); it != original.end(); ++it)
        QVERIFY2(written.contains(it.key()) && written[it.key()] == it.value(), it.key().c_str());
    QCOMPARE(written.size(), original.size());
}

void TestExportCli::davisRoundTripThroughProjects() {
    QTemporaryDir tmp;
    const QString p1 = tmp.filePath(QStringLiteral("p1.json")), p2 = tmp.filePath(QStringLiteral("p2.json"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sav"), kSavFile, QStringLiteral("--project"), p1}).code, 0);
    for (const QString& format : {QStringLiteral("davis"), QStringLiteral("davis-palette")}) {
        const QString a = tmp.filePath(format + QStringLiteral("-a")), b = tmp.filePath(format + QStringLiteral("-b"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("--project"), p1, QStringLiteral("--format"), format,
                     QStringLiteral("--out"), a, QStringLiteral("--stride"), QStringLiteral("40")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile::remove(p2);
        r = cli({QStringLiteral("import"), QStringLiteral("--format"), format, a, QStringLiteral("--project"), p2});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("export"), QStringLiteral("--project"), p2, QStringLiteral("--format"), format, QStringLiteral("--out"), b});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList files = relativeFiles(a);
        QCOMPARE(files.size(), format == QLatin1String("davis") ? 13 * 5 : 13);  // frames 0, 40, ..., 480
        QCOMPARE(relativeFiles(b), files);
        for (const QString& f : files) {
            const QImage x(a + QLatin1Char('/') + f), y(b + QLatin1Char('/') + f);
            if (x != y) QFAIL(qPrintable(f));
        }
    }
}

void TestExportCli::errorsAndExitCodes() {
    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("p.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("coco")}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("voc"),
                  QStringLiteral("--out"), tmp.filePath(QStringLiteral("o"))}).code, 2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sav"), kSavFile}).code, 2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--bogus")}).code, 2);

    const QString broken = tmp.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"masklet\": ");
    }
    Run r = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sav"), broken, QStringLiteral("--project"), project});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(project));  // nothing created on failure

    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sav"), kSavFile, QStringLiteral("--project"), project}).code, 0);
    r = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("coco"),
             QStringLiteral("--polygons"), QStringLiteral("--out"), tmp.path()});
    QCOMPARE(r.code, 1);  // the temporary folder is not empty
    QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.err));
    r = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("coco"),
             QStringLiteral("--polygons"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("coco"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readJson(tmp.filePath(QStringLiteral("coco/annotations.json")))["images"].size(), std::size_t(121));
}

QTEST_MAIN(TestExportCli)
#include "test_export_cli.moc"
