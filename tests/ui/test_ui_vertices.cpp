// Tools ▸ Edit vertices (issue 20, item 2): the selected mask as polygons on the canvas, edited
// with the mouse (drag a vertex, click an edge to add one, right-click to delete one, Shift+drag
// a ring), applied with Enter as one hand edit (a known rectangle becomes the expected one, pixel
// for pixel), dropped with Esc; the tolerance shows its vertex count and IoU live; on a video the
// edited frame becomes a person-made keyframe.
#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include "annotation/project.h"
#include "common/disc_frames.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/canvas_view.h"
#include "ui/main_window.h"
#include "ui/video_controller.h"

using namespace s2s;
using namespace s2s::ui;

namespace {
const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);

Rle rectangle(int width, int height, QRect r) {
    std::vector<std::uint8_t> bits(static_cast<std::size_t>(width) * height, 0);
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) bits[static_cast<std::size_t>(y) * width + x] = 1;
    return Rle::encode(bits.data(), height, width, width);
}

// The view position of image pixel (x, y)'s centre, where the canvas draws a vertex.
QPoint at(CanvasView* canvas, double x, double y) { return canvas->mapFromScene(QPointF(x + 0.5, y + 0.5)); }

void dragOnCanvas(CanvasView* canvas, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* vp = canvas->viewport();
    guitest::sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    guitest::sendMouse(vp, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton, modifiers);
    guitest::sendMouse(vp, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, modifiers);
    guitest::sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}
} // namespace

