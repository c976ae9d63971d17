// Video annotation in the desktop app with the golden checkpoint (tests/data/sam2_mini) on the
// golden 10-frame clip (frame folder) and a short H.264 clip (tests/data/media/videos): prompt,
// propagate, add an object mid-video, correct and re-propagate, cancel, undo, clear and delete,
// the timeline and its shortcuts. SAM2_VIDEO_SCREENSHOT=<png> also writes the screenshot of the
// window with two tracked objects (docs/screenshot-video.png).
#include <QAction>
#include <QDockWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QHelpEvent>
#include <QUndoStack>

#include <atomic>

#include "annotation/project.h"
#include "annotation/worker/embedding_cache.h"
#include "annotation/worker/inference_client.h"
#include "annotation/worker/inference_worker.h"
#include "annotation/worker/shared_weights.h"
#include "annotation/worker/thread_guard.h"
#include "annotation/worker/video_tracker.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/canvas_view.h"
#include "ui/main_window.h"
#include "ui/timeline_widget.h"
#include "ui/video_controller.h"
#include "ui/video_ui.h"
#include "ui/masklet_history_dialog.h"
#include <QTableWidget>
#include "model/sam2_model.h"
#include "model/video_session.h"
#include "annotation/media_source.h"

using namespace s2s;
using namespace s2s::ui;

namespace {
const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);
QString checkpoint() { return kData + QStringLiteral("/sam2_mini/sam2_mini.pt"); }
QString frameFolder() { return kData + QStringLiteral("/sam2_mini/frames"); }
QString videoClip() { return kData + QStringLiteral("/media/videos/dog_h264_gop12.mp4"); }
constexpr int kFrames = 10;  // the golden clip

// Every mask of an object on a media item: frame -> annotation.
std::map<int, FrameAnnotation> masksOf(Project* p, int media, int objectId) {
    std::map<int, FrameAnnotation> out;
    for (int f : p->framesWithMasks(media, objectId))
        out[f] = *p->annotation(media, f, objectId);
    return out;
}
// Video frames are decoded off the GUI thread: a seek is done when the frame is on screen.
bool seekAndWait(VideoController* video, int frame) {
    if (!video->seek(frame))
        return false;
    return QTest::qWaitFor([&] { return video->frame() == frame && !video->annotator()->isFrameLoading(); },
                           30000);
}
} // namespace

