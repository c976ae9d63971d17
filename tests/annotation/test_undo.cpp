// Undo/redo: every edit is one QUndoCommand; sequences of undo/redo restore the exact project
// state at each step, merging happens where it should, and history stays cheap (masks are RLE).
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "annotation/commands.h"
#include "annotation/errors.h"
#include "annotation/project.h"

using namespace s2s;

namespace {

Rle boxMask(int h, int w, int x0, int y0, int x1, int y1) {
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[std::size_t(y) * w + x] = 1;
    return Rle::encode(m.data(), h, w);
}

FrameAnnotation annotated(const Rle& mask, MaskSource source, std::vector<PointPrompt> points = {}) {
    FrameAnnotation a;
    a.mask = mask;
    a.source = source;
    a.points = std::move(points);
    return a;
}

// Everything observable about a project, to compare states before and after undo/redo.
struct State {
    std::vector<MediaItem> media;
    std::vector<ObjectClass> classes;
    std::vector<std::vector<AnnotatedObject>> objects;
    std::vector<std::map<int, std::map<int, FrameAnnotation>>> masks;
    bool operator==(const State&) const = default;
};

State capture(const Project& p) {
    State s;
    s.media = p.mediaItems();
    s.classes = p.classes();
    for (const auto& m : s.media) {
        s.objects.push_back(p.objects(m.id));
        s.masks.push_back(p.allAnnotations(m.id));
    }
    return s;
}

MediaItem video(const QString& path) {
    return {-1, MediaKind::Video, path, QString(), 64, 48, 100, 30.0, nlohmann::json::object(), false};
}

} // namespace

class TestUndo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEditUndoesAndRedoes();
    void propagationIsOneStep();
    void clearFromFrame();
    void deleteObjectEverywhere();
    void removeClassRestoresUsers();
    void mergingEdits();
    void modifiedFollowsCleanState();
    void badIdsThrowBeforePush();
};

// Applies a long mixed sequence, recording the state after each push; then walks the whole
// history back and forth comparing each state.
void TestUndo::everyEditUndoesAndRedoes() {
    Project p;
    QUndoStack* stack = p.undoStack();
    std::vector<State> states{capture(p)};
    auto push = [&](QUndoCommand* c) {
        stack->push(c);
        states.push_back(capture(p));
    };

    auto* addVideo = new AddMediaCommand(&p, video(QStringLiteral("/data/a.mp4")));
    push(addVideo);
    const int vid = addVideo->mediaId();
    QVERIFY(vid > 0);
    push(new AddMediaCommand(&p, {-1, MediaKind::Image, QStringLiteral("/data/b.png"), {}, 64, 48, 1, 0, {}, false}));
    auto* addClass = new AddClassCommand(&p, {-1, QStringLiteral("car"), QColor(Qt::red)});
    push(addClass);
    auto* addObj = new AddObjectCommand(&p, vid, {-1, addClass->classId(), QStringLiteral("car 1"), QColor(Qt::blue), {}, false});
    push(addObj);
    const int obj = addObj->objectId();
    push(new SetMaskCommand(&p, vid, 0, obj, annotated(boxMask(48, 64, 1, 1, 10, 10), MaskSource::Model, {{5, 5, true}})));
    push(new SetMaskCommand(&p, vid, 0, obj, annotated(boxMask(48, 64, 1, 1, 20, 12), MaskSource::Model,
                                                      {{5, 5, true}, {15, 3, false}})));
    push(new SetMaskCommand(&p, vid, 3, obj, annotated(boxMask(48, 64, 4, 4, 8, 8), MaskSource::Manual)));
    push(new SetMaskCommand(&p, vid, 3, obj, std::nullopt));  // eraser
    {
        AnnotatedObject edited = *p.object(vid, obj);
        edited.hidden = true;
        edited.attributes = {{"truncated", true}};
        push(new EditObjectCommand(&p, vid, edited));
    }
    push(UpdateMediaCommand::rename(&p, vid, QStringLiteral("Street")));
    push(new EditClassCommand(&p, {addClass->classId(), QStringLiteral("vehicle"), QColor(Qt::green)}));
    push(new RemoveMediaCommand(&p, p.mediaItems()[1].id));

    const int n = int(states.size());
    QCOMPARE(stack->count(), n - 1);
    QCOMPARE(p.media(vid)->name, QStringLiteral("Street"));
    QVERIFY(p.object(vid, obj)->hidden);
    // All the way back, checking every intermediate state.
    for (int i = n - 1; i > 0; --i) {
        QVERIFY2(capture(p) == states[i], qPrintable(QStringLiteral("before undo to %1").arg(i - 1)));
        stack->undo();
    }
    QVERIFY(capture(p) == states[0]);
    QCOMPARE(p.mediaCount(), 0);
    // Forward again.
    for (int i = 1; i < n; ++i) {
        stack->redo();
        QVERIFY2(capture(p) == states[i], qPrintable(QStringLiteral("after redo to %1").arg(i)));
    }
    // A zig-zag: undo 3, redo 1, undo 2, then a new edit drops the rest of the redo branch.
    stack->undo(); stack->undo(); stack->undo();
    QVERIFY(capture(p) == states[n - 4]);
    stack->redo();
    QVERIFY(capture(p) == states[n - 3]);
    stack->undo(); stack->undo();
    QVERIFY(capture(p) == states[n - 5]);
    push(new SetMaskCommand(&p, vid, 7, obj, annotated(boxMask(48, 64, 0, 0, 64, 48), MaskSource::Manual)));
    QVERIFY(!stack->canRedo());
    stack->undo();
    QVERIFY(capture(p) == states[n - 5]);
    // The id handed out by the first redo stays the same after undo/redo.
    QCOMPARE(p.media(vid)->id, vid);
}

