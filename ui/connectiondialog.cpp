// SPDX-License-Identifier: MIT
#include "connectiondialog.h"

#include "ui_connectiondialog.h"

#include "connect/connectiontester.h"
#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/profilestore.h"
#include "connect/spacectlimporter.h"
#include "connect/tlspolicy.h"
#include "connect/tokeninfo.h"
#include "connect/transportpolicy.h"
#include "contrast.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidgetItem>
#include <QPushButton>
#include <QSignalBlocker>

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
const char kTemporaryPrefix[] = "unsaved-";
} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialVault *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(this))
    , m_spacectlDirectory(SpacectlImporter::defaultDirectory())
{
    m_ui->setupUi(this);

    m_ui->pathStyleCombo->addItem(tr("Console (/identity/job/…)"), int(PathStyle::Console));
    m_ui->pathStyleCombo->addItem(tr("V2 (/identity/v2/job/…)"), int(PathStyle::V2));
    for (TokenStorage storage : { TokenStorage::Keychain, TokenStorage::Session, TokenStorage::File })
        m_ui->storageCombo->addItem(TokenStorages::label(storage), int(storage));
    m_ui->pollSpin->setRange(ConnectionProfile::kMinPollIntervalMs / 1000,
                             ConnectionProfile::kMaxPollIntervalMs / 1000);

    // Server and token text may contain anything; never let it be read as markup.
    for (QLabel *label : { m_ui->urlNoteLabel, m_ui->plainHttpWarningLabel, m_ui->tokenInfoLabel,
                           m_ui->tokenWarningLabel, m_ui->storageNoteLabel, m_ui->testResultLabel, m_ui->statusLabel })
        label->setTextFormat(Qt::PlainText);

    m_saveButton = m_ui->buttonBox->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setAccessibleName(tr("Save all connections"));
    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setAccessibleName(tr("Save and connect to the selected connection"));
    m_connectButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this]() { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ConnectionDialog::showEntry);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ConnectionDialog::importFromSpacectl);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ConnectionDialog::browseCaBundle);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this]() {
        const int row = currentRow();
        if (row >= 0) {
            // The user has looked at it now; it is theirs, not a guess.
            m_entries[row].profile.baseUrlIsGuess = false;
            m_entries[row].urlNote.clear();
        }
        onFormEdited();
    });
    connect(m_ui->workspaceEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->caEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->pathStyleCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->storageCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->pollSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->plainHttpCheck, &QCheckBox::toggled, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onTokenEdited);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });

    connect(m_tester, &ConnectionTester::progress, this,
            [this](const QString &message) { setNote(m_ui->testResultLabel, message); });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::showTestResult);
    connect(m_credentials, &CredentialVault::keychainUnavailable, this, [this]() { updateStorageNote(); });
    m_credentials->probeKeychain();

    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        Entry entry;
        entry.profile = profile;
        entry.savedStorage = profile.tokenStorage;
        m_entries.append(entry);
    }
    populateList();
    const int current = rowOf(m_profiles->currentId());
    m_ui->profileList->setCurrentRow(current >= 0 ? current : 0);
}

ConnectionDialog::~ConnectionDialog() = default;

int ConnectionDialog::currentRow() const
{
    const int row = m_ui->profileList->currentRow();
    return row >= 0 && row < m_entries.size() ? row : -1;
}

int ConnectionDialog::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == id)
            return i;
    }
    return -1;
}

QString ConnectionDialog::selectedProfileId() const
{
    const int row = currentRow();
    return row >= 0 ? m_entries.at(row).profile.id : QString();
}

bool ConnectionDialog::selectProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_ui->profileList->setCurrentRow(row);
    return true;
}

bool ConnectionDialog::hasUnsavedChanges() const
{
    if (!m_removed.isEmpty())
        return true;
    for (const Entry &entry : m_entries) {
        if (entry.isNew || entry.tokenEdited || entry.profile.tokenStorage != entry.savedStorage)
            return true;
        const auto stored = m_profiles->profile(entry.profile.id);
        if (!stored || *stored != entry.profile)
            return true;
    }
    return false;
}

QString ConnectionDialog::newTemporaryId()
{
    return QLatin1String(kTemporaryPrefix) + QString::number(m_nextTemporaryId++);
}