class TestUiVideo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;

    // A window with the golden model loaded and frame 0 of a video shown.
    std::unique_ptr<MainWindow> readyWindow(const QString& media = frameFolder()) {
        auto w = std::make_unique<MainWindow>();
        w->setInteractive(false);
        w->resize(1200, 800);
        w->show();
        QSignalSpy ready(w.get(), &MainWindow::modelReady);
        w->loadModel(checkpoint());
        if (!w->inference()->isModelLoaded() && !ready.wait(120000))
            return nullptr;
        const int added = media == frameFolder() ? w->addFrameFolder(media) : w->openMedia({media});
        if (added != 1 || !QTest::qWaitFor([&] { return w->annotator()->mediaId() >= 0; }, 30000))
            return nullptr;
        return w;
    }

    // A positive click on `frame`; a new object when newObject. Returns the object's id.
    int clickObject(MainWindow& w, int frame, QPointF pos, bool newObject) {
        VideoController* video = w.videoController();
        if (!seekAndWait(video, frame))
            return -1;
        if (newObject)
            w.annotator()->startNewObject();
        QSignalSpy idle(w.annotator(), &Annotator::idle);
        w.annotator()->addPoint(pos, true);
        if (w.annotator()->pendingRequests() > 0 && !idle.wait(60000))
            return -1;
        const int id = w.annotator()->selectedObject();
        const FrameAnnotation* ann = w.project()->annotation(w.annotator()->mediaId(), frame, id);
        return ann && ann->source == MaskSource::Model && !ann->mask.isEmpty() ? id : -1;
    }

    // Propagates from frame `start` and waits for the end; returns the frames reported. (The
    // canvas follows a running propagation, so the current frame is set explicitly each time.)
    int propagateAndWait(MainWindow& w, int start, PropagationDirection direction, int maxFrames = -1,
                         bool* cancelled = nullptr) {
        if (!seekAndWait(w.videoController(), start))
            return -3;
        QSignalSpy finished(w.videoController(), &VideoController::propagationFinished);
        if (!w.videoController()->propagate(direction, maxFrames))
            return -1;
        if (!finished.wait(300000))
            return -2;
        const QList<QVariant> args = finished.takeFirst();
        if (cancelled)
            *cancelled = args.at(1).toBool();
        if (!args.at(2).toString().isEmpty())
            qWarning("propagation error: %s", qPrintable(args.at(2).toString()));
        return args.at(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings(settingsDir_.path());
        QDir(EmbeddingCache::defaultDirectory()).removeRecursively();
        ThreadGuard::resetViolations();
    }

    void cleanupTestCase() { QCOMPARE(ThreadGuard::violations(), 0); }

    // The Video menu's shortcuts are window shortcuts that clash with no other action's.
    void videoShortcutsAreUnique() {
        MainWindow w;
        w.setInteractive(false);
        TimelinePanel* panel = timelinePanelOf(&w);
        QVERIFY(panel);
        QVERIFY(!panel->videoActions().isEmpty());
        std::map<QString, QString> owner;
        for (QAction* act : w.actions()) {
            for (const QKeySequence& key : act->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                QVERIFY2(owner.count(k) == 0,
                         qPrintable(QStringLiteral("%1 is used by %2 and %3").arg(k, owner[k], act->objectName())));
                owner[k] = act->objectName();
            }
        }
        for (QAction* act : panel->videoActions())
            QVERIFY2(w.actions().contains(act), qPrintable(act->objectName()));
        QCOMPARE(owner.at(QStringLiteral("Ctrl+P")), QStringLiteral("video.propagateForward"));
        QCOMPARE(owner.at(QStringLiteral("K")), QStringLiteral("video.play"));
    }

    // Prompt one object, propagate forward: masks on the later frames, one undo step that undo
    // removes and redo restores; the prompted frame stays the person's.
    void propagateForwardThenUndo() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        QVERIFY(w->videoController()->isVideo());
        QCOMPARE(w->videoController()->frameCount(), kFrames);
        const int obj = clickObject(*w, 3, {70, 117}, true);
        QVERIFY(obj >= 0);
        const FrameAnnotation prompted = *p->annotation(media, 3, obj);
        const int stepsBefore = p->undoStack()->count();

        QCOMPARE(propagateAndWait(*w, 3, PropagationDirection::Forward), kFrames - 3);
        QCOMPARE(p->undoStack()->count(), stepsBefore + 1);  // one propagation = one undo step
        QCOMPARE(*p->annotation(media, 3, obj), prompted);    // the person's frame is untouched
        for (int f = 0; f < 3; ++f)
            QVERIFY(p->annotation(media, f, obj) == nullptr);
        int tracked = 0;
        for (int f = 4; f < kFrames; ++f) {
            const FrameAnnotation* ann = p->annotation(media, f, obj);
            if (ann == nullptr)
                continue;
            QCOMPARE(ann->source, MaskSource::Propagation);
            QVERIFY(ann->score.has_value());
            QVERIFY(w->videoController()->confidence(obj, f).has_value());
            ++tracked;
        }
        QVERIFY2(tracked >= 3, "the object should be tracked on the later frames");
        const auto afterRun = masksOf(p, media, obj);

        p->undoStack()->undo();
        QCOMPARE(p->framesWithMasks(media, obj), std::vector<int>{3});
        QCOMPARE(*p->annotation(media, 3, obj), prompted);
        p->undoStack()->redo();
        QCOMPARE(masksOf(p, media, obj), afterRun);

        // Backward from the prompted frame fills 0..2 and leaves the forward run alone.
        QCOMPARE(propagateAndWait(*w, 3, PropagationDirection::Backward), 4);
        for (int f = 4; f < kFrames; ++f)
            QCOMPARE(masksOf(p, media, obj).count(f), afterRun.count(f));
        QVERIFY(p->annotation(media, 0, obj) != nullptr);
    }

    // A second object added mid-video: tracking it leaves the first object's earlier masks alone.
    void secondObjectMidVideo() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        const int first = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(first >= 0);
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), kFrames);
        const auto firstBefore = masksOf(p, media, first);
        QVERIFY(firstBefore.size() >= 4);

        // A point where the video predictor sees an object on its first frame (random weights).
        const int second = clickObject(*w, 5, {230, 140}, true);
        QVERIFY(second >= 0);
        QVERIFY(second != first);
        QCOMPARE(masksOf(p, media, first), firstBefore);  // adding did not reset the first
        QCOMPARE(propagateAndWait(*w, 5, PropagationDirection::Forward), kFrames - 5);
        const auto secondMasks = masksOf(p, media, second);
        QVERIFY(secondMasks.count(5) == 1);
        QVERIFY(secondMasks.size() >= 2);
        for (const auto& [f, ann] : secondMasks)
            QVERIFY(f >= 5);  // forward from 5 only
        const auto firstAfter = masksOf(p, media, first);
        for (int f = 0; f < 5; ++f) {
            QCOMPARE(firstAfter.count(f), firstBefore.count(f));
            if (firstBefore.count(f))
                QCOMPARE(firstAfter.at(f), firstBefore.at(f));  // not re-tracked: unchanged
        }
    }

    // A correction on a later frame (eraser) wins: it survives re-propagation and changes what is
    // tracked after it.
    void correctionPersists() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        const int obj = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(obj >= 0);
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), kFrames);
        const auto tracked = masksOf(p, media, obj);
        QVERIFY(tracked.count(6) == 1);

        // Erase the right two thirds of the object's mask on frame 6.
        QVERIFY(seekAndWait(w->videoController(), 6));
        w->annotator()->selectObject(obj);
        QImage stroke(320, 180, QImage::Format_Grayscale8);
        stroke.fill(0);
        QPainter(&stroke).fillRect(QRect(107, 0, 213, 180), Qt::white);
        w->annotator()->paintMask(stroke, true);
        const FrameAnnotation* corrected = p->annotation(media, 6, obj);
        QVERIFY(corrected != nullptr);
        QCOMPARE(corrected->source, MaskSource::Manual);
        const FrameAnnotation correction = *corrected;
        QVERIFY(correction.mask.area() < tracked.at(6).mask.area());
        QVERIFY(w->videoController()->keyframes() == (std::vector<int>{0, 6}));

        QCOMPARE(propagateAndWait(*w, 6, PropagationDirection::Forward), kFrames - 6);
        QCOMPARE(*p->annotation(media, 6, obj), correction);  // the correction persists
        // Tracking from a mask with nothing on the right leaves the right side empty afterwards
        // (before the correction the object covered it).
        bool changed = false;
        for (int f = 7; f < kFrames; ++f) {
            const FrameAnnotation* ann = p->annotation(media, f, obj);
            const bool had = tracked.count(f) == 1;
            if ((ann == nullptr) != !had || (ann && had && !(ann->mask == tracked.at(f).mask)))
                changed = true;
        }
        QVERIFY2(changed, "re-propagation after the correction should change the later frames");
        for (int f = 0; f < 6; ++f)  // frames before the correction were not re-tracked
            QCOMPARE(masksOf(p, media, obj).count(f), tracked.count(f));

        // Clear from frame 6 on removes the correction too; the next propagation drops it from the
        // session (frames 7.. are tracked from frame 0 again).
        QVERIFY(seekAndWait(w->videoController(), 6));
        w->videoController()->clearFromCurrentFrame(obj);
        for (int f = 6; f < kFrames; ++f)
            QVERIFY(p->annotation(media, f, obj) == nullptr);
        QCOMPARE(propagateAndWait(*w, 5, PropagationDirection::Forward), kFrames - 5);
        QVERIFY(p->annotation(media, 6, obj) != nullptr);
        QCOMPARE(p->annotation(media, 6, obj)->source, MaskSource::Propagation);
    }

    // The tracker (its own thread) runs on the image worker's weights: one model in memory, no
    // second checkpoint read.
    void trackerSharesImageWeights() {
        auto w = readyWindow();
        QVERIFY(w);
        const int obj = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(obj >= 0);
        // Counted after the click's answer: the worker serves every queued load before a click.
        const int loadsBefore = SharedWeights::loadCount();
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward, 2), 3);
        const void* imageWeights = w->inference()->worker()->weightsIdentity();
        QVERIFY(imageWeights != nullptr);
        QCOMPARE(w->videoController()->tracker()->worker()->weightsIdentity(), imageWeights);
        QCOMPARE(SharedWeights::loadCount(), loadsBefore);

        // Other weights for the image worker (here: another thread count): the tracker moves to
        // them at once instead of keeping the old ones alive beside them.
        ModelSpec other = w->inference()->modelStatus().spec;
        other.threads = other.threads == 2 ? 1 : 2;
        QSignalSpy loaded(w->inference(), &InferenceClient::modelLoaded);
        w->inference()->loadModel(other);
        QVERIFY(loaded.wait(120000));
        const void* newWeights = w->inference()->worker()->weightsIdentity();
        QVERIFY(newWeights != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(w->videoController()->tracker()->worker()->weightsIdentity(), newWeights, 60000);
        QCOMPARE(SharedWeights::loadCount(), loadsBefore + 1);
    }

    // Seeking in a video decodes off the GUI thread: the call returns before the frame is
    // decoded, only the newest of several quick seeks is shown, and playback, stepping and
    // propagation turn the canvas decoder's read-ahead in their direction.
    void videoFramesDecodeInBackgroundWithReadAhead() {
        auto w = readyWindow(videoClip());
        QVERIFY(w);
        VideoController* video = w->videoController();
        Annotator* annotator = w->annotator();
        QCOMPARE(video->frame(), 0);
        QSignalSpy shown(annotator, &Annotator::frameShown);
        QVERIFY(video->seek(60));
        QVERIFY(video->seek(30));
        // Nothing was decoded on this thread: the old frame is still shown, the new one loading.
        QCOMPARE(video->frame(), 0);
        QVERIFY(annotator->isFrameLoading());
        QCOMPARE(annotator->requestedFrame(), 30);
        QTRY_VERIFY_WITH_TIMEOUT(!annotator->isFrameLoading(), 30000);
        QCOMPARE(video->frame(), 30);
        QCOMPARE(shown.count(), 1);  // frame 60 was asked for, then dropped unseen
        QCOMPARE(shown.first().at(1).toInt(), 30);
        QCOMPARE(annotator->currentImage().size(), QSize(320, 180));

        // Playing forward reads ahead forward; the read-ahead thread decodes frames before the
        // canvas asks for them.
        QCOMPARE(annotator->mediaStats().readAheadDirection, 0);
        video->play();
        QCOMPARE(annotator->mediaStats().readAheadDirection, +1);
        QTRY_VERIFY_WITH_TIMEOUT(annotator->mediaStats().readAheadFrames > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(video->frame() >= 33, 30000);
        video->pause();
        QCOMPARE(annotator->mediaStats().readAheadDirection, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!annotator->isFrameLoading(), 30000);
        video->step(-1);
        QCOMPARE(annotator->mediaStats().readAheadDirection, -1);
        QTRY_VERIFY_WITH_TIMEOUT(!annotator->isFrameLoading(), 30000);

        // A propagation the canvas follows reads ahead in the propagation's direction.
        const int obj = clickObject(*w, 10, {160, 100}, true);
        QVERIFY(obj >= 0);
        QSignalSpy finished(video, &VideoController::propagationFinished);
        QCOMPARE(annotator->mediaStats().readAheadDirection, -1);  // still from the step back
        QVERIFY(video->propagate(PropagationDirection::Forward, 3));
        QCOMPARE(annotator->mediaStats().readAheadDirection, +1);
        QVERIFY(finished.wait(300000));
        QCOMPARE(annotator->mediaStats().readAheadDirection, 0);
    }

    // Cancel from inside frame 3's delivery: the worker stops before the next frame, the frames
    // computed so far are kept as one undo step.
    // SAM 2's correction semantics through the app: a click on a tracked frame is inferred with
    // the object's memory and the frame's previous logits, exactly as VideoSession::addPoints
    // gives it (checked against a session of the model layer driven with the same calls), not as
    // the image predictor would answer the same click; propagating then re-tracks only that
    // object over its stretch, other masks stay bit-identical, and undo takes back the
    // correction with its re-tracking in one step.
    void correctionClickUsesVideoMemory() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        VideoController* video = w->videoController();
        const int a = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(a >= 0);
        QVERIFY(propagateAndWait(*w, 0, PropagationDirection::Forward) > 0);
        QVERIFY(video->lastReport() && video->lastReport()->retrack);  // object A only: it was the change
        const int b = clickObject(*w, 5, {230, 140}, true);
        QVERIFY(b >= 0);
        QCOMPARE(propagateAndWait(*w, 5, PropagationDirection::Forward), kFrames - 5);
        QCOMPARE(video->lastReport()->objects, std::vector<int>{b});
        QVERIFY(p->annotation(media, 7, a) && p->annotation(media, 7, a)->source == MaskSource::Propagation);
        const auto aBefore = masksOf(p, media, a), bBefore = masksOf(p, media, b);
        const int undoBefore = p->undoStack()->index();

        // The same calls on a VideoSession of the model layer, with the app's predictor options.
        std::shared_ptr<sam2::Sam2Model> model;
        try {
            model = sam2::Sam2Model::load(checkpoint().toStdString(), {},
                                          (kData + QStringLiteral("/sam2_mini/sam2_mini.yaml")).toStdString());
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        auto frames = MediaSource::open(frameFolder());
        const int width = frames->info().width, height = frames->info().height;
        sam2::FrameSource source = [&](int i) {
            const QImage image = frames->frame(i).convertToFormat(QImage::Format_RGB888);
            std::vector<uint8_t> rgb(static_cast<size_t>(width) * height * 3);
            for (int y = 0; y < height; ++y)
                std::memcpy(rgb.data() + static_cast<size_t>(y) * width * 3, image.constScanLine(y), width * 3);
            return rgb;
        };
        sam2::VideoOptions options;
        options.addAllFramesToCorrectAsCond = true;
        options.clearNonCondMemAroundInput = true;
        sam2::VideoSession ref(model, kFrames, width, height, source, options);
        ref.addPoints(0, a, {{70, 117, 1}});
        ref.propagateObjects({a}, 0, false, std::nullopt, {});
        ref.addPoints(5, b, {{230, 140, 1}});
        ref.propagateObjects({b}, 5, false, std::nullopt, {});

        // A negative click inside object A's tracked mask on frame 7.
        const FrameAnnotation trackedAt7 = *p->annotation(media, 7, a);
        QPointF inside;
        {
            const QImage m = trackedAt7.mask.toImage();
            for (int y = m.height() / 3; y < m.height() && inside.isNull(); ++y)
                for (int x = m.width() / 3; x < m.width(); ++x)
                    if (qGray(m.pixel(x, y)) > 0) {
                        inside = QPointF(x, y);
                        break;
                    }
        }
        QVERIFY(!inside.isNull());
        const sam2::FrameResult expected =
            ref.addPoints(7, a, {{static_cast<float>(inside.x()), static_cast<float>(inside.y()), 0}});
        QVERIFY(seekAndWait(video, 7));
        w->annotator()->selectObject(a);
        QSignalSpy idle(w->annotator(), &Annotator::idle);
        w->annotator()->addPoint(inside, false);
        QVERIFY(idle.wait(60000));
        const FrameAnnotation* corrected = p->annotation(media, 7, a);
        QVERIFY(corrected && corrected->source == MaskSource::Model);
        QCOMPARE(corrected->points.size(), size_t(1));
        const sam2::ObjectResult* refA = nullptr;
        for (const auto& o : expected.objects)
            if (o.objId == a)
                refA = &o;
        QVERIFY(refA);
        // Equal up to float summation order (the two run on different threads, whose thread
        // pools may differ in size): a pixel may flip, so IoU, not bit equality.
        const Rle refCorrection = Rle::encode(refA->mask.data.data(), height, width);
        const double iouWithVideo = Rle::iou(corrected->mask, refCorrection);
        QVERIFY2(iouWithVideo >= 0.999, qPrintable(QStringLiteral("the app's correction differs from "
                                                                   "VideoSession::addPoints for the same click: IoU %1")
                                                        .arg(iouWithVideo)));
        QVERIFY(!(corrected->mask == trackedAt7.mask));  // the click changed the mask

        // The image predictor's answer to the same lone click is something else.
        SegmentRequest image;
        image.frame = w->annotator()->currentFrameRef();
        image.objectId = a;
        image.points = {PointPrompt{inside.x(), inside.y(), false}};
        image.multimask = true;
        QSignalSpy segmented(w->inference(), &InferenceClient::segmented);
        w->inference()->segment(image);
        QVERIFY(segmented.wait(60000));
        const auto imageResult = segmented.takeFirst().at(0).value<SegmentResult>();
        QVERIFY(!imageResult.masks.empty());
        const double iouWithImage = Rle::iou(imageResult.masks[imageResult.bestIndex], corrected->mask);
        qInfo("correction vs VideoSession IoU %.6f, vs the image predictor's answer IoU %.6f", iouWithVideo, iouWithImage);
        QVERIFY2(iouWithImage < 0.9, "the video correction should not be the image predictor's answer");

        // Propagate from the corrected frame: only A, only frames 7.., masks of B untouched.
        QCOMPARE(propagateAndWait(*w, 7, PropagationDirection::Forward), kFrames - 7);
        QVERIFY(video->lastReport()->retrack);
        QCOMPARE(video->lastReport()->objects, std::vector<int>{a});
        QCOMPARE(*video->lastTrackedRange(), std::make_pair(7, kFrames - 1));
        QCOMPARE(masksOf(p, media, b), bBefore);
        const auto aAfter = masksOf(p, media, a);
        for (int f = 0; f < 7; ++f) {
            QCOMPARE(aAfter.count(f), aBefore.count(f));
            if (aBefore.count(f))
                QCOMPARE(aAfter.at(f), aBefore.at(f));
        }
        // What the model layer gives when re-tracking A from the correction.
        std::map<int, Rle> refMasks;
        ref.propagateObjects({a}, 7, false, std::nullopt, [&](const sam2::FrameResult& r) {
            for (const auto& o : r.objects)
                if (o.objectScore > 0.f && o.mask.area() > 0)
                    refMasks[r.frame] = Rle::encode(o.mask.data.data(), height, width);
        });
        for (int f = 8; f < kFrames; ++f) {
            QCOMPARE(aAfter.count(f), refMasks.count(f));
            if (refMasks.count(f))
                QVERIFY2(Rle::iou(aAfter.at(f).mask, refMasks.at(f)) >= 0.999,
                         qPrintable(QStringLiteral("frame %1: IoU %2 with the model layer's re-track, areas %3 / %4")
                                        .arg(f)
                                        .arg(Rle::iou(aAfter.at(f).mask, refMasks.at(f)))
                                        .arg(aAfter.at(f).mask.area())
                                        .arg(refMasks.at(f).area())));
        }
        // One undo step: correction and re-tracking together.
        QCOMPARE(p->undoStack()->index(), undoBefore + 1);
        p->undoStack()->undo();
        QCOMPARE(masksOf(p, media, a), aBefore);
        QCOMPARE(masksOf(p, media, b), bBefore);
        p->undoStack()->redo();
        QCOMPARE(masksOf(p, media, a), aAfter);

        // Masklet history: the version before the correction is there, differs, and restores.
        MaskletHistoryDialog dialog(video->editor(), media, a);
        const auto& versions = video->editor()->history().versions(media, a);
        QVERIFY(versions.size() >= 3);  // first click, first propagation, correction, its re-track
        int trackedVersion = -1;
        for (int i = 0; i < int(versions.size()); ++i)
            if (versions[size_t(i)].frames == aBefore)
                trackedVersion = i;
        QVERIFY(trackedVersion >= 0);
        QCOMPARE(dialog.table()->rowCount(), int(versions.size()));
        QVERIFY(dialog.table()->item(trackedVersion, 3)->text() != tr("none (current)"));
        dialog.table()->selectRow(trackedVersion);
        QVERIFY(dialog.restoreSelected());
        QCOMPARE(masksOf(p, media, a), aBefore);
        QCOMPARE(masksOf(p, media, b), bBefore);
        p->undoStack()->undo();
        QCOMPARE(masksOf(p, media, a), aAfter);
    }

    // Video ▸ tracking options reach the editor and are remembered.
    void trackingOptionsInTheVideoMenu() {
        MainWindow w;
        w.setInteractive(false);
        TimelinePanel* panel = timelinePanelOf(&w);
        QVERIFY(panel);
        VideoController* video = w.videoController();
        QVERIFY(video->editorSettings().predictor.addAllFramesToCorrectAsCond);
        QVERIFY(video->editorSettings().retrackOnlyChanged);
        QAction* correctAsCond = panel->action(QStringLiteral("video.correctAsCond"));
        QAction* nonOverlap = panel->action(QStringLiteral("video.nonOverlap"));
        QVERIFY(correctAsCond && correctAsCond->isChecked() && nonOverlap && !nonOverlap->isChecked());
        correctAsCond->trigger();
        nonOverlap->trigger();
        QVERIFY(!video->editorSettings().predictor.addAllFramesToCorrectAsCond);
        QVERIFY(video->editorSettings().predictor.nonOverlapMasks);
        {
            MainWindow again;  // a new window reads them back
            QVERIFY(!again.videoController()->editorSettings().predictor.addAllFramesToCorrectAsCond);
            QVERIFY(again.videoController()->editorSettings().predictor.nonOverlapMasks);
            QVERIFY(!timelinePanelOf(&again)->action(QStringLiteral("video.correctAsCond"))->isChecked());
        }
        correctAsCond->trigger();
        nonOverlap->trigger();
        QVERIFY(video->editorSettings() == VideoEditorSettings{});
    }

    // Re-tracking stops once K consecutive frames agree with the stored masks: a change on frame 0
    // that leaves the session's input as it was (the same mask, now marked as hand-made) re-tracks
    // exactly the stored masks, so with K = 3 it ends after frames 1-3.
    void retrackStopsWhenMasksAgree() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        VideoController* video = w->videoController();
        const int a = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(a >= 0);
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), kFrames);
        const auto before = masksOf(p, media, a);
        QVERIFY(before.size() >= 5);
        FrameAnnotation same = *p->annotation(media, 0, a);
        same.source = MaskSource::Manual;
        p->undoStack()->push(new SetMaskCommand(p, media, 0, a, same));
        QVERIFY(video->editor()->changedFrames(media).count({0, a}) == 1);
        VideoEditorSettings settings = video->editorSettings();
        settings.agreeFrames = 3;
        video->editor()->setSettings(settings);  // this window only (not remembered)
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), 4);
        QVERIFY(video->lastReport()->retrack);
        QVERIFY(video->lastReport()->stoppedEarly);
        QCOMPARE(*video->lastTrackedRange(), std::make_pair(0, 3));
        QCOMPARE(masksOf(p, media, a).size(), before.size());
        for (const auto& [f, ann] : before)
            if (f > 0)
                QCOMPARE(p->annotation(media, f, a)->mask, ann.mask);
        // K = 0: never stops early.
        settings.agreeFrames = 0;
        video->editor()->setSettings(settings);
        p->undoStack()->undo();  // the frame is the click's again: a change on frame 0
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), kFrames);
        QVERIFY(!video->lastReport()->stoppedEarly);
    }

    void cancelKeepsComputedFrames() {
        auto w = readyWindow();
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        const int obj = clickObject(*w, 0, {70, 117}, true);
        QVERIFY(obj >= 0);
        VideoController* video = w->videoController();
        VideoTrackerWorker* worker = video->tracker()->worker();
        std::atomic<int> delivered{0};
        // Runs on the tracker's thread as the frame is handed out, i.e. in the middle of the run.
        auto hook = connect(worker, &VideoTrackerWorker::frameTracked, worker,
                            [&](const TrackedFrame& frame) {
                                if (++delivered == 3)
                                    worker->cancelUpTo(frame.requestId);
                            }, Qt::DirectConnection);
        QSignalSpy finished(video, &VideoController::propagationFinished);
        const int stepsBefore = p->undoStack()->count();
        QVERIFY(video->propagate(PropagationDirection::Forward));
        QVERIFY(video->runningRequestId() > 0);
        QVERIFY(w->action(QStringLiteral("undo")) && !w->action(QStringLiteral("undo"))->isEnabled());
        QVERIFY(timelinePanelOf(w.get())->action(QStringLiteral("video.cancel"))->isEnabled());
        QVERIFY(finished.wait(300000));
        disconnect(hook);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(worker->framesAfterCancel(), 0);
        QCOMPARE(p->undoStack()->count(), stepsBefore + 1);
        QVERIFY(p->annotation(media, 1, obj) != nullptr || p->annotation(media, 2, obj) != nullptr);
        for (int f = 3; f < kFrames; ++f)
            QVERIFY(p->annotation(media, f, obj) == nullptr);
        QVERIFY(w->action(QStringLiteral("undo"))->isEnabled());
        QVERIFY(!video->isPropagating());

        // The cancel belonged to that run only: the next one goes to the end.
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward), kFrames);
        QVERIFY(p->annotation(media, kFrames - 1, obj) != nullptr);
    }

    // Next N frames on a video file; deleting an object everywhere is one undo step and the
    // tracker forgets it; with no person-made frame left there is nothing to track.
    void nextFramesAndDelete() {
        auto w = readyWindow(videoClip());
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        QCOMPARE(w->videoController()->frameCount(), 75);
        const int obj = clickObject(*w, 10, {160, 100}, true);
        QVERIFY(obj >= 0);
        QCOMPARE(propagateAndWait(*w, 10, PropagationDirection::Forward, 5), 6);  // start + 5
        for (int f : p->framesWithMasks(media, obj))
            QVERIFY(f >= 10 && f <= 15);
        QCOMPARE(propagateAndWait(*w, 10, PropagationDirection::Both, 3), 8);  // 10..13 and 10..7
        QVERIFY(p->framesWithMasks(media, obj).front() >= 7);

        const int steps = p->undoStack()->count();
        w->videoController()->deleteObject(obj);
        QCOMPARE(p->undoStack()->count(), steps + 1);
        QVERIFY(p->object(media, obj) == nullptr);
        QSignalSpy messages(w->videoController(), &VideoController::message);
        QVERIFY(!w->videoController()->propagate(PropagationDirection::Forward));
        QVERIFY(!messages.isEmpty());
        p->undoStack()->undo();
        QVERIFY(p->object(media, obj) != nullptr);
        QVERIFY(p->annotation(media, 10, obj) != nullptr);
    }

    // Shortcuts and the timeline: stepping, keyframes, the rows of two tracked objects; writes
    // the screenshot when asked.
    void timelineAndScreenshot() {
        auto w = readyWindow(videoClip());
        QVERIFY(w);
        Project* p = w->project();
        const int media = w->annotator()->mediaId();
        VideoController* video = w->videoController();
        TimelinePanel* panel = timelinePanelOf(w.get());
        QVERIFY(panel);
        QVERIFY(panel->view()->isVisible());
        const int dog = clickObject(*w, 0, {160, 100}, true);
        QVERIFY(dog >= 0);
        QCOMPARE(propagateAndWait(*w, 0, PropagationDirection::Forward, 39), 40);
        const int second = clickObject(*w, 20, {120, 100}, true);
        QVERIFY(second >= 0);
        QCOMPARE(propagateAndWait(*w, 20, PropagationDirection::Forward, 19), 20);
        QCOMPARE(p->objects(media).size(), size_t{2});

        // Keyboard: Right / Left step, Shift+Right jumps to the next keyframe.
        QVERIFY(seekAndWait(video, 4));
        QTest::keyClick(w.get(), Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(video->frame(), 5, 30000);
        QTest::keyClick(w.get(), Qt::Key_Left);
        QTRY_COMPARE_WITH_TIMEOUT(video->frame(), 4, 30000);
        QTest::keyClick(w.get(), Qt::Key_Right, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(video->frame(), 20, 30000);
        QTest::keyClick(w.get(), Qt::Key_Left, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(video->frame(), 0, 30000);

        // Clicking the timeline seeks; its rows are the objects.
        TimelineView* view = panel->view();
        const int y = TimelineView::kRulerHeight + TimelineView::kRowHeight / 2;
        QCOMPARE(view->objectAt(y), dog);
        QCOMPARE(view->objectAt(y + TimelineView::kRowHeight), second);
        const int x = TimelineView::kLabelWidth + (view->width() - TimelineView::kLabelWidth) / 2;
        guitest::click(view, QPoint(x, y));
        QTRY_COMPARE_WITH_TIMEOUT(video->frame(), view->frameAt(x), 30000);
        QVERIFY(video->frame() > 20);
        // The bar of a tracked frame is painted, an untracked one is not.
        const QImage shot = view->grab().toImage();
        const QColor base = view->palette().base().color();
        int trackedFrame = -1;
        for (int f = 1; f < 20 && trackedFrame < 0; ++f)
            if (p->annotation(media, f, dog) != nullptr)
                trackedFrame = f;
        QVERIFY(trackedFrame > 0);
        int trackedX = -1;
        for (int px = TimelineView::kLabelWidth; px < view->width() && trackedX < 0; ++px)
            if (view->frameAt(px) == trackedFrame && view->frameAt(px + 2) == trackedFrame)
                trackedX = px + 1;
        QVERIFY(trackedX > 0);
        const int barY = TimelineView::kRulerHeight + 6;
        QVERIFY(shot.pixelColor(trackedX, barY) != base);
        QCOMPARE(view->frameAt(view->width() - 8), 74);
        QVERIFY(p->annotation(media, 74, dog) == nullptr);
        QCOMPARE(shot.pixelColor(view->width() - 8, barY), base);  // frame 74: never tracked

        // A cell's tooltip says what is known of it.
        QHelpEvent tip(QEvent::ToolTip, QPoint(trackedX, y), view->mapToGlobal(QPoint(trackedX, y)));
        QApplication::sendEvent(view, &tip);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("tracked")) &&
                     QToolTip::text().contains(QStringLiteral("Predicted IoU")),
                 qPrintable(QToolTip::text()));

        const QByteArray target = qgetenv("SAM2_VIDEO_SCREENSHOT");
        if (!target.isEmpty()) {
            QVERIFY(seekAndWait(video, 30));
            w->annotator()->selectObject(dog);
            QCoreApplication::processEvents();
            QVERIFY(w->grab().toImage().save(QString::fromLocal8Bit(target)));
            qInfo("wrote %s", target.constData());
        }
    }
};

QTEST_MAIN(TestUiVideo)
#include "test_ui_video.moc"
