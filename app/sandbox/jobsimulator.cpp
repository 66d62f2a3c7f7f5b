// SPDX-License-Identifier: MIT
#include "sandbox/jobsimulator.h"

#include "sandbox/jobstore.h"
#include "sandbox/timestamps.h"

#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sandbox {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString hex(std::mt19937 &rng, int digits)
{
    static const char *alphabet = "0123456789abcdef";
    QString s;
    s.reserve(digits);
    std::uniform_int_distribution<int> d(0, 15);
    for (int i = 0; i < digits; ++i)
        s.append(QLatin1Char(alphabet[d(rng)]));
    return s;
}

QString digits(std::mt19937 &rng, int count)
{
    QString s;
    std::uniform_int_distribution<int> d(0, 9);
    for (int i = 0; i < count; ++i)
        s.append(QLatin1Char(char('0' + d(rng))));
    if (s.startsWith(u'0'))
        s[0] = u'4';
    return s;
}

QString uuid(std::mt19937 &rng)
{
    return QStringLiteral("%1-%2-%3-%4-%5").arg(hex(rng, 8), hex(rng, 4), hex(rng, 4), hex(rng, 4), hex(rng, 12));
}

double uniform(std::mt19937 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

// A duration in [lo, hi] seconds, skewed towards the short end like real collector runs.
double skewedSeconds(std::mt19937 &rng, double lo, double hi)
{
    const double u = uniform(rng, 0.0, 1.0);
    return lo + (hi - lo) * u * u;
}

struct ProviderInfo
{
    const char *provider;
    const char *plugin;
    int weight;
};

const ProviderInfo kProviders[] = {
    { "aws", "plugin-aws-cloud-service-inven-collector", 8 },
    { "aws", "plugin-aws-ec2-inven-collector", 2 },
    { "google_cloud", "plugin-google-cloud-inven-collector", 6 },
    { "azure", "plugin-azure-inven-collector", 5 },
    { "oci", "plugin-oci-inven-collector", 2 },
    { "alibaba_cloud", "plugin-alibaba-cloud-inven-collector", 1 },
};

QString duplicateMessage(const QString &trustedAccountId)
{
    return QStringLiteral("The same job is already running. (trusted_account_id = %1)").arg(trustedAccountId);
}

} // namespace

QString JobSimulator::domainIdForSeed(quint32 seed)
{
    std::mt19937 rng(seed * 2654435761u + 17u);
    return QStringLiteral("domain-") + hex(rng, 12);
}

JobSimulator::JobSimulator(JobStore &store, quint32 seed, const QString &domainId)
    : m_store(store)
    , m_domainId(domainId)
    , m_worldRng(seed)
    , m_liveRng(seed ^ 0x5bd1e995u)
{
    for (int i = 0; i < 4; ++i)
        m_workspaces << QStringLiteral("workspace-") + hex(m_worldRng, 12);

    int totalWeight = 0;
    for (const auto &p : kProviders)
        totalWeight += p.weight;
    for (int i = 0; i < 24; ++i) {
        int pick = std::uniform_int_distribution<int>(0, totalWeight - 1)(m_worldRng);
        const ProviderInfo *chosen = &kProviders[0];
        for (const auto &p : kProviders) {
            if (pick < p.weight) {
                chosen = &p;
                break;
            }
            pick -= p.weight;
        }
        Account a;
        a.trustedAccountId = QStringLiteral("ta-") + hex(m_worldRng, 12);
        a.provider = QString::fromLatin1(chosen->provider);
        a.pluginId = QString::fromLatin1(chosen->plugin);
        const bool domainScope = uniform(m_worldRng, 0, 1) < 0.3;
        a.resourceGroup = domainScope ? QStringLiteral("DOMAIN") : QStringLiteral("WORKSPACE");
        a.workspaceId = domainScope
            ? QStringLiteral("*")
            : m_workspaces.at(std::uniform_int_distribution<int>(0, int(m_workspaces.size()) - 1)(m_worldRng));
        if (a.provider == u"aws")
            a.cloudAccount = digits(m_worldRng, 12);
        else if (a.provider == u"google_cloud")
            a.cloudAccount = QStringLiteral("prj-%1-%2").arg(hex(m_worldRng, 4), digits(m_worldRng, 6));
        else if (a.provider == u"azure")
            a.cloudAccount = uuid(m_worldRng);
        else if (a.provider == u"oci")
            a.cloudAccount = QStringLiteral("ocid1.tenancy.oc1..aaaaaaaa") + hex(m_worldRng, 52);
        else
            a.cloudAccount = digits(m_worldRng, 16);
        m_accounts.push_back(a);
    }
    m_accounts.last().deleted = true;
}