void ConnectionDialog::populateList()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_ui->profileList->addItem(QString());
        refreshListItem(i);
    }
}

void ConnectionDialog::refreshListItem(int row)
{
    QListWidgetItem *item = m_ui->profileList->item(row);
    if (!item)
        return;
    const Entry &entry = m_entries.at(row);
    QString text = entry.profile.name.trimmed().isEmpty() ? tr("(unnamed)") : entry.profile.name;
    const bool isCurrent = entry.profile.id == m_profiles->currentId();
    if (isCurrent)
        text += tr(" (in use)");
    item->setText(text);
    QFont font = item->font();
    font.setBold(isCurrent);
    item->setFont(font);
    item->setToolTip(entry.profile.baseUrl.toDisplayString());
    item->setData(Qt::AccessibleDescriptionRole, entry.profile.baseUrl.toDisplayString());
}

void ConnectionDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    const ConnectionProfile &p = entry.profile;
    m_loading = true;
    m_ui->nameEdit->setText(p.name);
    m_ui->urlEdit->setText(p.baseUrl.toString());
    m_ui->pathStyleCombo->setCurrentIndex(m_ui->pathStyleCombo->findData(int(p.pathStyle)));
    m_ui->workspaceEdit->setText(p.workspaceId);
    m_ui->pollSpin->setValue(p.pollIntervalMs / 1000);
    m_ui->caEdit->setText(p.caBundlePath);
    m_ui->plainHttpCheck->setChecked(p.allowPlainHttpToken);
    m_ui->storageCombo->setCurrentIndex(m_ui->storageCombo->findData(int(p.tokenStorage)));
    m_ui->tokenEdit->setText(entry.token);
    m_ui->showTokenCheck->setChecked(false);
    m_loading = false;

    // The sandbox's name and address belong to the app, which starts it.
    m_ui->nameEdit->setReadOnly(p.isBuiltInSandbox);
    m_ui->urlEdit->setReadOnly(p.isBuiltInSandbox);
    m_ui->removeButton->setEnabled(!p.isBuiltInSandbox);
    forgetTestResult();
    loadToken(row);
    updateDerived();
}

void ConnectionDialog::readForm()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ConnectionProfile &p = m_entries[row].profile;
    if (!p.isBuiltInSandbox) {
        p.name = m_ui->nameEdit->text().trimmed();
        QUrl url(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
        url = url.adjusted(QUrl::StripTrailingSlash);
        if (url.path() == QLatin1String("/"))
            url.setPath(QString());
        p.baseUrl = url;
    }
    p.pathStyle = PathStyle(m_ui->pathStyleCombo->currentData().toInt());
    p.workspaceId = m_ui->workspaceEdit->text().trimmed();
    p.pollIntervalMs = m_ui->pollSpin->value() * 1000;
    p.caBundlePath = m_ui->caEdit->text().trimmed();
    p.allowPlainHttpToken = m_ui->plainHttpCheck->isChecked();
    p.tokenStorage = TokenStorage(m_ui->storageCombo->currentData().toInt());
}

void ConnectionDialog::onFormEdited()
{
    if (m_loading)
        return;
    readForm();
    refreshListItem(currentRow());
    forgetTestResult();
    updateDerived();
}

void ConnectionDialog::forgetTestResult()
{
    // A result speaks of the address and token it was tested with; once they change it would
    // mislead, and so would a test still running with the old ones.
    const bool wasRunning = m_tester->isRunning();
    m_tester->cancel();
    setNote(m_ui->testResultLabel, {});
    if (wasRunning)
        m_ui->testButton->setEnabled(currentRow() >= 0 && problemOf(currentRow()).isEmpty());
}

void ConnectionDialog::onTokenEdited(const QString &text)
{
    const int row = currentRow();
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.token = text.trimmed();
    entry.tokenEdited = true;
    entry.tokenLoaded = true;
    forgetTestResult();
    updateTokenInfo();
}

void ConnectionDialog::updateDerived()
{
    updateUrlNote();
    updateTransportNote();
    updateTokenInfo();
    updateStorageNote();
    const int row = currentRow();
    const QString problem = row >= 0 ? problemOf(row) : QString();
    setStatus(problem, problem.isEmpty() ? Tone::Plain : Tone::Warning);
    m_saveButton->setEnabled(problem.isEmpty());
    m_connectButton->setEnabled(problem.isEmpty());
    m_ui->testButton->setEnabled(problem.isEmpty());
}

