// SPDX-License-Identifier: MIT
#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>

namespace sandboxtest {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.toLower() == name.toLower())
            return value;
    }
    return {};
}

HttpClient::HttpClient(QUrl base, QString token)
    : m_base(std::move(base))
    , m_token(std::move(token))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    // Never go through a proxy from the environment: the sandbox is on loopback.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::post(const QString &path, const QByteArray &body) const
{
    return post(path, body, m_token);
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body, const QString &token) const
{
    QList<QPair<QByteArray, QByteArray>> headers{ { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    return send("POST", path, body, headers);
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResult result;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QStringList jobIds(const HttpResult &result)
{
    QStringList ids;
    for (const QJsonValue &v : result.json().value(QStringLiteral("results")).toArray())
        ids << v.toObject().value(QStringLiteral("job_id")).toString();
    return ids;
}

} // namespace sandboxtest
