// SPDX-License-Identifier: MIT
#include "jobfactory.h"
#include "model/jobfilter.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

bool textMatches(const QString &haystack, const QString &needle)
{
    Job job;
    job.errorMessage = haystack;
    JobFilter filter;
    filter.text = needle;
    return filter.matchesText(job);
}

TEST(JobFilter, TextMatchingAgreesWithQtCaseInsensitiveSearch)
{
    const QString alphabet = QStringLiteral("abcAB-_ 0\u00e9\u00c9\u212a\u017fkKsS");
    QRandomGenerator random(3);
    auto randomText = [&](int maxLength) {
        QString text;
        const int length = int(random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(alphabet.size())));
        return text;
    };
    for (int i = 0; i < 20000; ++i) {
        const QString haystack = randomText(12);
        const QString needle = randomText(3);
        ASSERT_EQ(textMatches(haystack, needle), needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive))
            << haystack.toStdString() << " / " << needle.toStdString();
    }
    EXPECT_TRUE(textMatches(QStringLiteral("Quota EXCEEDED"), QStringLiteral("exceeded")));
    EXPECT_TRUE(textMatches(QStringLiteral("\u212aelvin"), QStringLiteral("kelvin")));
    EXPECT_FALSE(textMatches(QStringLiteral("abc"), QStringLiteral("abcd")));
}

TEST(JobFilter, MatchesAcrossFields)
{
    const Job job = jobfactory::make(42, JobStatus::Failure);
    JobFilter filter;
    filter.text = QStringLiteral("COLLECTOR-2");
    EXPECT_TRUE(filter.matches(job, 0));
    filter.text = QStringLiteral("authentication");
    EXPECT_TRUE(filter.matches(job, 0));
    filter.statuses = { JobStatus::Success };
    EXPECT_FALSE(filter.matches(job, 0));
}

} // namespace

// Saved filters are read back from settings a person may have edited: a threshold no number
// type holds is capped, not converted into undefined behaviour.
TEST(JobFilter, ASavedStuckThresholdBeyondAYearIsCapped)
{
    JobFilter saved;
    saved.stuckOnly = true;
    saved.stuckThresholdMs = 90 * 60 * 1000;
    EXPECT_EQ(JobFilter::fromJson(saved.toJson()), saved);

    QJsonObject edited = saved.toJson();
    edited.insert(QStringLiteral("stuck_threshold_ms"), 1e300);
    EXPECT_EQ(JobFilter::fromJson(edited).stuckThresholdMs, qint64(366) * 24 * 3600 * 1000);
}