void ConnectionDialog::updateUrlNote()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Entry &entry = m_entries.at(row);
    if (entry.profile.isBuiltInSandbox)
        setNote(m_ui->urlNoteLabel, tr("The app runs this server itself; its address is set when it starts."));
    else if (entry.profile.baseUrlIsGuess)
        setNote(m_ui->urlNoteLabel,
                entry.urlNote.isEmpty() ? tr("This address was guessed; check it before connecting.") : entry.urlNote,
                Tone::Warning);
    else
        setNote(m_ui->urlNoteLabel, {});
}

void ConnectionDialog::updateTransportNote()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ConnectionProfile &p = m_entries.at(row).profile;
    const bool plainRemote = p.baseUrl.scheme() == QLatin1String("http")
        && !TransportPolicy::isLoopbackHost(p.baseUrl.host()) && !p.baseUrl.host().isEmpty();
    if (!plainRemote) {
        setNote(m_ui->plainHttpWarningLabel,
                p.allowPlainHttpToken ? tr("Only used for http:// addresses of other computers; this one does not "
                                           "need it.")
                                      : QString());
        return;
    }
    const TransportPolicy::Decision decision = TransportPolicy::check(p);
    setNote(m_ui->plainHttpWarningLabel, decision.reason, Tone::Warning);
}

void ConnectionDialog::updateTokenInfo()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Entry &entry = m_entries.at(row);
    if (entry.tokenLoading && !entry.tokenEdited) {
        setNote(m_ui->tokenInfoLabel, tr("Reading the stored token…"));
        setNote(m_ui->tokenWarningLabel, {});
        return;
    }
    const TokenInfo info = TokenInfo::fromToken(entry.token);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (info.isEmpty()) {
        setNote(m_ui->tokenInfoLabel,
                entry.profile.isBuiltInSandbox ? tr("No token needed for the local sandbox.")
                                               : tr("No token. Paste an API key or access token."));
        setNote(m_ui->tokenWarningLabel, {});
        return;
    }
    QString text = info.summary(now);
    if (info.isDecoded())
        text += QLatin1Char('\n') + (info.canDelete() ? tr("This role may delete jobs.") : info.deleteRefusalReason());
    setNote(m_ui->tokenInfoLabel, text);

    QStringList warnings;
    const QString expiry = info.expiryWarning(now);
    if (!expiry.isEmpty())
        warnings << expiry;
    if (!info.workspaceId().isEmpty() && !entry.profile.workspaceId.isEmpty()
        && info.workspaceId() != entry.profile.workspaceId)
        warnings << tr("The token belongs to workspace %1, so jobs of workspace %2 will not be visible.")
                        .arg(info.workspaceId(), entry.profile.workspaceId);
    setNote(m_ui->tokenWarningLabel, warnings.join(QLatin1Char('\n')),
            info.expiresWithin(kDayMs, now) || warnings.size() > 0 ? Tone::Warning : Tone::Plain);
}

void ConnectionDialog::updateStorageNote()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const TokenStorage chosen = m_entries.at(row).profile.tokenStorage;
    switch (chosen) {
    case TokenStorage::Keychain:
        if (m_credentials->isKeychainAvailable())
            setNote(m_ui->storageNoteLabel, tr("Kept in the system keychain, never in the settings file."));
        else
            setNote(m_ui->storageNoteLabel,
                    tr("%1 The token is kept for this session only; choose a file to keep it across restarts.")
                        .arg(m_credentials->keychainProblem()),
                    Tone::Warning);
        return;
    case TokenStorage::Session:
        setNote(m_ui->storageNoteLabel, tr("The token is forgotten when the app quits."));
        return;
    case TokenStorage::File:
        break;
    }
    const auto *file = qobject_cast<const FileCredentialStore *>(m_credentials->storeFor(TokenStorage::File));
    setNote(m_ui->storageNoteLabel,
            FileCredentialStore::warningText(file ? file->path() : FileCredentialStore::defaultPath()), Tone::Warning);
}

