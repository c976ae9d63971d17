#include "ui/dataset_dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace s2s::ui {

namespace {

constexpr DatasetFormat kAllFormats[] = {DatasetFormat::Coco,         DatasetFormat::Sav,     DatasetFormat::Davis,
                                         DatasetFormat::DavisPalette, DatasetFormat::YoloSeg, DatasetFormat::Mots};

// A line edit with a "Browse…" button beside it.
QWidget* withBrowse(QLineEdit* edit, const QString& label, QWidget* parent, const std::function<void()>& browse) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(label, row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

void selectFormat(QComboBox* box, DatasetFormat format) {
    const int i = box->findData(static_cast<int>(format));
    if (i >= 0)
        box->setCurrentIndex(i);
}

DatasetFormat formatOf(const QComboBox* box) { return static_cast<DatasetFormat>(box->currentData().toInt()); }

// The form above, OK (named `okText`) and Cancel below.
void layOut(QDialog* dialog, QFormLayout* form, const QString& okText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace

// ---- export -----------------------------------------------------------------------------------

ExportDialog::ExportDialog(int currentMediaId, QWidget* parent)
    : QDialog(parent), currentMediaId_(currentMediaId) {
    setWindowTitle(tr("Export dataset"));
    format_ = new QComboBox(this);
    for (DatasetFormat f : kAllFormats)
        format_->addItem(datasetFormatName(f), static_cast<int>(f));
    dir_ = new QLineEdit(this);
    dir_->setPlaceholderText(tr("Folder the dataset is written to"));
    stride_ = new QSpinBox(this);
    stride_->setRange(0, 1000);
    stride_->setSpecialValueText(tr("Format default"));
    stride_->setToolTip(tr("Every n-th frame of a video. The default is 4 for SA-V, 1 for the others."));
    polygons_ = new QCheckBox(tr("Polygons instead of RLE (COCO)"), this);
    images_ = new QCheckBox(tr("Write the images and frames beside the labels"), this);
    currentOnly_ = new QCheckBox(tr("Only the item shown"), this);
    currentOnly_->setEnabled(currentMediaId_ >= 0);
    overwrite_ = new QCheckBox(tr("Replace the folder's contents if it is not empty"), this);
    acceptedOnly_ = new QCheckBox(tr("Only masklets a reviewer accepted"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Folder:"), withBrowse(dir_, tr("Browse…"), this, [this] {
                     const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into folder"), dir_->text());
                     if (!dir.isEmpty())
                         dir_->setText(dir);
                 }));
    form->addRow(tr("Frame stride:"), stride_);
    form->addRow(polygons_);
    form->addRow(images_);
    form->addRow(currentOnly_);
    form->addRow(acceptedOnly_);
    form->addRow(overwrite_);
    layOut(this, form, tr("Export"));

    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    if (auto f = datasetFormatFromName(settings.value(QStringLiteral("format")).toString()))
        selectFormat(format_, *f);
    dir_->setText(settings.value(QStringLiteral("folder")).toString());
    stride_->setValue(settings.value(QStringLiteral("frameStride"), 0).toInt());
    polygons_->setChecked(settings.value(QStringLiteral("polygons"), false).toBool());
    images_->setChecked(settings.value(QStringLiteral("images"), false).toBool());
    acceptedOnly_->setChecked(settings.value(QStringLiteral("acceptedOnly"), false).toBool());
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled() {
    const DatasetFormat f = format();
    polygons_->setEnabled(f == DatasetFormat::Coco);
    images_->setEnabled(f == DatasetFormat::Coco || f == DatasetFormat::YoloSeg || f == DatasetFormat::Sav);
}

DatasetFormat ExportDialog::format() const { return formatOf(format_); }
QString ExportDialog::outDir() const { return dir_->text().trimmed(); }
void ExportDialog::setFormat(DatasetFormat format) { selectFormat(format_, format); }
void ExportDialog::setOutDir(const QString& dir) { dir_->setText(dir); }

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.frameStride = stride_->value();
    o.polygons = polygons_->isEnabled() && polygons_->isChecked();
    o.writeImages = images_->isEnabled() && images_->isChecked();
    o.overwrite = overwrite_->isChecked();
    o.acceptedOnly = acceptedOnly_->isChecked();
    if (currentOnly_->isEnabled() && currentOnly_->isChecked())
        o.mediaIds = {currentMediaId_};
    return o;
}

void ExportDialog::accept() {
    if (outDir().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the folder to export into."));
        return;
    }
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), datasetFormatName(format()));
    settings.setValue(QStringLiteral("folder"), outDir());
    settings.setValue(QStringLiteral("frameStride"), stride_->value());
    settings.setValue(QStringLiteral("polygons"), polygons_->isChecked());
    settings.setValue(QStringLiteral("images"), images_->isChecked());
    settings.setValue(QStringLiteral("acceptedOnly"), acceptedOnly_->isChecked());
    QDialog::accept();
}

