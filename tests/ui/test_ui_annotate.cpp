// The annotation workflow of the desktop app, offscreen, with the golden checkpoint
// (tests/data/sam2_mini): open an image, click, refine, undo, brush, erase, save, reopen; the
// model never runs on the GUI thread; missing or broken checkpoints give messages.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotation/project.h"
#include "annotation/worker/embedding_cache.h"
#include "annotation/worker/inference_client.h"
#include "annotation/worker/inference_worker.h"
#include "annotation/worker/thread_guard.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/canvas_view.h"
#include "ui/main_window.h"
#include "ui/model_controller.h"

using namespace s2s;
using namespace s2s::ui;

namespace {
const QString kData = QStringLiteral(SAM2_TEST_DATA_DIR);
QString checkpoint() { return kData + QStringLiteral("/sam2_mini/sam2_mini.pt"); }
QString image() { return kData + QStringLiteral("/sam2_mini/input.png"); }

QPoint viewPos(CanvasView* canvas, QPointF imagePos) {
    return canvas->mapFromScene(imagePos);
}

const FrameAnnotation* onlyAnnotation(MainWindow& w, int* objectId = nullptr) {
    Project* p = w.project();
    const int media = w.annotator()->mediaId();
    if (p->objects(media).size() != 1)
        return nullptr;
    const int id = p->objects(media).front().id;
    if (objectId)
        *objectId = id;
    return p->annotation(media, 0, id);
}
} // namespace