QString ConnectionDialog::problemOf(int row) const
{
    const ConnectionProfile &p = m_entries.at(row).profile;
    const QString basic = p.validationError();
    if (!basic.isEmpty())
        return basic;
    const QString name = p.name.trimmed().toCaseFolded();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && m_entries.at(i).profile.name.trimmed().toCaseFolded() == name)
            return tr("Another connection is already called \"%1\".").arg(m_entries.at(i).profile.name);
    }
    if (!p.caBundlePath.isEmpty()) {
        QList<QSslCertificate> certificates;
        QString error;
        if (!TlsPolicy::loadCaBundle(p.caBundlePath, &certificates, &error))
            return error;
    }
    return {};
}

QString ConnectionDialog::uniqueWorkingName(const QString &base, int exceptRow) const
{
    const auto taken = [&](const QString &name) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (i != exceptRow && m_entries.at(i).profile.name.trimmed().toCaseFolded() == name.toCaseFolded())
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void ConnectionDialog::loadToken(int row)
{
    Entry &entry = m_entries[row];
    if (entry.isNew || entry.tokenLoaded || entry.tokenEdited || entry.tokenLoading)
        return;
    entry.tokenLoading = true;
    const QString id = entry.profile.id;
    m_credentials->storeFor(m_credentials->effectiveStorage(entry.savedStorage))
        ->read(id, this, [this, id](const CredentialResult &result) {
            const int r = rowOf(id);
            if (r < 0)
                return;
            Entry &e = m_entries[r];
            e.tokenLoading = false;
            if (e.tokenEdited)
                return; // the user typed a new one meanwhile; theirs wins
            e.tokenLoaded = true;
            e.token = result.isOk() ? result.token : QString();
            if (r == currentRow()) {
                m_loading = true;
                m_ui->tokenEdit->setText(e.token);
                m_loading = false;
                updateTokenInfo();
                if (result.status == CredentialResult::Status::Failed
                    || result.status == CredentialResult::Status::Unavailable)
                    setNote(m_ui->tokenWarningLabel, tr("The stored token could not be read: %1").arg(result.message),
                            Tone::Warning);
            }
        });
    updateTokenInfo();
}

void ConnectionDialog::addProfile()
{
    Entry entry;
    entry.isNew = true;
    entry.tokenLoaded = true;
    entry.profile.id = newTemporaryId();
    entry.profile.name = uniqueWorkingName(tr("New connection"));
    entry.savedStorage = entry.profile.tokenStorage;
    m_entries.append(entry);
    m_ui->profileList->addItem(QString());
    refreshListItem(int(m_entries.size()) - 1);
    m_ui->profileList->setCurrentRow(int(m_entries.size()) - 1);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Entry &source = m_entries.at(row);
    Entry copy;
    copy.profile = source.profile;
    copy.profile.id = newTemporaryId();
    copy.profile.isBuiltInSandbox = false;
    copy.profile.name = uniqueWorkingName(tr("%1 (copy)").arg(source.profile.name));
    copy.isNew = true;
    copy.tokenLoaded = true;
    copy.token = source.token;
    copy.tokenEdited = !source.token.isEmpty();
    copy.savedStorage = copy.profile.tokenStorage;
    copy.urlNote = source.urlNote;
    m_entries.append(copy);
    m_ui->profileList->addItem(QString());
    refreshListItem(int(m_entries.size()) - 1);
    m_ui->profileList->setCurrentRow(int(m_entries.size()) - 1);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionDialog::removeProfile()
{
    const int row = currentRow();
    if (row < 0 || m_entries.at(row).profile.isBuiltInSandbox)
        return;
    const Entry entry = m_entries.takeAt(row);
    if (!entry.isNew)
        m_removed.append(entry);
    {
        const QSignalBlocker blocker(m_ui->profileList);
        delete m_ui->profileList->takeItem(row);
    }
    const int next = std::min(row, int(m_entries.size()) - 1);
    m_ui->profileList->setCurrentRow(-1);
    m_ui->profileList->setCurrentRow(next);
    setStatus(tr("\"%1\" will be removed when you save.").arg(entry.profile.name));
}

void ConnectionDialog::importFromSpacectl()
{
    const SpacectlImporter importer(m_spacectlDirectory);
    QString error;
    const QStringList names = importer.environmentNames(&error);
    if (names.isEmpty()) {
        setStatus(error, Tone::Warning);
        return;
    }
    QString name = names.constFirst();
    if (names.size() > 1) {
        const QString current = importer.currentEnvironment();
        bool ok = false;
        name = QInputDialog::getItem(this, tr("Import from spacectl"), tr("spacectl &environment:"), names,
                                     std::max(0, int(names.indexOf(current))), false, &ok);
        if (!ok)
            return;
    }
    importSpacectlEnvironment(name);
}

bool ConnectionDialog::importSpacectlEnvironment(const QString &name)
{
    const SpacectlImporter importer(m_spacectlDirectory);
    SpacectlEnvironment environment;
    QString error;
    if (!importer.load(name, &environment, &error)) {
        setStatus(error, Tone::Warning);
        return false;
    }
    Entry entry;
    entry.isNew = true;
    entry.profile = SpacectlImporter::toProfile(environment);
    entry.profile.id = newTemporaryId();
    entry.profile.name = uniqueWorkingName(entry.profile.name);
    entry.savedStorage = entry.profile.tokenStorage;
    entry.token = environment.apiKey;
    entry.tokenLoaded = true;
    entry.tokenEdited = true;
    entry.urlNote = environment.baseUrlNote;
    m_entries.append(entry);
    m_ui->profileList->addItem(QString());
    refreshListItem(int(m_entries.size()) - 1);
    m_ui->profileList->setCurrentRow(int(m_entries.size()) - 1);
    if (problemOf(currentRow()).isEmpty())
        setStatus(tr("Imported spacectl environment \"%1\". Check the server URL, then save.").arg(name));
    return true;
}

void ConnectionDialog::browseCaBundle()
{
    const QString start = m_ui->caEdit->text().isEmpty() ? QDir::homePath() : m_ui->caEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CA bundle of this deployment"), start,
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->caEdit->setText(path);
    onFormEdited();
}

void ConnectionDialog::testConnection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    readForm();
    m_ui->testButton->setEnabled(false);
    m_tester->start(m_entries.at(row).profile, m_ui->tokenEdit->text());
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    m_ui->testButton->setEnabled(currentRow() >= 0 && problemOf(currentRow()).isEmpty());
    QString text = result.message;
    if (!result.certificateDetails.isEmpty() && !text.contains(result.certificateDetails))
        text += QLatin1Char('\n') + result.certificateDetails;
    setNote(m_ui->testResultLabel, text, result.isSuccess() ? Tone::Good : Tone::Warning);
}

bool ConnectionDialog::save()
{
    readForm();
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString problem = problemOf(row);
        if (!problem.isEmpty()) {
            m_ui->profileList->setCurrentRow(row);
            setStatus(tr("Cannot save \"%1\": %2").arg(m_entries.at(row).profile.name, problem), Tone::Warning);
            return false;
        }
    }

    const QString selectedId = selectedProfileId();
    QString newSelectedId = selectedId;
    for (const Entry &removed : std::as_const(m_removed)) {
        m_profiles->remove(removed.profile.id);
        credentialOpStarted();
        m_credentials->removeFrom(removed.savedStorage, removed.profile.id, this, [this](const CredentialResult &r) {
            credentialOpFinished(r.isOk() ? QString() : r.message);
        });
    }
    m_removed.clear();

    // Swapping the names of two profiles in one save fails here, because the store checks each
    // update against the others; the user is told why and can save in two steps.
    for (Entry &entry : m_entries) {
        QString error;
        if (entry.isNew) {
            const QString temporaryId = entry.profile.id;
            const QString id = m_profiles->add(entry.profile, &error);
            if (id.isEmpty()) {
                setStatus(tr("Cannot save \"%1\": %2").arg(entry.profile.name, error), Tone::Warning);
                return false;
            }
            entry.profile.id = id;
            entry.isNew = false;
            if (temporaryId == selectedId)
                newSelectedId = id;
        } else {
            // The main window keeps saving filters and the app sets the sandbox address while
            // this dialog is open; those are not the dialog's to overwrite.
            if (const auto stored = m_profiles->profile(entry.profile.id)) {
                entry.profile.filterState = stored->filterState;
                if (entry.profile.isBuiltInSandbox) {
                    entry.profile.baseUrl = stored->baseUrl;
                    entry.profile.name = stored->name;
                }
            }
            if (!m_profiles->update(entry.profile, &error)) {
                setStatus(tr("Cannot save \"%1\": %2").arg(entry.profile.name, error), Tone::Warning);
                return false;
            }
        }
    }
    saveTokens();
    m_profiles->sync();
    populateList();
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(rowOf(newSelectedId));
    }
    updateDerived();
    if (m_pendingCredentialOps == 0)
        setStatus(tr("Saved."), Tone::Good);
    else
        setStatus(tr("Saved; storing the token…"));
    return true;
}