QVector<JobSimulator::Plugin> JobSimulator::plugins()
{
    QVector<Plugin> out;
    for (const auto &p : kProviders) {
        const QString id = QString::fromLatin1(p.plugin);
        if (std::none_of(out.begin(), out.end(), [&id](const Plugin &known) { return known.pluginId == id; }))
            out.push_back({ id, QString::fromLatin1(p.provider) });
    }
    return out;
}

QString JobSimulator::newJobId()
{
    while (true) {
        const QString id = QStringLiteral("job-") + hex(m_liveRng, 12);
        if (!m_store.find(id))
            return id;
    }
}

const JobSimulator::Account &JobSimulator::pickAccount(std::mt19937 &rng) const
{
    return m_accounts.at(std::uniform_int_distribution<int>(0, int(m_accounts.size()) - 1)(rng));
}

QString JobSimulator::errorMessageFor(const Account &a, std::mt19937 &rng) const
{
    QStringList options;
    if (a.provider == u"aws") {
        options << QStringLiteral(
                       "An error occurred (AccessDenied) when calling the AssumeRole operation: User: "
                       "arn:aws:iam::%1:user/cloudforet-collector is not authorized to perform: sts:AssumeRole "
                       "on resource: arn:aws:iam::%1:role/CloudforetReadOnlyRole")
                       .arg(a.cloudAccount)
                << QStringLiteral("An error occurred (ExpiredToken) when calling the DescribeRegions operation: The "
                                  "security token included in the request is expired")
                << QStringLiteral("An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity "
                                  "operation: The security token included in the request is invalid.")
                << QStringLiteral("An error occurred (Throttling) when calling the ListAccounts operation (reached max "
                                  "retries: 4): Rate exceeded");
    } else if (a.provider == u"google_cloud") {
        options << QStringLiteral("('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', "
                                  "'error_description': 'Invalid JWT Signature.'})")
                << QStringLiteral(
                       "<HttpError 403 when requesting "
                       "https://cloudresourcemanager.googleapis.com/v3/projects/%1?alt=json returned \"The "
                       "caller does not have permission\". Details: \"The caller does not have permission\">")
                       .arg(a.cloudAccount);
    } else if (a.provider == u"azure") {
        options << QStringLiteral("(AuthorizationFailed) The client '%1' with object id '%1' does not have "
                                  "authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope "
                                  "'/subscriptions/%2' or the scope is invalid. If access was recently granted, please "
                                  "refresh your credentials.")
                       .arg(uuid(rng), a.cloudAccount)
                << QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
                                  "request is the client secret value, not the client secret ID, for a secret added to "
                                  "app '%1'.")
                       .arg(uuid(rng));
    } else if (a.provider == u"oci") {
        options << QStringLiteral("{'target_service': 'identity', 'status': 401, 'code': 'NotAuthenticated', "
                                  "'opc-request-id': '%1', 'message': 'The required information to complete "
                                  "authentication was not provided or was incorrect.'}")
                       .arg(hex(rng, 32).toUpper());
    } else {
        options << QStringLiteral("SDK.InvalidAccessKeyId : Specified access key is not found.");
    }
    options << QStringLiteral("gRPC Timeout.")
            << QStringLiteral("Server is unavailable. (channel = %1:50051, message = failed to connect to all "
                              "addresses; last error: UNKNOWN: ipv4:10.42.%2.%3:50051: Failed to connect to remote "
                              "host: Connection refused)")
                   .arg(a.pluginId)
                   .arg(std::uniform_int_distribution<int>(0, 9)(rng))
                   .arg(std::uniform_int_distribution<int>(2, 250)(rng));
    // Provider errors are the common case; infrastructure errors (the last two) are rarer.
    const int n = int(options.size());
    const int pick = uniform(rng, 0, 1) < 0.8 ? std::uniform_int_distribution<int>(0, n - 3)(rng)
                                              : std::uniform_int_distribution<int>(n - 2, n - 1)(rng);
    return options.at(pick);
}

