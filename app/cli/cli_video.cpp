#include "cli/cli_video.h"

#include <QEventLoop>
#include <QTimer>
#include <QUndoStack>

#include <stdexcept>

#include "annotation/commands.h"
#include "annotation/media_source.h"

namespace cli {

PredictorArgs::PredictorArgs()
    : noCorrectAsCond(QStringLiteral("no-correct-as-cond"),
                      QStringLiteral("add_all_frames_to_correct_as_cond off: a click on a tracked frame is not kept as "
                                     "a conditioning frame (the next propagation over it re-tracks it).")),
      noClearAround(QStringLiteral("no-clear-memory-around-input"),
                    QStringLiteral("clear_non_cond_mem_around_input off: tracked memory next to a correction is kept.")),
      legacyMultiObjClear(QStringLiteral("legacy-multi-object-clearing"),
                          QStringLiteral("clear_non_cond_mem_for_multi_obj off: memory around inputs is cleared only "
                                         "while there is a single object (the legacy predictor).")),
      nonOverlap(QStringLiteral("non-overlap-masks"),
                 QStringLiteral("non_overlap_masks on: each pixel belongs to at most one object.")),
      agreeFrames(QStringLiteral("agree-frames"),
                  QStringLiteral("Re-tracking after a correction stops once N consecutive frames agree with the "
                                 "stored masks (IoU >= 0.98); 0: never (default 5)."),
                  QStringLiteral("N"), QStringLiteral("5")) {}

void PredictorArgs::addTo(QCommandLineParser& parser) const {
  for (const auto* o : {&noCorrectAsCond, &noClearAround, &legacyMultiObjClear, &nonOverlap, &agreeFrames})
    parser.addOption(*o);
}

s2s::VideoEditorSettings videoSettings(const QCommandLineParser& parser, const PredictorArgs& args) {
  s2s::VideoEditorSettings s;
  s.predictor.addAllFramesToCorrectAsCond = !parser.isSet(args.noCorrectAsCond);
  s.predictor.clearNonCondMemAroundInput = !parser.isSet(args.noClearAround);
  s.predictor.clearNonCondMemForMultiObj = !parser.isSet(args.legacyMultiObjClear);
  s.predictor.nonOverlapMasks = parser.isSet(args.nonOverlap);
  bool ok = false;
  s.agreeFrames = parser.value(args.agreeFrames).toInt(&ok);
  if (!ok || s.agreeFrames < 0) throw std::invalid_argument("--agree-frames must be a whole number >= 0");
  return s;
}

nlohmann::json optionsJson(const s2s::VideoEditorSettings& s) {
  return {{"add_all_frames_to_correct_as_cond", s.predictor.addAllFramesToCorrectAsCond},
          {"clear_non_cond_mem_around_input", s.predictor.clearNonCondMemAroundInput},
          {"clear_non_cond_mem_for_multi_obj", s.predictor.clearNonCondMemForMultiObj},
          {"non_overlap_masks", s.predictor.nonOverlapMasks},
          {"retrack_agree_frames", s.agreeFrames},
          {"retrack_agree_iou", s.agreeIou}};
}

VideoDriver::VideoDriver(const QString& videoPath, std::shared_ptr<const sam2::Sam2Model> weights,
                         const s2s::VideoEditorSettings& settings)
    : project_(std::make_unique<s2s::Project>()), editor_(std::make_unique<s2s::VideoEditor>()) {
  const auto source = s2s::MediaSource::open(videoPath);
  const s2s::MediaInfo& info = source->info();
  s2s::MediaItem item;
  item.kind = info.kind;
  item.path = info.path;
  item.width = info.width;
  item.height = info.height;
  item.frameCount = info.frameCount;
  item.fps = info.fps;
  mediaId_ = project_->addMedia(item);
  editor_->setProject(project_.get());
  editor_->setSettings(settings);
  s2s::ModelSpec spec;
  spec.checkpoint = QStringLiteral("(loaded by the CLI)");
  editor_->tracker()->useModel(std::move(weights), spec);
  QObject::connect(editor_.get(), &s2s::VideoEditor::message, [this](const QString& text) { lastMessage_ = text; });
}

VideoDriver::~VideoDriver() = default;

void VideoDriver::ensureObject(int objectId) {
  if (project_->object(mediaId_, objectId) != nullptr) return;
  s2s::AnnotatedObject obj;
  obj.id = objectId;
  obj.name = QStringLiteral("Object %1").arg(objectId);
  project_->undoStack()->push(new s2s::AddObjectCommand(project_.get(), mediaId_, obj));
}

namespace {
// Runs the event loop until `done` or the timeout (none: wait for ever).
void waitUntil(const std::function<bool()>& done) {
  QEventLoop loop;
  QTimer poll;
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (done()) loop.quit();
  });
  poll.start(1);
  if (!done()) loop.exec();
}
}  // namespace