void ConnectionDialog::saveTokens()
{
    const auto finished = [this](const CredentialResult &r) { credentialOpFinished(r.isOk() ? QString() : r.message); };
    for (Entry &entry : m_entries) {
        const QString id = entry.profile.id;
        const TokenStorage target = entry.profile.tokenStorage;
        const TokenStorage previous = entry.savedStorage;
        const bool moved = target != previous;
        if (entry.tokenEdited || (moved && entry.tokenLoaded)) {
            credentialOpStarted();
            if (entry.token.isEmpty())
                m_credentials->removeFrom(target, id, this, finished);
            else
                m_credentials->writeTo(target, id, entry.token, this, finished);
            if (moved) {
                credentialOpStarted();
                m_credentials->removeFrom(previous, id, this, finished);
            }
        } else if (moved) {
            // Not read yet: fetch it from where it is, store it where it should be, and only then
            // remove the old copy, so a failure never loses the token.
            credentialOpStarted();
            m_credentials->storeFor(m_credentials->effectiveStorage(previous))
                ->read(id, this, [this, id, target, previous, finished](const CredentialResult &read) {
                    if (read.isOk() && !read.token.isEmpty()) {
                        credentialOpStarted();
                        m_credentials->writeTo(target, id, read.token, this,
                                               [this, id, previous, finished](const CredentialResult &written) {
                                                   if (written.isOk()) {
                                                       credentialOpStarted();
                                                       m_credentials->removeFrom(previous, id, this, finished);
                                                   }
                                                   finished(written);
                                               });
                    }
                    finished(read.status == CredentialResult::Status::NotFound ? CredentialResult::ok() : read);
                });
        }
        entry.tokenEdited = false;
        entry.savedStorage = target;
    }
}

