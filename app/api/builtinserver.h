// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

// The SpaceONE-compatible server the app carries, for a machine without a deployment to
// watch. It runs on a thread of its own, on 127.0.0.1; the network backend makes it
// (NetworkBackend::createBuiltInServer).
class BuiltInServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::optional<quint32> seed; // a fresh generated database with this seed
        QString databasePath; // otherwise the jobs kept here from one run to the next
    };

    BuiltInServer() = default;
    ~BuiltInServer() override;
    Q_DISABLE_COPY_MOVE(BuiltInServer)

    // Opens the database and starts listening on the server's thread; started() or
    // startFailed() follows.
    virtual void startInBackground(const Options &options) = 0;
    virtual void stop() = 0;
    virtual bool isStarting() const = 0;
    virtual bool isRunning() const = 0;
    // A token for the server's domain admin, valid while it runs.
    virtual QString defaultToken() const = 0;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void startFailed(const QString &error);
};
