// SPDX-License-Identifier: MIT
#include "connectioncontroller.h"

#include "connect/credentialvault.h"
#include "connect/environmentconnection.h"
#include "connect/profilestore.h"
#include "connect/tokeninfo.h"
#include "connect/transportpolicy.h"
#include "connectiondialog.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "monitor/jobmonitorsession.h"

#include <QDateTime>
#include <QStatusBar>

namespace {
// Filters are saved as the user changes them; they are no reason to reconnect.
ConnectionProfile withoutFilter(ConnectionProfile profile)
{
    profile.filterState = {};
    return profile;
}
} // namespace

ConnectionController::ConnectionController(ProfileStore *profiles, CredentialVault *credentials,
                                           JobMonitorSession *session, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_session(session)
    , m_window(window)
{
    connect(m_window, &MainWindow::connectionRequested, this, &ConnectionController::switchTo);
    connect(m_window, &MainWindow::manageConnectionsRequested, this, &ConnectionController::openConnectionDialog);
    // A missing keychain is said where it matters, not on every launch: in the connection
    // dialog beside the token, and in the table when a connection's token is gone because of it.
    connect(m_credentials, &CredentialVault::tokenChanged, this, &ConnectionController::onTokenChanged);
    // Names and the list change in the dialog; keep the combo in step.
    connect(m_profiles, &ProfileStore::profileAdded, this, &ConnectionController::refreshConnections);
    // The interval picked in the toolbar belongs to the current connection.
    connect(m_window, &MainWindow::pollIntervalChosen, this, [this](int ms) {
        std::optional<ConnectionProfile> profile = m_profiles->profile(m_connectedId);
        if (!profile || profile->pollIntervalMs == ms)
            return;
        profile->pollIntervalMs = ms;
        m_connectedProfile.pollIntervalMs = ms; // not a reason to reconnect
        m_profiles->update(*profile);
    });
    connect(m_profiles, &ProfileStore::profileChanged, this, &ConnectionController::refreshConnections);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ConnectionController::refreshConnections);
}

ConnectionController::~ConnectionController() = default;

ConnectionDialog *ConnectionController::connectionDialog() const
{
    return m_dialog.data();
}

void ConnectionController::refreshConnections()
{
    QList<MainWindow::ConnectionChoice> choices;
    for (const ConnectionProfile &p : m_profiles->profiles())
        choices.append({ p.id, p.name });
    // The combo shows what the table shows: the connected profile until a switch succeeded.
    const QString shown = m_connectedId.isEmpty() ? m_profiles->currentId() : m_connectedId;
    m_window->setConnections(choices, shown);
}

void ConnectionController::switchTo(const QString &id)
{
    connectTo(id, Mode::Always);
}

void ConnectionController::connectCurrent()
{
    connectTo(m_profiles->currentId(), Mode::Always);
}

void ConnectionController::connectTo(const QString &id, Mode mode)
{
    if (!m_profiles->contains(id)) {
        refuse(id, tr("The connection no longer exists."));
        return;
    }
    const quint64 generation = ++m_generation; // a newer request wins over a slower token read
    if (m_held.contains(id)) {
        m_waitingFor = id;
        m_window->setPendingConnection(m_held.value(id));
        showStatus(m_held.value(id), 0);
        return;
    }
    m_waitingFor.clear();
    m_credentials->read(id, this, [this, generation, id, mode](const CredentialResult &result) {
        onTokenRead(generation, id, mode, result);
    });
}

void ConnectionController::onTokenRead(quint64 generation, const QString &id, Mode mode, const CredentialResult &result)
{
    if (generation != m_generation)
        return;
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile) {
        refuse(id, tr("The connection no longer exists."));
        return;
    }
    QString token;
    if (result.isOk()) {
        token = result.token;
    } else if (result.status != CredentialResult::Status::NotFound) {
        refuse(id, tr("The token of %1 could not be read: %2").arg(profile->name, result.message));
        return;
    }
    if (mode == Mode::IfChanged && id == m_connectedId && withoutFilter(*profile) == withoutFilter(m_connectedProfile)
        && token == m_connectedToken)
        return;

    const TransportPolicy::Decision decision = TransportPolicy::check(*profile);
    if (!decision.allowed) {
        refuse(id, decision.reason);
        return;
    }
    ApiEndpoint endpoint;
    QString error;
    if (!profile->toEndpoint(token, &endpoint, &error)) {
        refuse(id, error);
        return;
    }

    m_profiles->setCurrent(id);
    m_connectedId = id;
    m_connectedProfile = *profile;
    m_connectedToken = token;
    refreshConnections();
    m_window->setConnectionPolicy(profile->pollIntervalMs, profile->workspaceId);
    // Said once, in the table, before the session shows the connection: no request goes out
    // without a token, so no "token expired" or "cannot reach the server" contradicts it.
    m_window->setTokenMissingReason(token.isEmpty() ? missingTokenReason(*profile) : QString());
    m_window->setConnectionSimulated(profile->isBuiltInSandbox);
    m_session->setEndpoint(endpoint, id); // the one model reset
    m_window->restoreFilterForConnection();
    applyTokenInfo(token);
    if (!token.isEmpty() && !decision.reason.isEmpty())
        showStatus(decision.reason);
    Q_EMIT connected(id);
}

