// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "connectiontestresult.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkAccessManager;
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
    bool isRunning() const { return m_reply != nullptr; }

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
    void handleReply();
    void handleTimeout();
    void finish(ConnectionTestResult result);
    void finishLater(ConnectionTestResult result);
    ConnectionTestResult interpret(QNetworkReply *reply, PathStyle style);
    ConnectionTestResult describeTlsFailure(QNetworkReply *reply, const QString &host);
    ConnectionTestResult describeAnswer(const QByteArray &body, int status, const QString &host);
    ConnectionTestResult describeHttpError(const QByteArray &body, const QByteArray &contentType, int status,
                                           PathStyle style);

    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = kDefaultTimeoutMs;
    ConnectionProfile m_profile;
    QString m_token;
    QSslConfiguration m_sslConfiguration;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    // The first attempt's 404, kept while the other path style is tried.
    std::optional<ConnectionTestResult> m_firstAttempt;
    quint64 m_generation = 0;
};