void ConnectionDialog::credentialOpStarted()
{
    ++m_pendingCredentialOps;
}

void ConnectionDialog::credentialOpFinished(const QString &error)
{
    if (!error.isEmpty())
        m_credentialErrors << error;
    if (--m_pendingCredentialOps > 0)
        return;
    if (!m_credentialErrors.isEmpty()) {
        m_credentialErrors.removeDuplicates();
        setStatus(tr("Saved, but a token could not be stored: %1").arg(m_credentialErrors.join(QLatin1Char(' '))),
                  Tone::Warning);
        m_credentialErrors.clear();
        m_closeWhenStored = false; // stay open so the user sees it
        return;
    }
    setStatus(tr("Saved."), Tone::Good);
    if (m_closeWhenStored) {
        m_closeWhenStored = false;
        QDialog::accept();
    }
}

void ConnectionDialog::accept()
{
    if (!save())
        return;
    m_profiles->setCurrent(selectedProfileId());
    if (m_pendingCredentialOps == 0) {
        QDialog::accept();
        return;
    }
    m_closeWhenStored = true;
}

void ConnectionDialog::setNote(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    // Orange and green made for light themes; on a dark one they are lightened until they read.
    const QList<QColor> backgrounds{ palette.color(QPalette::Window) };
    if (tone == Tone::Warning)
        palette.setColor(QPalette::WindowText, Contrast::ensure(QColor(0xB0, 0x3A, 0x00), backgrounds));
    else if (tone == Tone::Good)
        palette.setColor(QPalette::WindowText, Contrast::ensure(QColor(0x2E, 0x7D, 0x32), backgrounds));
    label->setPalette(palette);
}

void ConnectionDialog::setStatus(const QString &text, Tone tone)
{
    setNote(m_ui->statusLabel, text, tone);
}