void ConnectionController::hold(const QString &id, const QString &message)
{
    m_held.insert(id, message);
}

void ConnectionController::release(const QString &id)
{
    if (!m_held.remove(id) || m_waitingFor != id)
        return;
    m_waitingFor.clear();
    m_window->setPendingConnection({});
    m_window->statusBar()->clearMessage();
    connectTo(id, Mode::Always);
}

void ConnectionController::refuseHeld(const QString &id, const QString &reason)
{
    if (!m_held.remove(id) || m_waitingFor != id)
        return;
    m_waitingFor.clear();
    m_window->setPendingConnection({});
    refuse(id, reason);
}

QString ConnectionController::missingTokenReason(const ConnectionProfile &profile) const
{
    if (profile.tokenStorage == TokenStorage::Keychain && !m_credentials->isKeychainAvailable())
        return tr("%1 has no token: no system keychain is available, so its token was kept only until the app "
                  "closed. Enter it again in Connections, or keep it in a private file there.")
            .arg(profile.name);
    if (m_credentials->effectiveStorage(profile.tokenStorage) == TokenStorage::Session)
        return tr("%1 has no token: its token is kept only while the app runs. Enter it again in Connections.")
            .arg(profile.name);
    return tr("No token is saved for %1. Add a token or API key in Connections.").arg(profile.name);
}

bool ConnectionController::offerEnvironmentConnection(const QProcessEnvironment &environment)
{
    const std::optional<ConnectionProfile> profile = EnvironmentConnection::profile(environment);
    if (!profile || m_profiles->contains(profile->id))
        return false;
    QString error;
    if (!m_profiles->addTransient(*profile, &error)) {
        showStatus(tr("%1 is set, but cannot be used: %2").arg(EnvironmentConnection::kEndpointVariable, error));
        return false;
    }
    const QString token = EnvironmentConnection::token(environment);
    if (!token.isEmpty())
        m_credentials->writeTo(TokenStorage::Session, profile->id, token, this, {});
    // Exported for this run, it is most likely what the user wants to see, unless they chose a
    // saved connection of their own.
    if (m_profiles->currentId() == ProfileStore::sandboxId())
        m_profiles->setCurrent(profile->id);
    refreshConnections();
    return true;
}

void ConnectionController::refuse(const QString &id, const QString &reason)
{
    // Stay on the server whose rows are shown, and say why.
    if (!m_connectedId.isEmpty())
        m_profiles->setCurrent(m_connectedId);
    refreshConnections();
    m_window->errorBanner()->showMessage(reason, ErrorBanner::Severity::Error);
    showStatus(reason);
    Q_EMIT connectionRefused(id, reason);
}

void ConnectionController::applyTokenInfo(const QString &token)
{
    // Whether the role may delete is JobDialogController's call: it also knows the server's 403s
    // and tells the open dialogs. Here only the expiry is announced.
    const TokenInfo info = TokenInfo::fromToken(token);
    const QString warning = info.expiryWarning(QDateTime::currentMSecsSinceEpoch());
    if (!warning.isEmpty())
        showStatus(warning, 0);
}

void ConnectionController::openConnectionDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectionDialog(m_profiles, m_credentials, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->selectProfile(m_connectedId.isEmpty() ? m_profiles->currentId() : m_connectedId);
    connect(m_dialog, &QDialog::finished, this, &ConnectionController::onDialogClosed);
    m_dialog->open();
}

void ConnectionController::onDialogClosed()
{
    refreshConnections();
    const QString current = m_profiles->currentId();
    if (current != m_connectedId)
        connectTo(current, Mode::Always);
    else
        connectTo(current, Mode::IfChanged); // reconnects only when the profile or its token changed
}

void ConnectionController::onTokenChanged(const QString &id)
{
    // While the dialog is open, closing it decides; it may finish writing tokens after it closed.
    if (m_dialog)
        return;
    if (id == m_connectedId)
        connectTo(id, Mode::IfChanged);
}

void ConnectionController::showStatus(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}