JobSimulator::Plan JobSimulator::makePlan(const Account &account, int tickMs)
{
    auto ticks = [tickMs](double seconds) { return std::max(1, int(std::ceil(seconds * 1000.0 / tickMs))); };
    Plan p;
    const double r = uniform(m_liveRng, 0, 1);
    p.pendingTicks = ticks(uniform(m_liveRng, 1, 6));
    if (r < 0.02) {
        p.pendingTicks = INT_MAX; // lost queue message: PENDING forever
    } else if (r < 0.04) {
        p.runTicks = INT_MAX; // a hung collector: IN_PROGRESS forever
    } else if (r < 0.19) {
        p.outcome = QStringLiteral("FAILURE");
        p.errorMessage = errorMessageFor(account, m_liveRng);
        p.runTicks = ticks(skewedSeconds(m_liveRng, 2, 60));
    } else {
        p.outcome = QStringLiteral("SUCCESS");
        p.runTicks = ticks(skewedSeconds(m_liveRng, 8, 150));
    }
    return p;
}

void JobSimulator::generateHistory(int count, qint64 nowMsecs)
{
    if (count <= 0 || m_accounts.isEmpty())
        return;
    std::mt19937 rng(m_worldRng());
    const double spanDays = std::clamp(count / 60.0, 3.0, 30.0);
    const qint64 spanMs = qint64(spanDays * double(kDay));
    const int recentActive = count >= 20 ? 4 : 0;
    const int historical = count - recentActive;

    std::vector<qint64> times;
    times.reserve(size_t(historical));
    for (int i = 0; i < historical; ++i)
        times.push_back(nowMsecs - 3 * kMinute - qint64(uniform(rng, 0, double(spanMs))));
    std::sort(times.begin(), times.end());

    QSet<QString> ids;
    auto jobId = [&]() {
        while (true) {
            const QString id = QStringLiteral("job-") + hex(rng, 12);
            if (!ids.contains(id)) {
                ids.insert(id);
                return id;
            }
        }
    };

    QVector<JobRecord> jobs;
    jobs.reserve(count);
    qint64 last = 0;
    for (qint64 t : times) {
        if (t <= last)
            t = last + 1;
        last = t;
        const Account &a = pickAccount(rng);
        JobRecord j = newRecord(a, jobId(), t);
        liveHistoricalJob(j, a, t, nowMsecs, rng);
        jobs.push_back(j);
    }

    // A few runs that are still going, on distinct accounts.
    QSet<QString> used;
    for (int i = 0; i < recentActive; ++i) {
        const Account *a = &pickAccount(rng);
        for (int guard = 0; used.contains(a->trustedAccountId) && guard < 50; ++guard)
            a = &pickAccount(rng);
        used.insert(a->trustedAccountId);
        const qint64 t = nowMsecs - 150 * 1000 + qint64(i) * 35 * 1000 + qint64(uniform(rng, 0, 5000));
        JobRecord j = newRecord(*a, jobId(), t);
        j.status = i % 2 == 0 ? QStringLiteral("IN_PROGRESS") : QStringLiteral("PENDING");
        j.updatedAt = i % 2 == 0 ? Timestamps::format(t + 2100) : j.createdAt;
        jobs.push_back(j);
    }
    m_store.upsert(jobs);
    m_store.analyze();
    m_lastStamp = std::max(m_lastStamp, nowMsecs);
}