void TestUndo::propagationIsOneStep() {
    Project p;
    const int vid = p.addMedia(video(QStringLiteral("/v.mp4")));
    const int a = p.addObject(vid, {});
    const int b = p.addObject(vid, {});
    p.setMask(vid, 10, a, boxMask(48, 64, 0, 0, 5, 5), MaskSource::Manual);  // a person's edit
    const State before = capture(p);

    std::vector<SetMasksCommand::Entry> entries;
    for (int f = 0; f < 100; ++f) {
        entries.push_back({f, a, annotated(boxMask(48, 64, f % 60, 2, f % 60 + 4, 30), MaskSource::Propagation)});
        entries.push_back({f, b, annotated(boxMask(48, 64, 1, f % 40, 20, f % 40 + 5), MaskSource::Propagation)});
    }
    QSignalSpy masks(&p, &Project::maskChanged);
    p.undoStack()->push(new SetMasksCommand(&p, vid, entries));
    QCOMPARE(p.undoStack()->count(), 1);
    QCOMPARE(masks.count(), 200);
    QCOMPARE(p.framesWithMasks(vid, a).size(), std::size_t(100));
    QCOMPARE(p.annotation(vid, 10, a)->source, MaskSource::Propagation);
    const State after = capture(p);

    p.undoStack()->undo();
    QVERIFY(capture(p) == before);
    QCOMPARE(p.annotation(vid, 10, a)->source, MaskSource::Manual);  // the edit is back
    QVERIFY(p.framesWithMasks(vid, b).empty());
    p.undoStack()->redo();
    QVERIFY(capture(p) == after);

    // Memory: the whole step (before + after) costs about what its RLE masks cost, far below
    // the 200 * 64 * 48 bytes that decoded masks would take.
    std::size_t bytes = 0;
    for (const auto& e : entries) bytes += e.annotation->mask.memoryBytes();
    QVERIFY(bytes < std::size_t(200) * 64 * 48 / 4);
    QVERIFY(p.maskMemoryBytes() < std::size_t(200) * 64 * 48 / 4);
}

