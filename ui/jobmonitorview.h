// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class EmptyStateOverlay;
class ErrorBanner;
class ErrorPreviewPane;
class FilterBar;
class JobMonitorSession;
class JobTableView;
class NoticeBar;
class QAbstractItemModel;
class QSplitter;
class ServerSelectionBar;
class StatusOverview;

// The main window's central area, top to bottom: the error banner, the sandbox notice, the
// status overview, the filter bar, the bar of a selection made on the server, and the job
// table split with the error preview (the empty-state text lies over the table). It lays the
// parts out and keeps their tab order; the window wires what they do.
class JobMonitorView final : public QWidget
{
    Q_OBJECT
public:
    JobMonitorView(JobMonitorSession *session, QAbstractItemModel *shown, QWidget *parent = nullptr);

    ErrorBanner *banner() const { return m_banner; }
    NoticeBar *sandboxNotice() const { return m_notice; }
    StatusOverview *overview() const { return m_overview; }
    FilterBar *filterBar() const { return m_filterBar; }
    ServerSelectionBar *serverSelection() const { return m_serverSelection; }
    JobTableView *table() const { return m_table; }
    ErrorPreviewPane *errorPreview() const { return m_errorPreview; }
    EmptyStateOverlay *emptyState() const { return m_emptyState; }
    QSplitter *splitter() const { return m_splitter; }
    // The first widget of the area's tab chain, to follow the tool bar's.
    QWidget *firstInTabOrder() const;

private:
    void setTabOrders();

    ErrorBanner *m_banner;
    NoticeBar *m_notice;
    StatusOverview *m_overview;
    FilterBar *m_filterBar;
    QSplitter *m_splitter;
    JobTableView *m_table;
    ErrorPreviewPane *m_errorPreview;
    ServerSelectionBar *m_serverSelection = nullptr;
    EmptyStateOverlay *m_emptyState;
};
