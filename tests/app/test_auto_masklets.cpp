// The automatic-masklet job (annotation/worker/auto_masklets.h) on the app's own VideoEditor and
// tracker thread, with the golden mini model. Its proposals are scripted here (the job asks its
// owner for them), because random weights make the generator's masks span the frame: so the later
// keyframe's rules are exercised for certain. Checked: a proposal overlapping a masklet there
// (IoU >= 0.5) is dropped and its stability recorded on that masklet; one overlapping none
// becomes a masklet, tracked forwards and back to the first frame; each keyframe's additions are
// one undo step; cancel ends the job with the editor idle; an image is refused with a reason.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotation/media_source.h"
#include "annotation/project.h"
#include "annotation/worker/auto_masklets.h"
#include "annotation/worker/video_editor.h"
#include "common/disc_frames.h"

using namespace s2s;

namespace {

Rle boxMask(int height, int width, int x0, int y0, int x1, int y1) {
    std::vector<uint8_t> m(static_cast<size_t>(height) * width, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[static_cast<size_t>(y) * width + x] = 1;
    return Rle::encode(m.data(), height, width);
}

AutoMaskProposal proposal(const Rle& mask, double stability) {
    AutoMaskProposal p;
    p.mask = mask;
    p.predictedIou = 0.9;
    p.stabilityScore = stability;
    p.bbox = QRectF(0, 0, 1, 1);
    p.cropBox = QRect(0, 0, mask.width(), mask.height());
    return p;
}

int addMedia(Project& project, const QString& path) {
    const auto source = MediaSource::open(path);
    MediaItem item;
    item.kind = source->info().kind;
    item.path = source->info().path;
    item.width = source->info().width;
    item.height = source->info().height;
    item.frameCount = source->info().frameCount;
    return project.addMedia(item);
}

// A project with the clip and the app's video editor on it, the golden mini model loading.
struct Session {
    explicit Session(const QString& frames) : media(addMedia(project, frames)) {
        editor.setProject(&project);
        ModelSpec spec;
        spec.checkpoint = QStringLiteral(SAM2_TEST_DATA_DIR "/sam2_mini/sam2_mini.pt");
        spec.threads = 2;
        editor.loadModel(spec);
    }
    Project project;
    int media;
    VideoEditor editor;  // after the project: destroyed first
};

} // namespace

class TestAutoMasklets : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString frames_;
    static constexpr int kFrames = 8, kW = 64, kH = 48;


private Q_SLOTS:
    void initTestCase() {
        frames_ = dir_.filePath(QStringLiteral("clip"));
        testclip::Disc disc;
        disc.frameSize = QSize(kW, kH);
        disc.start = QPointF(12, 20);
        disc.step = 3;
        disc.radii = QSizeF(9, 8);
        QVERIFY(testclip::writeDiscFrames(frames_, kFrames, disc));
    }

    void laterKeyframesAddOnlyNewObjects() {
        Session session(frames_);
        Project& project = session.project;
        const int media = session.media;
        AutoMaskletSettings settings;
        settings.keyframeInterval = 4;  // keyframes 0 and 4
        AutoMaskletJob job(&session.editor, media, settings);
        std::vector<int> asked;
        std::map<int, double> expectedBestIou;  // frame 4: each proposal's best IoU when it was made
        QObject::connect(&job, &AutoMaskletJob::proposalsNeeded, &job, [&](int frame) {
            asked.push_back(frame);
            AutoMaskProposals run;
            if (frame == 0) {
                run.push_back(proposal(boxMask(kH, kW, 0, 0, 32, 48), 0.91));   // A: left half
                run.push_back(proposal(boxMask(kH, kW, 44, 4, 60, 16), 0.92));  // B: top right
            } else {
                // A's mask as tracked on this frame (dropped), and a small square in the corner.
                const int a = project.objects(media).front().id;
                run.push_back(proposal(*project.mask(media, frame, a), 0.77));
                run.push_back(proposal(boxMask(kH, kW, 56, 40, 62, 46), 0.93));
                for (size_t i = 0; i < run.size(); ++i) {
                    double best = 0;
                    for (const auto& [id, ann] : project.frameAnnotations(media, frame))
                        best = std::max(best, Rle::iou(run[i].mask, ann.mask));
                    expectedBestIou[static_cast<int>(i)] = best;
                }
            }
            QMetaObject::invokeMethod(&job, [&job, frame, run] { job.setProposals(frame, run); }, Qt::QueuedConnection);
        });
        QSignalSpy finished(&job, &AutoMaskletJob::finished);
        QVERIFY(job.start());
        QVERIFY(finished.wait(300000));
        const auto report = finished.first().first().value<AutoMaskletReport>();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!report.cancelled);
        QCOMPARE(asked, (std::vector<int>{0, 4}));
        QCOMPARE(report.keyframes, (std::vector<int>{0, 4}));

