// `sam2studio-cli track` on the golden mini model and frames: the DAVIS layout it writes, its
// JSON summary, its masks against the golden video session's first propagation (same prompts),
// and its errors.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cstring>

namespace {

QString golden(const QString& relative) { return QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/") + relative; }

struct Run {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};

Run cli(const QStringList& args) {
  QProcess process;
  process.start(QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli"), args);
  Run run;
  if (!process.waitForFinished(300000)) return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

bool writeFile(const QString& path, const QByteArray& data) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The golden tensor `name` of video/golden.json (float32 logits [1, H, W]).
std::vector<float> goldenLogits(const nlohmann::json& index, const QByteArray& bin, const std::string& name) {
  for (const auto& t : index["tensors"]) {
    if (t["name"] != name) continue;
    const size_t offset = t["offset"], nbytes = t["nbytes"];
    std::vector<float> v(nbytes / sizeof(float));
    std::memcpy(v.data(), bin.constData() + offset, nbytes);
    return v;
  }
  return {};
}

}  // namespace

class TestTrackCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void tracksLikeTheGoldenSession();
  void reverseAndMaxFrames();
  void errors();
};

// The golden video session's steps 1-3: object 1 a click on frame 0, object 2 a box on frame 0,
// then a forward propagation over every frame.
void TestTrackCli::tracksLikeTheGoldenSession() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString prompts = dir.filePath(QStringLiteral("prompts.json"));
  QVERIFY(writeFile(prompts, R"({"objects":[{"id":1,"frame":0,"points":[[70,117,1]]},
                                             {"id":2,"frame":0,"box":[100,0,167,133]}]})"));
  const QString out = dir.filePath(QStringLiteral("masks"));
  const Run run = cli({QStringLiteral("track"), QStringLiteral("--checkpoint"), golden(QStringLiteral("sam2_mini.pt")),
                       QStringLiteral("--config"), golden(QStringLiteral("sam2_mini.yaml")), QStringLiteral("--video"),
                       golden(QStringLiteral("frames")), QStringLiteral("--prompts"), prompts, QStringLiteral("--out"),
                       out, QStringLiteral("--memory-budget-mb"), QStringLiteral("0.05")});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto summary = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(summary["frames_tracked"].get<int>(), 10);
  QCOMPARE(summary["masks_written"].get<int>(), 20);
  QVERIFY(summary["timings_s"]["propagate"].get<double>() > 0);
  QVERIFY(summary["memory"]["store_disk_mb"].get<double>() > 0);  // the tiny budget made it spill

  QFile jsonFile(golden(QStringLiteral("video/golden.json")));
  QFile binFile(golden(QStringLiteral("video/tensors.bin")));
  QVERIFY(jsonFile.open(QIODevice::ReadOnly) && binFile.open(QIODevice::ReadOnly));
  const auto index = nlohmann::json::parse(jsonFile.readAll().toStdString());
  const QByteArray bin = binFile.readAll();
  for (int obj : {1, 2}) {
    for (int frame = 0; frame < 10; ++frame) {
      const QString path = QStringLiteral("%1/%2/%3.png")
                               .arg(out)
                               .arg(obj, 3, 10, QLatin1Char('0'))
                               .arg(frame, 5, 10, QLatin1Char('0'));
      QImage mask(path);
      QVERIFY2(!mask.isNull(), qPrintable(path));
      QCOMPARE(mask.size(), QSize(320, 180));
      mask = mask.convertToFormat(QImage::Format_Grayscale8);
      const auto logits =
          goldenLogits(index, bin, "s03_propagate_in_video/f" + std::to_string(frame) + "/obj" + std::to_string(obj));
      QCOMPARE(logits.size(), size_t{320 * 180});
      int64_t inter = 0, uni = 0;
      for (int y = 0; y < 180; ++y)
        for (int x = 0; x < 320; ++x) {
          const int v = mask.constScanLine(y)[x];
          QVERIFY(v == 0 || v == 255);
          const bool ours = v == 255, gold = logits[static_cast<size_t>(y) * 320 + x] > 0.f;
          inter += ours && gold;
          uni += ours || gold;
        }
      const double iou = uni == 0 ? 1.0 : static_cast<double>(inter) / static_cast<double>(uni);
      QVERIFY2(iou >= 0.99, qPrintable(QStringLiteral("%1: IoU %2").arg(path).arg(iou)));
    }
  }
}

