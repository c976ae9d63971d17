#pragma once
// Downloads one file over HTTP(S) into place: into "<destination>.part" first, resuming a partial
// file with a Range request, checking the size at the end, then renaming it to the destination.
// A failed or cancelled download keeps the .part file so the next start resumes it.
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
#include <QNetworkReply>

namespace s2s::ui {

class CheckpointDownloader : public QObject {
    Q_OBJECT
public:
    explicit CheckpointDownloader(QObject* parent = nullptr);
    ~CheckpointDownloader() override;

    // expectedSize > 0: the finished file must have exactly this size. Otherwise the size the
    // server announced (Content-Length / Content-Range) is checked.
    void start(const QUrl& url, const QString& destination, qint64 expectedSize = 0);
    void cancel();
    bool isRunning() const { return reply_ != nullptr; }
    static QString partialPath(const QString& destination) { return destination + QStringLiteral(".part"); }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);  // total -1 when unknown
    void finished(const QString& destination);
    void failed(const QString& message);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString& message);

    QNetworkAccessManager* network_;
    QPointer<QNetworkReply> reply_;
    QFile file_;
    QUrl url_;
    QString destination_;
    qint64 expectedSize_ = 0;
    qint64 offset_ = 0;      // bytes present before this request
    qint64 totalSize_ = -1;  // announced full size
    bool cancelled_ = false;
    bool headersSeen_ = false;
};

} // namespace s2s::ui
