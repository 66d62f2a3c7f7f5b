// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jobrecord.h"
#include "sandbox/querycompiler.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace sandbox {

class JobStore;

// Makes paging through a listing cost O(page log n) per page instead of O(offset), and the
// total O(1) after the first page, with answers identical to COUNT(*) and LIMIT/OFFSET:
// - the total of a filter is kept until the store changes (any write, here or by another
//   connection to the file);
// - after a page, the sort key of its last row is kept, and a request for the very next
//   offset of the same query, with the store unchanged, continues after that key (keyset
//   pagination) instead of skipping `offset` rows.
// Anything else (another offset, a write in between, a filter that depends on the clock)
// is answered the plain way.
class ListingCache
{
public:
    explicit ListingCache(JobStore &store);

    qint64 count(const QString &where, const QVariantList &binds, bool cacheable);
    QVector<JobRecord> page(const QString &where, const QVariantList &binds,
                            const QList<QueryCompiler::OrderTerm> &order, qint64 limit, qint64 offset, bool cacheable);

    int keysetPages() const { return m_keysetPages; } // how many pages continued a cursor

private:
    struct Total
    {
        qint64 count = 0;
        quint64 generation = 0;
    };
    struct Cursor
    {
        qint64 offset = 0; // the next row's position
        QVariantList last; // the order values of the row before it
        quint64 generation = 0;
    };

    QVector<JobRecord> run(const QString &sql, const QVariantList &binds, int orderCount, QVariantList *last) const;

    JobStore &m_store;
    QHash<QString, Total> m_totals;
    QHash<QString, Cursor> m_cursors;
    int m_keysetPages = 0;
};

} // namespace sandbox
