// The translations as the app reaches them: with the German translator installed, the main window
// (its menus, docks, video UI), the undo commands and the project file filter come back German.
//
// The runtime test (translations_test.cpp) proves each .ts entry is compiled in under its
// context; this one proves the code asks for the same context. A string looked up under another
// context than the one lupdate filed it under (a home-made tr() helper, a QT_TRANSLATE_NOOP with
// a short class name) shows in English here, although its .ts entry is translated.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QXmlStreamReader>

#include "annotation/commands.h"
#include "annotation/project.h"
#include "app_translations.h"
#include "ui/gui_test_util.h"
#include "ui/main_window.h"

using namespace s2s;

namespace {

// The finished translations of one .ts file, by English source (over all contexts). Plural
// entries keep their forms in order.
struct TsCatalog {
    QHash<QString, QStringList> singular;            // source -> translations (one per context)
    QHash<QString, QList<QStringList>> plural;       // source -> plural forms (one list per context)
    QSet<QString> allTranslations;

    // Sources that have a translation differing from the English text and that are not also
    // the translation of something else: seeing one of them in the German UI means a lookup
    // missed its entry.
    QSet<QString> untranslatedMarkers() const {
        QSet<QString> markers;
        for (auto it = singular.cbegin(); it != singular.cend(); ++it)
            for (const QString& translation : it.value())
                if (translation != it.key() && !allTranslations.contains(it.key()))
                    markers.insert(it.key());
        return markers;
    }
};

TsCatalog readCatalog(const QString& tsPath) {
    TsCatalog catalog;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString source, translation;
    QStringList forms;
    bool numerus = false, finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                translation.clear();
                forms.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && finished) {
            if (numerus && !forms.isEmpty()) {
                catalog.plural[source] << forms;
                for (const QString& form : forms)
                    catalog.allTranslations.insert(form);
            } else if (!numerus && !translation.isEmpty()) {
                catalog.singular[source] << translation;
                catalog.allTranslations.insert(translation);
            }
        }
    }
    return catalog;
}

