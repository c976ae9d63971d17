// Masklet history: the last 10 versions of an object's masks, compared with now and restored as
// one undo step; merged mask commands (a correction and its re-track) undo together.
#include <QUndoStack>
#include <QtTest>

#include "annotation/commands.h"
#include "annotation/masklet_history.h"
#include "annotation/project.h"

using namespace s2s;

namespace {

Rle boxMask(int h, int w, int x0, int y0, int x1, int y1) {
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[std::size_t(y) * w + x] = 1;
    return Rle::encode(m.data(), h, w);
}

FrameAnnotation tracked(const Rle& mask) {
    FrameAnnotation a;
    a.mask = mask;
    a.source = MaskSource::Propagation;
    return a;
}

struct Fixture {
    Project p;
    int media = -1, obj = -1, other = -1;
    Fixture() {
        MediaItem item;
        item.kind = MediaKind::Video;
        item.path = QStringLiteral("/videos/clip.mp4");
        item.width = 40;
        item.height = 30;
        item.frameCount = 20;
        media = p.addMedia(item);
        obj = p.addObject(media, AnnotatedObject{});
        other = p.addObject(media, AnnotatedObject{});
    }
};

} // namespace

class TestMaskletHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheLastTenDistinctVersions() {
        Fixture f;
        MaskletHistory h;
        for (int i = 0; i < 12; ++i) {
            f.p.setAnnotation(f.media, 3, f.obj, tracked(boxMask(30, 40, 0, 0, 5 + i, 5)));
            h.record(f.p, f.media, f.obj, QStringLiteral("v%1").arg(i));
            h.record(f.p, f.media, f.obj, QStringLiteral("same again"));  // unchanged: not a version
        }
        const auto& versions = h.versions(f.media, f.obj);
        QCOMPARE(int(versions.size()), MaskletHistory::kVersionsKept);
        QCOMPARE(versions.front().label, QStringLiteral("v2"));
        QCOMPARE(versions.back().label, QStringLiteral("v11"));
        QVERIFY(h.versions(f.media, f.other).empty());
    }

    void comparesAndRestoresAsOneUndoStep() {
        Fixture f;
        MaskletHistory h;
        const Rle a = boxMask(30, 40, 0, 0, 10, 10), b = boxMask(30, 40, 0, 0, 10, 20);
        for (int frame : {1, 2, 3})
            f.p.setAnnotation(f.media, frame, f.obj, tracked(a));
        f.p.setAnnotation(f.media, 2, f.other, tracked(b));
        h.record(f.p, f.media, f.obj, QStringLiteral("tracked"));
        // A re-track changes frames 2 and 3 and drops frame 1.
        f.p.undoStack()->push(new SetMasksCommand(&f.p, f.media,
                                                  {{1, f.obj, std::nullopt}, {2, f.obj, tracked(b)}, {3, f.obj, tracked(b)}}));
        const MaskletComparison c = MaskletHistory::compare(f.p, f.media, f.obj, h.versions(f.media, f.obj).front());
        QCOMPARE(c.framesInVersion, 3);
        QCOMPARE(c.framesNow, 2);
        QCOMPARE(c.framesDiffering, 3);
        QCOMPARE(c.firstDiffering, 1);
        QCOMPARE(c.lastDiffering, 3);
        QCOMPARE(c.meanIou, 0.5);  // frames 2 and 3: 100 / 200 pixels each
        const int steps = f.p.undoStack()->count();
        f.p.undoStack()->push(MaskletHistory::restoreCommand(&f.p, f.media, f.obj, h.versions(f.media, f.obj).front()));
        QCOMPARE(f.p.undoStack()->count(), steps + 1);
        QCOMPARE(MaskletHistory::masklet(f.p, f.media, f.obj), h.versions(f.media, f.obj).front().frames);
        QCOMPARE(*f.p.annotation(f.media, 2, f.other), tracked(b));  // other objects untouched
        QCOMPARE(MaskletHistory::compare(f.p, f.media, f.obj, h.versions(f.media, f.obj).front()).framesDiffering, 0);
        QVERIFY(MaskletHistory::restoreCommand(&f.p, f.media, f.obj, h.versions(f.media, f.obj).front()) == nullptr);
        f.p.undoStack()->undo();
        QCOMPARE(f.p.annotation(f.media, 1, f.obj), nullptr);
    }

    // A correction and the re-track it starts share a merge group: one undo step, and undo puts
    // every frame back to its first "before".
    void mergedMaskCommandsUndoTogether() {
        Fixture f;
        const Rle a = boxMask(30, 40, 0, 0, 10, 10), b = boxMask(30, 40, 5, 5, 15, 15), c = boxMask(30, 40, 1, 1, 3, 3);
        for (int frame : {4, 5, 6})
            f.p.setAnnotation(f.media, frame, f.obj, tracked(a));
        QUndoStack* stack = f.p.undoStack();
        auto* correction = new SetMasksCommand(&f.p, f.media, {{4, f.obj, tracked(b)}});
        correction->setMergeGroup(7);
        stack->push(correction);
        auto* retrack = new SetMasksCommand(&f.p, f.media, {{5, f.obj, tracked(b)}, {6, f.obj, tracked(c)}, {6, f.obj, tracked(b)}});
        retrack->setMergeGroup(7);
        retrack->setText(QStringLiteral("correction and re-track"));
        stack->push(retrack);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("correction and re-track"));
        for (int frame : {4, 5, 6})
            QCOMPARE(f.p.annotation(f.media, frame, f.obj)->mask, b);
        stack->undo();
        for (int frame : {4, 5, 6})
            QCOMPARE(f.p.annotation(f.media, frame, f.obj)->mask, a);
        stack->redo();
        QCOMPARE(f.p.annotation(f.media, 6, f.obj)->mask, b);
        // Another group, or none, is a step of its own.
        auto* next = new SetMasksCommand(&f.p, f.media, {{7, f.obj, tracked(a)}});
        next->setMergeGroup(8);
        stack->push(next);
        stack->push(new SetMasksCommand(&f.p, f.media, {{8, f.obj, tracked(a)}}));
        QCOMPARE(stack->count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMaskletHistory)
#include "test_masklet_history.moc"
