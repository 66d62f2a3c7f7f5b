// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QJsonDocument>

namespace {
const QString kGeometry = QStringLiteral("MainWindow/Geometry");
const QString kState = QStringLiteral("MainWindow/State");
const QString kHeaderState = QStringLiteral("MainWindow/Qt6/JobTable/HeaderState");
const QString kHeaderVersion = QStringLiteral("MainWindow/Qt6/JobTable/HeaderStateVersion");
const QString kPollInterval = QStringLiteral("Polling/IntervalMs");
const QString kFullRefresh = QStringLiteral("Polling/FullRefreshMinutes");
const QString kMuted = QStringLiteral("Notifications/Muted");
const QString kKeepJobs = QStringLiteral("Jobs/KeepForNextStart");
const QString kStuckThreshold = QStringLiteral("Jobs/StuckThresholdMs");
const QString kWindowSize = QStringLiteral("Jobs/WindowSize");
const QString kErrorPreview = QStringLiteral("MainWindow/ErrorPreviewVisible");
const QString kSplitterState = QStringLiteral("MainWindow/SplitterState");
const QString kSandboxNotice = QStringLiteral("MainWindow/SandboxNoticeDismissed");

QString filterKey(const QString &profileId)
{
    // Profile ids are generated, but keep the key safe for QSettings' group separator anyway.
    QString id = profileId;
    id.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("Filters/%1").arg(id.isEmpty() ? QStringLiteral("default") : id);
}
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{ }

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

bool AppSettings::errorPreviewVisible() const
{
    return m_settings.value(kErrorPreview, true).toBool();
}

void AppSettings::setErrorPreviewVisible(bool visible)
{
    m_settings.setValue(kErrorPreview, visible);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitterState, state);
}

bool AppSettings::sandboxNoticeDismissed() const
{
    return m_settings.value(kSandboxNotice, false).toBool();
}

void AppSettings::setSandboxNoticeDismissed(bool dismissed)
{
    m_settings.setValue(kSandboxNotice, dismissed);
}

QByteArray AppSettings::headerState() const
{
    if (m_settings.value(kHeaderVersion).toInt() != kHeaderStateVersion)
        return {};
    return m_settings.value(kHeaderState).toByteArray();
}

void AppSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeaderState, state);
    m_settings.setValue(kHeaderVersion, kHeaderStateVersion);
}

int AppSettings::fullRefreshMinutes() const
{
    const int minutes = m_settings.value(kFullRefresh, kDefaultFullRefreshMinutes).toInt();
    return minutes >= 1 && minutes <= 24 * 60 ? minutes : kDefaultFullRefreshMinutes;
}

void AppSettings::setFullRefreshMinutes(int minutes)
{
    m_settings.setValue(kFullRefresh, minutes);
}

int AppSettings::pollIntervalMs() const
{
    const int ms = m_settings.value(kPollInterval, kDefaultPollIntervalMs).toInt();
    return ms >= 1000 ? ms : kDefaultPollIntervalMs;
}

void AppSettings::setPollIntervalMs(int ms)
{
    m_settings.setValue(kPollInterval, ms);
}

bool AppSettings::notificationsMuted() const
{
    return m_settings.value(kMuted, false).toBool();
}

void AppSettings::setNotificationsMuted(bool muted)
{
    m_settings.setValue(kMuted, muted);
}

bool AppSettings::keepsJobsForNextStart() const
{
    return m_settings.value(kKeepJobs, true).toBool();
}

void AppSettings::setKeepsJobsForNextStart(bool keep)
{
    m_settings.setValue(kKeepJobs, keep);
}

qint64 AppSettings::stuckThresholdMs() const
{
    const qint64 ms = m_settings.value(kStuckThreshold, JobFilter::kDefaultStuckThresholdMs).toLongLong();
    return ms > 0 ? ms : JobFilter::kDefaultStuckThresholdMs;
}

void AppSettings::setStuckThresholdMs(qint64 ms)
{
    m_settings.setValue(kStuckThreshold, ms);
}

int AppSettings::windowSize() const
{
    bool ok = false;
    const int rows = m_settings.value(kWindowSize, kDefaultWindowSize).toInt(&ok);
    return ok && rows >= kMinWindowSize ? rows : kDefaultWindowSize;
}

void AppSettings::setWindowSize(int rows)
{
    m_settings.setValue(kWindowSize, qMax(kMinWindowSize, rows));
}

JobFilter AppSettings::filter(const QString &profileId) const
{
    const QByteArray json = m_settings.value(filterKey(profileId)).toByteArray();
    JobFilter f = JobFilter::fromJson(QJsonDocument::fromJson(json).object());
    f.stuckThresholdMs = stuckThresholdMs();
    return f;
}

void AppSettings::setFilter(const QString &profileId, const JobFilter &filter)
{
    m_settings.setValue(filterKey(profileId), QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}
