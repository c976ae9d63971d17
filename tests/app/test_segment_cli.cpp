// The `segment` subcommand of sam2studio-cli, run as a separate process on the golden
// checkpoint: a real photo, the golden input (compared with the reference's outputs), errors.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <vector>

namespace {

QString data(const QString& relative) { return QStringLiteral(SAM2_TEST_DATA_DIR "/") + relative; }

QString goldenDir() {
  const QByteArray env = qgetenv("SAM2_GOLDEN_DIR");
  return env.isEmpty() ? data(QStringLiteral("sam2_mini")) : QString::fromLocal8Bit(env);
}

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

// The golden image session: checkpoint and config paths, and raw tensors by name.
struct Golden {
  QString folder;
  nlohmann::json json;
  QByteArray bin;

  Golden() : folder(goldenDir() + QStringLiteral("/image")) {
    QFile f(folder + QStringLiteral("/golden.json"));
    if (f.open(QIODevice::ReadOnly)) json = nlohmann::json::parse(f.readAll().toStdString());
    QFile b(folder + QStringLiteral("/") + QString::fromStdString(json.value("tensors_file", "tensors.bin")));
    if (b.open(QIODevice::ReadOnly)) bin = b.readAll();
  }
  QString path(const std::string& key) const {
    return QDir(folder).absoluteFilePath(QString::fromStdString(json.at(key).get<std::string>()));
  }
  const nlohmann::json& entry(const std::string& name) const {
    for (const auto& t : json.at("tensors"))
      if (t.at("name") == name) return t;
    throw std::runtime_error("golden tensor missing: " + name);
  }
  std::vector<float> floats(const std::string& name) const {
    const auto& t = entry(name);
    std::vector<float> v(t.at("nbytes").get<size_t>() / 4);
    std::memcpy(v.data(), bin.constData() + t.at("offset").get<size_t>(), v.size() * 4);
    return v;
  }
  const uchar* bytes(const std::string& name) const {
    return reinterpret_cast<const uchar*>(bin.constData()) + entry(name).at("offset").get<size_t>();
  }
};

}  // namespace

class TestSegmentCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void photoWithPointMultimask();
  void photoWithBoxAndNegativePoint();
  void goldenInputMatchesReference();
  void errors();
};

void TestSegmentCli::photoWithPointMultimask() {
  const Golden g;
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString out = dir.filePath(QStringLiteral("truck.png"));
  const QString photo = data(QStringLiteral("media/images/truck.jpg"));
  const QImage original(photo);
  QVERIFY(!original.isNull());
  const Run run = cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"),
                       QStringLiteral("--config"), g.path("config"), QStringLiteral("--image"), photo,
                       QStringLiteral("--point"), QStringLiteral("500,375"), QStringLiteral("--multimask"),
                       QStringLiteral("--out"), out});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json.at("scores").size(), size_t(3));
  QCOMPARE(json.at("width").get<int>(), original.width());
  QCOMPARE(json.at("height").get<int>(), original.height());
  const auto scores = json.at("scores").get<std::vector<float>>();
  const int best = json.at("best_index").get<int>();
  for (float s : scores) {
    QVERIFY(std::isfinite(s));
    QVERIFY(s <= scores[best]);
  }
  QCOMPARE(json.at("masks").size(), size_t(3));
  QCOMPARE(json.at("masks")[0].at("index").get<int>(), best);
  const QStringList files{out, dir.filePath(QStringLiteral("truck_1.png")), dir.filePath(QStringLiteral("truck_2.png"))};
  for (int i = 0; i < files.size(); ++i) {
    const QImage mask(files[i]);
    QVERIFY2(!mask.isNull(), qPrintable(files[i]));
    QCOMPARE(mask.size(), original.size());
    QCOMPARE(QString::fromStdString(json.at("masks")[i].at("file").get<std::string>()), files[i]);
    // Black/white only, and the reported area is the number of white pixels.
    const QImage gray = mask.convertToFormat(QImage::Format_Grayscale8);
    qint64 white = 0;
    for (int y = 0; y < gray.height(); ++y) {
      const uchar* row = gray.constScanLine(y);
      for (int x = 0; x < gray.width(); ++x) {
        QVERIFY(row[x] == 0 || row[x] == 255);
        white += row[x] == 255;
      }
    }
    QCOMPARE(white, json.at("masks")[i].at("area").get<qint64>());
  }
}

void TestSegmentCli::photoWithBoxAndNegativePoint() {
  const Golden g;
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("groceries.png"));
  const QString photo = data(QStringLiteral("media/images/groceries.jpg"));
  const QImage original(photo);
  QVERIFY(!original.isNull());
  // No --config: the YAML next to the checkpoint is used.
  const QString box = QStringLiteral("%1,%2,%3,%4")
                          .arg(original.width() / 4)
                          .arg(original.height() / 4)
                          .arg(original.width() * 3 / 4)
                          .arg(original.height() * 3 / 4);
  const Run run = cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"),
                       QStringLiteral("--image"), photo, QStringLiteral("--box"), box, QStringLiteral("--point"),
                       QStringLiteral("%1,%2,0").arg(original.width() / 2).arg(original.height() / 2),
                       QStringLiteral("--out"), out});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json.at("scores").size(), size_t(1));
  QVERIFY(QFile::exists(out));
  QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("groceries_1.png"))));
  QCOMPARE(QImage(out).size(), original.size());
}

