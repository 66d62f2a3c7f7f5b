// SPDX-License-Identifier: MIT
#include "jobstatus.h"

#include <QCoreApplication>

namespace JobStatuses {

JobStatus fromWire(const QString &name)
{
    if (name == QLatin1String("PENDING"))
        return JobStatus::Pending;
    if (name == QLatin1String("IN_PROGRESS"))
        return JobStatus::InProgress;
    if (name == QLatin1String("SUCCESS"))
        return JobStatus::Success;
    if (name == QLatin1String("FAILURE"))
        return JobStatus::Failure;
    if (name == QLatin1String("CANCELED"))
        return JobStatus::Canceled;
    return JobStatus::Unknown;
}

QString toWire(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("PENDING");
    case JobStatus::InProgress:
        return QStringLiteral("IN_PROGRESS");
    case JobStatus::Success:
        return QStringLiteral("SUCCESS");
    case JobStatus::Failure:
        return QStringLiteral("FAILURE");
    case JobStatus::Canceled:
        return QStringLiteral("CANCELED");
    case JobStatus::Unknown:
        break;
    }
    return {};
}

QString label(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QCoreApplication::translate("JobStatus", "Pending");
    case JobStatus::InProgress:
        return QCoreApplication::translate("JobStatus", "In progress");
    case JobStatus::Success:
        return QCoreApplication::translate("JobStatus", "Success");
    case JobStatus::Failure:
        return QCoreApplication::translate("JobStatus", "Failure");
    case JobStatus::Canceled:
        return QCoreApplication::translate("JobStatus", "Canceled");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("JobStatus", "Unknown");
}

} // namespace JobStatuses