void TestUndo::clearFromFrame() {
    Project p;
    const int vid = p.addMedia(video(QStringLiteral("/v.mp4")));
    const int a = p.addObject(vid, {});
    const int b = p.addObject(vid, {});
    for (int f = 0; f < 50; f += 5) {
        p.setMask(vid, f, a, boxMask(48, 64, f, 0, f + 3, 3));
        p.setMask(vid, f, b, boxMask(48, 64, 0, 0, 3, 3));
    }
    const State before = capture(p);
    p.undoStack()->push(new ClearMasksCommand(&p, vid, a, 20));
    QCOMPARE(p.framesWithMasks(vid, a), (std::vector<int>{0, 5, 10, 15}));
    QCOMPARE(p.framesWithMasks(vid, b).size(), std::size_t(10));  // other objects untouched
    p.undoStack()->undo();
    QVERIFY(capture(p) == before);
    p.undoStack()->push(new ClearMasksCommand(&p, vid, a, 10, 30));
    QCOMPARE(p.framesWithMasks(vid, a), (std::vector<int>{0, 5, 35, 40, 45}));
    p.undoStack()->undo();
    QVERIFY(capture(p) == before);
}

void TestUndo::deleteObjectEverywhere() {
    Project p;
    const int vid = p.addMedia(video(QStringLiteral("/v.mp4")));
    const int a = p.addObject(vid, {-1, -1, QStringLiteral("a"), {}, {}, false});
    const int b = p.addObject(vid, {-1, -1, QStringLiteral("b"), {}, {}, false});
    const int c = p.addObject(vid, {-1, -1, QStringLiteral("c"), {}, {}, false});
    for (int f = 0; f < 30; ++f) {
        p.setMask(vid, f, b, boxMask(48, 64, f, 0, f + 3, 3));
        if (f % 2) p.setMask(vid, f, a, boxMask(48, 64, 0, 0, 2, 2));
    }
    const State before = capture(p);
    p.undoStack()->push(new RemoveObjectCommand(&p, vid, b));
    QVERIFY(!p.object(vid, b));
    QVERIFY(p.framesWithMasks(vid, b).empty());
    QCOMPARE(p.framesWithMasks(vid, a).size(), std::size_t(15));
    p.undoStack()->undo();
    QVERIFY(capture(p) == before);
    QCOMPARE(p.objects(vid)[1].id, b);  // back in its place in the list
    QCOMPARE(p.objects(vid)[2].id, c);
    p.undoStack()->redo();
    QCOMPARE(p.objects(vid).size(), std::size_t(2));
    // The removed id is not given to a new object.
    auto* add = new AddObjectCommand(&p, vid, {});
    p.undoStack()->push(add);
    QCOMPARE(add->objectId(), c + 1);
}

void TestUndo::removeClassRestoresUsers() {
    Project p;
    const int img = p.addMedia({-1, MediaKind::Image, QStringLiteral("/i.png"), {}, 0, 0, 1, 0, {}, false});
    const int car = p.addClass({-1, QStringLiteral("car"), QColor(Qt::red)});
    const int bus = p.addClass({-1, QStringLiteral("bus"), QColor(Qt::yellow)});
    const int o1 = p.addObject(img, {-1, car, {}, {}, {}, false});
    const int o2 = p.addObject(img, {-1, bus, {}, {}, {}, false});
    const int o3 = p.addObject(img, {-1, car, {}, {}, {}, false});
    const State before = capture(p);
    p.undoStack()->push(new RemoveClassCommand(&p, car));
    QVERIFY(!p.objectClass(car));
    QCOMPARE(p.object(img, o1)->classId, -1);
    QCOMPARE(p.object(img, o2)->classId, bus);
    QCOMPARE(p.object(img, o3)->classId, -1);
    p.undoStack()->undo();
    QVERIFY(capture(p) == before);
    QCOMPARE(p.classes()[0].id, car);  // same position in the list
}

