// sam2studio: the desktop app.
//   sam2studio [--checkpoint FILE.pt] [--config FILE.yaml] [--device cpu|cuda]
//              [--click X,Y]... [--screenshot FILE.png] [MEDIA...]
// --click segments a new object at image pixel (X, Y) of the first media item once the model is
// ready (one object per --click); --screenshot renders the window once the media is shown (and
// the clicks are answered), saves it and exits. --version prints the version and exits.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <cstring>

#include "annotation/worker/inference_client.h"
#include "sam2studio_version.h"
#include "ui/annotator.h"
#include "ui/main_window.h"
#include "app_translations.h"

namespace {

// Reverse-DNS id shared by the .desktop entry, the AppStream metainfo and the icon name
// (packaging/CMakeLists.txt: SAM2_APP_ID).
constexpr auto kAppId = "io.github.sam2studio.SAM2Studio";

// The installed hicolor icon through the icon theme. Without a theme lookup that finds it (a
// desktop without the theme path, or an install under a prefix outside XDG_DATA_DIRS), the PNGs
// that the package installs beside the executable's prefix (<prefix>/share/icons/hicolor).
QIcon applicationIcon() {
    const QString name = QLatin1String(kAppId);
    QIcon icon = QIcon::fromTheme(name);
    if (!icon.isNull())
        return icon;
    const QDir hicolor(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/icons/hicolor"));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString png = hicolor.filePath(QStringLiteral("%1x%1/apps/%2.png").arg(size).arg(name));
        if (QFileInfo::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

struct Script {
    std::vector<QPointF> clicks;
    QString screenshot;
};

// Runs the --click list (each a new object), then takes the screenshot and quits.
class ScriptRunner : public QObject {
public:
    ScriptRunner(s2s::ui::MainWindow* window, Script script)
        : QObject(window), window_(window), script_(std::move(script)) {}

    void start() {
        // A video's first frame is decoded in the background: begin once it is on screen.
        if (window_->annotator()->isFrameLoading()) {
            // (A frame that cannot be read ends with a message instead of frameShown.)
            auto* once = new QObject(this);
            const auto resume = [this, once] {
                if (window_->annotator()->isFrameLoading())
                    return;
                once->deleteLater();
                disconnect(window_->annotator(), nullptr, once, nullptr);
                start();
            };
            connect(window_->annotator(), &s2s::ui::Annotator::frameShown, once, resume);
            connect(window_->annotator(), &s2s::ui::Annotator::message, once, resume);
            return;
        }
        // A model that fails to load still gets its screenshot (showing the message).
        connect(window_, &s2s::ui::MainWindow::modelError, this, [this] { finish(); });
        if (script_.clicks.empty() || window_->annotator()->mediaId() < 0) {
            finish();
            return;
        }
        connect(window_->annotator(), &s2s::ui::Annotator::idle, this, [this] { nextClick(); });
        if (window_->inference()->isModelLoaded())
            nextClick();
        else
            connect(window_, &s2s::ui::MainWindow::modelReady, this, [this] { nextClick(); });
    }

private:
    void nextClick() {
        // modelReady may come more than once (a remembered model, then --checkpoint); only the
        // first starts the clicks, later ones follow the previous click's answer.
        if (next_ > 0 && window_->annotator()->pendingRequests() > 0)
            return;
        if (next_ >= script_.clicks.size()) {
            finish();
            return;
        }
        window_->annotator()->startNewObject();
        window_->annotator()->addPoint(script_.clicks[next_++], true);
    }
    void finish() {
        if (done_)
            return;
        done_ = true;
        window_->annotator()->startNewObject();  // no object highlighted in the picture
        QTimer::singleShot(50, window_, [this] {
            int status = 0;
            if (!script_.screenshot.isEmpty()) {
                const QPixmap shot = window_->grab();
                if (!shot.save(script_.screenshot)) {
                    std::fprintf(stderr, "sam2studio: cannot write %s\n", qPrintable(script_.screenshot));
                    status = 1;
                } else {
                    std::printf("sam2studio: saved %s (%dx%d)\n", qPrintable(script_.screenshot),
                                shot.width(), shot.height());
                }
                QApplication::exit(status);
            }
        });
    }

    s2s::ui::MainWindow* window_;
    Script script_;
    std::size_t next_ = 0;
    bool done_ = false;
};

} // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("sam2studio %s\n", SAM2STUDIO_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SAM2Studio"));
    QApplication::setApplicationName(QStringLiteral("sam2studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SAM 2 Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SAM2STUDIO_VERSION));
    // Wayland compositors and docks match the window to the .desktop entry (name, icon) by this.
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId));
    QApplication::setWindowIcon(applicationIcon());
    s2s::installTranslatorsFromSettings();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Segmentation datasets from images and videos with SAM 2."));
    parser.addHelpOption();
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"),
                                        QApplication::translate("main", "SAM 2 checkpoint (.pt) to load."),
                                        QStringLiteral("file"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QApplication::translate("main", "Model config YAML for the checkpoint."),
                                    QStringLiteral("file"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    QApplication::translate("main", "cpu or cuda."), QStringLiteral("device"));
    const QCommandLineOption click(QStringLiteral("click"),
                                   QApplication::translate("main", "Segment a new object at image pixel X,Y."),
                                   QStringLiteral("X,Y"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window once the media is shown, then exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption version(QStringLiteral("version"), QApplication::translate("main", "Print the version."));
    parser.addOptions({checkpoint, config, device, click, screenshot, version});
    parser.addPositionalArgument(QStringLiteral("media"),
                                 QApplication::translate("main", "Images, videos, folders or a .s2sproj project."),
                                 QStringLiteral("[MEDIA...]"));
    parser.process(app);

    Script script;
    for (const QString& value : parser.values(click)) {
        const QStringList xy = value.split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() == 2) {
            const double x = xy[0].toDouble(&okX), y = xy[1].toDouble(&okY);
            if (okX && okY)
                script.clicks.emplace_back(x, y);
        }
        if (!okX || !okY) {
            std::fprintf(stderr, "sam2studio: --click wants X,Y in pixels, got '%s'\n", qPrintable(value));
            return 2;
        }
    }
    script.screenshot = parser.value(screenshot);

    s2s::ui::MainWindow window;
    const bool scripted = !script.screenshot.isEmpty();
    window.setInteractive(!scripted);
    if (parser.isSet(checkpoint))
        window.loadModel(parser.value(checkpoint), parser.value(config), parser.value(device));
    QStringList media;
    for (const QString& arg : parser.positionalArguments()) {
        if (arg.endsWith(QStringLiteral(".s2sproj")))
            window.openProject(arg);
        else
            media << arg;
    }
    if (!media.isEmpty())
        window.openMedia(media);
    window.show();
    if (scripted || !script.clicks.empty()) {
        auto* runner = new ScriptRunner(&window, script);
        QTimer::singleShot(0, runner, [runner] { runner->start(); });
    }
    return app.exec();
}
