// The golden interactive video session (video_interactive/ of SAM2_GOLDEN_DIR, default
// tests/data/sam2_mini) through the app's own path: the main window (offscreen) with the golden
// checkpoint, its Annotator for clicks and boxes, its VideoController / VideoEditor for
// propagation and clearing prompts, and the tracker worker on its thread. Every call of the
// session, read from the golden folder (frames, sizes, object ids, predictor options), is made
// the way the app makes it, and every mask the app stores and every logit it computed is compared
// with the reference's within the golden README's tolerances (tests/common/golden_video_check.h).
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <map>

#include "annotation/project.h"
#include "annotation/worker/embedding_cache.h"
#include "annotation/worker/inference_client.h"
#include "annotation/worker/video_editor.h"
#include "common/golden_video_check.h"
#include "gui_test_util.h"
#include "ui/annotator.h"
#include "ui/main_window.h"
#include "ui/video_controller.h"

using namespace s2s;
using namespace s2s::ui;
using nlohmann::json;

namespace {

bool seekAndWait(VideoController* video, int frame) {
    if (!video->seek(frame))
        return false;
    return QTest::qWaitFor([&] { return video->frame() == frame && !video->annotator()->isFrameLoading(); },
                           30000);
}

QString str(const std::string& s) { return QString::fromStdString(s); }

} // namespace