// Every piece of text a person reads in `window` without interacting: action texts and tooltips
// (menus, toolbars, the Video menu), dock titles, labels, buttons, tooltips, list headers.
QStringList visibleTexts(QWidget* window) {
    QStringList texts;
    for (QAction* act : window->findChildren<QAction*>()) {
        texts << act->text() << act->toolTip() << act->statusTip();
        if (QMenu* menu = act->menu())
            texts << menu->title();
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        texts << w->toolTip() << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TranslationsUiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(settingsDir_.isValid());
        guitest::isolateSettings(settingsDir_.path());
        // Qt's own file dialog (a platform theme's native one could not be found and closed).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        catalog_ = readCatalog(QStringLiteral(SAM2_TS_DIR "/sam2studio_de.ts"));
        QVERIFY2(!catalog_.singular.isEmpty(), "no finished German translations read");
        QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    }

    void cleanupTestCase() { installTranslators(QStringLiteral("en")); }

    // Menus, docks, the video UI and the rest of the window show no English string that the
    // German file translates.
    void mainWindowShowsNoUntranslatedString() {
        ui::MainWindow window;
        const QSet<QString> markers = catalog_.untranslatedMarkers();
        QStringList english;
        int german = 0;
        for (const QString& text : visibleTexts(&window)) {
            if (markers.contains(text))
                english << text;
            else if (catalog_.allTranslations.contains(text))
                ++german;
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("shown in English: ") + english.join(QStringLiteral(" | "))));
        // The check above passes trivially if nothing is looked up; the window has dozens of strings.
        QVERIFY2(german >= 40, qPrintable(QStringLiteral("only %1 German texts found").arg(german)));

        // The video UI's own actions (ui/video_ui.cpp, ui/video_controller.cpp).
        int videoActions = 0;
        for (QAction* act : window.findChildren<QAction*>())
            if (act->objectName().startsWith(QLatin1String("video")) && !act->text().isEmpty()) {
                QVERIFY2(!markers.contains(act->text()), qPrintable(act->text()));
                QVERIFY2(catalog_.allTranslations.contains(act->text()), qPrintable(act->text()));
                ++videoActions;
            }
        QVERIFY2(videoActions > 0, "no video actions found");
    }

    // The undo commands' texts (annotation/commands.cpp), as the Edit menu shows them.
    void undoCommandsAreTranslated() {
        Project project;
        MediaItem video;
        video.kind = MediaKind::Video;
        video.path = QStringLiteral("/nonexistent/clip.mp4");
        video.name = QStringLiteral("clip");
        video.frameCount = 10;
        const int mediaId = project.addMedia(video);

        auto* addClass = new AddClassCommand(&project, ObjectClass{-1, QStringLiteral("Katze"), Qt::red});
        project.undoStack()->push(addClass);
        expectTranslation(project.undoStack()->undoText(), QStringLiteral("Add class %1"), QStringLiteral("Katze"));

        AnnotatedObject object;
        object.name = QStringLiteral("Ball");
        auto* addObject = new AddObjectCommand(&project, mediaId, object);
        project.undoStack()->push(addObject);
        expectTranslation(project.undoStack()->undoText(), QStringLiteral("Add object %1"), QStringLiteral("Ball"));

        std::vector<SetMasksCommand::Entry> entries;
        for (int frame = 0; frame < 3; ++frame)
            entries.push_back({frame, addObject->objectId(), std::nullopt});
        project.undoStack()->push(new SetMasksCommand(&project, mediaId, entries));
        const QList<QStringList> forms = catalog_.plural.value(QStringLiteral("Set %n mask(s)"));
        QVERIFY2(!forms.isEmpty(), "'Set %n mask(s)' has no finished German plural forms");
        // German: forms are (singular, plural); 3 takes the plural.
        QCOMPARE(project.undoStack()->undoText(), QString(forms.first().last()).replace(QLatin1String("%n"), QLatin1String("3")));

        project.undoStack()->push(new ClearMasksCommand(&project, mediaId, addObject->objectId(), 4, -1));
        expectTranslation(project.undoStack()->undoText(), QStringLiteral("Clear masks from frame %1 on"), QStringLiteral("5"));
    }

    // The project file filter of Open project (a QT_TRANSLATE_NOOP outside the class).
    void projectFileFilterIsTranslated() {
        ui::MainWindow window;
        QStringList filters;
        QTimer poll;
        poll.setInterval(0);
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QFileDialog*>(top); dialog && dialog->isVisible()) {
                    filters = dialog->nameFilters();
                    poll.stop();
                    dialog->reject();
                    return;
                }
        });
        poll.start();
        window.action(QStringLiteral("openProject"))->trigger();
        poll.stop();
        QVERIFY2(!filters.isEmpty(), "the Open project dialog did not show");
        const QStringList expected = catalog_.singular.value(QStringLiteral("SAM 2 Studio projects (*.s2sproj)"));
        QVERIFY2(!expected.isEmpty(), "the project filter has no finished German translation");
        QVERIFY2(expected.contains(filters.first()), qPrintable(filters.first()));
    }

private:
    // `shown` is one of the German translations of `source` with %1 = arg, not the English text.
    void expectTranslation(const QString& shown, const QString& source, const QString& arg) {
        const QStringList translations = catalog_.singular.value(source);
        QVERIFY2(!translations.isEmpty(), qPrintable(QStringLiteral("no finished German translation of ") + source));
        QStringList candidates;
        for (const QString& t : translations)
            candidates << QString(t).arg(arg);
        QVERIFY2(candidates.contains(shown),
                 qPrintable(QStringLiteral("'%1' shown, expected one of: %2").arg(shown, candidates.join(QStringLiteral(" | ")))));
    }

    QTemporaryDir settingsDir_;
    TsCatalog catalog_;
};

QTEST_MAIN(TranslationsUiTest)
#include "translations_ui_test.moc"