// ---- import -----------------------------------------------------------------------------------

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import dataset"));
    format_ = new QComboBox(this);
    for (DatasetFormat f : kAllFormats)
        if (canImport(f))
            format_->addItem(datasetFormatName(f), static_cast<int>(f));
    input_ = new QLineEdit(this);
    input_->setPlaceholderText(tr("Annotation file (COCO, SA-V) or dataset folder (DAVIS, SA-V)"));
    media_ = new QLineEdit(this);
    media_->setPlaceholderText(tr("Empty: beside the annotations"));
    stride_ = new QSpinBox(this);
    stride_->setRange(1, 1000);
    stride_->setValue(4);
    stride_->setToolTip(tr("SA-V: frames between two annotated frames."));

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Annotations:"), withBrowse(input_, tr("Browse…"), this, [this] {
                     const QString path =
                         inputIsFile() ? QFileDialog::getOpenFileName(this, tr("Annotation file"), input_->text(),
                                                                      tr("JSON (*.json)"))
                                       : QFileDialog::getExistingDirectory(this, tr("Dataset folder"), input_->text());
                     if (!path.isEmpty())
                         input_->setText(path);
                 }));
    form->addRow(tr("Media folder:"), withBrowse(media_, tr("Browse…"), this, [this] {
                     const QString dir = QFileDialog::getExistingDirectory(this, tr("Media folder"), media_->text());
                     if (!dir.isEmpty())
                         media_->setText(dir);
                 }));
    form->addRow(tr("SA-V frame stride:"), stride_);
    layOut(this, form, tr("Import"));

    QSettings settings;
    settings.beginGroup(QStringLiteral("import"));
    if (auto f = datasetFormatFromName(settings.value(QStringLiteral("format")).toString()))
        selectFormat(format_, *f);
    stride_->setValue(settings.value(QStringLiteral("savStride"), 4).toInt());
    connect(format_, &QComboBox::currentIndexChanged, this,
            [this] { stride_->setEnabled(format() == DatasetFormat::Sav); });
    stride_->setEnabled(format() == DatasetFormat::Sav);
}

bool ImportDialog::inputIsFile() const { return format() == DatasetFormat::Coco || format() == DatasetFormat::Sav; }

DatasetFormat ImportDialog::format() const { return formatOf(format_); }
QString ImportDialog::input() const { return input_->text().trimmed(); }
void ImportDialog::setFormat(DatasetFormat format) { selectFormat(format_, format); }
void ImportDialog::setInput(const QString& input) { input_->setText(input); }
void ImportDialog::setMediaPath(const QString& path) { media_->setText(path); }

ImportOptions ImportDialog::options() const {
    ImportOptions o;
    o.mediaPath = media_->text().trimmed();
    o.frameStride = stride_->value();
    return o;
}

void ImportDialog::accept() {
    if (input().isEmpty() || !QFileInfo::exists(input())) {
        QMessageBox::warning(this, windowTitle(),
                             input().isEmpty() ? tr("Choose the annotations to import.")
                                               : tr("%1 does not exist.").arg(input()));
        return;
    }
    QSettings settings;
    settings.beginGroup(QStringLiteral("import"));
    settings.setValue(QStringLiteral("format"), datasetFormatName(format()));
    settings.setValue(QStringLiteral("savStride"), stride_->value());
    QDialog::accept();
}

} // namespace s2s::ui
