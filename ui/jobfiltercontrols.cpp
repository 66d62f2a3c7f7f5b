// SPDX-License-Identifier: MIT
#include "jobfiltercontrols.h"

#include "api/namedirectory.h"
#include "appsettings.h"
#include "filterbar.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "statusoverview.h"

JobFilterControls::JobFilterControls(JobMonitorSession *session, AppSettings *settings, StatusOverview *overview,
                                     FilterBar *filterBar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_overview(overview)
    , m_filterBar(filterBar)
{
    connect(m_overview, &StatusOverview::selectionChanged, this, &JobFilterControls::apply);
    connect(m_filterBar, &FilterBar::serverFilterChanged, this, &JobFilterControls::apply);
    connect(m_filterBar, &FilterBar::searchTextChanged, this, &JobFilterControls::apply);
    connect(m_filterBar, &FilterBar::clearAllRequested, this, &JobFilterControls::clearAll);
    connect(m_session->names(), &NameDirectory::namesChanged, this, &JobFilterControls::updateChoices);
    connect(m_session->names(), &NameDirectory::namesChanged, this, &JobFilterControls::updateScopeToolTip);
    connect(m_session->names(), &NameDirectory::availabilityChanged, this, &JobFilterControls::updateChoices);
}

void JobFilterControls::restoreForConnection()
{
    restoreFor(m_session->connectionId());
}

void JobFilterControls::restoreFor(const QString &connectionId)
{
    m_restoring = true;
    JobFilter f = m_settings->filter(connectionId);
    if (!m_workspaceScope.isEmpty())
        f.workspaceId = m_workspaceScope;
    m_overview->setSelection(f.statuses, f.stuckOnly);
    m_filterBar->setValues(f.workspaceId, f.trustedAccountId, f.pluginId, f.text);
    m_restoring = false;
    m_session->setFilter(f);
}

void JobFilterControls::setWorkspaceScope(const QString &workspaceId)
{
    m_workspaceScope = workspaceId;
    m_filterBar->workspaceBox()->setEnabled(workspaceId.isEmpty());
    updateScopeToolTip();
    if (!workspaceId.isEmpty())
        m_session->names()->request(NameDirectory::Kind::Workspace, { workspaceId });
}

void JobFilterControls::updateScopeToolTip()
{
    // Named once the directory knows the workspace ("Data Platform (workspace-…)").
    const QString scope = m_session->model()->names().withId(JobNameDisplay::Kind::Workspace, m_workspaceScope);
    m_filterBar->workspaceBox()->setToolTip(
        m_workspaceScope.isEmpty()
            ? QString()
            : tr("This connection is scoped to workspace %1; edit the connection to change it.").arg(scope));
}

void JobFilterControls::setField(Field field, const QString &value)
{
    QString workspace = m_filterBar->workspaceId();
    QString trustedAccount = m_filterBar->trustedAccountId();
    QString plugin = m_filterBar->pluginId();
    switch (field) {
    case Field::Workspace:
        workspace = value;
        break;
    case Field::TrustedAccount:
        trustedAccount = value;
        break;
    case Field::Plugin:
        plugin = value;
        break;
    }
    m_restoring = true;
    m_filterBar->setValues(workspace, trustedAccount, plugin, m_filterBar->searchText());
    m_restoring = false;
    apply();
}

void JobFilterControls::clearAll()
{
    m_restoring = true;
    m_overview->setSelection({}, false);
    m_filterBar->setValues(m_workspaceScope, {}, {}, {});
    m_restoring = false;
    apply();
}

void JobFilterControls::apply()
{
    if (m_restoring)
        return;
    JobFilter f = m_session->filter();
    f.statuses = m_overview->selectedStatuses();
    f.stuckOnly = m_overview->stuckOnly();
    f.workspaceId = m_workspaceScope.isEmpty() ? m_filterBar->workspaceId() : m_workspaceScope;
    f.trustedAccountId = m_filterBar->trustedAccountId();
    f.pluginId = m_filterBar->pluginId();
    f.text = m_filterBar->searchText();
    f.stuckThresholdMs = m_settings->stuckThresholdMs();
    if (f.serverFilters() != m_session->filter().serverFilters())
        Q_EMIT serverFiltersChanging();
    m_session->setFilter(f);
    m_settings->setFilter(m_session->connectionId(), f);
    Q_EMIT applied();
}

void JobFilterControls::updateChoices()
{
    // The choices show names where the directory has them, the id one step away in a tooltip.
    const JobNameDisplay &names = m_session->model()->names();
    auto toChoices = [&names](const QList<JobStats::ValueCount> &values, JobNameDisplay::Kind kind) {
        QList<ChoiceComboBox::Choice> choices;
        choices.reserve(values.size());
        for (const JobStats::ValueCount &v : values) {
            const QString shown = names.display(kind, v.value);
            choices.append({ v.value, shown == v.value ? QString() : shown, v.count });
        }
        return choices;
    };
    const JobStats &stats = m_session->stats();
    m_filterBar->setWorkspaceChoices(toChoices(stats.workspaces, JobNameDisplay::Kind::Workspace));
    m_filterBar->setTrustedAccountChoices(toChoices(stats.trustedAccounts, JobNameDisplay::Kind::TrustedAccount));
    m_filterBar->setPluginChoices(toChoices(stats.plugins, JobNameDisplay::Kind::Plugin));
}