class TestUiGoldenVideo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settingsDir_;

    struct Stats {
        int planes = 0, masks = 0;
        double worstP999 = 0, worstMax = 0, worstMean = 0, worstIou = 1;
    } stats_;
    QStringList failures_;

    void fail(const QString& what) {
        if (failures_.size() < 40)
            failures_ << what;
    }

    // One object's result from the app's path against the golden plane; the project's stored
    // mask of that (frame, object) must be exactly (our logits > 0) where the app keeps a mask.
    void comparePlane(const QString& label, int frame, int projectObject, const TrackedObject* ours,
                      const goldenvideo::Tensor& gold, Project* project, int media, bool checkStored) {
        const bool goldenNoObject = goldenvideo::isNoObjectPlane(gold.values);
        if (ours == nullptr) {
            if (!goldenNoObject)
                fail(label + QStringLiteral(": the app gave no output, the reference did"));
            return;
        }
        if (goldenNoObject) {
            fail(label + QStringLiteral(": the app gave an output, the reference has no object here"));
            return;
        }
        const goldenvideo::PlaneDiff d = goldenvideo::comparePlane(ours->logits, gold.values);
        ++stats_.planes;
        stats_.worstP999 = std::max(stats_.worstP999, d.p999);
        stats_.worstMax = std::max(stats_.worstMax, d.maxAbs);
        stats_.worstMean = std::max(stats_.worstMean, d.meanAbs);
        stats_.worstIou = std::min(stats_.worstIou, d.iou);
        if (const std::string problems = goldenvideo::planeProblems(d); !problems.empty())
            fail(label + QStringLiteral(": ") + str(problems));
        // The mask sent to the project is the logits' positive part.
        const std::vector<uint8_t> mine = goldenvideo::positive(ours->logits);
        if (ours->mask.decode() != mine)
            fail(label + QStringLiteral(": the mask is not (logits > 0)"));
        if (!checkStored)
            return;
        const FrameAnnotation* stored = project->annotation(media, frame, projectObject);
        const bool present = ours->objectScore > 0.f && !ours->mask.isEmpty();
        if (stored && VideoEditor::isPersonMade(*stored)) {
            // A person's frame keeps what its prompt gave; the reference re-emits that output.
            ++stats_.masks;
            if (stored->mask != ours->mask)
                fail(label + QStringLiteral(": the person-made mask is not the output re-emitted here"));
            return;
        }
        if (!present) {
            if (stored)
                fail(label + QStringLiteral(": the object is absent here but the project keeps a mask"));
            return;
        }
        ++stats_.masks;
        if (!stored)
            fail(label + QStringLiteral(": no mask stored"));
        else if (stored->mask != ours->mask)
            fail(label + QStringLiteral(": the stored mask is not the tracked one"));
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings(settingsDir_.path());
        QDir(EmbeddingCache::defaultDirectory()).removeRecursively();
    }

    void interactiveSessionThroughTheApp() {
        const std::filesystem::path dir = goldenvideo::goldenDir() / "video_interactive";
        goldenvideo::Session g(dir);
        QVERIFY2(g.json().value("scenario", "") == "video_interactive", "not an interactive video session");
        const std::vector<std::string> unsupported = goldenvideo::unsupportedOverrides(g);
        if (!unsupported.empty())
            QFAIL(qPrintable(QStringLiteral("the app builds the video predictor as build_sam2_video_predictor; this "
                                            "golden set overrides %1")
                                 .arg(str(unsupported.front()))));

        MainWindow w;
        w.setInteractive(false);
        w.resize(1000, 700);
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        const QString checkpoint = str(g.resolve(g.json().at("checkpoint").get<std::string>()).string());
        const QString config = str(g.resolve(g.json().at("config").get<std::string>()).string());
        w.loadModel(checkpoint, config);
        QVERIFY(w.inference()->isModelLoaded() || ready.wait(180000));

        VideoController* video = w.videoController();
        VideoEditor* editor = video->editor();
        VideoEditorSettings settings = editor->settings();
        const goldenvideo::PredictorOptions opts = goldenvideo::predictorOptions(g);
        settings.predictor.addAllFramesToCorrectAsCond = opts.addAllFramesToCorrectAsCond;
        settings.predictor.clearNonCondMemAroundInput = opts.clearNonCondMemAroundInput;
        settings.predictor.clearNonCondMemForMultiObj = opts.clearNonCondMemForMultiObj;
        settings.predictor.nonOverlapMasks = opts.nonOverlapMasks;
        settings.predictor.keepLogits = true;  // diagnostics: the logits come with every result
        editor->setSettings(settings);

        // Everything the tracker answers, with logits, as the app's layers receive it.
        std::vector<TrackedFrame> tracked;
        std::vector<PromptAnswer> answers;
        connect(editor, &VideoEditor::frameTracked, this, [&](const TrackedFrame& f) { tracked.push_back(f); });
        connect(video->tracker(), &VideoTracker::prompted, this, [&](const PromptAnswer& a) { answers.push_back(a); });

        Project* project = w.project();
        int media = -1;
        std::map<int, int> objectOf;  // golden obj id -> project object id
        int stepIndex = 0;
        for (const json& step : g.json().at("steps")) {
            const std::string call = step.at("call");
            const json& args = step.at("args");
            const json out = step.contains("outputs") ? step.at("outputs") : json();
            const QString label = QStringLiteral("step %1 %2").arg(stepIndex++).arg(str(call));
            if (call == "init_state") {
                const QString frames = str(g.resolve(args.at("video_path").get<std::string>()).lexically_normal().string());
                QCOMPARE(w.addFrameFolder(frames), 1);
                QVERIFY(QTest::qWaitFor([&] { return w.annotator()->mediaId() >= 0; }, 30000));
                media = w.annotator()->mediaId();
                const MediaItem* item = project->media(media);
                QCOMPARE(item->frameCount, out.at("num_frames").get<int>());
                QCOMPARE(item->width, out.at("video_width").get<int>());
                QCOMPARE(item->height, out.at("video_height").get<int>());
            } else if (call == "add_new_points_or_box") {
                const int frame = args.at("frame_idx"), goldObj = args.at("obj_id");
                std::vector<PointPrompt> points;
                if (!args.at("points").is_null())
                    for (size_t i = 0; i < args.at("points").size(); ++i)
                        points.push_back({args["points"][i][0].get<double>(), args["points"][i][1].get<double>(),
                                          args.at("labels")[i].get<int>() == 1});
                std::optional<BoxPrompt> box;
                if (!args.at("box").is_null())
                    box = BoxPrompt{args["box"][0].get<double>(), args["box"][1].get<double>(),
                                    args["box"][2].get<double>(), args["box"][3].get<double>()};
                QVERIFY(seekAndWait(video, frame));
                if (objectOf.count(goldObj)) {
                    w.annotator()->selectObject(objectOf[goldObj]);
                    // clear_old_points=false: the frame's earlier clicks stay, the new ones follow.
                    if (!args.at("clear_old_points").get<bool>())
                        if (const FrameAnnotation* a = project->annotation(media, frame, objectOf[goldObj]);
                            a && VideoEditor::isPersonMade(*a))
                            points.insert(points.begin(), a->points.begin(), a->points.end());
                } else {
                    w.annotator()->startNewObject();
                }
                answers.clear();
                QSignalSpy idle(w.annotator(), &Annotator::idle);
                w.annotator()->setFramePrompts(points, box);
                QVERIFY2(w.annotator()->pendingRequests() > 0, qPrintable(label + QStringLiteral(": not sent")));
                QVERIFY(idle.wait(120000));
                QCOMPARE(int(answers.size()), 1);
                QVERIFY2(answers[0].error.isEmpty(), qPrintable(answers[0].error));
                if (!objectOf.count(goldObj))
                    objectOf[goldObj] = answers[0].objectId;
                const int obj = objectOf[goldObj];
                QVERIFY(project->object(media, obj) != nullptr);
                // The golden output lists every object on the frame; the prompted one is compared.
                const json& frameOut = out.at(0);
                const auto ids = frameOut.at("obj_ids").get<std::vector<int>>();
                const auto pos = std::find(ids.begin(), ids.end(), goldObj) - ids.begin();
                QVERIFY(pos < static_cast<long>(ids.size()));
                const auto gold = g.tensor(frameOut.at("video_res_masks")[pos].get<std::string>());
                const TrackedObject* ours = answers[0].result ? &*answers[0].result : nullptr;
                comparePlane(label + QStringLiteral(" frame %1 obj %2").arg(frame).arg(goldObj), frame, obj, ours, gold,
                             project, media, false);
                const FrameAnnotation* stored = project->annotation(media, frame, obj);
                QVERIFY(stored && stored->source == MaskSource::Model);
                QVERIFY(ours && stored->mask == ours->mask);  // what the person sees is the answer
                QCOMPARE(stored->points, points);
            } else if (call == "propagate_in_video") {
                const bool reverse = args.at("reverse");
                const int maxFrames = args.at("max_frame_num_to_track").is_null()
                                          ? -1
                                          : args.at("max_frame_num_to_track").get<int>();
                const auto direction = reverse ? PropagationDirection::Backward : PropagationDirection::Forward;
                tracked.clear();
                QSignalSpy finished(video, &VideoController::propagationFinished);
                if (args.at("start_frame_idx").is_null()) {
                    // The reference's default start (the earliest conditioning frame).
                    QVERIFY(editor->propagate(media, -1, direction, maxFrames));
                } else {
                    QVERIFY(seekAndWait(video, args.at("start_frame_idx").get<int>()));
                    QVERIFY(video->propagateAll(direction, maxFrames));
                }
                QVERIFY(finished.wait(600000) || !finished.isEmpty());
                QVERIFY2(finished.first().at(2).toString().isEmpty(), qPrintable(finished.first().at(2).toString()));
                QCOMPARE(int(tracked.size()), int(out.size()));
                for (size_t i = 0; i < std::min(tracked.size(), out.size()); ++i) {
                    const json& frameOut = out[i];
                    const int frame = frameOut.at("frame_idx");
                    QCOMPARE(tracked[i].frame, frame);
                    const auto ids = frameOut.at("obj_ids").get<std::vector<int>>();
                    for (size_t k = 0; k < ids.size(); ++k) {
                        const int obj = objectOf.at(ids[k]);
                        const TrackedObject* ours = nullptr;
                        for (const TrackedObject& o : tracked[i].objects)
                            if (o.objectId == obj)
                                ours = &o;
                        comparePlane(label + QStringLiteral(" frame %1 obj %2").arg(frame).arg(ids[k]), frame, obj, ours,
                                     g.tensor(frameOut.at("video_res_masks")[k].get<std::string>()), project, media,
                                     true);
                    }
                }
            } else if (call == "clear_all_prompts_in_frame") {
                const int frame = args.at("frame_idx"), goldObj = args.at("obj_id");
                const int obj = objectOf.at(goldObj);
                QVERIFY(seekAndWait(video, frame));
                answers.clear();
                video->clearPromptsOnFrame(obj);
                QVERIFY(QTest::qWaitFor([&] { return !answers.empty() && editor->pendingPrompts() == 0; }, 120000));
                QVERIFY2(answers[0].error.isEmpty(), qPrintable(answers[0].error));
                const json& frameOut = out.at(0);
                const auto ids = frameOut.at("obj_ids").get<std::vector<int>>();
                const auto pos = std::find(ids.begin(), ids.end(), goldObj) - ids.begin();
                QVERIFY(pos < static_cast<long>(ids.size()));
                const TrackedObject* ours = answers[0].result ? &*answers[0].result : nullptr;
                comparePlane(label + QStringLiteral(" frame %1 obj %2").arg(frame).arg(goldObj), frame, obj, ours,
                             g.tensor(frameOut.at("video_res_masks")[pos].get<std::string>()), project, media, true);
                const FrameAnnotation* stored = project->annotation(media, frame, obj);
                QVERIFY(stored == nullptr || stored->source == MaskSource::Propagation);
            } else if (call == "remove_object") {
                const int obj = objectOf.at(args.at("obj_id").get<int>());
                video->deleteObject(obj);
                QVERIFY(project->object(media, obj) == nullptr);
                objectOf.erase(args.at("obj_id").get<int>());
            } else if (call == "reset_state") {
                // The app's equivalent: the tracker forgets the video's session; the project (the
                // person's work) stays and rebuilds it on the next request.
                video->tracker()->forgetMedia(media);
            } else {
                QFAIL(qPrintable(QStringLiteral("call %1 of the golden session has no app equivalent in this test")
                                     .arg(str(call))));
            }
        }
        std::fprintf(stderr, "  %d planes compared through the app: worst 99.9th pct %.3g, worst max %.3g, worst mean %.3g, min IoU %.6f; %d stored masks checked\n",
                     stats_.planes, stats_.worstP999, stats_.worstMax, stats_.worstMean, stats_.worstIou, stats_.masks);
        QVERIFY2(failures_.isEmpty(), qPrintable(failures_.join(QLatin1Char('\n'))));
        QVERIFY(stats_.planes > 0);
    }
};

QTEST_MAIN(TestUiGoldenVideo)
#include "test_ui_golden_video.moc"
