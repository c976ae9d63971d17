// The `info` and `frame` subcommands of sam2studio-cli, run as separate processes.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include "annotation/media_source.h"

namespace {

QString media(const QString& relative) { return QStringLiteral(SAM2_TEST_DATA_DIR "/media/") + relative; }

struct Run {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};

Run cli(const QStringList& args) {
  QProcess process;
  process.start(QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli"), args);
  Run run;
  if (!process.waitForFinished(120000)) return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

int expectedFrameCount(const QString& clip) {
  QFile file(media(QStringLiteral("videos/expected.json")));
  if (!file.open(QIODevice::ReadOnly)) return -1;
  return nlohmann::json::parse(file.readAll().toStdString())[clip.toStdString()]["ffprobe_counted_frames"].get<int>();
}

}  // namespace

class TestMediaCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void infoOfVideo();
  void infoOfFolderAndImage();
  void infoOfTruncatedVideo();
  void infoErrors();
  void frameWritesExactPixels();
  void frameErrors();
};

void TestMediaCli::infoOfVideo() {
  const Run run = cli({QStringLiteral("info"), media(QStringLiteral("videos/dog_h264_gop12.mp4")), QStringLiteral("--timestamps")});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json["frame_count"].get<int>(), expectedFrameCount(QStringLiteral("dog_h264_gop12.mp4")));
  QCOMPARE(json["width"].get<int>(), 320);
  QCOMPARE(json["height"].get<int>(), 180);
  QVERIFY(std::abs(json["fps"].get<double>() - 30000.0 / 1001.0) < 0.01);
  QVERIFY(std::abs(json["duration"].get<double>() - 75 / (30000.0 / 1001.0)) < 0.01);
  QCOMPARE(json["codec"].get<std::string>(), std::string("h264"));
  QCOMPARE(json["kind"].get<std::string>(), std::string("video"));
  QCOMPARE(json["partial"].get<bool>(), false);
  QCOMPARE(json["timestamps"].size(), size_t(75));

  const Run rotated = cli({QStringLiteral("info"), media(QStringLiteral("videos/dog_h264_rotate90.mp4"))});
  QCOMPARE(rotated.exitCode, 0);
  const auto r = nlohmann::json::parse(rotated.out.toStdString());
  QCOMPARE(r["width"].get<int>(), 180);
  QCOMPARE(r["height"].get<int>(), 320);
  QCOMPARE(r["rotation"].get<int>(), 270);
}

void TestMediaCli::infoOfFolderAndImage() {
  Run run = cli({QStringLiteral("info"), media(QStringLiteral("frames/bedroom"))});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  auto json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json["kind"].get<std::string>(), std::string("frames"));
  QCOMPARE(json["frame_count"].get<int>(), 10);

  run = cli({QStringLiteral("info"), media(QStringLiteral("images/groceries.jpg"))});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json["kind"].get<std::string>(), std::string("image"));
  QCOMPARE(json["frame_count"].get<int>(), 1);
  QCOMPARE(json["width"].get<int>(), 800);
  QCOMPARE(json["height"].get<int>(), 534);
  QCOMPARE(json["fps"].get<double>(), 0.0);
}

void TestMediaCli::infoOfTruncatedVideo() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  QFile full(media(QStringLiteral("videos/dog_h264_gop12.mp4")));
  QVERIFY(full.open(QIODevice::ReadOnly));
  const QByteArray bytes = full.readAll();
  const QString cut = dir.filePath(QStringLiteral("cut.mp4"));
  QFile out(cut);
  QVERIFY(out.open(QIODevice::WriteOnly));
  out.write(bytes.left(bytes.size() / 2));
  out.close();
  const Run run = cli({QStringLiteral("info"), cut});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  const auto json = nlohmann::json::parse(run.out.toStdString());
  QCOMPARE(json["partial"].get<bool>(), true);
  QVERIFY(json["frame_count"].get<int>() > 0 && json["frame_count"].get<int>() < 75);
  QVERIFY(QString::fromStdString(json["partial_reason"].get<std::string>()).contains(QLatin1String("data ends")));
  QVERIFY(run.err.contains("warning"));
}

void TestMediaCli::infoErrors() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  Run run = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("missing.mkv"))});
  QCOMPARE(run.exitCode, 1);
  QVERIFY2(run.err.contains("does not exist"), run.err.constData());
  QVERIFY(run.out.isEmpty());

  QFile notMedia(dir.filePath(QStringLiteral("notes.mp4")));
  QVERIFY(notMedia.open(QIODevice::WriteOnly));
  notMedia.write("just some text, not a video\n");
  notMedia.close();
  run = cli({QStringLiteral("info"), notMedia.fileName()});
  QCOMPARE(run.exitCode, 1);
  QVERIFY2(run.err.contains("notes.mp4"), run.err.constData());

  QCOMPARE(cli({QStringLiteral("info")}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("a")}).exitCode, 2);
  run = cli({QStringLiteral("info"), QStringLiteral("--help")});
  QCOMPARE(run.exitCode, 0);
  QVERIFY(run.out.contains("MEDIA"));
}

void TestMediaCli::frameWritesExactPixels() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString clip = media(QStringLiteral("videos/cups_hevc_opengop.mp4"));
  auto source = s2s::MediaSource::open(clip);
  for (int index : {0, 14, 15, source->info().frameCount - 1}) {
    const QString png = dir.filePath(QStringLiteral("frame_%1.png").arg(index));
    const Run run = cli({QStringLiteral("frame"), clip, QString::number(index), QStringLiteral("--out"), png});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage written(png);
    QVERIFY(!written.isNull());
    QVERIFY2(written.convertToFormat(QImage::Format_RGB888) == source->frame(index),
             qPrintable(QStringLiteral("frame %1").arg(index)));
  }
  const QString still = dir.filePath(QStringLiteral("still.png"));
  QCOMPARE(cli({QStringLiteral("frame"), media(QStringLiteral("images/groceries.jpg")), QStringLiteral("0"),
                QStringLiteral("-o"), still}).exitCode, 0);
  QCOMPARE(QImage(still).size(), QSize(800, 534));
}

void TestMediaCli::frameErrors() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString clip = media(QStringLiteral("videos/cups_vp9.webm"));
  const QString png = dir.filePath(QStringLiteral("f.png"));
  Run run = cli({QStringLiteral("frame"), clip, QStringLiteral("45"), QStringLiteral("--out"), png});
  QCOMPARE(run.exitCode, 1);
  QVERIFY2(run.err.contains("out of range"), run.err.constData());
  QVERIFY2(!QFile::exists(png), "nothing is written on failure");
  QCOMPARE(cli({QStringLiteral("frame"), clip, QStringLiteral("x"), QStringLiteral("--out"), png}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("frame"), clip, QStringLiteral("3")}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("frame"), clip}).exitCode, 2);
  QCOMPARE(cli({QStringLiteral("frame"), clip, QStringLiteral("3"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("f.unknownformat"))}).exitCode, 2);
  run = cli({QStringLiteral("frame"), dir.filePath(QStringLiteral("missing.mp4")), QStringLiteral("0"),
             QStringLiteral("--out"), png});
  QCOMPARE(run.exitCode, 1);
  QVERIFY(run.err.contains("does not exist"));
}

QTEST_GUILESS_MAIN(TestMediaCli)
#include "test_media_cli.moc"
