// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "jobnamedisplay.h"

#include <QCoreApplication>
#include <QVariant>

// What the job table shows in one cell of a job, for one reading of the clock: the text, the
// raw value that sorting and copying use, and the tooltip. Names come from the table's
// directory, times are absolute or relative as the table is set. The table's own translation
// context, so that its texts stay one set for translators.
class JobCellText
{
    Q_DECLARE_TR_FUNCTIONS(JobTableModel)

public:
    JobCellText(const JobNameDisplay &names, qint64 nowMs, qint64 stuckThresholdMs, bool relativeTimes);

    QVariant display(const Job &job, int column) const;
    QVariant raw(const Job &job, int column) const;
    QVariant toolTip(const Job &job, int column) const;

    static bool isTimeColumn(int column);
    // The column's time of the job, or JobTime::kNone.
    static qint64 timeOf(const Job &job, int column);

private:
    const JobNameDisplay &m_names;
    qint64 m_nowMs;
    qint64 m_stuckThresholdMs;
    bool m_relativeTimes;
};
