// Review states (issue 20, item 1) in the domain: a verdict per mask with who and when, the
// masklet's state derived from its masks, one undo step per verdict, a changed mask losing its
// verdict (but not on undo), and the project file keeping it all.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "annotation/commands.h"
#include "annotation/errors.h"
#include "annotation/project.h"
#include "annotation/project_io.h"

using namespace s2s;

namespace {

Rle boxMask(int x0, int x1) {
    constexpr int h = 48, w = 64;
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    for (int y = 10; y < 30; ++y)
        for (int x = x0; x < x1; ++x) m[std::size_t(y) * w + x] = 1;
    return Rle::encode(m.data(), h, w);
}

Review verdict(ReviewState state) { return {state, QStringLiteral("ana"), QStringLiteral("2026-12-06T03:00:00Z")}; }

// A 10-frame video with two objects; object A has masks on frames 0-4, object B on 0-2.
struct Fixture {
    Project p;
    int media = -1, a = -1, b = -1;
    Fixture() {
        media = p.addMedia({-1, MediaKind::Video, QStringLiteral("v.mp4"), QString(), 64, 48, 10, 30.0,
                            nlohmann::json::object(), false});
        a = p.addObject(media, AnnotatedObject{});
        b = p.addObject(media, AnnotatedObject{});
        for (int f = 0; f < 5; ++f) p.setMask(media, f, a, boxMask(5 + f, 25 + f), MaskSource::Propagation);
        for (int f = 0; f < 3; ++f) p.setMask(media, f, b, boxMask(40, 50), MaskSource::Manual);
    }
};

} // namespace

class TestReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verdictsAreNotMaskEdits() {
        Fixture fx;
        QSignalSpy masks(&fx.p, &Project::maskChanged);
        QSignalSpy reviews(&fx.p, &Project::reviewChanged);
        QVERIFY(fx.p.setReview(fx.media, 1, fx.a, verdict(ReviewState::Accepted)));
        QVERIFY(!fx.p.setReview(fx.media, 7, fx.a, verdict(ReviewState::Accepted)));  // no mask there
        QCOMPARE(masks.count(), 0);
        QCOMPARE(reviews.count(), 1);
        QCOMPARE(fx.p.annotation(fx.media, 1, fx.a)->review, verdict(ReviewState::Accepted));
    }

    void maskletStateFollowsItsMasks() {
        Fixture fx;
        QCOMPARE(fx.p.maskletReview(fx.media, fx.a), ReviewState::NotReviewed);
        for (int f = 0; f < 4; ++f) fx.p.setReview(fx.media, f, fx.a, verdict(ReviewState::Accepted));
        QCOMPARE(fx.p.maskletReview(fx.media, fx.a), ReviewState::NotReviewed);  // frame 4 is left
        fx.p.setReview(fx.media, 4, fx.a, verdict(ReviewState::Accepted));
        QCOMPARE(fx.p.maskletReview(fx.media, fx.a), ReviewState::Accepted);
        fx.p.setReview(fx.media, 2, fx.a, verdict(ReviewState::NeedsFix));
        QCOMPARE(fx.p.maskletReview(fx.media, fx.a), ReviewState::NeedsFix);
        QCOMPARE(fx.p.reviewCounts(fx.media, fx.a), (ReviewCounts{0, 4, 1}));
        QCOMPARE(fx.p.reviewCounts(fx.media), (ReviewCounts{3, 4, 1}));  // with B's three
        // An object without masks has nothing to accept.
        const int empty = fx.p.addObject(fx.media, AnnotatedObject{});
        QCOMPARE(fx.p.maskletReview(fx.media, empty), ReviewState::NotReviewed);
    }

    void oneUndoStepPerVerdict() {
        Fixture fx;
        QUndoStack* stack = fx.p.undoStack();
        const Rle before = fx.p.annotation(fx.media, 2, fx.a)->mask;
        stack->push(new SetReviewCommand(&fx.p, fx.media, {{0, fx.a}, {0, fx.b}, {7, fx.a}},
                                         verdict(ReviewState::Accepted)));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.a)->review.state, ReviewState::Accepted);
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.b)->review.state, ReviewState::Accepted);
        stack->push(new SetReviewCommand(&fx.p, fx.media, {{0, fx.a}}, verdict(ReviewState::NeedsFix)));
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.a)->review.state, ReviewState::NeedsFix);
        stack->undo();
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.a)->review.state, ReviewState::Accepted);
        stack->undo();
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.a)->review.state, ReviewState::NotReviewed);
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.b)->review, Review());
        stack->redo();
        QCOMPARE(fx.p.annotation(fx.media, 0, fx.b)->review, verdict(ReviewState::Accepted));
        QCOMPARE(fx.p.annotation(fx.media, 2, fx.a)->mask, before);
        QVERIFY_THROWS_EXCEPTION(AnnotationError,
                                 SetReviewCommand(&fx.p, fx.media, {{0, 99}}, verdict(ReviewState::Accepted)));
    }

    // A brush stroke on an accepted mask starts from the old annotation (its verdict included):
    // the new mask is not reviewed; undo brings back the accepted mask, redo the unreviewed one.
    void aChangedMaskIsNotReviewedAnyMore() {
        Fixture fx;
        QUndoStack* stack = fx.p.undoStack();
        stack->push(new SetReviewCommand(&fx.p, fx.media, {{1, fx.a}}, verdict(ReviewState::Accepted)));
        FrameAnnotation edited = *fx.p.annotation(fx.media, 1, fx.a);
        edited.mask = boxMask(0, 40);
        edited.source = MaskSource::Manual;
        stack->push(new SetMaskCommand(&fx.p, fx.media, 1, fx.a, edited));
        QCOMPARE(fx.p.annotation(fx.media, 1, fx.a)->review, Review());
        stack->undo();
        QCOMPARE(fx.p.annotation(fx.media, 1, fx.a)->review, verdict(ReviewState::Accepted));
        QCOMPARE(fx.p.annotation(fx.media, 1, fx.a)->mask, boxMask(6, 26));
        stack->redo();
        QCOMPARE(fx.p.annotation(fx.media, 1, fx.a)->review, Review());
        // Re-tracking writes fresh annotations: not reviewed either.
        fx.p.setReview(fx.media, 3, fx.a, verdict(ReviewState::Accepted));
        fx.p.setMask(fx.media, 3, fx.a, boxMask(1, 2), MaskSource::Propagation);
        QCOMPARE(fx.p.annotation(fx.media, 3, fx.a)->review, Review());
        // The same mask with its verdict (a copy, an undo of something else) keeps it.
        fx.p.setReview(fx.media, 4, fx.a, verdict(ReviewState::NeedsFix));
        FrameAnnotation same = *fx.p.annotation(fx.media, 4, fx.a);
        same.score = 0.5f;
        fx.p.setAnnotation(fx.media, 4, fx.a, same);
        QCOMPARE(fx.p.annotation(fx.media, 4, fx.a)->review, verdict(ReviewState::NeedsFix));
    }

    // The tracker's presence and IoU per frame (masks or not) are saved, go with their object
    // through delete and undo, and leave the undo history alone.
    void trackConfidenceIsSavedAndKept() {
        Fixture fx;
        fx.p.undoStack()->clear();
        fx.p.setTrackConfidence(fx.media, fx.a, 2, {3.5f, 0.91f});
        fx.p.setTrackConfidence(fx.media, fx.a, 8, {-4.0f, 0.12f});  // absent: no mask there
        QCOMPARE(fx.p.undoStack()->count(), 0);
        QVERIFY(fx.p.isModified());
        QCOMPARE(fx.p.trackConfidence(fx.media, fx.a, 8), std::optional(TrackConfidence{-4.0f, 0.12f}));
        QCOMPARE(fx.p.trackConfidence(fx.media, fx.b, 8), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(AnnotationError, fx.p.setTrackConfidence(fx.media, fx.a, 10, {}));
        QVERIFY_THROWS_EXCEPTION(AnnotationError, fx.p.setTrackConfidence(fx.media, 99, 1, {}));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.s2s"));
        fx.p.save(path);
        auto loaded = Project::load(path);
        QCOMPARE(loaded->trackConfidences(fx.media, fx.a), fx.p.trackConfidences(fx.media, fx.a));
        QCOMPARE(loaded->trackConfidence(fx.media, fx.a, 8)->presence, -4.0f);

        QUndoStack* stack = fx.p.undoStack();
        stack->push(new RemoveObjectCommand(&fx.p, fx.media, fx.a));
        QVERIFY(fx.p.trackConfidences(fx.media, fx.a).empty());
        stack->undo();
        QCOMPARE(fx.p.trackConfidence(fx.media, fx.a, 2), std::optional(TrackConfidence{3.5f, 0.91f}));
        stack->push(new RemoveMediaCommand(&fx.p, fx.media));
        stack->undo();
        QCOMPARE(fx.p.trackConfidence(fx.media, fx.a, 8), std::optional(TrackConfidence{-4.0f, 0.12f}));

        nlohmann::json json = ProjectIO::toJson(fx.p, dir.path());
        json["media"][0]["trackConfidence"][0]["frames"][0] = {2, "high"};
        Project bad;
        try {
            ProjectIO::fromJson(bad, json, dir.path(), nullptr, QStringLiteral("c.s2s"));
            QFAIL("a malformed confidence row was accepted");
        } catch (const AnnotationError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("[frame, presence, iou]")), e.what());
        }
    }

    void projectFilesKeepVerdicts() {
        Fixture fx;
        fx.p.setReview(fx.media, 0, fx.a, verdict(ReviewState::Accepted));
        fx.p.setReview(fx.media, 1, fx.b, verdict(ReviewState::NeedsFix));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.s2s"));
        fx.p.save(path);
        auto loaded = Project::load(path);
        QCOMPARE(loaded->allAnnotations(fx.media), fx.p.allAnnotations(fx.media));
        QCOMPARE(loaded->annotation(fx.media, 1, fx.b)->review, verdict(ReviewState::NeedsFix));
        QCOMPARE(loaded->annotation(fx.media, 2, fx.b)->review, Review());

        nlohmann::json json = ProjectIO::toJson(fx.p, dir.path());
        QVERIFY(!json["media"][0]["annotations"][2].contains("review"));  // unreviewed: no member
        auto& ann = json["media"][0]["annotations"][0];
        QCOMPARE(ann["review"]["state"], "accepted");
        ann["review"]["state"] = "maybe";
        Project bad;
        try {
            ProjectIO::fromJson(bad, json, dir.path(), nullptr, QStringLiteral("r.s2s"));
            QFAIL("an unknown review state was accepted");
        } catch (const AnnotationError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("unknown review state \"maybe\"")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "test_review.moc"
