// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "iconprovider.h"
#include "poll/valuecountwalk.h"
#include "richtooltip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_workspace(new ChoiceComboBox(tr("All workspaces"), this))
    , m_trustedAccount(new ChoiceComboBox(tr("All trusted accounts"), this))
    , m_plugin(new ChoiceComboBox(tr("All plugins"), this))
    , m_search(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto addLabeled = [this, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, 1);
    };
    m_workspace->setObjectName(QStringLiteral("workspaceFilter"));
    m_workspace->setAccessibleName(tr("Workspace filter"));
    m_trustedAccount->setObjectName(QStringLiteral("trustedAccountFilter"));
    m_trustedAccount->setAccessibleName(tr("Trusted account filter"));
    m_plugin->setObjectName(QStringLiteral("pluginFilter"));
    m_plugin->setAccessibleName(tr("Plugin filter"));
    addLabeled(tr("&Workspace:"), m_workspace);
    addLabeled(tr("&Trusted account:"), m_trustedAccount);
    addLabeled(tr("Pl&ugin:"), m_plugin);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search job id, account, plugin, error… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 2);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setIcon(IconProvider::actionIcon(QStringLiteral("clear-filter")));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    m_clear->setToolTip(tr("Clear all filters (Ctrl+Shift+X)"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    layout->addWidget(m_clear);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchTextChanged(m_search->text()); });
    for (ChoiceComboBox *box : { m_workspace, m_trustedAccount, m_plugin })
        connect(box, &ChoiceComboBox::valueChanged, this, &FilterBar::serverFilterChanged);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAllRequested);
}

QString FilterBar::workspaceId() const
{
    return m_workspace->value();
}

QString FilterBar::trustedAccountId() const
{
    return m_trustedAccount->value();
}

QString FilterBar::pluginId() const
{
    return m_plugin->value();
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

void FilterBar::setValues(const QString &workspaceId, const QString &trustedAccountId, const QString &pluginId,
                          const QString &text)
{
    m_workspace->setValue(workspaceId);
    m_trustedAccount->setValue(trustedAccountId);
    m_plugin->setValue(pluginId);
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
        m_debounce->stop();
    }
}

void FilterBar::setWorkspaceChoices(const QList<ChoiceComboBox::Choice> &choices)
{
    m_workspace->setChoices(choices);
}

void FilterBar::setTrustedAccountChoices(const QList<ChoiceComboBox::Choice> &choices)
{
    m_trustedAccount->setChoices(choices);
}

void FilterBar::setCountSources(const JobStats &stats)
{
    using RichTooltip::paragraphs;
    const QString statOnly = tr("The number beside each choice is counted by the server (stat) over every job matching "
                                "the other filters, not from the loaded rows.");
    if (!stats.domainJobsAdded) {
        for (ChoiceComboBox *box : { m_workspace, m_trustedAccount, m_plugin })
            box->setToolTip(paragraphs({ statOnly }));
        return;
    }
    const QString why = tr("The list shows the domain-level jobs (workspace \"*\") to this workspace token, but its "
                           "stat leaves them out.");
    m_workspace->setToolTip(paragraphs(
        { tr("Counted by the server's stat over every job matching the other filters; \"Global (domain)\" is "
             "counted with a count_only list."),
          why }));
    QStringList facet{ tr("Counted by the server's stat over every job matching the other filters, plus the "
                          "domain-level jobs of each choice, counted with list value by value."),
                       why };
    if (stats.domainFacetsTruncated)
        facet << tr("The domain-level jobs have more than %1 different values here: only the first %1 are added.")
                     .arg(ValueCountWalk::kMaxValues);
    m_trustedAccount->setToolTip(paragraphs(facet));
    m_plugin->setToolTip(paragraphs(facet));
}

void FilterBar::setPluginChoices(const QList<ChoiceComboBox::Choice> &choices)
{
    m_plugin->setChoices(choices);
}
