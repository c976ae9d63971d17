// `sam2studio-cli replay` on the golden interactive video session (SAM2_GOLDEN_DIR/
// video_interactive, default tests/data/sam2_mini): the golden.json is the script as it is, the
// predictor options come from the folder, and every result the CLI reports (its logits written
// with --logits) is compared with the reference within the golden README's tolerances. replay
// drives the app's engine (Project + VideoEditor + tracker thread), so this is the app's path
// once more, from the command line. Also: script errors are reported with the step.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "common/golden_video_check.h"

using nlohmann::json;

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out, err;
};

Run cli(const QStringList& args) {
  QProcess process;
  process.start(QStringLiteral(SAM2_BINARY_DIR "/app/sam2studio-cli"), args);
  Run run;
  if (!process.waitForFinished(600000)) return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

QString qs(const std::filesystem::path& p) { return QString::fromStdString(p.lexically_normal().string()); }

std::vector<float> readFloats(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QByteArray bytes = f.readAll();
  std::vector<float> v(static_cast<size_t>(bytes.size()) / sizeof(float));
  std::memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
  return v;
}

}  // namespace

class TestReplayCli : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void goldenInteractiveSession() {
    const auto dir = goldenvideo::goldenDir() / "video_interactive";
    goldenvideo::Session g(dir);
    const auto unsupported = goldenvideo::unsupportedOverrides(g);
    if (!unsupported.empty())
      QFAIL(qPrintable(QStringLiteral("this golden set overrides %1, which the app does not apply")
                           .arg(QString::fromStdString(unsupported.front()))));
    std::string videoPath;
    for (const auto& step : g.json().at("steps"))
      if (step.at("call") == "init_state") videoPath = step.at("args").at("video_path");
    QVERIFY(!videoPath.empty());
    QTemporaryDir tmp;
    const QString logits = tmp.filePath(QStringLiteral("logits")), report = tmp.filePath(QStringLiteral("report.json"));
    QStringList args{QStringLiteral("replay"),
                     QStringLiteral("--checkpoint"), qs(g.resolve(g.json().at("checkpoint"))),
                     QStringLiteral("--config"), qs(g.resolve(g.json().at("config"))),
                     QStringLiteral("--video"), qs(g.resolve(videoPath)),
                     QStringLiteral("--script"), qs(dir / "golden.json"),
                     QStringLiteral("--out"), report, QStringLiteral("--logits"), logits};
    const goldenvideo::PredictorOptions o = goldenvideo::predictorOptions(g);
    if (!o.addAllFramesToCorrectAsCond) args << QStringLiteral("--no-correct-as-cond");
    if (!o.clearNonCondMemAroundInput) args << QStringLiteral("--no-clear-memory-around-input");
    if (!o.clearNonCondMemForMultiObj) args << QStringLiteral("--legacy-multi-object-clearing");
    if (o.nonOverlapMasks) args << QStringLiteral("--non-overlap-masks");
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const json r = json::parse(reportFile.readAll().toStdString());
    const auto& goldSteps = g.json().at("steps");
    QCOMPARE(r.at("steps").size(), goldSteps.size());

    QStringList failures;
    int planes = 0;
    double worstP999 = 0, worstMean = 0, worstIou = 1;
    for (size_t s = 0; s < goldSteps.size(); ++s) {
      const json& gs = goldSteps[s];
      const json& ours = r["steps"][s];
      const std::string call = gs.at("call");
      QCOMPARE(ours.at("call").get<std::string>(), call);
      if (call != "add_new_points_or_box" && call != "propagate_in_video" && call != "clear_all_prompts_in_frame")
        continue;
      const json& out = gs.at("outputs");
      const json& frames = ours.at("frames");
      // Prompts and clearing report the object they touched; propagation every frame.
      const bool onlyTouched = call != "propagate_in_video";
      if (!onlyTouched && frames.size() != out.size()) {
        failures << QStringLiteral("step %1: %2 frames, golden %3").arg(s).arg(frames.size()).arg(out.size());
        continue;
      }
      for (size_t i = 0; i < out.size(); ++i) {
        const json& gf = out[i];
        const json& of = frames.at(i);
        if (of.at("frame_idx") != gf.at("frame_idx")) {
          failures << QStringLiteral("step %1: frame order differs").arg(s);
          continue;
        }
        const auto ids = gf.at("obj_ids").get<std::vector<int>>();
        for (size_t k = 0; k < ids.size(); ++k) {
          if (onlyTouched && ids[k] != gs.at("args").at("obj_id").get<int>()) continue;
          const QString label = QStringLiteral("step %1 %2 frame %3 obj %4")
                                    .arg(s).arg(QString::fromStdString(call)).arg(gf.at("frame_idx").get<int>()).arg(ids[k]);
          const auto gold = g.tensor(gf.at("video_res_masks")[k].get<std::string>()).values;
          const json* mine = nullptr;
          for (const json& obj : of.at("objects"))
            if (obj.at("obj_id") == ids[k]) mine = &obj;
          if (goldenvideo::isNoObjectPlane(gold)) {
            if (mine) failures << label + QStringLiteral(": output where the reference has none");
            continue;
          }
          if (!mine || !mine->contains("logits")) {
            failures << label + QStringLiteral(": no output");
            continue;
          }
          const auto d = goldenvideo::comparePlane(
              readFloats(QDir(logits).filePath(QString::fromStdString((*mine)["logits"].get<std::string>()))), gold);
          ++planes;
          worstP999 = std::max(worstP999, d.p999);
          worstMean = std::max(worstMean, d.meanAbs);
          worstIou = std::min(worstIou, d.iou);
          if (const std::string p = goldenvideo::planeProblems(d); !p.empty())
            failures << label + QStringLiteral(": ") + QString::fromStdString(p);
        }
      }
    }
    std::fprintf(stderr, "  %d planes from replay: worst 99.9th pct %.3g, worst mean %.3g, min IoU %.6f\n", planes,
                 worstP999, worstMean, worstIou);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(planes > 0);
  }

  // A bad script stops with the step that is wrong and a non-zero exit code.
  void scriptErrorsNameTheStep() {
    QTemporaryDir tmp;
    const QString script = tmp.filePath(QStringLiteral("bad.json"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"steps": [{"call": "add_new_points_or_box", "args": {"frame_idx": 99, "obj_id": 1,
             "points": [[10, 10]], "labels": [1]}}]})");
    f.close();
    const QString root = QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/");
    const Run run = cli({QStringLiteral("replay"), QStringLiteral("--checkpoint"), root + QStringLiteral("sam2_mini.pt"),
                         QStringLiteral("--video"), root + QStringLiteral("frames"), QStringLiteral("--script"), script});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("steps[0]") && run.err.contains("outside the video"), run.err.constData());
  }
};

QTEST_GUILESS_MAIN(TestReplayCli)
#include "test_replay_cli.moc"