JobRecord JobSimulator::newRecord(const Account &a, const QString &jobId, qint64 createdMsecs) const
{
    JobRecord j;
    j.jobId = jobId;
    j.options = JsonValue::object();
    j.resourceGroup = a.resourceGroup;
    j.domainId = m_domainId;
    j.workspaceId = a.workspaceId;
    j.trustedAccountId = a.trustedAccountId;
    j.pluginId = a.pluginId;
    j.createdAt = Timestamps::format(createdMsecs);
    return j;
}

void JobSimulator::liveHistoricalJob(JobRecord &j, const Account &a, qint64 t, qint64 nowMsecs, std::mt19937 &rng) const
{
    const double r = uniform(rng, 0, 1);
    qint64 finished = 0;
    if (r < 0.012 && t < nowMsecs - kHour) {
        // Stuck for hours: a lost queue message or a hung collector.
        if (uniform(rng, 0, 1) < 0.5) {
            j.status = QStringLiteral("PENDING");
            j.updatedAt = j.createdAt;
        } else {
            j.status = QStringLiteral("IN_PROGRESS");
            j.updatedAt = Timestamps::format(t + qint64(uniform(rng, 800, 6000)));
        }
    } else if (r < 0.05) {
        j.status = QStringLiteral("FAILURE");
        j.errorMessage = duplicateMessage(a.trustedAccountId);
        finished = t + qint64(uniform(rng, 60, 400));
    } else if (r < 0.09) {
        // An IN_PROGRESS run that a later run of the same account superseded.
        j.status = QStringLiteral("CANCELED");
        finished = t + qint64(uniform(rng, 11 * 60, 50 * 60) * 1000);
    } else if (r < 0.23) {
        j.status = QStringLiteral("FAILURE");
        j.errorMessage = errorMessageFor(a, rng);
        finished = t + qint64(skewedSeconds(rng, 2, 300) * 1000);
    } else {
        j.status = QStringLiteral("SUCCESS");
        finished = t + qint64(skewedSeconds(rng, 20, 720) * 1000);
    }
    if (finished) {
        finished = std::min(finished, nowMsecs - 1000);
        finished = std::max(finished, t + 1);
        j.finishedAt = Timestamps::format(finished);
        j.updatedAt = *j.finishedAt;
    }
}

void JobSimulator::adoptActiveJobs(qint64 nowMsecs)
{
    const QVector<JobRecord> active
        = m_store.select(QStringLiteral("status IN ('PENDING', 'IN_PROGRESS') AND created_at >= ?"),
                         { Timestamps::format(nowMsecs - 30 * kMinute) }, QStringLiteral("created_at ASC, job_id ASC"));
    for (const JobRecord &job : active) {
        if (m_plans.contains(job.jobId))
            continue;
        Account account;
        account.trustedAccountId = job.trustedAccountId;
        account.pluginId = job.pluginId.value_or(QString());
        for (const Account &a : m_accounts) {
            if (a.trustedAccountId == job.trustedAccountId)
                account = a;
        }
        Plan plan = makePlan(account, 1000);
        // A recovered job finishes; it was not one of the stuck ones.
        if (plan.pendingTicks == INT_MAX)
            plan.pendingTicks = 2;
        if (plan.runTicks == INT_MAX) {
            plan.runTicks = 20;
            plan.outcome = QStringLiteral("SUCCESS");
        }
        m_plans.insert(job.jobId, plan);
    }
}

QString JobSimulator::startJob(const QString &trustedAccountId, qint64 nowMsecs, int tickMs)
{
    for (const Account &a : m_accounts) {
        if (a.trustedAccountId == trustedAccountId)
            return startJobFor(a, nowMsecs, tickMs);
    }
    const QVector<JobRecord> latest = m_store.select(QStringLiteral("trusted_account_id = ?"), { trustedAccountId },
                                                     QStringLiteral("created_at DESC, job_id ASC"), 1);
    if (latest.isEmpty())
        return {};
    Account a;
    a.trustedAccountId = trustedAccountId;
    a.resourceGroup = latest.first().resourceGroup;
    a.workspaceId = latest.first().workspaceId;
    a.pluginId = latest.first().pluginId.value_or(QString());
    a.provider = a.pluginId.contains(QStringLiteral("aws")) ? QStringLiteral("aws") : QStringLiteral("other");
    return startJobFor(a, nowMsecs, tickMs);
}