void TestSegmentCli::goldenInputMatchesReference() {
  // The golden one-click case through the CLI: same scores and the same best mask as the reference.
  const Golden g;
  const nlohmann::json* step = nullptr;
  for (const auto& s : g.json.at("steps"))
    if (s.at("call") == "predict" && s.at("args").at("box").is_null() && s.at("args").at("mask_input").is_null() &&
        s.at("args").at("multimask_output").get<bool>() && s.at("predictor").at("max_hole_area").get<double>() == 0) {
      step = &s;
      break;
    }
  QVERIFY(step != nullptr);
  QString image;
  for (const auto& s : g.json.at("steps"))
    if (s.at("call") == "set_image") {
      image = QDir(g.folder).absoluteFilePath(QString::fromStdString(s.at("args").at("image").get<std::string>()));
      break;
    }
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("golden.png"));
  QStringList args{QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"),
                   QStringLiteral("--config"), g.path("config"), QStringLiteral("--image"), image,
                   QStringLiteral("--multimask"), QStringLiteral("--out"), out};
  const auto& a = step->at("args");
  for (size_t i = 0; i < a.at("point_coords").size(); ++i)
    args << QStringLiteral("--point")
         << QStringLiteral("%1,%2,%3")
                .arg(a.at("point_coords")[i][0].get<double>())
                .arg(a.at("point_coords")[i][1].get<double>())
                .arg(a.at("point_labels")[i].get<int>());
  const Run run = cli(args);
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto json = nlohmann::json::parse(run.out.toStdString());
  const auto ref = g.floats(step->at("outputs").at("iou_predictions"));
  const auto scores = json.at("scores").get<std::vector<float>>();
  QCOMPARE(scores.size(), ref.size());
  for (size_t i = 0; i < ref.size(); ++i) QVERIFY2(std::abs(scores[i] - ref[i]) < 1e-4, qPrintable(QString::number(i)));
  const int best = json.at("best_index").get<int>();
  const QImage mask = QImage(out).convertToFormat(QImage::Format_Grayscale8);
  const auto& masksEntry = g.entry(step->at("outputs").at("masks"));
  const auto shape = masksEntry.at("shape").get<std::vector<int64_t>>();  // [C, H, W]
  QCOMPARE(mask.height(), int(shape[1]));
  QCOMPARE(mask.width(), int(shape[2]));
  const uchar* refMask = g.bytes(step->at("outputs").at("masks")) + size_t(best) * shape[1] * shape[2];
  qint64 inter = 0, uni = 0;
  for (int y = 0; y < mask.height(); ++y)
    for (int x = 0; x < mask.width(); ++x) {
      const bool ours = mask.constScanLine(y)[x] != 0;
      const bool theirs = refMask[size_t(y) * shape[2] + x] != 0;
      inter += ours && theirs;
      uni += ours || theirs;
    }
  QVERIFY(uni > 0);
  QVERIFY2(double(inter) / double(uni) >= 0.999, qPrintable(QString::number(double(inter) / double(uni))));
}

void TestSegmentCli::errors() {
  const Golden g;
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("m.png"));
  const QString photo = data(QStringLiteral("media/images/truck.jpg"));
  // Usage errors: exit code 2.
  QCOMPARE(cli({QStringLiteral("segment"), QStringLiteral("--image"), photo, QStringLiteral("--point"),
                QStringLiteral("1,1"), QStringLiteral("--out"), out}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"), QStringLiteral("--image"),
                photo, QStringLiteral("--point"), QStringLiteral("abc"), QStringLiteral("--out"), out}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"), QStringLiteral("--image"),
                photo, QStringLiteral("--out"), out}).exitCode, 2);
  // Failures: exit code 1 with a message, and no mask written.
  const Run missing = cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), dir.filePath(QStringLiteral("none.pt")),
                           QStringLiteral("--image"), photo, QStringLiteral("--point"), QStringLiteral("1,1"),
                           QStringLiteral("--out"), out});
  QCOMPARE(missing.exitCode, 1);
  QVERIFY(missing.err.contains("error"));
  const Run badImage = cli({QStringLiteral("segment"), QStringLiteral("--checkpoint"), g.path("checkpoint"),
                            QStringLiteral("--image"), dir.filePath(QStringLiteral("none.jpg")), QStringLiteral("--point"),
                            QStringLiteral("1,1"), QStringLiteral("--out"), out});
  QCOMPARE(badImage.exitCode, 1);
  QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "test_segment_cli.moc"
