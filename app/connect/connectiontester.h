// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "connectiontestresult.h"

#include "api/httpresult.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>

class HttpTransport;
class QTimer;

// "Test connection": one small stat call (count all jobs) against a profile, reported in words:
// connected with a job count, or exactly what failed and what to do about it. When the path is
// unknown (404 without a SpaceONE error code) it also tries the other path style and says
// whether that one works. It sends nothing when the profile's transport policy refuses.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    bool isRunning() const { return m_transferId != 0; }

    // Starts a test, canceling one in progress. finished() follows, always asynchronously.
    void start(const ConnectionProfile &profile, const QString &token);
    void cancel();

    // The body of the stat request: count every job, optionally in one workspace.
    static QByteArray statBody(const QString &workspaceId);
    // Words for a transport failure.
    static ConnectionTestResult describeNetworkFailure(QNetworkReply::NetworkError error, const QString &host,
                                                       const QString &detail);

signals:
    void progress(const QString &message);
    void finished(const ConnectionTestResult &result);

private:
    void send(PathStyle style);
    void handleResult(quint64 id, const HttpResult &result);
    void handleTimeout();
    void conclude(const HttpResult &result);
    void finish(ConnectionTestResult result);
    void finishLater(ConnectionTestResult result);
    ConnectionTestResult interpret(const HttpResult &result, PathStyle style);
    ConnectionTestResult describeTlsFailure(const HttpResult &result, const QString &host);
    ConnectionTestResult describeAnswer(const QByteArray &body, int status, const QString &host);
    ConnectionTestResult describeHttpError(const QByteArray &body, const QByteArray &contentType, int status,
                                           PathStyle style);

    HttpTransport *m_transport = nullptr; // made by the first test
    QTimer *m_timer;
    quint64 m_transferId = 0; // the request under way, 0 when none
    PathStyle m_sentStyle = PathStyle::Console;
    int m_timeoutMs = kDefaultTimeoutMs;
    ConnectionProfile m_profile;
    QString m_token;
    QList<QByteArray> m_caCertificates; // the profile's CA bundle, DER
    bool m_timedOut = false;
    // The first attempt's 404, kept while the other path style is tried.
    std::optional<ConnectionTestResult> m_firstAttempt;
    quint64 m_generation = 0;
};
