// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "iconprovider.h"
#include "poll/valuecountwalk.h"
#include "richtooltip.h"

#include <QAction>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace {
// A clear button inside the search box, shown while it holds text. The style's own
// (setClearButtonEnabled) loads every size of its icon as the window is built, a start-up cost
// for a button that is hidden until the user types.
void addClearAction(QLineEdit *edit)
{
    auto *clear
        = new QAction(IconProvider::actionIcon(QStringLiteral("clear-text")), FilterBar::tr("Clear the search"), edit);
    clear->setObjectName(QStringLiteral("clearSearchAction"));
    edit->addAction(clear, QLineEdit::TrailingPosition);
    // After addAction: the button it makes is shown whatever the action said before.
    clear->setVisible(false);
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_choices(new QWidget(this))
    , m_searchRow(new QWidget(this))
    , m_workspace(new ChoiceComboBox(tr("All workspaces"), this))
    , m_trustedAccount(new ChoiceComboBox(tr("All trusted accounts"), this))
    , m_plugin(new ChoiceComboBox(tr("All plugins"), this))
    , m_search(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The bar picks its own arrangement from its width: no layout may pin the window wider.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_layout->addWidget(m_choices, 3);
    m_layout->addWidget(m_searchRow, 2);

    auto *choices = new QHBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    auto addLabeled = [this, choices](const QString &text, ChoiceComboBox *field) {
        auto *label = new QLabel(text, m_choices);
        label->setBuddy(field);
        field->setParent(m_choices);
        // Ids are long; the list pops up wide enough to read them, the box itself may stay narrow.
        field->setMinimumContentsLength(10);
        choices->addWidget(label);
        choices->addWidget(field, 1);
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

    auto *searchRow = new QHBoxLayout(m_searchRow);
    searchRow->setContentsMargins(0, 0, 0, 0);
    m_search->setParent(m_searchRow);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search job id, account, plugin, error… (Ctrl+F)"));
    addClearAction(m_search);
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 20);
    searchRow->addWidget(m_search, 1);

    m_clear->setParent(m_searchRow);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setIcon(IconProvider::actionIcon(QStringLiteral("clear-filter")));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    m_clear->setToolTip(tr("Clear all filters (Ctrl+Shift+X)"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    searchRow->addWidget(m_clear);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchTextChanged(m_search->text()); });
    for (ChoiceComboBox *box : { m_workspace, m_trustedAccount, m_plugin })
        connect(box, &ChoiceComboBox::valueChanged, this, &FilterBar::serverFilterChanged);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAllRequested);
    arrange(0); // wrapped until the first resize says how wide the bar is
}

bool FilterBar::fitsOnOneRow(int width) const
{
    // One row only when the choosers and a usable search box both get their preferred width.
    const int spacing = m_layout->spacing();
    return width >= m_choices->sizeHint().width() + spacing + m_searchRow->sizeHint().width();
}

void FilterBar::arrange(int width)
{
    const bool oneRow = fitsOnOneRow(width);
    m_layout->setDirection(oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // The height follows the arrangement; the parent layout then gives the table the rest.
    const int choices = m_choices->sizeHint().height();
    const int search = m_searchRow->sizeHint().height();
    setFixedHeight(oneRow ? qMax(choices, search) : choices + m_layout->spacing() + search);
}

bool FilterBar::isWrapped() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

QSize FilterBar::minimumSizeHint() const
{
    // Wrapped, the bar is as narrow as the wider of its two rows.
    const int width = qMax(m_choices->minimumSizeHint().width(), m_searchRow->minimumSizeHint().width());
    return { width, minimumHeight() };
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width());
    QWidget::resizeEvent(event);
}

void FilterBar::showEvent(QShowEvent *event)
{
    arrange(width());
    QWidget::showEvent(event);
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
