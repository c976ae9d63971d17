#pragma once
// File ▸ Export dataset / Import dataset: the CLI's options in two small forms. They only collect
// choices (remembered in the settings); DatasetJobs (dataset_jobs.h) runs them.
#include <QDialog>

#include "export/export.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace s2s::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `currentMediaId` >= 0 offers "only the item shown".
    explicit ExportDialog(int currentMediaId, QWidget* parent = nullptr);

    DatasetFormat format() const;
    QString outDir() const;
    ExportOptions options() const;
    // Sets the fields (tests; the settings fill them otherwise).
    void setFormat(DatasetFormat format);
    void setOutDir(const QString& dir);

    QComboBox* formatBox() const { return format_; }
    QSpinBox* strideBox() const { return stride_; }
    QCheckBox* polygonsBox() const { return polygons_; }
    QCheckBox* imagesBox() const { return images_; }
    QCheckBox* currentOnlyBox() const { return currentOnly_; }
    QCheckBox* overwriteBox() const { return overwrite_; }
    QCheckBox* acceptedOnlyBox() const { return acceptedOnly_; }

    void accept() override;  // refuses an empty folder; remembers the choices

private:
    void updateEnabled();

    int currentMediaId_;
    QComboBox* format_;
    QLineEdit* dir_;
    QSpinBox* stride_;
    QCheckBox* polygons_;
    QCheckBox* images_;
    QCheckBox* currentOnly_;
    QCheckBox* overwrite_;
    QCheckBox* acceptedOnly_;
};

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    DatasetFormat format() const;
    QString input() const;
    ImportOptions options() const;
    void setFormat(DatasetFormat format);
    void setInput(const QString& input);
    void setMediaPath(const QString& path);

    void accept() override;  // refuses an input that does not exist; remembers the choices

private:
    bool inputIsFile() const;  // COCO and SA-V read a JSON file, DAVIS a folder

    QComboBox* format_;
    QLineEdit* input_;
    QLineEdit* media_;
    QSpinBox* stride_;
};

} // namespace s2s::ui
