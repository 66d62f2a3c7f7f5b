// SPDX-License-Identifier: MIT
#include "jobmonitorview.h"

#include "choicecombobox.h"
#include "emptystateoverlay.h"
#include "errorbanner.h"
#include "errorpreviewpane.h"
#include "filterbar.h"
#include "jobtableview.h"
#include "noticebar.h"
#include "serverselectionbar.h"
#include "statusoverview.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

JobMonitorView::JobMonitorView(JobMonitorSession *session, QAbstractItemModel *shown, QWidget *parent)
    : QWidget(parent)
    , m_banner(new ErrorBanner(this))
    , m_notice(new NoticeBar(this))
    , m_overview(new StatusOverview(this))
    , m_filterBar(new FilterBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new JobTableView(m_splitter))
    , m_errorPreview(new ErrorPreviewPane(m_splitter))
    , m_emptyState(new EmptyStateOverlay(m_table->viewport()))
{
    // The selection bar follows the selection model the table has once it shows the model.
    m_table->setModel(shown);
    m_serverSelection = new ServerSelectionBar(session, m_table, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);

    // The texts are the window's: translators see them under MainWindow.
    m_notice->setObjectName(QStringLiteral("sandboxNotice"));
    m_notice->setText(QCoreApplication::translate("MainWindow",
                                                  "This is the built-in sandbox: its jobs are simulated, and they "
                                                  "change by themselves. To watch a real SpaceONE deployment, add a "
                                                  "connection."));
    m_notice->setActionText(QCoreApplication::translate("MainWindow", "Add Connection…"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_overview);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_serverSelection);

    m_splitter->setObjectName(QStringLiteral("tableSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_errorPreview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    layout->addWidget(m_splitter, 1);
    m_errorPreview->followCurrentRow(m_table);
    setTabOrders();
}

QWidget *JobMonitorView::firstInTabOrder() const
{
    return m_overview->allButton();
}

void JobMonitorView::setTabOrders()
{
    QList<QWidget *> chain = { m_overview->allButton() };
    for (JobStatus status : JobStatuses::kKnown)
        chain.append(m_overview->buttonFor(status));
    chain << m_overview->otherButton() << m_overview->stuckButton() << m_filterBar->workspaceBox()
          << m_filterBar->trustedAccountBox() << m_filterBar->pluginBox() << m_filterBar->searchEdit()
          << m_filterBar->clearButton() << m_table << m_errorPreview->textView() << m_errorPreview->copyButton();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
