// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class JobApiClient;
class JobListReply;

// Counts the jobs per value of one field (trusted_account_id or plugin_id) with list alone,
// for jobs that stat cannot see. It walks the distinct values in order: each request is a
// one-row page sorted by the field asking for values after the last one found, and the
// difference of two such pages' total_count is the count of the value between them. A field
// with k values takes k + 2 small requests, one after another. Jobs without a value count
// under the empty string, as stat reports them.
class ValueCountWalk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueCountWalk)

public:
    // Beyond this many values the walk stops and says so.
    static constexpr int kMaxValues = 500;

    explicit ValueCountWalk(JobApiClient *client, QObject *parent = nullptr);
    ~ValueCountWalk() override;

    // `field`: "trusted_account_id" or "plugin_id".
    void start(const QString &field, const QList<QueryFilter> &filters);
    void abort();
    bool isRunning() const { return m_running; }

    const QString &field() const { return m_field; }
    const QHash<QString, qint64> &counts() const { return m_counts; }
    // More values than kMaxValues: the counts cover the first ones only.
    bool isTruncated() const { return m_truncated; }
    const ApiError &error() const { return m_error; }
    const RequestTraffic &traffic() const { return m_traffic; }

Q_SIGNALS:
    void finished();

private:
    void requestAfter(const QString &value);
    void onStep();
    void onTotal();
    void maybeFinish();
    void fail(const ApiError &error);

    QPointer<JobApiClient> m_client;
    ReplyGroup m_group;
    QString m_field;
    QList<QueryFilter> m_filters;
    bool m_running = false;
    QHash<QString, qint64> m_counts;
    bool m_truncated = false;
    ApiError m_error;
    RequestTraffic m_traffic;

    QPointer<JobListReply> m_stepReply;
    QPointer<JobListReply> m_totalReply;
    qint64 m_total = -1; // every job matching the filters, with a value or not
    qint64 m_withValue = -1; // jobs with a non-empty value
    QString m_lastValue; // found by the previous step
    qint64 m_lastAfterTotal = -1; // total_count of the previous step: jobs from m_lastValue on
    bool m_walkDone = false;
};
