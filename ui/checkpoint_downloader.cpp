#include "ui/checkpoint_downloader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace s2s::ui {

CheckpointDownloader::CheckpointDownloader(QObject* parent)
    : QObject(parent), network_(new QNetworkAccessManager(this)) {}

CheckpointDownloader::~CheckpointDownloader() {
    if (reply_) {
        cancelled_ = true;
        reply_->abort();
    }
}

void CheckpointDownloader::start(const QUrl& url, const QString& destination, qint64 expectedSize) {
    if (reply_)
        return;
    url_ = url;
    destination_ = destination;
    expectedSize_ = expectedSize;
    cancelled_ = false;
    headersSeen_ = false;
    totalSize_ = -1;
    QDir().mkpath(QFileInfo(destination).absolutePath());
    file_.setFileName(partialPath(destination));
    if (!file_.open(QIODevice::ReadWrite)) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file_.fileName()), file_.errorString()));
        return;
    }
    offset_ = file_.size();
    if (expectedSize_ > 0 && offset_ > expectedSize_) {
        file_.resize(0);  // longer than the real file: not a prefix of it
        offset_ = 0;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (offset_ > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset_) + "-");
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::metaDataChanged, this, &CheckpointDownloader::onMetaData);
    connect(reply_, &QNetworkReply::readyRead, this, &CheckpointDownloader::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &CheckpointDownloader::onFinished);
}

void CheckpointDownloader::cancel() {
    if (!reply_)
        return;
    cancelled_ = true;
    reply_->abort();
}

void CheckpointDownloader::onMetaData() {
    if (headersSeen_ || !reply_)
        return;
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    headersSeen_ = true;
    if (status == 206) {
        // Content-Range: bytes <from>-<to>/<total>
        const QString range = QString::fromLatin1(reply_->rawHeader("Content-Range"));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)")).match(range);
        if (!m.hasMatch() || m.captured(1).toLongLong() != offset_) {
            fail(tr("The server answered with an unexpected byte range (%1).").arg(range));
            return;
        }
        if (m.captured(3) != QStringLiteral("*"))
            totalSize_ = m.captured(3).toLongLong();
        file_.seek(offset_);
    } else if (status == 200) {
        // The server ignored the range: start over.
        file_.resize(0);
        file_.seek(0);
        offset_ = 0;
        const qint64 length = reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        totalSize_ = length > 0 ? length : -1;
    } else if (status == 416 && expectedSize_ > 0 && offset_ == expectedSize_) {
        totalSize_ = offset_;  // already complete
    }
}

void CheckpointDownloader::onReadyRead() {
    if (!reply_ || !headersSeen_)
        return;
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;
    const QByteArray data = reply_->readAll();
    if (file_.write(data) != data.size()) {
        fail(tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(file_.fileName()), file_.errorString()));
        return;
    }
    Q_EMIT progress(file_.pos(), expectedSize_ > 0 ? expectedSize_ : totalSize_);
}

void CheckpointDownloader::onFinished() {
    QNetworkReply* reply = reply_;
    if (reply == nullptr)
        return;
    reply_ = nullptr;
    reply->deleteLater();
    if (cancelled_) {
        file_.close();
        Q_EMIT failed(tr("Download cancelled; it resumes where it stopped next time."));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && !(status == 416 && totalSize_ == offset_)) {
        file_.close();
        if (status == 0)
            Q_EMIT failed(tr("Could not reach %1 (%2). Are you offline? Download %3 with a browser "
                             "and put it in %4, or try again later (the download resumes).")
                              .arg(url_.host(), reply->errorString(), url_.fileName(),
                                   QDir::toNativeSeparators(QFileInfo(destination_).absolutePath())));
        else
            Q_EMIT failed(tr("The server refused the download of %1 (HTTP %2: %3).")
                              .arg(url_.fileName()).arg(status).arg(reply->errorString()));
        return;
    }
    if (status == 200 || status == 206) {
        const QByteArray rest = reply->readAll();
        file_.write(rest);
    }
    file_.flush();
    const qint64 size = file_.size();
    file_.close();
    const qint64 wanted = expectedSize_ > 0 ? expectedSize_ : totalSize_;
    if (wanted > 0 && size != wanted) {
        if (size > wanted)
            QFile::remove(file_.fileName());  // cannot be resumed
        Q_EMIT failed(tr("The download of %1 is incomplete: %2 of %3 bytes. Try again; it resumes.")
                          .arg(url_.fileName()).arg(size).arg(wanted));
        return;
    }
    QFile::remove(destination_);
    if (!QFile::rename(file_.fileName(), destination_)) {
        Q_EMIT failed(tr("Could not move the download to %1.").arg(QDir::toNativeSeparators(destination_)));
        return;
    }
    Q_EMIT finished(destination_);
}

void CheckpointDownloader::fail(const QString& message) {
    if (reply_) {
        cancelled_ = false;
        QNetworkReply* reply = reply_;
        reply_ = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    file_.close();
    Q_EMIT failed(message);
}

} // namespace s2s::ui
