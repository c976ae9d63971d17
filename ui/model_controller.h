#pragma once
// The model side of the window: loading a checkpoint on the worker (with the device and the
// precision from the settings, falling back with a message where this build or this CPU cannot
// do them), Model ▸ Choose checkpoint / Choose config / Download / Device / Precision, the last
// model at start, and the texts of the status line and of the banner shown while no model is
// loaded. The window shows those texts and forwards ready() / failed(). Its strings keep
// MainWindow's translation context (they were written there).
#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace s2s {
class InferenceClient;
}

namespace s2s::ui {

class ModelController : public QObject {
    Q_OBJECT
public:
    ModelController(QWidget* window, InferenceClient* inference);

    void load(const QString& checkpoint, const QString& config = QString(), const QString& device = QString());
    // The checkpoint of the last session, else an official one found where downloads go.
    void loadRemembered();
    void chooseCheckpoint();
    void chooseConfig();
    void download();
    // Model ▸ Device and Model ▸ Precision.
    void addDeviceMenu(QMenu* model);
    void addPrecisionMenu(QMenu* model);

    // "Model: sam2.1_hiera_t on CPU", "Model: loading…", "Model: none".
    QString statusText() const;
    // Why `dtype` ("float32", "bfloat16", "float16") cannot run on `device` ("cpu", "cuda:N"), or
    // an empty string where it can: bfloat16 needs AVX-512 on a CPU and an Ampere or later GPU,
    // float16 is for GPUs (those without bfloat16).
    static QString precisionUnavailable(const QString& dtype, const QString& device);
    // `dtype` where it can run on `device`, else what loads instead: float16 for bfloat16 on an
    // older GPU, float32 otherwise.
    static QString runnableDtype(const QString& dtype, const QString& device);
    // What to do while no model is loaded (with the last loading error); empty otherwise.
    QString bannerText() const;

Q_SIGNALS:
    void statusChanged();
    void ready();
    void failed(const QString& message);
    void message(const QString& text, bool warning);

private:
    void reloadWith(const QString& device);
    // Enables the precisions the chosen device can run, with the reason on those it cannot.
    void refreshPrecisionMenu();

    QWidget* window_;
    InferenceClient* inference_;
    QString error_;
    QMenu* precisionMenu_ = nullptr;
};

} // namespace s2s::ui
