#pragma once
// Video ▸ Masklet history: the selected object's last versions (after each correction,
// propagation and re-track), compared with its masks now, and restored as one undo step.
#include <QDialog>

class QTableWidget;
class QPushButton;

namespace s2s {
class VideoEditor;
}

namespace s2s::ui {

class MaskletHistoryDialog : public QDialog {
    Q_OBJECT
public:
    MaskletHistoryDialog(VideoEditor* editor, int mediaId, int objectId, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    // Restores the version in the selected row (as the Restore button).
    bool restoreSelected();

Q_SIGNALS:
    void showFrame(int frame);

private:
    void refresh();
    int selectedVersion() const;

    VideoEditor* editor_;
    int mediaId_, objectId_;
    QTableWidget* table_;
    QPushButton* restore_;
    QPushButton* show_;
};

} // namespace s2s::ui
