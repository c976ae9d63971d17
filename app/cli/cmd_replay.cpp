// sam2studio-cli replay: runs a script of video annotation calls (clicks, boxes, masks,
// propagations, corrections with re-tracking, clearing, removing) through the app's own engine
// (cli_video.h: Project + VideoEditor + tracker thread) and reports every result.
//
// SCRIPT.json: {"steps": [{"call": ..., "args": {...}}, ...]}, with SAM 2's video predictor's
// call and argument names, so a golden session file (golden.json) replays as it is:
//   add_new_points_or_box  frame_idx, obj_id, points [[x,y],...], labels [1|0,...], box [x0,y0,x1,y1],
//                          clear_old_points (default true: false keeps the frame's earlier clicks)
//   add_new_mask           frame_idx, obj_id, mask: a PNG file (non-zero = object), relative to
//                          the script (the app's brush: a conditioning mask from the next call on)
//   propagate_in_video     start_frame_idx (null: the earliest prompted frame), reverse,
//                          max_frame_num_to_track; every object
//   retrack                frame_idx, direction "forward" | "backward" | "both": what the app's
//                          Propagate does after a correction (only changed objects, their stretch)
//   clear_all_prompts_in_frame  frame_idx, obj_id
//   remove_object          obj_id
//   reset_state            the session is rebuilt from the project on the next call
//   init_state             ignored (the video is --video)
// Coordinates are video pixels. The report (stdout, or --out) lists per step the frames and
// objects returned with score, predicted IoU, area and RLE; --logits DIR also writes each
// result's logits as raw float32 (row-major, video size) and names the files in the report.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "annotation/media_source.h"
#include "cli/cli_common.h"
#include "cli/cli_video.h"
#include "model/error.h"
#include "model/sam2_model.h"

namespace {

using nlohmann::json;

struct ScriptError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int intArg(const json& args, const char* key, const std::string& where) {
  if (!args.contains(key) || !args[key].is_number_integer())
    throw ScriptError(where + ": \"" + key + "\" must be a whole number");
  const int64_t v = args[key].get<int64_t>();
  if (v < -1000000000 || v > 1000000000) throw ScriptError(where + ": \"" + key + "\" is out of range");
  return static_cast<int>(v);
}

class Reporter {
 public:
  Reporter(const QString& logitsDir) : logitsDir_(logitsDir) {}

  json object(int step, int frame, const s2s::TrackedObject& o) {
    json j = {{"obj_id", o.objectId},
              {"object_score", o.objectScore},
              {"iou", o.iou},
              {"area", o.mask.area()},
              {"rle", o.mask.toJson()}};
    if (!logitsDir_.isEmpty() && !o.logits.empty()) {
      const QString name = QStringLiteral("s%1_f%2_o%3.f32").arg(step, 3, 10, QLatin1Char('0')).arg(frame).arg(o.objectId);
      QSaveFile file(QDir(logitsDir_).filePath(name));
      if (!file.open(QIODevice::WriteOnly) ||
          file.write(reinterpret_cast<const char*>(o.logits.data()), static_cast<qint64>(o.logits.size() * sizeof(float))) !=
              static_cast<qint64>(o.logits.size() * sizeof(float)) ||
          !file.commit())
        throw std::runtime_error("cannot write " + QDir(logitsDir_).filePath(name).toStdString());
      j["logits"] = name.toStdString();
    }
    return j;
  }

  json frame(int step, const s2s::TrackedFrame& f) {
    json objects = json::array();
    for (const auto& o : f.objects) objects.push_back(object(step, f.frame, o));
    return {{"frame_idx", f.frame}, {"objects", objects}};
  }

 private:
  QString logitsDir_;
};

s2s::Rle readMaskPng(const QString& path, int width, int height) {
  QImage image(path);
  if (image.isNull()) throw ScriptError("cannot read the mask '" + path.toStdString() + "'");
  if (image.width() != width || image.height() != height)
    throw ScriptError("the mask '" + path.toStdString() + "' is " + std::to_string(image.width()) + "x" +
                      std::to_string(image.height()) + ", the video " + std::to_string(width) + "x" +
                      std::to_string(height));
  image = image.convertToFormat(QImage::Format_Grayscale8);
  std::vector<uint8_t> bits(static_cast<size_t>(width) * height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) bits[static_cast<size_t>(y) * width + x] = image.constScanLine(y)[x] ? 1 : 0;
  return s2s::Rle::encode(bits.data(), height, width);
}

}  // namespace