QString JobSimulator::startJobFor(const Account &account, qint64 nowMsecs, int tickMs)
{
    auto stamp = [this](qint64 now) {
        m_lastStamp = std::max(now, m_lastStamp + 1);
        return Timestamps::format(m_lastStamp);
    };
    JobRecord job;
    job.jobId = newJobId();
    job.options = JsonValue::object();
    job.resourceGroup = account.resourceGroup;
    job.domainId = m_domainId;
    job.workspaceId = account.resourceGroup == u"DOMAIN" ? QStringLiteral("*") : account.workspaceId;
    job.trustedAccountId = account.trustedAccountId;
    job.pluginId = account.pluginId;
    job.createdAt = stamp(nowMsecs);
    job.updatedAt = job.createdAt;
    m_store.upsert(job);

    // JobService._check_duplicate_job: IN_PROGRESS runs of the account, newest first.
    const QVector<JobRecord> running
        = m_store.select(QStringLiteral("trusted_account_id = ? AND workspace_id = ? AND domain_id = ? AND status = "
                                        "'IN_PROGRESS' AND job_id IS NOT ?"),
                         { job.trustedAccountId, job.workspaceId, job.domainId, job.jobId },
                         QStringLiteral("created_at DESC, job_id ASC"));
    const QString threshold = Timestamps::format(nowMsecs - 10 * kMinute);
    bool duplicate = false;
    for (JobRecord other : running) {
        if (other.createdAt > threshold) {
            duplicate = true;
            break;
        }
        other.status = QStringLiteral("CANCELED");
        other.finishedAt = stamp(nowMsecs);
        other.updatedAt = *other.finishedAt;
        m_store.upsert(other);
        m_plans.remove(other.jobId);
    }
    if (duplicate) {
        job.status = QStringLiteral("FAILURE");
        job.errorMessage = duplicateMessage(job.trustedAccountId);
        job.finishedAt = stamp(nowMsecs);
        job.updatedAt = *job.finishedAt;
        m_store.upsert(job);
    } else {
        m_plans.insert(job.jobId, makePlan(account, tickMs));
    }
    return job.jobId;
}

int JobSimulator::tick(qint64 nowMsecs, double jobsPerMinute, int tickMs)
{
    auto stamp = [this](qint64 now) {
        m_lastStamp = std::max(now, m_lastStamp + 1);
        return Timestamps::format(m_lastStamp);
    };
    int changes = 0;
    QStringList ids = m_plans.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : ids) {
        auto job = m_store.find(id);
        if (!job || !job->isActive()) {
            m_plans.remove(id); // deleted or finished from outside
            continue;
        }
        Plan &plan = m_plans[id];
        if (job->status == u"PENDING") {
            if (plan.pendingTicks != INT_MAX && --plan.pendingTicks <= 0) {
                job->status = QStringLiteral("IN_PROGRESS");
                job->updatedAt = stamp(nowMsecs);
                m_store.upsert(*job);
                ++changes;
            }
        } else if (plan.runTicks != INT_MAX && --plan.runTicks <= 0) {
            job->status = plan.outcome;
            if (!plan.errorMessage.isEmpty())
                job->errorMessage = plan.errorMessage;
            job->finishedAt = stamp(nowMsecs);
            job->updatedAt = *job->finishedAt;
            m_store.upsert(*job);
            m_plans.remove(id);
            ++changes;
        }
    }
    const double lambda = std::max(0.0, jobsPerMinute) * double(tickMs) / 60000.0;
    if (lambda > 0 && !m_accounts.isEmpty()) {
        const int arrivals = std::poisson_distribution<int>(lambda)(m_liveRng);
        for (int i = 0; i < arrivals; ++i) {
            const Account &account = pickAccount(m_liveRng);
            if (account.deleted)
                continue;
            startJobFor(account, nowMsecs, tickMs);
            ++changes;
        }
    }
    return changes;
}

} // namespace sandbox