VideoDriver::PromptOutcome VideoDriver::waitForPrompt(const std::function<quint64()>& send, const char* refused) {
  PromptOutcome out;
  std::optional<s2s::PromptAnswer> answer;
  bool applied = false;
  // The tracker's answer carries the logits; the editor's signal says it is in the project.
  const auto c1 = QObject::connect(editor_->tracker(), &s2s::VideoTracker::prompted,
                                   [&](const s2s::PromptAnswer& a) { answer = a; });
  const auto c2 = QObject::connect(editor_.get(), &s2s::VideoEditor::promptApplied,
                                   [&](quint64, int, int, int, const QString& error) {
                                     applied = true;
                                     out.error = error;
                                   });
  lastMessage_.clear();
  if (send() == 0) {
    out.error = lastMessage_.isEmpty() ? QString::fromLatin1(refused) : lastMessage_;
  } else {
    waitUntil([&] { return applied; });
    if (answer) out.answer = *answer;
  }
  QObject::disconnect(c1);
  QObject::disconnect(c2);
  return out;
}

VideoDriver::PromptOutcome VideoDriver::prompt(int frame, int objectId, const std::vector<s2s::PointPrompt>& points,
                                               const std::optional<s2s::BoxPrompt>& box) {
  ensureObject(objectId);
  return waitForPrompt([&] { return editor_->prompt(mediaId_, frame, objectId, points, box); },
                       "the prompt was refused");
}

VideoDriver::PromptOutcome VideoDriver::clearPrompts(int frame, int objectId) {
  return waitForPrompt([&] { return editor_->clearPrompts(mediaId_, frame, objectId); }, "nothing to clear");
}

void VideoDriver::setManualMask(int frame, int objectId, const s2s::Rle& mask) {
  ensureObject(objectId);
  s2s::FrameAnnotation ann;
  ann.mask = mask;
  ann.source = s2s::MaskSource::Manual;
  project_->undoStack()->push(new s2s::SetMaskCommand(project_.get(), mediaId_, frame, objectId, ann));
}

VideoDriver::RunOutcome VideoDriver::waitForRun(bool started, const FrameHandler& onFrame) {
  RunOutcome out;
  if (!started) {
    out.report.error = lastMessage_.isEmpty() ? QStringLiteral("the propagation was refused") : lastMessage_;
    return out;
  }
  std::optional<s2s::VideoRunReport> report;
  const auto c1 = QObject::connect(editor_.get(), &s2s::VideoEditor::frameTracked,
                                   [&](const s2s::TrackedFrame& f) {
                                     if (onFrame)
                                       onFrame(f);
                                     else
                                       out.frames.push_back(f);
                                   });
  const auto c2 = QObject::connect(editor_.get(), &s2s::VideoEditor::runFinished,
                                   [&](const s2s::VideoRunReport& r) { report = r; });
  waitUntil([&] { return report.has_value(); });
  QObject::disconnect(c1);
  QObject::disconnect(c2);
  out.report = *report;
  return out;
}

VideoDriver::RunOutcome VideoDriver::propagate(int startFrame, s2s::PropagationDirection direction, int maxFrames,
                                               const std::vector<int>& objects, const FrameHandler& onFrame) {
  lastMessage_.clear();
  // Connected before the call: the first frames may be answered before it returns to the loop.
  return waitForRun(editor_->propagate(mediaId_, startFrame, direction, maxFrames, objects), onFrame);
}

VideoDriver::RunOutcome VideoDriver::propagateFrom(int frame, s2s::PropagationDirection direction, int maxFrames) {
  lastMessage_.clear();
  return waitForRun(editor_->propagateFrom(mediaId_, frame, direction, maxFrames));
}

void VideoDriver::removeObject(int objectId) {
  if (project_->object(mediaId_, objectId) == nullptr)
    throw std::runtime_error("there is no object " + std::to_string(objectId));
  project_->undoStack()->push(new s2s::RemoveObjectCommand(project_.get(), mediaId_, objectId));
}

void VideoDriver::resetSession() { editor_->tracker()->forgetMedia(mediaId_); }

}  // namespace cli
