#pragma once
// Automatic masklets on a video, as SA-V's automatic stage made them: the automatic mask
// generator on a keyframe, its masks tracked by the video predictor, and the generator again
// every k frames, where only proposals that overlap no masklet on that frame (IoU below a
// threshold) become new masklets. New ones are then also tracked back to the first frame, so an
// object found late is annotated wherever it is visible. Each masklet is an object marked
// automatic (attributes "auto" and "sav_masklet_type": "auto") that a person reviews and corrects
// like any other.
//
// The job drives the app's own VideoEditor (every propagation is the editor's, one undo step
// each; each keyframe's new objects are one undo step too) and asks its owner for the
// generator's proposals on a frame, so the app (InferenceClient, asynchronous) and the CLI
// (ImageModel, in-process) run the same steps:
//
//   auto* job = new AutoMaskletJob(editor, mediaId, settings, this);
//   connect(job, &AutoMaskletJob::proposalsNeeded, ..., [&](int frame) { ...; job->setProposals(frame, run); });
//   connect(job, &AutoMaskletJob::finished, ...);
//   job->start();
#include <QObject>
#include <QString>

#include <algorithm>
#include <map>
#include <vector>

#include "annotation/worker/auto_masks.h"

namespace s2s {

class VideoEditor;
struct VideoRunReport;

struct AutoMaskletSettings {
    AutoMaskSettings generator;
    int keyframeInterval = 0;        // k: the generator also runs every k frames (0: first keyframe only)
    double newObjectMaxIou = 0.5;    // a proposal becomes a masklet only below this IoU with every masklet
    int firstFrame = 0;
    int lastFrame = -1;              // -1: the video's last frame
    bool trackBack = true;           // masklets found on a later keyframe are also tracked backwards
    // The last frame the job covers on a video of `frameCount` frames.
    int lastFrameIn(int frameCount) const { return lastFrame < 0 ? frameCount - 1 : std::min(lastFrame, frameCount - 1); }
    // The keyframes these settings give on a video of `frameCount` frames, ascending.
    std::vector<int> keyframes(int frameCount) const;
    QString validate(int frameCount) const;  // empty when usable
};

struct AutoMaskletReport {
    int mediaId = -1;
    std::vector<int> keyframes;       // keyframes the generator ran on
    std::map<int, int> proposals;     // keyframe -> proposals the generator gave
    std::map<int, std::vector<int>> added;  // keyframe -> objects added there
    int objectsAdded = 0;
    int framesTracked = 0;            // frame results of the job's propagations (summed)
    bool cancelled = false;
    QString error;                    // empty on success
};

class AutoMaskletJob : public QObject {
    Q_OBJECT
public:
    AutoMaskletJob(VideoEditor* editor, int mediaId, AutoMaskletSettings settings, QObject* parent = nullptr);
    ~AutoMaskletJob() override;

    // Begins with proposalsNeeded(first keyframe). False (with finished emitted) when the
    // settings or the media cannot be used, or the editor is busy.
    bool start();
    // The generator's answer for the frame last asked for; nullopt: it was cancelled.
    void setProposals(int frame, const AutoMaskRun& run);
    // The generator failed on that frame: the job ends with this error.
    void fail(const QString& message);
    // Stops the running propagation; a generator run still owed is ignored when it comes (its
    // owner cancels it). Ends with finished(cancelled).
    void cancel();
    bool isRunning() const { return running_; }
    const AutoMaskletSettings& settings() const { return settings_; }

    // The object a kept proposal becomes on `frame` (autoObject plus the video markings).
    static AnnotatedObject masklet(const AutoMaskProposal& proposal, int number, int frame);
    // Records a later keyframe's proposal that matched an existing automatic masklet: its
    // stability score on that frame (SA-V's auto files list one per annotated frame).
    static void noteStability(AnnotatedObject& object, int frame, double stability);

Q_SIGNALS:
    void proposalsNeeded(int frame);
    // Keyframes done and in all, and the stage ("generating on frame 30", "tracking 30-60").
    void progress(int done, int total, const QString& stage);
    void finished(const s2s::AutoMaskletReport& report);

private:
    void askNext();
    void trackForward(int from);
    void trackBackward();
    void onRunFinished(const VideoRunReport& run);
    void finish(const QString& error = QString());

    VideoEditor* editor_;
    int mediaId_;
    AutoMaskletSettings settings_;
    std::vector<int> keyframes_;
    size_t next_ = 0;                 // index in keyframes_ of the keyframe to generate on next
    int awaiting_ = -1;               // frame whose proposals are owed (-1: none)
    std::vector<std::pair<int, std::vector<int>>> backQueue_;  // (keyframe, new objects) to track back
    enum class Stage { Idle, Generating, Forward, Backward } stage_ = Stage::Idle;
    QString lastMessage_;             // the editor's last message (why it refused a run)
    bool running_ = false, cancelled_ = false;
    AutoMaskletReport report_;
};

} // namespace s2s

Q_DECLARE_METATYPE(s2s::AutoMaskletReport)
