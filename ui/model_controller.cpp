#include "ui/model_controller.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTimer>

#include "annotation/worker/inference_client.h"
#include "ui/checkpoint_download_dialog.h"
#include "ui/main_window.h"
#include "ui/model_files.h"

namespace s2s::ui {

ModelController::ModelController(QWidget* window, InferenceClient* inference)
    : QObject(window), window_(window), inference_(inference) {
    // On a GPU the status bar shows its memory in use, which tracking changes: refreshed every 2 s.
    auto* gpuMemory = new QTimer(this);
    gpuMemory->setInterval(2000);
    connect(gpuMemory, &QTimer::timeout, this, [this] {
        if (inference_->modelStatus().loaded && inference_->modelStatus().device.startsWith(QStringLiteral("cuda")))
            Q_EMIT statusChanged();
    });
    if (InferenceClient::cudaAvailable())
        gpuMemory->start();
    connect(inference_, &InferenceClient::modelLoaded, this, [this](const ModelStatus& status) {
        // Remembered only once it loaded, so a broken file is not retried at every start.
        QSettings settings;
        settings.setValue(QStringLiteral("model/checkpoint"), status.checkpoint);
        settings.setValue(QStringLiteral("model/config"), status.configPath);
        error_.clear();
        Q_EMIT statusChanged();
        Q_EMIT ready();
    });
    connect(inference_, &InferenceClient::modelFailed, this, [this](const QString& text) {
        error_ = text;
        Q_EMIT statusChanged();
        Q_EMIT message(MainWindow::tr("The model could not be loaded: %1").arg(text), true);
        Q_EMIT failed(text);
    });
}

QString ModelController::statusText() const {
    const ModelStatus& status = inference_->modelStatus();
    if (status.loaded) {
        QString text = status.spec.dtype != QStringLiteral("float32")
                           ? MainWindow::tr("Model: %1 on %2, %3").arg(status.variant, status.device.toUpper(), status.spec.dtype)
                           : MainWindow::tr("Model: %1 on %2").arg(status.variant, status.device.toUpper());
        const qint64 inUse = InferenceClient::gpuMemoryInUse(status.device);
        if (inUse > 0)
            text += MainWindow::tr(" (GPU memory %1 GiB in use)")
                        .arg(static_cast<double>(inUse) / (1 << 30), 0, 'f', 1);
        return text;
    }
    if (inference_->isModelLoading())
        return MainWindow::tr("Model: loading…");
    return MainWindow::tr("Model: none");
}

QString ModelController::bannerText() const {
    if (inference_->isModelLoaded() || inference_->isModelLoading())
        return QString();
    QString text = missingModelHelp();
    if (!error_.isEmpty())
        text = MainWindow::tr("The model could not be loaded: %1").arg(error_) + QStringLiteral("\n") + text;
    return text;
}

void ModelController::load(const QString& checkpoint, const QString& config, const QString& device) {
    QSettings settings;
    ModelSpec spec;
    spec.checkpoint = QFileInfo(checkpoint).absoluteFilePath();
    spec.config = config.isEmpty() ? QString() : QFileInfo(config).absoluteFilePath();
    spec.device = device.isEmpty()
                      ? settings.value(QStringLiteral("model/device"), QStringLiteral("cpu")).toString()
                      : device;
    if (spec.device.startsWith(QStringLiteral("cuda")) && !InferenceClient::cudaAvailable()) {
        Q_EMIT message(MainWindow::tr("CUDA is not available in this build; using the CPU."), false);
        spec.device = QStringLiteral("cpu");
    } else if (spec.device.startsWith(QStringLiteral("cuda:"))) {
        // A device remembered from another machine (or a GPU since removed).
        bool known = false;
        for (const GpuDevice& gpu : InferenceClient::cudaDevices())
            known = known || gpu.id == spec.device;
        if (!known) {
            Q_EMIT message(MainWindow::tr("There is no GPU %1 on this machine; using the CPU.").arg(spec.device), false);
            spec.device = QStringLiteral("cpu");
        }
    }
    spec.dtype = settings.value(QStringLiteral("model/dtype"), QStringLiteral("float32")).toString();
    if (spec.dtype != QStringLiteral("bfloat16") && spec.dtype != QStringLiteral("float16"))
        spec.dtype = QStringLiteral("float32");
    // A precision this device cannot run (a setting carried over from another machine or device)
    // falls back (runnableDtype), and the user is told.
    if (const QString why = precisionUnavailable(spec.dtype, spec.device); !why.isEmpty()) {
        const QString fallback = runnableDtype(spec.dtype, spec.device);
        if (spec.dtype == QStringLiteral("bfloat16") && spec.device == QStringLiteral("cpu"))
            Q_EMIT message(MainWindow::tr("This CPU has no AVX-512 for bfloat16; using float32."), false);
        else
            Q_EMIT message(MainWindow::tr("%1 Using %2.").arg(why, fallback), false);
        spec.dtype = fallback;
    }
    error_.clear();
    inference_->loadModel(spec);
    Q_EMIT statusChanged();
}

void ModelController::loadRemembered() {
    const QSettings settings;
    QString checkpoint = settings.value(QStringLiteral("model/checkpoint")).toString();
    if (checkpoint.isEmpty() || !QFileInfo(checkpoint).isFile())
        checkpoint = findInstalledCheckpoint();
    if (!checkpoint.isEmpty())
        load(checkpoint, settings.value(QStringLiteral("model/config")).toString());
    Q_EMIT statusChanged();
}

void ModelController::chooseCheckpoint() {
    const QString path = QFileDialog::getOpenFileName(window_, MainWindow::tr("Choose a SAM 2 checkpoint"),
                                                      modelsDirectory(),
                                                      MainWindow::tr("PyTorch checkpoints (*.pt *.pth)"));
    if (!path.isEmpty())
        load(path);
}

void ModelController::chooseConfig() {
    const ModelStatus& status = inference_->modelStatus();
    const QString checkpoint = status.loaded ? status.checkpoint
                                             : QSettings().value(QStringLiteral("model/checkpoint")).toString();
    if (checkpoint.isEmpty()) {
        Q_EMIT message(MainWindow::tr("Choose a checkpoint first."), true);
        return;
    }
    const QString yaml = QFileDialog::getOpenFileName(window_, MainWindow::tr("Choose the model config"),
                                                      QFileInfo(checkpoint).absolutePath(),
                                                      MainWindow::tr("SAM 2 configs (*.yaml *.yml)"));
    if (!yaml.isEmpty())
        load(checkpoint, yaml);
}

void ModelController::download() {
    CheckpointDownloadDialog dialog(window_);
    connect(&dialog, &CheckpointDownloadDialog::downloaded, this, [this](const QString& path) { load(path); });
    dialog.exec();
}

void ModelController::reloadWith(const QString& device) {
    const ModelStatus& status = inference_->modelStatus();
    if (status.loaded)
        load(status.checkpoint, status.configPath, device.isEmpty() ? status.spec.device : device);
}

void ModelController::addDeviceMenu(QMenu* model) {
    // CPU, then each CUDA device by name and memory ("cuda:N"); without one a disabled entry says why.
    QMenu* menu = model->addMenu(MainWindow::tr("&Device"));
    menu->setObjectName(QStringLiteral("deviceMenu"));
    auto* devices = new QActionGroup(menu);
    QString current = QSettings().value(QStringLiteral("model/device"), QStringLiteral("cpu")).toString();
    if (current == QStringLiteral("cuda"))
        current = QStringLiteral("cuda:0");
    auto add = [&](const QString& device, const QString& label) {
        QAction* act = menu->addAction(label);
        act->setObjectName(QStringLiteral("device_") + device);
        act->setCheckable(true);
        act->setData(device);
        act->setChecked(device == current);
        devices->addAction(act);
        connect(act, &QAction::triggered, this, [this, device] {
            QSettings().setValue(QStringLiteral("model/device"), device);
            refreshPrecisionMenu();
            reloadWith(device);
        });
        return act;
    };
    add(QStringLiteral("cpu"), MainWindow::tr("CPU"));
    const QList<GpuDevice> gpus = InferenceClient::cudaDevices();
    for (const GpuDevice& gpu : gpus) {
        const QString memory = gpu.totalBytes > 0
                                   ? MainWindow::tr(", %1 GiB").arg(static_cast<double>(gpu.totalBytes) / (1 << 30), 0, 'f', 0)
                                   : QString();
        add(gpu.id, MainWindow::tr("GPU %1: %2%3").arg(gpu.id, gpu.name, memory));
    }
    if (gpus.isEmpty()) {
        QAction* act = add(QStringLiteral("cuda:0"), MainWindow::tr("CUDA GPU"));
        act->setEnabled(false);
        act->setToolTip(MainWindow::tr("This build of LibTorch has no CUDA, or no GPU is present."));
    }
}

QString ModelController::precisionUnavailable(const QString& dtype, const QString& device) {
    const bool onCpu = !device.startsWith(QStringLiteral("cuda"));
    if (dtype == QStringLiteral("bfloat16")) {
        if (onCpu)
            return InferenceClient::cpuBfloat16Available()
                       ? QString()
                       : MainWindow::tr("Needs a CPU with AVX-512: on this CPU bfloat16 would be about 30 times "
                                        "slower than float32.");
        const QString id = device == QStringLiteral("cuda") ? QStringLiteral("cuda:0") : device;
        for (const GpuDevice& gpu : InferenceClient::cudaDevices())
            if (gpu.id == id && !gpu.bfloat16)
                return MainWindow::tr("%1 has no bfloat16 arithmetic (that needs an Ampere or later GPU); float16 "
                                      "is the fast precision there.")
                    .arg(gpu.name);
        return QString();
    }
    if (dtype == QStringLiteral("float16") && onCpu)
        return MainWindow::tr("float16 is for GPUs without bfloat16; on the CPU use bfloat16 or float32.");
    return QString();
}

QString ModelController::runnableDtype(const QString& dtype, const QString& device) {
    if (precisionUnavailable(dtype, device).isEmpty())
        return dtype;
    return dtype == QStringLiteral("bfloat16") && device.startsWith(QStringLiteral("cuda")) ? QStringLiteral("float16")
                                                                                            : QStringLiteral("float32");
}

void ModelController::addPrecisionMenu(QMenu* model) {
    // Precision: bfloat16 roughly halves encoding and tracking time on CPUs with AVX-512 BF16 or
    // AMX and on GPUs from Ampere on; float16 does the same on older GPUs. Masks differ slightly
    // from float32, so float32 stays the default.
    precisionMenu_ = model->addMenu(MainWindow::tr("&Precision"));
    precisionMenu_->setObjectName(QStringLiteral("precisionMenu"));
    auto* precisions = new QActionGroup(precisionMenu_);
    const QString currentDtype =
        QSettings().value(QStringLiteral("model/dtype"), QStringLiteral("float32")).toString();
    const QStringList dtypes{QStringLiteral("float32"), QStringLiteral("bfloat16"), QStringLiteral("float16")};
    const QStringList labels{MainWindow::tr("Full (float32)"), MainWindow::tr("Fast (bfloat16)"),
                             MainWindow::tr("Fast on older GPUs (float16)")};
    for (int i = 0; i < dtypes.size(); ++i) {
        const QString dtype = dtypes[i];
        QAction* act = precisionMenu_->addAction(labels[i]);
        act->setObjectName(QStringLiteral("precision_") + dtype);
        act->setCheckable(true);
        act->setData(dtype);
        act->setChecked(dtype == currentDtype);
        precisions->addAction(act);
        connect(act, &QAction::triggered, this, [this, dtype] {
            QSettings().setValue(QStringLiteral("model/dtype"), dtype);
            reloadWith(QString());
        });
    }
    precisionMenu_->setToolTipsVisible(true);
    refreshPrecisionMenu();
}

void ModelController::refreshPrecisionMenu() {
    if (!precisionMenu_)
        return;
    const QSettings settings;
    const QString device = settings.value(QStringLiteral("model/device"), QStringLiteral("cpu")).toString();
    const QString dtype = settings.value(QStringLiteral("model/dtype"), QStringLiteral("float32")).toString();
    const bool onGpu = device.startsWith(QStringLiteral("cuda")) && InferenceClient::cudaAvailable();
    for (QAction* act : precisionMenu_->actions()) {
        const QString d = act->data().toString();
        const QString why = precisionUnavailable(d, onGpu ? device : QStringLiteral("cpu"));
        act->setEnabled(why.isEmpty());
        if (!why.isEmpty())
            act->setToolTip(why);
        else if (d == QStringLiteral("bfloat16"))
            act->setToolTip(onGpu || InferenceClient::cpuBfloat16Fast()
                                ? MainWindow::tr("About twice as fast here; masks differ slightly from float32.")
                                : MainWindow::tr("This CPU has no native bfloat16: on the CPU this is slower than float32 "
                                                 "(it helps on a CUDA GPU)."));
        else if (d == QStringLiteral("float16"))
            act->setToolTip(MainWindow::tr("For GPUs without bfloat16 (before Ampere): about twice as fast there; "
                                           "masks differ slightly from float32."));
        else
            act->setToolTip(MainWindow::tr("SAM 2's own precision: the reference's masks."));
        // What loads is what is checked (load() falls back from a precision the device cannot run).
        act->setChecked(d == runnableDtype(dtype, onGpu ? device : QStringLiteral("cpu")));
    }
}

} // namespace s2s::ui
