// SPDX-License-Identifier: MIT
#include "connectiondialog.h"

#include "ui_connectiondialog.h"

#include "connect/connectiontester.h"
#include "connect/credentialvault.h"
#include "connect/profilestore.h"
#include "connect/spacectlimporter.h"
#include "connect/transportpolicy.h"
#include "connectiontokeneditor.h"
#include "contrast.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalBlocker>

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialVault *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(this))
    , m_spacectlDirectory(SpacectlImporter::defaultDirectory())
{
    m_ui->setupUi(this);
    m_list = std::make_unique<ConnectionProfileList>(m_ui->profileList, m_profiles);
    m_tokens = std::make_unique<ConnectionTokenEditor>(
        m_ui.get(), this, m_credentials,
        [this](QLabel *label, const QString &text, bool warning) {
            setNote(label, text, warning ? Tone::Warning : Tone::Plain);
        },
        [this](const QStringList &errors) { tokensStored(errors); });

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
        const int row = m_list->currentRow();
        if (row >= 0) {
            // The user has looked at it now; it is theirs, not a guess.
            m_list->entry(row).profile.baseUrlIsGuess = false;
            m_list->entry(row).urlNote.clear();
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

    connect(m_tester, &ConnectionTester::progress, this,
            [this](const QString &message) { setNote(m_ui->testResultLabel, message); });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::showTestResult);
    connect(m_credentials, &CredentialVault::keychainUnavailable, this, [this]() { updateStorageNote(); });
    m_credentials->probeKeychain();

    for (int row = 0; row < m_list->size(); ++row)
        m_tokens->addSaved(m_list->at(row).profile.id, m_list->at(row).profile.tokenStorage);
    m_list->populate();
    const int current = m_list->rowOf(m_profiles->currentId());
    m_ui->profileList->setCurrentRow(current >= 0 ? current : 0);
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::selectedProfileId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_list->at(row).profile.id : QString();
}

bool ConnectionDialog::selectProfile(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return false;
    m_ui->profileList->setCurrentRow(row);
    return true;
}

bool ConnectionDialog::hasUnsavedChanges() const
{
    return m_list->hasUnsavedChanges(
        [this](const ConnectionProfile &profile) { return m_tokens->hasChanges(profile.id, profile.tokenStorage); });
}

int ConnectionDialog::pendingCredentialOperations() const
{
    return m_tokens->pendingOperations();
}

void ConnectionDialog::showEntry(int row)
{
    if (row < 0 || row >= m_list->size())
        return;
    const ConnectionProfile &p = m_list->at(row).profile;
    m_loading = true;
    m_ui->nameEdit->setText(p.name);
    m_ui->urlEdit->setText(p.baseUrl.toString());
    m_ui->pathStyleCombo->setCurrentIndex(m_ui->pathStyleCombo->findData(int(p.pathStyle)));
    m_ui->workspaceEdit->setText(p.workspaceId);
    m_ui->pollSpin->setValue(p.pollIntervalMs / 1000);
    m_ui->caEdit->setText(p.caBundlePath);
    m_ui->plainHttpCheck->setChecked(p.allowPlainHttpToken);
    m_ui->storageCombo->setCurrentIndex(m_ui->storageCombo->findData(int(p.tokenStorage)));
    m_loading = false;

    // The sandbox's name and address belong to the app, which starts it.
    m_ui->nameEdit->setReadOnly(p.isBuiltInSandbox);
    m_ui->urlEdit->setReadOnly(p.isBuiltInSandbox);
    m_ui->removeButton->setEnabled(!p.isBuiltInSandbox);
    forgetTestResult();
    m_tokens->show(p);
    updateDerived();
}

void ConnectionDialog::readForm()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    ConnectionProfile &p = m_list->entry(row).profile;
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
    m_list->refresh(m_list->currentRow());
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
        m_ui->testButton->setEnabled(m_list->currentRow() >= 0 && m_list->problemOf(m_list->currentRow()).isEmpty());
}

void ConnectionDialog::onTokenEdited(const QString &text)
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_tokens->edit(m_list->at(row).profile.id, text);
    forgetTestResult();
    updateTokenInfo();
}

void ConnectionDialog::updateDerived()
{
    updateUrlNote();
    updateTransportNote();
    updateTokenInfo();
    updateStorageNote();
    const int row = m_list->currentRow();
    const QString problem = row >= 0 ? m_list->problemOf(row) : QString();
    setStatus(problem, problem.isEmpty() ? Tone::Plain : Tone::Warning);
    m_saveButton->setEnabled(problem.isEmpty());
    m_connectButton->setEnabled(problem.isEmpty());
    m_ui->testButton->setEnabled(problem.isEmpty());
}