class TestUiAnnotate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;
    QTemporaryDir work_;

    // A window with the golden model loaded and the test image shown.
    std::unique_ptr<MainWindow> readyWindow() {
        auto w = std::make_unique<MainWindow>();
        w->setInteractive(false);
        w->resize(1000, 700);
        w->show();
        QSignalSpy ready(w.get(), &MainWindow::modelReady);
        w->loadModel(checkpoint());  // the YAML beside it is found by name
        if (!w->inference()->isModelLoaded() && !ready.wait(120000))
            return nullptr;
        if (w->openMedia({image()}) != 1)
            return nullptr;
        return w;
    }

    // Clicks on the canvas and waits until the answer is applied.
    bool clickAndWait(MainWindow& w, QPointF imagePos, Qt::MouseButton button = Qt::LeftButton) {
        QSignalSpy idle(w.annotator(), &Annotator::idle);
        guitest::click(w.canvas()->viewport(), viewPos(w.canvas(), imagePos), button);
        return w.annotator()->pendingRequests() == 0 || idle.wait(60000);
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings(settingsDir_.path());
        QDir(EmbeddingCache::defaultDirectory()).removeRecursively();
        ThreadGuard::resetViolations();
    }

    void missingCheckpointGivesMessage() {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        // No model: the banner says which official files to get and where.
        QVERIFY(w.modelBannerText().contains(QStringLiteral("sam2.1_hiera_tiny.pt")));
        QVERIFY(w.modelBannerText().contains(QStringLiteral("sam2.1_hiera_large.pt")));
        QSignalSpy failed(&w, &MainWindow::modelError);
        w.loadModel(work_.filePath(QStringLiteral("nowhere.pt")));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
        QVERIFY(!w.inference()->isModelLoaded());
        QVERIFY(w.modelBannerText().contains(QStringLiteral("could not be loaded")));

        // A file that is not a checkpoint.
        const QString broken = work_.filePath(QStringLiteral("broken.pt"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a zip archive");
        file.close();
        w.loadModel(broken);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.size(), 2);
        QVERIFY(!w.inference()->isModelLoaded());

        // A click without a model is answered with a message, not a crash or a request.
        QCOMPARE(w.openMedia({image()}), 1);
        QSignalSpy messages(&w, &MainWindow::messageShown);
        guitest::click(w.canvas()->viewport(), viewPos(w.canvas(), {100, 100}));
        QCOMPARE(w.annotator()->pendingRequests(), 0);
        QVERIFY(!messages.isEmpty());
    }

    void manualToolsWithoutModel() {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1000, 700);
        w.show();
        QCOMPARE(w.openMedia({image()}), 1);
        CanvasView* canvas = w.canvas();
        QWidget* vp = canvas->viewport();
        w.action(QStringLiteral("tool.brush"))->trigger();
        QCOMPARE(canvas->tool(), Tool::Brush);
        guitest::drag(vp, {viewPos(canvas, {100, 150}), viewPos(canvas, {200, 150}),
                           viewPos(canvas, {300, 160})});
        int id = -1;
        const FrameAnnotation* ann = onlyAnnotation(w, &id);
        QVERIFY(ann != nullptr);
        QCOMPARE(ann->source, MaskSource::Manual);
        const uint64_t brushed = ann->mask.area();
        QVERIFY(brushed > 1000);
        QVERIFY(ann->mask.contains(200, 150));

        w.action(QStringLiteral("tool.eraser"))->trigger();
        guitest::drag(vp, {viewPos(canvas, {190, 120}), viewPos(canvas, {210, 180})});
        ann = w.project()->annotation(w.annotator()->mediaId(), 0, id);
        QVERIFY(ann != nullptr);
        QVERIFY(ann->mask.area() < brushed);
        QVERIFY(!ann->mask.contains(200, 150));

        // Polygon: three vertices and Enter add a triangle to the mask.
        w.action(QStringLiteral("tool.polygon"))->trigger();
        const uint64_t beforePolygon = ann->mask.area();
        for (QPointF p : {QPointF(350, 200), QPointF(450, 200), QPointF(400, 280)})
            guitest::click(vp, viewPos(canvas, p));
        canvas->finishPolygon();
        ann = w.project()->annotation(w.annotator()->mediaId(), 0, id);
        QVERIFY(ann->mask.area() > beforePolygon + 2000);
        QVERIFY(ann->mask.contains(400, 230));

        // Every edit is one undo step.
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(w.project()->annotation(w.annotator()->mediaId(), 0, id)->mask.area(), beforePolygon);
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(w.project()->annotation(w.annotator()->mediaId(), 0, id)->mask.area(), brushed);
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(onlyAnnotation(w), nullptr);
        QVERIFY(w.project()->objects(w.annotator()->mediaId()).empty());
    }

    void clickRefineUndoBrushSaveReopen() {
        auto w = readyWindow();
        QVERIFY(w);
        Annotator* a = w->annotator();
        QCOMPARE(a->tool(), Tool::Click);

        // First click: a new object with a model mask.
        QVERIFY(clickAndWait(*w, {150, 140}));
        int id = -1;
        const FrameAnnotation* ann = onlyAnnotation(*w, &id);
        QVERIFY(ann != nullptr);
        QCOMPARE(ann->source, MaskSource::Model);
        QCOMPARE(ann->points.size(), std::size_t(1));
        QVERIFY(ann->mask.area() > 0);
        QCOMPARE(ann->mask.width(), 480);
        QCOMPARE(ann->mask.height(), 320);
        QCOMPARE(a->selectedObject(), id);
        QVERIFY(w->canvas()->shownObjects() == std::vector<int>{id});
        const Rle first = ann->mask;

        // A second (negative) click refines the same object.
        QVERIFY(clickAndWait(*w, {300, 200}, Qt::RightButton));
        ann = onlyAnnotation(*w);
        QVERIFY(ann != nullptr);
        QCOMPARE(ann->points.size(), std::size_t(2));
        QVERIFY(!ann->points[1].positive);
        QVERIFY(ann->mask != first);
        const Rle second = ann->mask;

        // Undo goes back one click, then removes the object; redo brings them back.
        w->action(QStringLiteral("undo"))->trigger();
        ann = onlyAnnotation(*w);
        QVERIFY(ann != nullptr);
        QCOMPARE(ann->points.size(), std::size_t(1));
        QCOMPARE(ann->mask, first);
        w->action(QStringLiteral("undo"))->trigger();
        QVERIFY(w->project()->objects(a->mediaId()).empty());
        QVERIFY(w->canvas()->shownObjects().empty());
        w->action(QStringLiteral("redo"))->trigger();
        w->action(QStringLiteral("redo"))->trigger();
        ann = onlyAnnotation(*w, &id);
        QVERIFY(ann != nullptr);
        QCOMPARE(ann->mask, second);
        a->selectObject(id);

        // Brush and eraser touch the model's mask up.
        CanvasView* canvas = w->canvas();
        w->action(QStringLiteral("tool.brush"))->trigger();
        guitest::drag(canvas->viewport(), {viewPos(canvas, {20, 300}), viewPos(canvas, {80, 300})});
        ann = onlyAnnotation(*w);
        QVERIFY(ann->mask.contains(50, 300));
        QCOMPARE(ann->source, MaskSource::Manual);
        const uint64_t brushed = ann->mask.area();
        w->action(QStringLiteral("tool.eraser"))->trigger();
        guitest::drag(canvas->viewport(), {viewPos(canvas, {40, 300}), viewPos(canvas, {60, 300})});
        ann = onlyAnnotation(*w);
        QVERIFY(!ann->mask.contains(50, 300));
        QVERIFY(ann->mask.area() < brushed);
        const FrameAnnotation saved = *ann;

        // Save and reopen in a fresh window: the same mask and prompts.
        const QString path = work_.filePath(QStringLiteral("click.s2sproj"));
        QVERIFY(w->saveProject(path));
        QVERIFY(!w->project()->isModified());
        MainWindow reopened;
        reopened.setInteractive(false);
        QVERIFY(reopened.openProject(path));
        QCOMPARE(reopened.project()->mediaCount(), 1);
        const int media = reopened.project()->mediaItems().front().id;
        const FrameAnnotation* back = reopened.project()->annotation(media, 0, id);
        QVERIFY(back != nullptr);
        QCOMPARE(back->mask, saved.mask);
        QCOMPARE(back->points, saved.points);
        QCOMPARE(reopened.annotator()->mediaId(), media);

        QCOMPARE(ThreadGuard::violations(), 0);
    }

    void multimaskCandidatesAndUndoPrompt() {
        auto w = readyWindow();
        QVERIFY(w);
        Annotator* a = w->annotator();
        QVERIFY(clickAndWait(*w, {260, 120}));
        int id = -1;
        const FrameAnnotation* ann = onlyAnnotation(*w, &id);
        QVERIFY(ann != nullptr);
        QCOMPARE(a->candidateCount(), 3);
        const Rle best = ann->mask;
        const int bestIndex = a->candidateIndex();
        w->action(QStringLiteral("cycleMask"))->trigger();
        QCOMPARE(a->candidateIndex(), (bestIndex + 1) % 3);
        ann = onlyAnnotation(*w);
        QCOMPARE(ann->points.size(), std::size_t(1));
        w->action(QStringLiteral("cycleMask"))->trigger();
        w->action(QStringLiteral("cycleMask"))->trigger();
        QCOMPARE(onlyAnnotation(*w)->mask, best);

        // A second click, then "undo last prompt" predicts again from the first point only.
        QVERIFY(clickAndWait(*w, {120, 200}));
        QCOMPARE(onlyAnnotation(*w)->points.size(), std::size_t(2));
        QSignalSpy idle(a, &Annotator::idle);
        w->action(QStringLiteral("undoPrompt"))->trigger();
        QVERIFY(a->pendingRequests() == 0 || idle.wait(60000));
        QCOMPARE(onlyAnnotation(*w)->points.size(), std::size_t(1));
        QCOMPARE(ThreadGuard::violations(), 0);
    }

    void newObjectWhileAClickIsOnItsWay() {
        auto w = readyWindow();
        QVERIFY(w);
        Annotator* a = w->annotator();
        QWidget* vp = w->canvas()->viewport();
        // Two clicks on two objects, N in between, without waiting for the first answer.
        guitest::click(vp, viewPos(w->canvas(), {150, 140}));
        w->action(QStringLiteral("newObject"))->trigger();
        guitest::click(vp, viewPos(w->canvas(), {400, 250}));
        QTRY_COMPARE_WITH_TIMEOUT(a->pendingRequests(), 0, 60000);
        const std::vector<AnnotatedObject>& objects = w->project()->objects(a->mediaId());
        QCOMPARE(objects.size(), std::size_t(2));
        QVERIFY(objects[0].id != objects[1].id);
        for (const AnnotatedObject& obj : objects) {
            const FrameAnnotation* ann = w->project()->annotation(a->mediaId(), 0, obj.id);
            QVERIFY(ann != nullptr);
            QCOMPARE(ann->points.size(), std::size_t(1));
        }
        // One undo step per object.
        w->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(w->project()->objects(a->mediaId()).size(), std::size_t(1));
    }

    void newObjectWhenTheFirstAnswerArrivesAfterN() {
        // The first object's answer lands after N was pressed: it must not grab the selection,
        // or the next click would refine the first object instead of starting the second.
        auto w = readyWindow();
        QVERIFY(w);
        Annotator* a = w->annotator();
        QWidget* vp = w->canvas()->viewport();
        guitest::click(vp, viewPos(w->canvas(), {150, 140}));
        w->action(QStringLiteral("newObject"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(a->pendingRequests(), 0, 60000);
        QCOMPARE(w->project()->objects(a->mediaId()).size(), std::size_t(1));
        guitest::click(vp, viewPos(w->canvas(), {400, 250}));
        QTRY_COMPARE_WITH_TIMEOUT(a->pendingRequests(), 0, 60000);
        QCOMPARE(w->project()->objects(a->mediaId()).size(), std::size_t(2));
    }

    void boxPrompt() {
        auto w = readyWindow();
        QVERIFY(w);
        w->action(QStringLiteral("tool.box"))->trigger();
        CanvasView* canvas = w->canvas();
        QSignalSpy idle(w->annotator(), &Annotator::idle);
        guitest::drag(canvas->viewport(), {viewPos(canvas, {40, 80}), viewPos(canvas, {200, 150}),
                                           viewPos(canvas, {460, 230})});
        QVERIFY(w->annotator()->pendingRequests() == 0 || idle.wait(60000));
        const FrameAnnotation* ann = onlyAnnotation(*w);
        QVERIFY(ann != nullptr);
        QVERIFY(ann->box.has_value());
        QVERIFY(ann->points.empty());
        QCOMPARE(ann->box->x0, canvas->mapToScene(viewPos(canvas, {40, 80})).x());
        QVERIFY(ann->mask.area() > 0);
    }

    void precisionMenuReloadsTheModelInBfloat16() {
        auto w = readyWindow();
        QVERIFY(w);
        QCOMPARE(w->inference()->modelStatus().spec.dtype, QStringLiteral("float32"));
        auto* fast = w->findChild<QAction*>(QStringLiteral("precision_bfloat16"));
        auto* full = w->findChild<QAction*>(QStringLiteral("precision_float32"));
        QVERIFY(fast && full);
        QVERIFY(full->isChecked());
        QVERIFY(!fast->toolTip().isEmpty());
        if (!InferenceClient::cpuBfloat16Available()) {
            // Below AVX-512 (CI's second pass runs with ONEDNN_MAX_CPU_ISA=AVX2) the item is
            // disabled with the reason, and nothing can switch to it.
            QVERIFY(!fast->isEnabled());
            QVERIFY2(fast->toolTip().contains(QStringLiteral("AVX-512")), qPrintable(fast->toolTip()));
            fast->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("model/dtype"), QStringLiteral("float32")).toString(),
                     QStringLiteral("float32"));
            QCOMPARE(w->inference()->modelStatus().spec.dtype, QStringLiteral("float32"));
            return;
        }
        QVERIFY(fast->isEnabled());
        // (An earlier load may still be answering: wait for the one in bfloat16.)
        fast->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("model/dtype")).toString(), QStringLiteral("bfloat16"));
        QTRY_COMPARE_WITH_TIMEOUT(w->inference()->modelStatus().spec.dtype, QStringLiteral("bfloat16"), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(w->inference()->isModelLoaded() && !w->inference()->isModelLoading(), 120000);
        QVERIFY(w->modelStatusText().contains(QStringLiteral("bfloat16")));
        // Clicks segment with the bfloat16 model.
        QVERIFY(clickAndWait(*w, {150, 140}));
        const FrameAnnotation* ann = onlyAnnotation(*w);
        QVERIFY(ann != nullptr);
        QVERIFY(ann->mask.area() > 0);
        // Back to float32 (remembered for the next start, like the device).
        full->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w->inference()->modelStatus().spec.dtype, QStringLiteral("float32"), 120000);
        QCOMPARE(QSettings().value(QStringLiteral("model/dtype")).toString(), QStringLiteral("float32"));
    }

    void float16IsOfferedForGpusAndFallsBackOnTheCpu() {
        auto w = readyWindow();
        QVERIFY(w);
        auto* half = w->findChild<QAction*>(QStringLiteral("precision_float16"));
        QVERIFY(half);
        // On the CPU float16 is disabled with the reason.
        QCOMPARE(w->inference()->modelStatus().spec.device, QStringLiteral("cpu"));
        QVERIFY(!half->isEnabled());
        QVERIFY2(half->toolTip().contains(QStringLiteral("GPU")), qPrintable(half->toolTip()));
        QVERIFY(!ModelController::precisionUnavailable(QStringLiteral("float16"), QStringLiteral("cpu")).isEmpty());
        QCOMPARE(ModelController::runnableDtype(QStringLiteral("float16"), QStringLiteral("cpu")), QStringLiteral("float32"));
        QCOMPARE(ModelController::runnableDtype(QStringLiteral("float32"), QStringLiteral("cpu")), QStringLiteral("float32"));
        // Each GPU: bfloat16 from Ampere on, else float16 instead (with the reason).
        for (const GpuDevice& gpu : InferenceClient::cudaDevices()) {
            QCOMPARE(ModelController::precisionUnavailable(QStringLiteral("float16"), gpu.id), QString());
            QCOMPARE(ModelController::runnableDtype(QStringLiteral("bfloat16"), gpu.id),
                     gpu.bfloat16 ? QStringLiteral("bfloat16") : QStringLiteral("float16"));
        }
        // A float16 setting from a GPU machine: the model loads in float32 on the CPU, and says so.
        QSettings().setValue(QStringLiteral("model/dtype"), QStringLiteral("float16"));
        QSignalSpy messages(w.get(), &MainWindow::messageShown);
        w->loadModel(checkpoint(), QString(), QStringLiteral("cpu"));
        QTRY_VERIFY_WITH_TIMEOUT(w->inference()->isModelLoaded() && !w->inference()->isModelLoading(), 120000);
        QCOMPARE(w->inference()->modelStatus().spec.dtype, QStringLiteral("float32"));
        bool told = false;
        for (const QList<QVariant>& m : messages)
            told = told || (m.at(0).toString().contains(QStringLiteral("float16")) &&
                            m.at(0).toString().contains(QStringLiteral("float32")));
        QVERIFY2(told, "no message about float16 on the CPU");
        QSettings().setValue(QStringLiteral("model/dtype"), QStringLiteral("float32"));
    }

    void deviceMenuListsGpusAndRefusesMissingOnes() {
        auto w = readyWindow();
        QVERIFY(w);
        auto* cpu = w->findChild<QAction*>(QStringLiteral("device_cpu"));
        QVERIFY(cpu && cpu->isEnabled() && cpu->isChecked());
        const QList<GpuDevice> gpus = InferenceClient::cudaDevices();
        for (const GpuDevice& gpu : gpus) {
            auto* act = w->findChild<QAction*>(QStringLiteral("device_") + gpu.id);
            QVERIFY2(act && act->isEnabled(), qPrintable(gpu.id));
            QVERIFY2(act->text().contains(gpu.name), qPrintable(act->text()));
        }
        if (gpus.isEmpty()) {
            // No CUDA in this LibTorch or no GPU: one disabled entry that says why.
            auto* cuda = w->findChild<QAction*>(QStringLiteral("device_cuda:0"));
            QVERIFY(cuda && !cuda->isEnabled());
            QVERIFY(!cuda->toolTip().isEmpty());
        }
        // A device this machine lacks (a setting from another machine) loads on the CPU and says so.
        const QString missing = QStringLiteral("cuda:%1").arg(gpus.size() + 7);
        QSignalSpy messages(w.get(), &MainWindow::messageShown);
        w->loadModel(checkpoint(), QString(), missing);
        QTRY_VERIFY_WITH_TIMEOUT(w->inference()->isModelLoaded() && !w->inference()->isModelLoading(), 120000);
        QCOMPARE(w->inference()->modelStatus().spec.device, QStringLiteral("cpu"));
        bool told = false;
        for (const QList<QVariant>& m : messages)
            told = told || m.at(0).toString().contains(gpus.isEmpty() ? QStringLiteral("CUDA") : missing);
        QVERIFY2(told, "no message about the missing GPU");
        QVERIFY(!w->modelStatusText().contains(QStringLiteral("GPU memory")));
    }

    void folderOfImagesNextItemsEncodedAhead() {
        auto w = readyWindow();
        QVERIFY(w);
        QSignalSpy embedded(w->inference(), &InferenceClient::embeddingReady);
        // A whole folder at once: its images come in name order after input.png.
        QCOMPARE(w->openMedia({kData + QStringLiteral("/media/images")}), 2);
        const std::vector<MediaItem> items = w->project()->mediaItems();
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(QFileInfo(items[1].path).fileName(), QStringLiteral("groceries.jpg"));
        QCOMPARE(w->annotator()->mediaId(), items[1].id);
        // Without any click, the item after the shown one gets encoded ahead.
        const auto encodedItem = [&](int mediaId) {
            for (const QList<QVariant>& args : embedded)
                if (args.first().value<FrameRef>().mediaId == mediaId)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(encodedItem(items[2].id), 120000);
        // D / A move between items.
        w->action(QStringLiteral("next"))->trigger();
        QCOMPARE(w->annotator()->mediaId(), items[2].id);
        w->action(QStringLiteral("previous"))->trigger();
        w->action(QStringLiteral("previous"))->trigger();
        QCOMPARE(w->annotator()->mediaId(), items[0].id);
        QCOMPARE(ThreadGuard::violations(), 0);
    }

    void hoverPreviewFollowsPointer() {
        auto w = readyWindow();
        QVERIFY(w);
        QSignalSpy embedded(w->inference(), &InferenceClient::embeddingReady);
        QVERIFY(!embedded.isEmpty() || embedded.wait(60000));
        CanvasView* canvas = w->canvas();
        for (int x = 100; x <= 200; x += 20)
            guitest::hover(canvas->viewport(), viewPos(canvas, {double(x), 150}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isPreviewShown(), 60000);
        // Leaving the canvas hides it; a click clears it too.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(canvas, &leave);
        QVERIFY(!canvas->isPreviewShown());
        QCOMPARE(ThreadGuard::violations(), 0);
    }

    void embeddingsComeFromTheDiskCache() {
        // A first window has input.png encoded (or finds it cached by an earlier case); closing
        // it waits for its worker, so the embedding is on disk. The case passes alone too.
        {
            auto first = readyWindow();
            QVERIFY(first);
            InferenceWorker* worker = first->inference()->worker();
            QTRY_VERIFY_WITH_TIMEOUT(worker->encodeCount() + worker->cacheHitCount() >= 1, 60000);
        }
        // A new window's worker finds it on disk.
        auto w = readyWindow();
        QVERIFY(w);
        QVERIFY(clickAndWait(*w, {150, 140}));
        QVERIFY(onlyAnnotation(*w) != nullptr);
        QCOMPARE(w->inference()->worker()->encodeCount(), 0);
        QVERIFY(w->inference()->worker()->cacheHitCount() >= 1);
        QVERIFY(EmbeddingCache(EmbeddingCache::defaultDirectory()).fileCount() >= 1);
    }

    void guardRefusesTheGuiThread() {
        // A worker that was never moved to its thread serves requests on the GUI thread: the
        // guard must refuse them (in Release too) and count the violation.
        ThreadGuard::resetViolations();
        InferenceWorker worker;
        QSignalSpy failed(&worker, &InferenceWorker::segmentFailed);
        QSignalSpy loadFailed(&worker, &InferenceWorker::modelFailed);
        ModelSpec spec;
        spec.checkpoint = checkpoint();
        worker.requestLoadModel(spec);
        SegmentRequest request;
        request.id = 7;
        worker.requestSegment(request);
        QTRY_COMPARE(loadFailed.size(), 1);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toULongLong(), quint64(7));
        QCOMPARE(ThreadGuard::violations(), 2);
        ThreadGuard::resetViolations();
    }

    void shortcutsExistForEveryTool() {
        MainWindow w;
        w.setInteractive(false);
        const std::pair<const char*, QKeySequence> expected[] = {
            {"undo", QKeySequence(QStringLiteral("Ctrl+Z"))},
            {"redo", QKeySequence(QStringLiteral("Ctrl+Shift+Z"))},
            {"save", QKeySequence(QKeySequence::Save)},
            {"tool.brush", QKeySequence(Qt::Key_B)},
            {"tool.eraser", QKeySequence(Qt::Key_E)},
            {"tool.click", QKeySequence(Qt::Key_C)},
            {"tool.box", QKeySequence(Qt::Key_R)},
            {"tool.polygon", QKeySequence(Qt::Key_P)},
            {"next", QKeySequence(Qt::Key_D)},
            {"previous", QKeySequence(Qt::Key_A)},
        };
        for (const auto& [name, key] : expected) {
            QAction* act = w.action(QString::fromLatin1(name));
            QVERIFY2(act != nullptr, name);
            QVERIFY2(act->shortcuts().contains(key), name);
        }
    }

    void cleanupTestCase() { QCOMPARE(ThreadGuard::violations(), 0); }
};

QTEST_MAIN(TestUiAnnotate)
#include "test_ui_annotate.moc"