int runReplay(const QStringList& args) {
  const QString command = QStringLiteral("replay");
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Replays a script of video annotation calls (clicks, boxes, masks, propagations, corrections, clearing) "
      "through the same engine as the desktop app and prints every result as JSON.\n\nSCRIPT.json: {\"steps\": "
      "[{\"call\": \"add_new_points_or_box\", \"args\": {\"frame_idx\": 3, \"obj_id\": 1, \"points\": [[70, 117]], "
      "\"labels\": [1]}}, {\"call\": \"propagate_in_video\", \"args\": {\"start_frame_idx\": 3}}, ...]} with SAM 2's "
      "call names (add_new_points_or_box, add_new_mask, propagate_in_video, clear_all_prompts_in_frame, "
      "remove_object, reset_state) plus \"retrack\" {frame_idx, direction}; a golden.json replays as it is."));
  const QCommandLineOption help = parser.addHelpOption();
  const cli::ModelArgs modelArgs(/*allowSynthetic=*/true);
  const QCommandLineOption video(QStringLiteral("video"), QStringLiteral("Video file or folder of frames."),
                                 QStringLiteral("VIDEO"));
  const QCommandLineOption script(QStringLiteral("script"), QStringLiteral("The script (JSON)."),
                                  QStringLiteral("SCRIPT.json"));
  const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the report here instead of stdout."),
                               QStringLiteral("REPORT.json"));
  const QCommandLineOption logits(QStringLiteral("logits"),
                                  QStringLiteral("Also write every result's logits (float32) into this folder."),
                                  QStringLiteral("DIR"));
  const QCommandLineOption masks(QStringLiteral("masks"),
                                 QStringLiteral("Write the project's final masks as DIR/{id:03d}/{frame:05d}.png."),
                                 QStringLiteral("DIR"));
  modelArgs.addTo(parser);
  for (const auto* o : {&video, &script, &out, &logits, &masks}) parser.addOption(*o);
  const cli::PredictorArgs predictorArgs;
  predictorArgs.addTo(parser);
  if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return cli::kExitOk;
  }
  auto usage = [&](const QString& message) {
    std::fprintf(stderr, "replay: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return cli::kExitUsage;
  };
  if (const QString problem = modelArgs.validate(parser); !problem.isEmpty()) return usage(problem);
  for (const auto* o : {&video, &script})
    if (!parser.isSet(*o) || parser.value(*o).isEmpty())
      return usage(QStringLiteral("--%1 is required").arg(o->names().first()));
  s2s::VideoEditorSettings settings;
  try {
    settings = cli::videoSettings(parser, predictorArgs);
  } catch (const std::invalid_argument& e) {
    return usage(QString::fromUtf8(e.what()));
  }
  settings.predictor.keepLogits = parser.isSet(logits);

  QFile scriptFile(parser.value(script));
  if (!scriptFile.open(QIODevice::ReadOnly))
    return cli::fail(command, QStringLiteral("cannot read '%1': %2").arg(scriptFile.fileName(), scriptFile.errorString()));
  const json doc = json::parse(scriptFile.readAll().toStdString(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("steps") || !doc["steps"].is_array())
    return cli::fail(command, QStringLiteral("'%1' is not a script: expected {\"steps\": [...]}").arg(scriptFile.fileName()));
  const QDir scriptDir = QFileInfo(scriptFile.fileName()).absoluteDir();
  if (parser.isSet(logits) && !QDir().mkpath(parser.value(logits)))
    return cli::fail(command, QStringLiteral("cannot create folder '%1'").arg(parser.value(logits)));

  try {
    std::shared_ptr<sam2::Sam2Model> model = modelArgs.load(parser);
    cli::VideoDriver driver(parser.value(video), model, settings);
    const s2s::MediaItem media = driver.media();
    Reporter reporter(parser.value(logits));
    json steps = json::array();
    int index = 0;
    for (const json& step : doc["steps"]) {
      const std::string where = "steps[" + std::to_string(index) + "]";
      if (!step.is_object() || !step.contains("call") || !step["call"].is_string())
        throw ScriptError(where + ": needs a \"call\"");
      const std::string call = step["call"];
      const json a = step.value("args", json::object());
      if (!a.is_object()) throw ScriptError(where + ": \"args\" must be an object");
      json entry = {{"step", index}, {"call", call}};
      const auto t0 = std::chrono::steady_clock::now();
      json frames = json::array();
      auto checkFrame = [&](int frame) {
        if (frame < 0 || frame >= media.frameCount)
          throw ScriptError(where + ": frame " + std::to_string(frame) + " is outside the video (0.." +
                            std::to_string(media.frameCount - 1) + ")");
        return frame;
      };
      if (call == "init_state") {
        // The video is --video.
      } else if (call == "add_new_points_or_box") {
        const int frame = checkFrame(intArg(a, "frame_idx", where)), obj = intArg(a, "obj_id", where);
        if (obj < 0) throw ScriptError(where + ": obj_id must be >= 0");
        std::vector<s2s::PointPrompt> points;
        if (a.contains("points") && !a["points"].is_null()) {
          const json& pts = a["points"];
          const json labels = a.value("labels", json::array());
          if (!pts.is_array() || !labels.is_array() || labels.size() != pts.size())
            throw ScriptError(where + ": points [[x, y], ...] need one label (1 object, 0 background) each");
          for (size_t i = 0; i < pts.size(); ++i) {
            if (!pts[i].is_array() || pts[i].size() != 2 || !pts[i][0].is_number() || !pts[i][1].is_number() ||
                !labels[i].is_number_integer() || (labels[i] != 0 && labels[i] != 1))
              throw ScriptError(where + ": each point is [x, y] with label 1 or 0");
            points.push_back({pts[i][0].get<double>(), pts[i][1].get<double>(), labels[i].get<int>() == 1});
          }
        }
        std::optional<s2s::BoxPrompt> box;
        if (a.contains("box") && !a["box"].is_null()) {
          const json& b = a["box"];
          if (!b.is_array() || b.size() != 4 || !b[0].is_number() || !b[1].is_number() || !b[2].is_number() ||
              !b[3].is_number())
            throw ScriptError(where + ": box is [x0, y0, x1, y1]");
          box = s2s::BoxPrompt{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
        }
        if (!a.value("clear_old_points", true)) {
          if (box) throw ScriptError(where + ": a box needs clear_old_points true (as in SAM 2)");
          // The frame's earlier clicks stay: the app sends every click of the frame.
          if (const s2s::FrameAnnotation* prev = driver.project().annotation(driver.mediaId(), frame, obj);
              prev && s2s::VideoEditor::isPersonMade(*prev))
            points.insert(points.begin(), prev->points.begin(), prev->points.end());
        }
        const auto outcome = driver.prompt(frame, obj, points, box);
        if (!outcome.error.isEmpty()) throw ScriptError(where + ": " + outcome.error.toStdString());
        entry["ms"] = outcome.answer.milliseconds;
        if (outcome.answer.result)
          frames.push_back({{"frame_idx", frame}, {"objects", {reporter.object(index, frame, *outcome.answer.result)}}});
      } else if (call == "add_new_mask") {
        const int frame = checkFrame(intArg(a, "frame_idx", where)), obj = intArg(a, "obj_id", where);
        if (!a.contains("mask") || !a["mask"].is_string())
          throw ScriptError(where + ": \"mask\" must name a PNG file");
        driver.setManualMask(frame, obj,
                             readMaskPng(scriptDir.filePath(QString::fromStdString(a["mask"].get<std::string>())),
                                         media.width, media.height));
      } else if (call == "propagate_in_video" || call == "retrack") {
        cli::VideoDriver::RunOutcome run;
        if (call == "retrack") {
          const int frame = checkFrame(intArg(a, "frame_idx", where));
          const std::string d = a.value("direction", "forward");
          const auto direction = d == "both"       ? s2s::PropagationDirection::Both
                                 : d == "backward" ? s2s::PropagationDirection::Backward
                                 : d == "forward"  ? s2s::PropagationDirection::Forward
                                                   : throw ScriptError(where + ": direction is forward, backward or both");
          run = driver.propagateFrom(frame, direction, -1);
        } else {
          const int start = a.contains("start_frame_idx") && !a["start_frame_idx"].is_null()
                                ? checkFrame(intArg(a, "start_frame_idx", where))
                                : -1;
          const int maxFrames = a.contains("max_frame_num_to_track") && !a["max_frame_num_to_track"].is_null()
                                    ? intArg(a, "max_frame_num_to_track", where)
                                    : -1;
          run = driver.propagate(start, a.value("reverse", false) ? s2s::PropagationDirection::Backward
                                                                  : s2s::PropagationDirection::Forward,
                                 maxFrames);
        }
        if (!run.report.error.isEmpty()) throw ScriptError(where + ": " + run.report.error.toStdString());
        for (const auto& f : run.frames) frames.push_back(reporter.frame(index, f));
        entry["retrack"] = run.report.retrack;
        entry["objects_tracked"] = run.report.objects;
        entry["frames_tracked"] = run.report.framesTracked;
        entry["masks_changed"] = run.report.masksChanged;
        entry["stopped_early"] = run.report.stoppedEarly;
        if (run.report.firstFrame >= 0) entry["range"] = {run.report.firstFrame, run.report.lastFrame};
      } else if (call == "clear_all_prompts_in_frame") {
        const int frame = checkFrame(intArg(a, "frame_idx", where)), obj = intArg(a, "obj_id", where);
        const auto outcome = driver.clearPrompts(frame, obj);
        if (!outcome.error.isEmpty()) throw ScriptError(where + ": " + outcome.error.toStdString());
        if (outcome.answer.result)
          frames.push_back({{"frame_idx", frame}, {"objects", {reporter.object(index, frame, *outcome.answer.result)}}});
      } else if (call == "remove_object") {
        driver.removeObject(intArg(a, "obj_id", where));
      } else if (call == "reset_state") {
        driver.resetSession();
      } else {
        throw ScriptError(where + ": unknown call \"" + call + "\"");
      }
      if (!entry.contains("ms"))
        entry["ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      entry["frames"] = frames;
      steps.push_back(entry);
      ++index;
    }
    if (parser.isSet(masks)) {
      const QString dir = parser.value(masks);
      for (const s2s::AnnotatedObject& o : driver.project().objects(driver.mediaId())) {
        const QString objDir = QDir(dir).filePath(QStringLiteral("%1").arg(o.id, 3, 10, QLatin1Char('0')));
        if (!QDir().mkpath(objDir)) return cli::fail(command, QStringLiteral("cannot create folder '%1'").arg(objDir));
        for (int f : driver.project().framesWithMasks(driver.mediaId(), o.id)) {
          QString error;
          if (!cli::writeMaskPng(QDir(objDir).filePath(QStringLiteral("%1.png").arg(f, 5, 10, QLatin1Char('0'))),
                                 driver.project().annotation(driver.mediaId(), f, o.id)->mask, error))
            return cli::fail(command, error);
        }
      }
    }
    json report = {{"model", model->description()},
                   {"video", {{"path", media.path.toStdString()},
                              {"width", media.width},
                              {"height", media.height},
                              {"frames", media.frameCount}}},
                   {"predictor_options", cli::optionsJson(settings)},
                   {"steps", steps}};
    if (parser.isSet(out)) {
      QSaveFile file(parser.value(out));
      const std::string text = report.dump(1);
      if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) !=
                                                  static_cast<qint64>(text.size()) || !file.commit())
        return cli::fail(command, QStringLiteral("cannot write '%1': %2").arg(parser.value(out), file.errorString()));
    } else {
      cli::printJson(report);
    }
    return cli::kExitOk;
  } catch (const ScriptError& e) {
    return cli::fail(command, QStringLiteral("%1: %2").arg(parser.value(script), QString::fromStdString(e.what())));
  } catch (const sam2::Sam2Error& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  } catch (const s2s::MediaError& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    return cli::fail(command, QString::fromStdString(e.what()));
  }
}
