// SPDX-License-Identifier: MIT
#include "sandbox/namecatalog.h"

#include "sandbox/timestamps.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <random>

namespace sandbox {

namespace {

// A stream of its own, so naming never shifts the simulation's random sequence.
std::mt19937 namingRng(quint32 seed, quint32 salt)
{
    return std::mt19937(seed * 2246822519u + salt);
}

// A creation time in 2024-2025, long before any job of the history.
QString createdAt(std::mt19937 &rng)
{
    constexpr qint64 kBase = 1704067200000LL; // 2024-01-01T00:00:00Z
    const qint64 offset = std::uniform_int_distribution<qint64>(0, 500LL * 24 * 3600 * 1000)(rng);
    return Timestamps::format(kBase + offset);
}

QString pickFrom(QStringList &pool, std::mt19937 &rng)
{
    const int i = std::uniform_int_distribution<int>(0, int(pool.size()) - 1)(rng);
    return pool.takeAt(i);
}

QString providerLabel(const QString &provider)
{
    static const QHash<QString, QString> labels{
        { QStringLiteral("aws"), QStringLiteral("AWS") },
        { QStringLiteral("google_cloud"), QStringLiteral("Google Cloud") },
        { QStringLiteral("azure"), QStringLiteral("Azure") },
        { QStringLiteral("oci"), QStringLiteral("OCI") },
        { QStringLiteral("alibaba_cloud"), QStringLiteral("Alibaba Cloud") },
    };
    return labels.value(provider, provider);
}

// What a collector plugin's id says about its cloud, for data that names plugins only.
QString providerOfPlugin(const QString &pluginId)
{
    if (pluginId.contains(QStringLiteral("aws")))
        return QStringLiteral("aws");
    if (pluginId.contains(QStringLiteral("google")))
        return QStringLiteral("google_cloud");
    if (pluginId.contains(QStringLiteral("azure")))
        return QStringLiteral("azure");
    if (pluginId.contains(QStringLiteral("oci")))
        return QStringLiteral("oci");
    if (pluginId.contains(QStringLiteral("alibaba")))
        return QStringLiteral("alibaba_cloud");
    return {};
}

QString pluginName(const QString &pluginId)
{
    static const QHash<QString, QString> names{
        { QStringLiteral("plugin-aws-cloud-service-inven-collector"), QStringLiteral("AWS Cloud Service Collector") },
        { QStringLiteral("plugin-aws-ec2-inven-collector"), QStringLiteral("AWS EC2 Collector") },
        { QStringLiteral("plugin-google-cloud-inven-collector"), QStringLiteral("Google Cloud Collector") },
        { QStringLiteral("plugin-azure-inven-collector"), QStringLiteral("Azure Collector") },
        { QStringLiteral("plugin-oci-inven-collector"), QStringLiteral("Oracle Cloud Collector") },
        { QStringLiteral("plugin-alibaba-cloud-inven-collector"), QStringLiteral("Alibaba Cloud Collector") },
    };
    if (names.contains(pluginId))
        return names.value(pluginId);
    QStringList words = QString(pluginId).remove(QStringLiteral("plugin-")).split(u'-', Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(u' ');
}

// Labels of accounts: one each, shuffled per seed; several non-ASCII, two very long.
QStringList accountLabels()
{
    return { QStringLiteral("Production"),
             QStringLiteral("Staging"),
             QStringLiteral("Development"),
             QStringLiteral("Sandbox"),
             QStringLiteral("Shared Services"),
             QStringLiteral("Log Archive"),
             QStringLiteral("Security Audit"),
             QStringLiteral("Billing"),
             QStringLiteral("QA"),
             QStringLiteral("Disaster Recovery"),
             QStringLiteral("Analytics"),
             QStringLiteral("Networking Hub"),
             QStringLiteral("Machine Learning"),
             QStringLiteral("Legacy ERP"),
             QStringLiteral("Partner Integrations"),
             QStringLiteral("Data Lake"),
             QStringLiteral("Edge"),
             QStringLiteral("本番環境"),
             QStringLiteral("検証環境"),
             QStringLiteral("データ基盤"),
             QStringLiteral("Équipe Données"),
             QStringLiteral("Données Clients"),
             QStringLiteral("Entwicklung Süd"),
             QStringLiteral("Organization Management Account — Consolidated Billing, Security Tooling and Audit "
                            "Logging"),
             QStringLiteral("Customer-facing Workloads for the EMEA Region (Frankfurt, Paris, Stockholm)") };
}

} // namespace

NameCatalog::NameCatalog(const QStringList &workspaceIds, const QVector<JobSimulator::Account> &accounts, quint32 seed)
{
    nameWorkspaces(workspaceIds, seed);
    nameAccounts(accounts, seed);
    for (const JobSimulator::Plugin &p : JobSimulator::plugins())
        addPlugin(p.pluginId, p.provider);
}

NameCatalog NameCatalog::fromJobs(const QVector<JobRecord> &jobs, const QStringList &workspaceIds, quint32 seed)
{
    QVector<JobSimulator::Account> accounts;
    QSet<QString> seen;
    for (const JobRecord &job : jobs) {
        if (job.trustedAccountId.isEmpty() || seen.contains(job.trustedAccountId))
            continue;
        seen.insert(job.trustedAccountId);
        JobSimulator::Account a;
        a.trustedAccountId = job.trustedAccountId;
        a.pluginId = job.pluginId.value_or(QString());
        a.provider = providerOfPlugin(a.pluginId);
        a.resourceGroup = job.resourceGroup;
        a.workspaceId = job.resourceGroup == u"DOMAIN" ? QStringLiteral("*") : job.workspaceId;
        accounts.push_back(a);
    }
    NameCatalog catalog;
    catalog.nameWorkspaces(workspaceIds, seed);
    catalog.nameAccounts(accounts, seed);
    for (const JobSimulator::Plugin &p : JobSimulator::plugins())
        catalog.addPlugin(p.pluginId, p.provider);
    for (const JobSimulator::Account &a : accounts) {
        if (!a.pluginId.isEmpty())
            catalog.addPlugin(a.pluginId, a.provider);
    }
    return catalog;
}

const NameCatalog::TrustedAccount *NameCatalog::trustedAccount(const QString &trustedAccountId) const
{
    for (const TrustedAccount &a : m_accounts) {
        if (a.trustedAccountId == trustedAccountId)
            return &a;
    }
    return nullptr;
}

void NameCatalog::nameWorkspaces(const QStringList &workspaceIds, quint32 seed)
{
    std::mt19937 rng = namingRng(seed, 0x57534e4du);
    QStringList nonAscii{ QStringLiteral("Équipe Données"), QStringLiteral("データ基盤"),
                          QStringLiteral("Entwicklung & Qualitätssicherung"), QStringLiteral("研发中心"),
                          QStringLiteral("Área Financeira") };
    QStringList longNames{
        QStringLiteral("Customer Analytics and Reporting Platform — EMEA Production Workloads"),
        QStringLiteral("Shared Infrastructure Services for Internal Tooling, CI/CD and Observability"),
        QStringLiteral("Mergers & Acquisitions Integration Program (Project Northwind, Phase 2)"),
    };
    QStringList plain{ QStringLiteral("Platform Engineering"), QStringLiteral("Marketing"),
                       QStringLiteral("Security Operations"),  QStringLiteral("Payments"),
                       QStringLiteral("Customer Success"),     QStringLiteral("Mobile Apps") };
    // Two non-ASCII names, one long one, then plain ones, dealt out in a seeded order.
    QStringList names{ pickFrom(nonAscii, rng), pickFrom(nonAscii, rng), pickFrom(longNames, rng) };
    while (names.size() < workspaceIds.size()) {
        QStringList &pool = !plain.isEmpty() ? plain : (!nonAscii.isEmpty() ? nonAscii : longNames);
        names << (pool.isEmpty() ? QStringLiteral("Workspace %1").arg(names.size() + 1) : pickFrom(pool, rng));
    }
    std::shuffle(names.begin(), names.end(), rng);
    for (int i = 0; i < workspaceIds.size(); ++i) {
        Workspace w;
        w.workspaceId = workspaceIds.at(i);
        w.name = names.at(i);
        // The tokens' workspace is the first one; a later one has been switched off.
        w.state = i == 3 ? QStringLiteral("DISABLED") : QStringLiteral("ENABLED");
        w.createdAt = createdAt(rng);
        m_workspaces.push_back(w);
    }
}

void NameCatalog::nameAccounts(const QVector<JobSimulator::Account> &accounts, quint32 seed)
{
    std::mt19937 rng = namingRng(seed, 0x54414e4du);
    QStringList labels = accountLabels();
    std::shuffle(labels.begin(), labels.end(), rng);
    for (int i = 0; i < accounts.size(); ++i) {
        const JobSimulator::Account &source = accounts.at(i);
        TrustedAccount a;
        a.trustedAccountId = source.trustedAccountId;
        a.provider = source.provider;
        a.resourceGroup = source.resourceGroup;
        a.workspaceId = source.resourceGroup == u"DOMAIN" ? QStringLiteral("*") : source.workspaceId;
        const QString label = i < labels.size() ? labels.at(i) : QStringLiteral("Account %1").arg(i + 1);
        a.name = QStringLiteral("%1 %2").arg(providerLabel(a.provider), label).trimmed();
        a.createdAt = createdAt(rng);
        a.deleted = source.deleted;
        m_accounts.push_back(a);
    }
    nameDuplicatePair();
}

// Two accounts of one cloud in different workspaces named alike, as teams name their own
// "AWS Production" without knowing of each other.
void NameCatalog::nameDuplicatePair()
{
    const auto live = [](const TrustedAccount &a) { return !a.deleted && a.resourceGroup == u"WORKSPACE"; };
    for (const bool sameProvider : { true, false }) {
        for (int i = 0; i < m_accounts.size(); ++i) {
            for (int j = i + 1; j < m_accounts.size(); ++j) {
                TrustedAccount &a = m_accounts[i];
                TrustedAccount &b = m_accounts[j];
                if (!live(a) || !live(b) || a.workspaceId == b.workspaceId)
                    continue;
                if (sameProvider && a.provider != b.provider)
                    continue;
                b.name = a.name;
                return;
            }
        }
    }
}

void NameCatalog::addPlugin(const QString &pluginId, const QString &provider)
{
    for (const Plugin &known : m_plugins) {
        if (known.pluginId == pluginId)
            return;
    }
    Plugin p;
    p.pluginId = pluginId;
    p.name = pluginName(pluginId);
    p.image = QStringLiteral("cloudforet/") + pluginId;
    p.provider = provider.isEmpty() ? providerOfPlugin(pluginId) : provider;
    m_plugins.push_back(p);
}

} // namespace sandbox
