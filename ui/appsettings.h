// SPDX-License-Identifier: MIT
#pragma once

#include "model/jobfilter.h"

#include <QByteArray>
#include <QSettings>

// Typed access to the GUI's persistent preferences, with every key and default in one place.
// Header state is stored with a format version and the Qt major version in the key, because
// QHeaderView::saveState() blobs are not portable across either.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString &fileName); // tests: an explicit INI file

    static constexpr int kHeaderStateVersion = 1;
    static constexpr int kDefaultPollIntervalMs = 10000;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // Empty when none was saved or it was saved by an incompatible version.
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

    // The pane under the table with the current job's whole error message, and its height.
    bool errorPreviewVisible() const;
    void setErrorPreviewVisible(bool visible);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // The note that the built-in sandbox's jobs are simulated, once the user closed it.
    bool sandboxNoticeDismissed() const;
    void setSandboxNoticeDismissed(bool dismissed);

    int pollIntervalMs() const;
    void setPollIntervalMs(int ms);
    static constexpr int kDefaultFullRefreshMinutes = 10;
    // How often a full listing replaces the delta polls.
    int fullRefreshMinutes() const;
    void setFullRefreshMinutes(int minutes);
    bool notificationsMuted() const;
    void setNotificationsMuted(bool muted);
    // The jobs shown are saved as the app quits and painted at once at the next start.
    bool keepsJobsForNextStart() const;
    void setKeepsJobsForNextStart(bool keep);
    qint64 stuckThresholdMs() const;
    void setStuckThresholdMs(qint64 ms);
    // How many jobs may match before the table becomes a window onto the server (sort and
    // search on the server, more rows as it is scrolled); what it loads at first in a window.
    static constexpr int kDefaultWindowSize = 10000;
    static constexpr int kMinWindowSize = 100;
    int windowSize() const;
    void setWindowSize(int rows);

    // The filter last used with a connection profile, so switching profiles restores it.
    JobFilter filter(const QString &profileId) const;
    void setFilter(const QString &profileId, const JobFilter &filter);

    void sync();
    QString fileName() const;

private:
    mutable QSettings m_settings;
};