void TestUndo::mergingEdits() {
    Project p;
    const int img = p.addMedia({-1, MediaKind::Image, QStringLiteral("/i.png"), {}, 0, 0, 1, 0, {}, false});
    const int obj = p.addObject(img, {-1, -1, QString(), QColor(Qt::black), {}, false});
    QUndoStack* stack = p.undoStack();
    // Typing a name letter by letter is one step.
    for (const char* name : {"d", "do", "dog"}) {
        AnnotatedObject o = *p.object(img, obj);
        o.name = QString::fromLatin1(name);
        stack->push(new EditObjectCommand(&p, img, o));
    }
    QCOMPARE(stack->count(), 1);
    // Dragging a colour is one more step (the first "change" to the same black is dropped).
    for (int r = 0; r < 5; ++r) {
        AnnotatedObject o = *p.object(img, obj);
        o.color = QColor(r * 50, 0, 0);
        stack->push(new EditObjectCommand(&p, img, o));
    }
    QCOMPARE(stack->count(), 2);
    // Hide/show toggles stay separate.
    for (int i = 0; i < 2; ++i) {
        AnnotatedObject o = *p.object(img, obj);
        o.hidden = !o.hidden;
        stack->push(new EditObjectCommand(&p, img, o));
    }
    QCOMPARE(stack->count(), 4);
    stack->undo(); stack->undo();
    QCOMPARE(p.object(img, obj)->color, QColor(200, 0, 0));
    stack->undo();
    QCOMPARE(p.object(img, obj)->color, QColor(Qt::black));
    QCOMPARE(p.object(img, obj)->name, QStringLiteral("dog"));
    stack->undo();
    QCOMPARE(p.object(img, obj)->name, QString());
    // Media renames merge too.
    stack->push(UpdateMediaCommand::rename(&p, img, QStringLiteral("a")));
    stack->push(UpdateMediaCommand::rename(&p, img, QStringLiteral("ab")));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(p.media(img)->name, QString());
}

void TestUndo::modifiedFollowsCleanState() {
    QTemporaryDir dir;
    Project p;
    const int vid = p.addMedia(video(QStringLiteral("/v.mp4")));
    const int a = p.addObject(vid, {});
    p.save(dir.filePath(QStringLiteral("p.s2sproj")));
    QVERIFY(!p.isModified());
    p.undoStack()->push(new SetMaskCommand(&p, vid, 1, a, annotated(boxMask(48, 64, 0, 0, 9, 9), MaskSource::Model)));
    QVERIFY(p.isModified());
    p.undoStack()->undo();  // back to what is on disk
    QVERIFY(!p.isModified());
    p.undoStack()->redo();
    QVERIFY(p.isModified());
    // A change outside the history (an importer writing directly) cannot be undone, so undoing
    // the commands no longer leads back to the saved state.
    p.save(dir.filePath(QStringLiteral("p.s2sproj")));
    p.setMask(vid, 2, a, boxMask(48, 64, 0, 0, 5, 5));
    p.undoStack()->push(new SetMaskCommand(&p, vid, 3, a, annotated(boxMask(48, 64, 0, 0, 9, 9), MaskSource::Model)));
    p.undoStack()->undo();
    QVERIFY(p.isModified());
    p.save(dir.filePath(QStringLiteral("p.s2sproj")));
    QVERIFY(!p.isModified());
    p.undoStack()->undo();  // history before the save still works, and it is a change again
    QVERIFY(p.isModified());
    QVERIFY(!p.annotation(vid, 1, a));
}

void TestUndo::badIdsThrowBeforePush() {
    Project p;
    const int vid = p.addMedia(video(QStringLiteral("/v.mp4")));
    QVERIFY_THROWS_EXCEPTION(AnnotationError, new SetMaskCommand(&p, vid, 0, 99, std::nullopt));
    QVERIFY_THROWS_EXCEPTION(AnnotationError, new RemoveObjectCommand(&p, vid + 1, 1));
    QVERIFY_THROWS_EXCEPTION(AnnotationError, new RemoveMediaCommand(&p, 42));
    QVERIFY_THROWS_EXCEPTION(AnnotationError, new RemoveClassCommand(&p, 1));
    QVERIFY_THROWS_EXCEPTION(AnnotationError, new SetMasksCommand(&p, vid, {{0, 5, std::nullopt}}));
    QCOMPARE(p.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "test_undo.moc"