void ConnectionDialog::updateUrlNote()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const ConnectionProfileList::Entry &entry = m_list->at(row);
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
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const ConnectionProfile &p = m_list->at(row).profile;
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
    const int row = m_list->currentRow();
    if (row >= 0)
        m_tokens->updateInfo(m_list->at(row).profile);
}

void ConnectionDialog::updateStorageNote()
{
    const int row = m_list->currentRow();
    if (row >= 0)
        m_tokens->updateStorageNote(m_list->at(row).profile.tokenStorage);
}

void ConnectionDialog::addEntry(const ConnectionProfileList::Entry &entry, const QString &token, bool tokenEdited)
{
    const int row = m_list->append(entry);
    const ConnectionProfile &added = m_list->at(row).profile;
    m_tokens->addUnsaved(added.id, added.tokenStorage, token, tokenEdited);
    m_ui->profileList->setCurrentRow(row);
}

void ConnectionDialog::addProfile()
{
    ConnectionProfileList::Entry entry;
    entry.profile.name = tr("New connection");
    addEntry(entry, {}, false);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    ConnectionProfileList::Entry copy = m_list->at(row);
    const QString token = m_tokens->token(copy.profile.id);
    copy.profile.isBuiltInSandbox = false;
    copy.profile.name = tr("%1 (copy)").arg(copy.profile.name);
    addEntry(copy, token, !token.isEmpty());
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_list->at(row).profile.isBuiltInSandbox)
        return;
    const ConnectionProfileList::Entry entry = m_list->take(row);
    m_tokens->remove(entry.profile.id, !entry.isNew);
    const int next = std::min(row, m_list->size() - 1);
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
    ConnectionProfileList::Entry entry;
    entry.profile = SpacectlImporter::toProfile(environment);
    entry.urlNote = environment.baseUrlNote;
    addEntry(entry, environment.apiKey, true);
    if (m_list->problemOf(m_list->currentRow()).isEmpty())
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
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    readForm();
    m_ui->testButton->setEnabled(false);
    m_tester->start(m_list->at(row).profile, m_ui->tokenEdit->text());
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    m_ui->testButton->setEnabled(m_list->currentRow() >= 0 && m_list->problemOf(m_list->currentRow()).isEmpty());
    QString text = result.message;
    if (!result.certificateDetails.isEmpty() && !text.contains(result.certificateDetails))
        text += QLatin1Char('\n') + result.certificateDetails;
    setNote(m_ui->testResultLabel, text, result.isSuccess() ? Tone::Good : Tone::Warning);
}

bool ConnectionDialog::save()
{
    readForm();
    for (int row = 0; row < m_list->size(); ++row) {
        const QString problem = m_list->problemOf(row);
        if (!problem.isEmpty()) {
            m_ui->profileList->setCurrentRow(row);
            setStatus(tr("Cannot save \"%1\": %2").arg(m_list->at(row).profile.name, problem), Tone::Warning);
            return false;
        }
    }

    const QString selectedId = selectedProfileId();
    QString newSelectedId = selectedId;
    QString error;
    const bool saved = m_list->save([this](const QString &id) { m_tokens->removeStored(id); },
                                    [&](const QString &temporaryId, const QString &id) {
                                        m_tokens->rename(temporaryId, id);
                                        if (temporaryId == selectedId)
                                            newSelectedId = id;
                                    },
                                    &error);
    if (!saved) {
        setStatus(error, Tone::Warning);
        return false;
    }
    for (int row = 0; row < m_list->size(); ++row)
        m_tokens->store(m_list->at(row).profile);
    m_profiles->sync();
    m_list->populate();
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(m_list->rowOf(newSelectedId));
    }
    updateDerived();
    if (m_tokens->pendingOperations() == 0)
        setStatus(tr("Saved."), Tone::Good);
    else
        setStatus(tr("Saved; storing the token…"));
    return true;
}

void ConnectionDialog::tokensStored(const QStringList &errors)
{
    if (!errors.isEmpty()) {
        setStatus(tr("Saved, but a token could not be stored: %1").arg(errors.join(QLatin1Char(' '))), Tone::Warning);
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
    if (m_tokens->pendingOperations() == 0) {
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