        // The rule, as the job saw the frame: A's own mask is dropped, the corner square is new.
        QCOMPARE(expectedBestIou.at(0), 1.0);
        QVERIFY2(expectedBestIou.at(1) < 0.5, qPrintable(QString::number(expectedBestIou.at(1))));
        QCOMPARE(report.added.at(0).size(), size_t(2));
        QCOMPARE(report.added.at(4).size(), size_t(1));
        QCOMPARE(report.objectsAdded, 3);
        const int a = report.added.at(0)[0], b = report.added.at(0)[1], c = report.added.at(4)[0];

        // A keeps its stability on frame 4 from the proposal that matched it.
        const nlohmann::json& aAuto = project.object(media, a)->attributes.at("auto");
        QCOMPARE(aAuto.at("stability_by_frame").at("0").get<double>(), 0.91);
        QCOMPARE(aAuto.at("stability_by_frame").at("4").get<double>(), 0.77);
        QCOMPARE(project.object(media, c)->attributes.at("auto").at("frame").get<int>(), 4);

        // Every masklet on every frame: C tracked back to frame 0 and on to the end.
        for (int id : {a, b, c})
            for (int f = 0; f < kFrames; ++f) {
                const FrameAnnotation* ann = project.annotation(media, f, id);
                QVERIFY2(ann, qPrintable(QStringLiteral("object %1 frame %2").arg(id).arg(f)));
                const int found = id == c ? 4 : 0;
                QCOMPARE(ann->source, f == found ? MaskSource::Model : MaskSource::Propagation);
            }
        QCOMPARE(*project.mask(media, 4, c), boxMask(kH, kW, 56, 40, 62, 46));  // its keyframe mask stays

        // Undo: the steps are keyframe 0's additions, tracking 0-4, keyframe 4's, tracking 4-7,
        // C back to 0. Undoing the last two removes C and its tracked frames.
        QUndoStack* stack = project.undoStack();
        QStringList texts;
        for (int i = 0; i < stack->count(); ++i) texts << stack->text(i);
        QCOMPARE(texts.count(QStringLiteral("Automatic masklets on frame 1 (2 new)")), 1);
        QCOMPARE(texts.count(QStringLiteral("Automatic masklets on frame 5 (1 new)")), 1);
        while (stack->canUndo() && stack->undoText() != QStringLiteral("Automatic masklets on frame 5 (1 new)")) stack->undo();
        QVERIFY(project.object(media, c) != nullptr);
        stack->undo();
        QVERIFY(project.object(media, c) == nullptr);
        QVERIFY(project.object(media, a) != nullptr);
        QVERIFY(!project.object(media, a)->attributes.at("auto").at("stability_by_frame").contains("4"));
    }

    void cancelStopsTheTracking() {
        Session session(frames_);
        Project& project = session.project;
        VideoEditor& editor = session.editor;
        const int media = session.media;
        AutoMaskletSettings settings;
        settings.keyframeInterval = 2;
        AutoMaskletJob job(&editor, media, settings);
        int asked = 0;
        QObject::connect(&job, &AutoMaskletJob::proposalsNeeded, &job, [&](int frame) {
            ++asked;
            AutoMaskProposals run{proposal(boxMask(kH, kW, 0, 0, 20, 20), 0.9)};
            QMetaObject::invokeMethod(&job, [&job, frame, run] { job.setProposals(frame, run); }, Qt::QueuedConnection);
        });
        // Cancel as soon as the first tracking starts, from the editor's own signal (this once
        // emptied the editor's request queue before it sent the request: a crash).
        QObject::connect(&editor, &VideoEditor::runStarted, &job, [&job] { job.cancel(); });
        QSignalSpy finished(&job, &AutoMaskletJob::finished);
        QVERIFY(job.start());
        QVERIFY(finished.wait(300000));
        const auto report = finished.first().first().value<AutoMaskletReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.error.isEmpty());
        QCOMPARE(asked, 1);                 // no keyframe after the cancel
        QVERIFY(!job.isRunning());
        QTRY_VERIFY(!editor.isRunning());
        QCOMPARE(project.objects(media).size(), size_t(1));  // what was made stays (undoable)
    }

    void anImageIsRefused() {
        Project project;
        const int media = addMedia(project, frames_ + QStringLiteral("/00000.png"));
        VideoEditor editor;
        editor.setProject(&project);
        AutoMaskletJob job(&editor, media, AutoMaskletSettings{});
        QSignalSpy finished(&job, &AutoMaskletJob::finished);
        QVERIFY(!job.start());
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<AutoMaskletReport>().error.contains(QStringLiteral("video")));
        AutoMaskletSettings bad;
        bad.newObjectMaxIou = 0;
        QVERIFY(!bad.validate(10).isEmpty());
        bad = AutoMaskletSettings{};
        bad.keyframeInterval = 3;
        bad.firstFrame = 1;
        bad.lastFrame = 8;
        QCOMPARE(bad.keyframes(100), (std::vector<int>{1, 4, 7}));
    }
};

QTEST_GUILESS_MAIN(TestAutoMasklets)
#include "test_auto_masklets.moc"
