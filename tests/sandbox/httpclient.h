// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sandboxtest {

// What came back from one HTTP exchange.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString text() const { return QString::fromUtf8(body); }
};

// A small synchronous HTTP client for the conformance tests, on QNetworkAccessManager (the app's
// own client library is deliberately not used: the tests check the wire format).
class HttpClient
{
public:
    explicit HttpClient(QUrl base, QString token = {});
    ~HttpClient();

    void setToken(const QString &token) { m_token = token; }

    // POST path with a raw body and "Authorization: Bearer <token>" when a token is set.
    HttpResult post(const QString &path, const QByteArray &body) const;
    HttpResult post(const QString &path, const QByteArray &body, const QString &token) const;
    // Any method, explicit headers only. Waits for the answer however long it takes (the test's
    // own timeout bounds a server that never answers): a loaded machine makes answers late, not
    // wrong.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers) const;

    // Convenience for the Job API.
    HttpResult list(const QByteArray &body) const { return post(QStringLiteral("/identity/job/list"), body); }
    HttpResult get(const QByteArray &body) const { return post(QStringLiteral("/identity/job/get"), body); }
    HttpResult stat(const QByteArray &body) const { return post(QStringLiteral("/identity/job/stat"), body); }
    HttpResult remove(const QByteArray &body) const { return post(QStringLiteral("/identity/job/delete"), body); }

private:
    QUrl m_base;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

// The job ids of a list response, in order.
QStringList jobIds(const HttpResult &result);

} // namespace sandboxtest