class TestUiVertices : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;
    QTemporaryDir work_;

    std::unique_ptr<MainWindow> window() {
        auto w = std::make_unique<MainWindow>();
        w->setInteractive(false);
        w->resize(1000, 700);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings(settingsDir_.path());
        QSettings().setValue(QStringLiteral("tools/vertexTolerance"), 1.0);
    }

    void editARectangleWithTheMouse() {
        auto w = window();
        QVERIFY(w);
        QVERIFY(w->openMedia({kData + QStringLiteral("/sam2_mini/input.png")}) == 1);
        Project* p = w->project();
        Annotator* a = w->annotator();
        CanvasView* canvas = w->canvas();
        const int media = a->mediaId();
        const QSize size = canvas->imageSize();
        const int object = p->addObject(media, AnnotatedObject{});
        const Rle original = rectangle(size.width(), size.height(), QRect(100, 80, 40, 20));  // x 100..139, y 80..99
        p->setMask(media, 0, object, original, MaskSource::Model);
        p->undoStack()->clear();
        a->selectObject(object);
        canvas->zoomBy(2.0);  // handles are a few screen pixels: make image pixels bigger than that
        canvas->centerOn(QPointF(130, 90));

        QTest::keyClick(w.get(), Qt::Key_G);
        QCOMPARE(a->tool(), Tool::Vertices);
        QVERIFY(w->findChild<QToolBar*>(QStringLiteral("verticesBar"))->isVisible());
        const PolygonEditor& editor = a->vertexEditor();
        QVERIFY(editor.isActive());
        QCOMPARE(editor.vertexCount(), 4);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("vertexStats"))->text().startsWith(QStringLiteral("4 vertices")));

        // The right edge 10 pixels further right, vertex by vertex, then Enter.
        dragOnCanvas(canvas, at(canvas, 139, 80), at(canvas, 149, 80));
        dragOnCanvas(canvas, at(canvas, 139, 99), at(canvas, 149, 99));
        QVERIFY(editor.isEdited());
        QCOMPARE(p->mask(media, 0, object), std::optional(original));  // nothing stored yet
        QVERIFY(canvas->isPreviewShown());
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(p->mask(media, 0, object), std::optional(rectangle(size.width(), size.height(), QRect(100, 80, 50, 20))));
        QCOMPARE(p->annotation(media, 0, object)->source, MaskSource::Manual);
        QCOMPARE(p->undoStack()->count(), 1);
        QCOMPARE(p->undoStack()->text(0), QStringLiteral("Edit vertices"));
        QVERIFY(!editor.isEdited());  // started again from the stored mask
        QCOMPARE(editor.vertexCount(), 4);

        // A click on the top edge adds a vertex, dragged up at once: a roof on the rectangle.
        dragOnCanvas(canvas, at(canvas, 125, 80), at(canvas, 125, 70));
        QCOMPARE(editor.vertexCount(), 5);
        // A right-click deletes a vertex: the bottom-left corner.
        guitest::click(canvas->viewport(), at(canvas, 100, 99), Qt::RightButton);
        QCOMPARE(editor.vertexCount(), 4);
        // Esc drops all of it.
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(!editor.isEdited());
        QCOMPARE(editor.vertexCount(), 4);

        // The roof again, applied: the pixel under its peak is set, the rectangle kept.
        dragOnCanvas(canvas, at(canvas, 125, 80), at(canvas, 125, 70));
        QVERIFY(a->applyVertexEdit());
        const Rle roof = *p->mask(media, 0, object);
        std::vector<std::uint8_t> bits(static_cast<std::size_t>(size.width()) * size.height());
        roof.decode(bits.data(), size.width());
        auto pixel = [&](int x, int y) { return bits[static_cast<std::size_t>(y) * size.width() + x]; };
        QCOMPARE(pixel(125, 71), std::uint8_t(1));
        QCOMPARE(pixel(101, 79), std::uint8_t(0));
        QCOMPARE(pixel(101, 99), std::uint8_t(1));
        QCOMPARE(p->undoStack()->count(), 2);

        // Shift+drag moves the whole ring; at tolerance 0 (the exact border) the mask moves as it is.
        w->findChild<QDoubleSpinBox*>(QStringLiteral("vertexTolerance"))->setValue(0.0);
        dragOnCanvas(canvas, at(canvas, 120, 90), at(canvas, 115, 95), Qt::ShiftModifier);
        QVERIFY(a->applyVertexEdit());
        std::vector<std::uint8_t> shifted(bits.size(), 0);
        for (int y = 0; y + 5 < size.height(); ++y)
            for (int x = 5; x < size.width(); ++x) shifted[static_cast<std::size_t>(y + 5) * size.width() + x - 5] = pixel(x, y);
        QCOMPARE(*p->mask(media, 0, object), Rle::encode(shifted.data(), size.height(), size.width(), size.width()));
        w->findChild<QDoubleSpinBox*>(QStringLiteral("vertexTolerance"))->setValue(1.0);

        // Undo walks back through each applied edit.
        p->undoStack()->undo();
        p->undoStack()->undo();
        p->undoStack()->undo();
        QCOMPARE(p->mask(media, 0, object), std::optional(original));
    }

    // The tolerance: fewer vertices and a lower IoU for a round shape, shown live.
    void toleranceIsLive() {
        auto w = window();
        QVERIFY(w);
        QVERIFY(w->openMedia({kData + QStringLiteral("/sam2_mini/input.png")}) == 1);
        Project* p = w->project();
        Annotator* a = w->annotator();
        const int media = a->mediaId();
        const QSize size = w->canvas()->imageSize();
        QImage disc(size, QImage::Format_Grayscale8);
        disc.fill(0);
        QPainter painter(&disc);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(1, 1, 1));
        painter.drawEllipse(QPointF(200, 150), 60, 45);
        painter.end();
        const int object = p->addObject(media, AnnotatedObject{});
        p->setMask(media, 0, object, Rle::encode(disc.constBits(), disc.height(), disc.width(), disc.bytesPerLine()));
        a->selectObject(object);
        a->setTool(Tool::Vertices);
        auto* tolerance = w->findChild<QDoubleSpinBox*>(QStringLiteral("vertexTolerance"));
        QVERIFY(tolerance);
        tolerance->setValue(0.0);
        const int exact = a->vertexEditor().vertexCount();
        QCOMPARE(a->vertexEditor().iouWithStart(), 1.0);
        tolerance->setValue(3.0);
        const int coarse = a->vertexEditor().vertexCount();
        QVERIFY2(coarse * 4 < exact, qPrintable(QStringLiteral("%1 vs %2").arg(coarse).arg(exact)));
        QVERIFY(a->vertexEditor().iouWithStart() > 0.95 && a->vertexEditor().iouWithStart() < 1.0);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("vertexStats"))->text().startsWith(QString::number(coarse)));
        QCOMPARE(QSettings().value(QStringLiteral("tools/vertexTolerance")).toDouble(), 3.0);
        // Nothing selected: nothing to edit, and the bar says why.
        a->selectObject(-1);
        QVERIFY(!a->vertexEditor().isActive());
        QVERIFY(!a->applyVertexEdit());
        tolerance->setValue(1.0);
    }

    // On a video, an edited frame is a person-made keyframe, like a brush stroke.
    void videoFrameBecomesAKeyframe() {
        auto w = window();
        QVERIFY(w);
        const QString folder = work_.filePath(QStringLiteral("clip"));
        QVERIFY(testclip::writeDiscFrames(folder, 6));
        QVERIFY(w->addFrameFolder(folder) == 1);
        Project* p = w->project();
        Annotator* a = w->annotator();
        const int media = p->mediaItems().front().id;
        const int object = p->addObject(media, AnnotatedObject{});
        for (int f = 0; f < 6; ++f)
            p->setMask(media, f, object, rectangle(96, 64, QRect(10 + 5 * f, 20, 20, 15)),
                       f == 0 ? MaskSource::Model : MaskSource::Propagation);
        VideoController* video = w->videoController();
        QTRY_VERIFY(a->mediaId() == media && !a->isFrameLoading());
        QVERIFY(video->seek(3));
        QTRY_VERIFY(a->frame() == 3 && !a->isFrameLoading());
        QVERIFY(video->keyframes() == std::vector<int>{0});
        a->selectObject(object);
        a->setTool(Tool::Vertices);
        QVERIFY(a->vertexEditor().isActive());
        a->vertexEditor().moveRing(0, QPointF(3, 0));
        QVERIFY(a->applyVertexEdit());
        QCOMPARE(p->annotation(media, 3, object)->source, MaskSource::Manual);
        QCOMPARE(*p->mask(media, 3, object), rectangle(96, 64, QRect(28, 20, 20, 15)));
        QTRY_VERIFY(video->keyframes() == (std::vector<int>{0, 3}));
    }
};

QTEST_MAIN(TestUiVertices)
#include "test_ui_vertices.moc"
