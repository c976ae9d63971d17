// The checkpoint downloader against a tiny HTTP server on 127.0.0.1 (QTcpServer inside the test)
// that serves one file and honours Range requests: a full download, a resumed one, a size check,
// and an unreachable server.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "gui_test_util.h"
#include "ui/checkpoint_downloader.h"

using s2s::ui::CheckpointDownloader;

namespace {

// Serves `body` at any path. Honours "Range: bytes=N-" with 206; with rangeSupport off it always
// answers 200 with the whole body. Records the Range header of the last request.
class TinyHttpServer : public QObject {
public:
    explicit TinyHttpServer(QByteArray body) : body_(std::move(body)) {
        QObject::connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server_.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return server_.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString& name) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(server_.serverPort()).arg(name));
    }
    QByteArray lastRange;
    int requests = 0;
    bool rangeSupport = true;

private:
    void onRead(QTcpSocket* socket) {
        QByteArray& buffer = buffers_[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        lastRange.clear();
        for (const QByteArray& line : buffer.split('\n'))
            if (line.toLower().startsWith("range:"))
                lastRange = line.mid(6).trimmed();
        buffers_.remove(socket);
        qint64 from = 0;
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("bytes=(\\d+)-")).match(QString::fromLatin1(lastRange));
        QByteArray response;
        if (rangeSupport && m.hasMatch()) {
            from = m.captured(1).toLongLong();
            const QByteArray part = body_.mid(from);
            response = "HTTP/1.1 206 Partial Content\r\nContent-Length: " + QByteArray::number(part.size()) +
                       "\r\nContent-Range: bytes " + QByteArray::number(from) + "-" +
                       QByteArray::number(body_.size() - 1) + "/" + QByteArray::number(body_.size()) +
                       "\r\nConnection: close\r\n\r\n" + part;
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body_.size()) +
                       "\r\nConnection: close\r\n\r\n" + body_;
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer server_;
    QByteArray body_;
    QHash<QTcpSocket*, QByteArray> buffers_;
};

QByteArray makeBody(int size) {
    QByteArray body(size, '\0');
    for (int i = 0; i < size; ++i)
        body[i] = static_cast<char>((i * 131 + i / 7) & 0xff);
    return body;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestUiDownloader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(settings_.path()); }

    void fullDownload() {
        const QByteArray body = makeBody(300000);
        TinyHttpServer server(body);
        QVERIFY(server.listen());
        CheckpointDownloader downloader;
        QSignalSpy done(&downloader, &CheckpointDownloader::finished);
        QSignalSpy failed(&downloader, &CheckpointDownloader::failed);
        QSignalSpy progress(&downloader, &CheckpointDownloader::progress);
        const QString dest = dir_.filePath(QStringLiteral("full/sam2.1_hiera_tiny.pt"));
        downloader.start(server.url(QStringLiteral("sam2.1_hiera_tiny.pt")), dest, body.size());
        QVERIFY(done.wait(30000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(readAll(dest), body);
        QVERIFY(!QFile::exists(CheckpointDownloader::partialPath(dest)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
        QVERIFY(server.lastRange.isEmpty());
    }

    void resumesAPartialFile() {
        const QByteArray body = makeBody(200000);
        TinyHttpServer server(body);
        QVERIFY(server.listen());
        const QString dest = dir_.filePath(QStringLiteral("resume.pt"));
        {
            QFile part(CheckpointDownloader::partialPath(dest));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(body.left(75000));
        }
        CheckpointDownloader downloader;
        QSignalSpy done(&downloader, &CheckpointDownloader::finished);
        downloader.start(server.url(QStringLiteral("resume.pt")), dest, body.size());
        QVERIFY(done.wait(30000));
        QCOMPARE(server.lastRange, QByteArray("bytes=75000-"));
        QCOMPARE(readAll(dest), body);
    }

    void serverWithoutRangesRestarts() {
        const QByteArray body = makeBody(50000);
        TinyHttpServer server(body);
        server.rangeSupport = false;
        QVERIFY(server.listen());
        const QString dest = dir_.filePath(QStringLiteral("norange.pt"));
        {
            QFile part(CheckpointDownloader::partialPath(dest));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(QByteArray(1000, 'x'));  // not even a prefix: must not survive
        }
        CheckpointDownloader downloader;
        QSignalSpy done(&downloader, &CheckpointDownloader::finished);
        downloader.start(server.url(QStringLiteral("norange.pt")), dest, 0);
        QVERIFY(done.wait(30000));
        QCOMPARE(readAll(dest), body);
    }

    void wrongSizeIsRejected() {
        const QByteArray body = makeBody(40000);
        TinyHttpServer server(body);
        QVERIFY(server.listen());
        const QString dest = dir_.filePath(QStringLiteral("short.pt"));
        CheckpointDownloader downloader;
        QSignalSpy done(&downloader, &CheckpointDownloader::finished);
        QSignalSpy failed(&downloader, &CheckpointDownloader::failed);
        downloader.start(server.url(QStringLiteral("short.pt")), dest, body.size() + 1000);
        QVERIFY(failed.wait(30000));
        QVERIFY(done.isEmpty());
        QVERIFY(!QFile::exists(dest));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("incomplete")));
    }

    void offlineSaysSo() {
        // A port nobody listens on (taken, then released).
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        CheckpointDownloader downloader;
        QSignalSpy failed(&downloader, &CheckpointDownloader::failed);
        const QString dest = dir_.filePath(QStringLiteral("offline.pt"));
        downloader.start(QUrl(QStringLiteral("http://127.0.0.1:%1/sam2.1_hiera_tiny.pt").arg(port)), dest, 0);
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("offline")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("sam2.1_hiera_tiny.pt")));
        QVERIFY(!QFile::exists(dest));
    }
};

QTEST_MAIN(TestUiDownloader)
#include "test_ui_downloader.moc"
