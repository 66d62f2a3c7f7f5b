// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobdeleter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a delete run says to a person once it ends, and the result column's word for each job:
// "3 deleted · 1 already gone · 1 failed.", the first failures in full, the retry button's label.
// In the delete dialog's translation context, whose texts these are.
class DeleteRunReport
{
    Q_DECLARE_TR_FUNCTIONS(DeleteJobsDialog)

public:
    // `sent`: the ids the run was asked to delete; `skippedActive`: active jobs left out of it.
    DeleteRunReport(const JobDeleter &deleter, int sent, int skippedActive);

    QString headline() const;
    QString countsLine() const;
    // Why jobs were refused, the first three failures in full, what Retry does.
    QStringList details() const;
    QString retryLabel() const;
    int failed() const { return m_failed; }

    // "Deleted", "Already gone", "Failed: <message>"…
    static QString shortResult(const JobDeleter::Result &result);
    // Spelled out rather than "%n job(s)": without a loaded translation Qt would print the "(s)".
    static QString jobsText(int n);

private:
    const JobDeleter &m_deleter;
    int m_sent;
    int m_skippedActive;
    int m_deleted;
    int m_gone;
    int m_refused;
    int m_failed;
    int m_notSent;
};
