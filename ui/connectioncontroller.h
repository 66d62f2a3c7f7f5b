// SPDX-License-Identifier: MIT
#pragma once

#include "connect/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

class ConnectionDialog;
class CredentialVault;
class JobMonitorSession;
class MainWindow;
class ProfileStore;
struct CredentialResult;

// Connects the window to the saved connection profiles: fills the connection combo, switches
// the session to the chosen profile (token from the vault, transport policy first), opens the
// connection dialog and reconnects when the current profile or its token changed there.
class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    // None of the pointers are owned; all must outlive the controller.
    ConnectionController(ProfileStore *profiles, CredentialVault *credentials, JobMonitorSession *session,
                         MainWindow *window, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Lists every profile in the window's connection combo, the current one selected.
    void refreshConnections();
    // Makes `id` current and connects the session to it once its token is read.
    void switchTo(const QString &id);
    // Connects to the store's current profile.
    void connectCurrent();
    // Lists the connection SPACEONE_ENDPOINT (and SPACEONE_TOKEN) describe, for this session
    // only, and makes it current unless the user chose a saved connection. False when the
    // variable is unset or the connection cannot be added.
    bool offerEnvironmentConnection(const QProcessEnvironment &environment);
    void openConnectionDialog();

    // A connection whose server is not up yet (the built-in sandbox while it opens its
    // database): connecting to it waits, the window saying `message`, until release() connects
    // it, or refuseHeld() says why it cannot.
    void hold(const QString &id, const QString &message);
    void release(const QString &id);
    void refuseHeld(const QString &id, const QString &reason);
    bool isHeld(const QString &id) const { return m_held.contains(id); }

    // The profile the session is connected to (empty before the first connection).
    QString connectedId() const { return m_connectedId; }
    // The open connection dialog, or nullptr.
    ConnectionDialog *connectionDialog() const;

Q_SIGNALS:
    // The session now shows `id`'s server (after its one model reset).
    void connected(const QString &id);
    // `id` was not connected; the session stays on the previous server.
    void connectionRefused(const QString &id, const QString &reason);

private:
    enum class Mode { Always, IfChanged };

    void connectTo(const QString &id, Mode mode);
    void onTokenRead(quint64 generation, const QString &id, Mode mode, const CredentialResult &result);
    void refuse(const QString &id, const QString &reason);
    void applyTokenInfo(const QString &token);
    QString missingTokenReason(const ConnectionProfile &profile) const;
    void onDialogClosed();
    void onTokenChanged(const QString &id);
    void showStatus(const QString &message, int timeoutMs = 15000);

    ProfileStore *m_profiles;
    CredentialVault *m_credentials;
    JobMonitorSession *m_session;
    MainWindow *m_window;
    QPointer<ConnectionDialog> m_dialog;
    quint64 m_generation = 0;
    QString m_connectedId;
    ConnectionProfile m_connectedProfile;
    QString m_connectedToken; // in memory only, to tell whether a reconnect is needed
    QHash<QString, QString> m_held; // id -> what the window says while it waits
    QString m_waitingFor; // a held id asked for, connected on release
};