void TestTrackCli::reverseAndMaxFrames() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString prompts = dir.filePath(QStringLiteral("prompts.json"));
  QVERIFY(writeFile(prompts, R"({"objects":[{"id":7,"frame":6,"points":[[70,117,1],[200,40,0]]}]})"));
  const QString out = dir.filePath(QStringLiteral("masks"));
  const Run run = cli({QStringLiteral("track"), QStringLiteral("--checkpoint"), golden(QStringLiteral("sam2_mini.pt")),
                       QStringLiteral("--config"), golden(QStringLiteral("sam2_mini.yaml")), QStringLiteral("--video"),
                       golden(QStringLiteral("frames")), QStringLiteral("--prompts"), prompts, QStringLiteral("--out"),
                       out, QStringLiteral("--reverse"), QStringLiteral("--max-frames"), QStringLiteral("3")});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto summary = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(summary["frames_tracked"].get<int>(), 4);  // frames 6, 5, 4, 3
  QCOMPARE(summary["first_frame"].get<int>(), 6);
  QCOMPARE(summary["last_frame"].get<int>(), 3);
  const QStringList files = QDir(out + QStringLiteral("/007")).entryList(QDir::Files, QDir::Name);
  QCOMPARE(files, (QStringList{QStringLiteral("00003.png"), QStringLiteral("00004.png"), QStringLiteral("00005.png"),
                               QStringLiteral("00006.png")}));
}

void TestTrackCli::errors() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString out = dir.filePath(QStringLiteral("masks"));
  const QString bad = dir.filePath(QStringLiteral("bad.json"));
  const QStringList model{QStringLiteral("--checkpoint"), golden(QStringLiteral("sam2_mini.pt")),
                          QStringLiteral("--config"), golden(QStringLiteral("sam2_mini.yaml")),
                          QStringLiteral("--video"), golden(QStringLiteral("frames")), QStringLiteral("--out"), out};
  // No model given, or two.
  QCOMPARE(cli({QStringLiteral("track"), QStringLiteral("--video"), golden(QStringLiteral("frames"))}).exitCode, 2);
  // Prompts that are not usable: a frame outside the video, a point without a label, nothing at all.
  for (const char* text : {R"({"objects":[{"id":1,"frame":10,"points":[[1,1,1]]}]})",
                           R"({"objects":[{"id":1,"frame":0,"points":[[1,1]]}]})", R"({"objects":[{"id":1}]})",
                           R"({"objects":[]})", "not json"}) {
    QVERIFY(writeFile(bad, text));
    const Run run = cli(QStringList{QStringLiteral("track")} + model + QStringList{QStringLiteral("--prompts"), bad});
    QVERIFY2(run.exitCode == 1, text);
    QVERIFY2(run.err.contains("error"), run.err.constData());
  }
  // A missing checkpoint is reported by name.
  QVERIFY(writeFile(bad, R"({"objects":[{"id":1,"frame":0,"points":[[1,1,1]]}]})"));
  const Run run = cli({QStringLiteral("track"), QStringLiteral("--checkpoint"), dir.filePath(QStringLiteral("none.pt")),
                       QStringLiteral("--video"), golden(QStringLiteral("frames")), QStringLiteral("--prompts"), bad,
                       QStringLiteral("--out"), out});
  QCOMPARE(run.exitCode, 1);
  QVERIFY(run.err.contains("none.pt"));

  // --memory-every needs a whole number >= 1.
  QCOMPARE(cli(QStringList{QStringLiteral("track")} + model +
               QStringList{QStringLiteral("--prompts"), bad, QStringLiteral("--memory-every"), QStringLiteral("0")})
               .exitCode,
           2);

  // A mask that cannot be written (a folder in its place) stops the run there, named in the
  // error: masks are written as their frames arrive, and nothing after the failure is.
  QVERIFY(QDir().mkpath(out + QStringLiteral("/001/00002.png")));
  const Run blocked = cli(QStringList{QStringLiteral("track")} + model + QStringList{QStringLiteral("--prompts"), bad});
  QCOMPARE(blocked.exitCode, 1);
  QVERIFY2(blocked.err.contains("00002.png"), blocked.err.constData());
  QVERIFY(QFile::exists(out + QStringLiteral("/001/00001.png")));
  QVERIFY(!QFile::exists(out + QStringLiteral("/001/00003.png")));
}

QTEST_GUILESS_MAIN(TestTrackCli)
#include "test_track_cli.moc"
