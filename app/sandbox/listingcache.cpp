// SPDX-License-Identifier: MIT
#include "sandbox/listingcache.h"

#include "sandbox/jobstore.h"

#include <QSqlQuery>

namespace sandbox {

namespace {
constexpr int kMaxEntries = 64;

QString keyOf(const QString &where, const QVariantList &binds)
{
    QString key = where;
    for (const QVariant &b : binds)
        key += QLatin1Char('\x1f') + QString::number(b.typeId()) + QLatin1Char(':') + b.toString();
    return key;
}

QString orderSql(const QList<QueryCompiler::OrderTerm> &order)
{
    QStringList parts;
    for (const QueryCompiler::OrderTerm &t : order)
        parts << t.sql + (t.desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

ListingCache::ListingCache(JobStore &store)
    : m_store(store)
{ }

qint64 ListingCache::count(const QString &where, const QVariantList &binds, bool cacheable)
{
    if (!cacheable)
        return m_store.countWhere(where, binds);
    const quint64 generation = m_store.generation();
    const QString key = keyOf(where, binds);
    const auto it = m_totals.constFind(key);
    if (it != m_totals.constEnd() && it->generation == generation)
        return it->count;
    const qint64 total = m_store.countWhere(where, binds);
    if (m_totals.size() >= kMaxEntries)
        m_totals.clear();
    m_totals.insert(key, { total, generation });
    return total;
}

QVector<JobRecord> ListingCache::run(const QString &sql, const QVariantList &binds, int orderCount,
                                     QVariantList *last) const
{
    QSqlQuery q = m_store.exec(sql, binds);
    QVector<JobRecord> out;
    const int first = 12; // after JobStore::selectColumns()
    while (q.next()) {
        out.push_back(JobStore::recordFromRow(q));
        last->clear();
        for (int i = 0; i < orderCount; ++i)
            last->append(q.value(first + i));
    }
    return out;
}

QVector<JobRecord> ListingCache::page(const QString &where, const QVariantList &binds,
                                      const QList<QueryCompiler::OrderTerm> &order, qint64 limit, qint64 offset,
                                      bool cacheable)
{
    QStringList orderColumns;
    for (const QueryCompiler::OrderTerm &t : order)
        orderColumns << t.sql;
    const QString select = QStringLiteral("SELECT %1, %2 FROM jobs WHERE ")
                               .arg(JobStore::selectColumns(), orderColumns.join(QStringLiteral(", ")));
    const QString orderBy = QStringLiteral(" ORDER BY ") + orderSql(order);
    QVariantList last;
    if (limit <= 0)
        return run(select + QStringLiteral("(%1)").arg(where) + orderBy, binds, int(order.size()), &last);

    const quint64 generation = m_store.generation();
    const QString key = keyOf(where, binds) + QLatin1Char('\x1e') + orderBy;
    const auto cursor = m_cursors.constFind(key);
    QVector<JobRecord> rows;
    if (cacheable && cursor != m_cursors.constEnd() && cursor->generation == generation && cursor->offset == offset
        && !cursor->last.isEmpty() && !cursor->last.first().isNull()) {
        // Rows after the last one served: the first key narrows the index range (so SQLite seeks
        // instead of scanning from the top), the OR chain settles ties on the following keys.
        const QVariantList &v = cursor->last;
        QVariantList keysetBinds = binds;
        const QueryCompiler::OrderTerm &lead = order.first();
        QString sql = QStringLiteral("(%1) AND %2 %3 ?")
                          .arg(where, lead.sql, lead.desc ? QStringLiteral("<=") : QStringLiteral(">="));
        keysetBinds << v.first();
        QStringList chain;
        for (int i = 0; i < order.size(); ++i) {
            QStringList parts;
            for (int j = 0; j < i; ++j) {
                parts << QStringLiteral("%1 IS ?").arg(order[j].sql);
                keysetBinds << v[j];
            }
            if (v[i].isNull()) {
                parts << (order[i].desc ? QStringLiteral("0") : QStringLiteral("%1 IS NOT NULL").arg(order[i].sql));
            } else {
                parts << (order[i].desc ? QStringLiteral("(%1 < ? OR %1 IS NULL)").arg(order[i].sql)
                                        : QStringLiteral("%1 > ?").arg(order[i].sql));
                keysetBinds << v[i];
            }
            chain << QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        sql += QStringLiteral(" AND (%1)").arg(chain.join(QStringLiteral(" OR ")));
        rows = run(select + sql + orderBy + QStringLiteral(" LIMIT %1").arg(limit), keysetBinds, int(order.size()),
                   &last);
        if (lead.desc && rows.size() < limit) {
            // A descending first key leaves its NULLs last; the range above stopped short of them.
            QVector<JobRecord> nulls = run(select + QStringLiteral("(%1) AND %2 IS NULL").arg(where, lead.sql) + orderBy
                                               + QStringLiteral(" LIMIT %1").arg(limit - rows.size()),
                                           binds, int(order.size()), &last);
            rows += nulls;
        }
        ++m_keysetPages;
    } else {
        rows = run(select + QStringLiteral("(%1)").arg(where) + orderBy
                       + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset),
                   binds, int(order.size()), &last);
    }
    if (!cacheable)
        return rows;
    if (rows.size() == limit && !last.isEmpty()) {
        if (m_cursors.size() >= kMaxEntries)
            m_cursors.clear();
        m_cursors.insert(key, { offset + limit, last, generation });
    } else {
        m_cursors.remove(key);
    }
    return rows;
}

} // namespace sandbox
