// SPDX-License-Identifier: MIT
#pragma once

#include "monitor/trustedaccountsyncer.h"

#include <QDialog>
#include <QList>

class JobApiClient;
class NameDirectory;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

// "Sync now" for the trusted accounts of the jobs the user chose: names each account (with its
// provider and workspace) and, for those the token's role may not sync, why not; on
// confirmation asks the server to run each allowed account's collector once, then says what
// happened to each. When every sync started, the dialog closes by itself; otherwise it stays
// with the answers.
class SyncAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncAccountsDialog)

public:
    enum class Stage { Confirm, Syncing, Done };
    Q_ENUM(Stage)

    enum Column { AccountColumn, WorkspaceColumn, ResultColumn, ColumnCount };

    // `names` (may be null) names the workspaces; the targets carry their own account names.
    SyncAccountsDialog(const QList<TrustedAccountSyncer::Target> &targets, JobApiClient *client,
                       const NameDirectory *names, QWidget *parent = nullptr);
    ~SyncAccountsDialog() override;

    Stage stage() const { return m_stage; }
    const QList<TrustedAccountSyncer::Target> &targets() const { return m_targets; }
    int allowedCount() const;
    TrustedAccountSyncer *syncer() const { return m_syncer; }

    QPushButton *syncButton() const { return m_syncButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTreeWidget *accountList() const { return m_list; }
    QLabel *headline() const { return m_headline; }

    // Starts the syncs, as the Sync button does.
    void confirm();

Q_SIGNALS:
    // Jobs the server created; emitted once, when every answer is in (none: not emitted).
    void jobsStarted(const QList<Job> &jobs);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QHBoxLayout *createHeader(int allowed);
    void setUpList(const NameDirectory *names);
    QDialogButtonBox *createButtons(int allowed);
    // Done: the jobs started so far go to the window, which selects them once listed.
    QList<Job> announceStarted();
    void fillList(const NameDirectory *names);
    void stop();
    void onResultChanged(int index);
    void onFinished();

    QList<TrustedAccountSyncer::Target> m_targets;
    TrustedAccountSyncer *m_syncer;
    QLabel *m_headline;
    QLabel *m_explanation;
    QTreeWidget *m_list;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
    Stage m_stage = Stage::Confirm;
};
