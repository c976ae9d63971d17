#pragma once
// The CLI's video sessions go through the app's own engine: a Project with the video, and the
// annotation layer's VideoEditor with its tracker thread (annotation/worker/video_editor.h), so
// `track` and `replay` cannot diverge from what the desktop app does with the same clicks. This
// wraps the editor's asynchronous calls into blocking ones (a local event loop per call).
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "annotation/project.h"
#include "annotation/worker/video_editor.h"

namespace sam2 {
class Sam2Model;
}

namespace cli {

// The video predictor's options on the command line (as the app's Video menu): the defaults suit
// correcting (README, "Correcting a video"); each flag turns one of them the other way.
struct PredictorArgs {
  PredictorArgs();
  void addTo(QCommandLineParser& parser) const;
  QCommandLineOption noCorrectAsCond, noClearAround, legacyMultiObjClear, nonOverlap, agreeFrames;
};
// The editor settings the parsed flags give (throws std::invalid_argument on a bad value).
s2s::VideoEditorSettings videoSettings(const QCommandLineParser& parser, const PredictorArgs& args);
// The settings in SAM 2's names, for JSON summaries.
nlohmann::json optionsJson(const s2s::VideoEditorSettings& settings);
// A binary PNG (255 = object) of a mask, written atomically.
bool writeMaskPng(const QString& path, const s2s::Rle& mask, QString& error);

class VideoDriver {
 public:
  // Opens the video (file or frame folder) as the project's only media item and gives the
  // editor the loaded weights. Throws s2s::MediaError / std::runtime_error.
  VideoDriver(const QString& videoPath, std::shared_ptr<const sam2::Sam2Model> weights,
              const s2s::VideoEditorSettings& settings);
  ~VideoDriver();

  s2s::Project& project() { return *project_; }
  s2s::VideoEditor& editor() { return *editor_; }
  int mediaId() const { return mediaId_; }
  const s2s::MediaItem& media() const { return *project_->media(mediaId_); }

  // The object with this id (added when new). Ids are the caller's (0 and up).
  void ensureObject(int objectId);

  struct PromptOutcome {
    s2s::PromptAnswer answer;      // with logits when the settings keep them
    QString error;
  };
  // Clicks and/or a box on a frame (every click of that frame for the object).
  PromptOutcome prompt(int frame, int objectId, const std::vector<s2s::PointPrompt>& points,
                       const std::optional<s2s::BoxPrompt>& box);
  PromptOutcome clearPrompts(int frame, int objectId);
  // A mask drawn by a person (the app's brush): a conditioning mask from the next request on.
  void setManualMask(int frame, int objectId, const s2s::Rle& mask);

  struct RunOutcome {
    std::vector<s2s::TrackedFrame> frames;  // as computed, with logits when kept
    s2s::VideoRunReport report;
  };
  // The editor's propagate (every object, or `objects`) and propagateFrom (re-track what changed
  // on `frame`).
  // With `onFrame`, each frame goes to it as it arrives and RunOutcome::frames stays empty (a long
  // video's results need not all wait in memory).
  using FrameHandler = std::function<void(const s2s::TrackedFrame&)>;
  RunOutcome propagate(int startFrame, s2s::PropagationDirection direction, int maxFrames,
                       const std::vector<int>& objects = {}, const FrameHandler& onFrame = {});
  RunOutcome propagateFrom(int frame, s2s::PropagationDirection direction, int maxFrames);
  void removeObject(int objectId);
  void resetSession();

 private:
  RunOutcome waitForRun(bool started, const FrameHandler& onFrame = {});
  PromptOutcome waitForPrompt(const std::function<quint64()>& send, const char* refused);
  QString lastMessage_;
  std::unique_ptr<s2s::Project> project_;
  std::unique_ptr<s2s::VideoEditor> editor_;  // declared after project_: destroyed first
  int mediaId_ = -1;
};

}  // namespace cli
