// SPDX-License-Identifier: MIT
#include "jobslotsorter.h"

#include "api/jobtime.h"
#include "jobnamedisplay.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "jobtext.h"

#include <algorithm>
#include <limits>

namespace {
template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Missing times sort after every real one: in a descending "Finished" sort the running jobs
// come first, in an ascending "Created" sort the undated ones last.
qint64 timeKey(qint64 ms)
{
    return ms == JobTime::kNone ? std::numeric_limits<qint64>::max() : ms;
}

// Texts held in string tables compare by their rank among the table's texts, an integer; ids
// that have names rank by the names shown.
const std::vector<quint32> &tableRanks(const JobSet &set, JobSet::Text text, const JobNameDisplay *names)
{
    return names && names->sortsByName(text) ? names->ranks(text, set.table(text)) : set.table(text).ranks();
}

int compareTable(const JobSet &set, JobSet::Text text, StringTable::Id a, StringTable::Id b,
                 const JobNameDisplay *names)
{
    if (a == b)
        return 0;
    const std::vector<quint32> &ranks = tableRanks(set, text, names);
    return compareValues(ranks[a], ranks[b]);
}

struct SlotSortKey
{
    quint64 column = 0; // the column's value, or the folded id's first 8 bytes for the id column
    quint64 id0 = 0; // the id's bytes 0-7 (raw; folded bytes 8-15 for the id column)
    quint64 id1 = 0; // the id's bytes 8-15 (raw)
    int slot = 0;
    bool columnExact = false; // equal `column` means the column comparison says 0
    bool idKnown = false; // id0/id1 hold the id's first 16 bytes
};

quint64 orderedBits(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

// Up to 8 bytes big-endian, zero-padded, so that the integers compare as the bytes do; with
// `fold`, ASCII letters in lower case, and false for a byte outside ASCII (folding beyond ASCII
// is Qt's, not a byte's).
bool packBytes(const char *bytes, int size, bool fold, quint64 *out)
{
    quint64 value = 0;
    for (int i = 0; i < 8; ++i) {
        quint64 byte = 0;
        if (i < size) {
            byte = static_cast<unsigned char>(bytes[i]);
            if (fold) {
                if (byte >= 0x80)
                    return false;
                if (byte >= 'A' && byte <= 'Z')
                    byte += 'a' - 'A';
            }
        }
        value = (value << 8) | byte;
    }
    *out = value;
    return true;
}

bool idKey(const PackedJob &p, bool fold, quint64 *first, quint64 *second)
{
    if (!p.hasInlineId())
        return false;
    const int size = p.idSize;
    return packBytes(p.id, size, fold, first) && packBytes(p.id + qMin(size, 8), qMax(0, size - 8), fold, second);
}

StringTable::Id tableId(const PackedJob &p, JobSet::Text text)
{
    switch (text) {
    case JobSet::Text::ErrorMessage:
        return p.errorMessage;
    case JobSet::Text::DomainId:
        return p.domainId;
    case JobSet::Text::WorkspaceId:
        return p.workspaceId;
    case JobSet::Text::TrustedAccountId:
        return p.trustedAccountId;
    case JobSet::Text::PluginId:
        return p.pluginId;
    }
    return StringTable::kEmpty;
}

bool tableOf(int column, JobSet::Text *text)
{
    switch (column) {
    case JobTableModel::WorkspaceColumn:
        *text = JobSet::Text::WorkspaceId;
        return true;
    case JobTableModel::TrustedAccountColumn:
        *text = JobSet::Text::TrustedAccountId;
        return true;
    case JobTableModel::PluginColumn:
        *text = JobSet::Text::PluginId;
        return true;
    case JobTableModel::ErrorColumn:
        *text = JobSet::Text::ErrorMessage;
        return true;
    case JobTableModel::DomainColumn:
        *text = JobSet::Text::DomainId;
        return true;
    default:
        return false;
    }
}

// The column's value as an integer in the column's order; false when it is not exact (a raw
// status or resource group text the enum does not cover decides ties among equal values).
bool columnKey(const JobSet &set, int slot, int column, qint64 nowMs, const std::vector<quint32> *ranks,
               JobSet::Text text, quint64 *key)
{
    const PackedJob &p = set.packed(slot);
    if (ranks) {
        *key = (*ranks)[tableId(p, text)];
        return true;
    }
    switch (column) {
    case JobTableModel::StatusColumn:
        *key = quint64(p.status);
        return set.rawStatus(slot).isEmpty();
    case JobTableModel::ResourceGroupColumn:
        *key = quint64(p.resourceGroup);
        return set.rawResourceGroup(slot).isEmpty();
    case JobTableModel::CreatedColumn:
        *key = orderedBits(timeKey(p.createdAtMs));
        return true;
    case JobTableModel::UpdatedColumn:
        *key = orderedBits(timeKey(p.updatedAtMs));
        return true;
    case JobTableModel::FinishedColumn:
        *key = orderedBits(timeKey(p.finishedAtMs));
        return true;
    case JobTableModel::DurationColumn:
        *key = orderedBits(set.durationMs(slot, nowMs));
        return true;
    default:
        *key = 0; // a column without an order: every job ties
        return true;
    }
}
} // namespace

int JobSlotSorter::compareColumn(const JobSet &set, int a, int b, int column, qint64 nowMs, const JobNameDisplay *names)
{
    const PackedJob &x = set.packed(a);
    const PackedJob &y = set.packed(b);
    JobSet::Text text;
    if (tableOf(column, &text))
        return compareTable(set, text, tableId(x, text), tableId(y, text), names);
    switch (column) {
    case JobTableModel::StatusColumn: {
        const int byStatus = compareValues(int(x.status), int(y.status));
        return byStatus != 0 ? byStatus : JobText::compare(set.rawStatus(a), set.rawStatus(b));
    }
    case JobTableModel::JobIdColumn:
        return set.compareIdsAsText(a, b);
    case JobTableModel::ResourceGroupColumn: {
        const int byGroup = compareValues(int(x.resourceGroup), int(y.resourceGroup));
        return byGroup != 0 ? byGroup : JobText::compare(set.rawResourceGroup(a), set.rawResourceGroup(b));
    }
    case JobTableModel::CreatedColumn:
        return compareValues(timeKey(x.createdAtMs), timeKey(y.createdAtMs));
    case JobTableModel::UpdatedColumn:
        return compareValues(timeKey(x.updatedAtMs), timeKey(y.updatedAtMs));
    case JobTableModel::FinishedColumn:
        return compareValues(timeKey(x.finishedAtMs), timeKey(y.finishedAtMs));
    case JobTableModel::DurationColumn:
        return compareValues(set.durationMs(a, nowMs), set.durationMs(b, nowMs));
    default:
        return 0;
    }
}

void JobSlotSorter::sort(std::vector<int> &heldSlots, const JobSet &set, int column, Qt::SortOrder order, qint64 nowMs,
                         const std::function<bool(int, int)> &before, const JobNameDisplay *names)
{
    const bool byId = column == JobTableModel::JobIdColumn;
    JobSet::Text text = JobSet::Text::ErrorMessage;
    const std::vector<quint32> *ranks = tableOf(column, &text) ? &tableRanks(set, text, names) : nullptr;
    std::vector<SlotSortKey> keys(heldSlots.size());
    for (size_t i = 0; i < heldSlots.size(); ++i) {
        SlotSortKey &key = keys[i];
        key.slot = heldSlots[i];
        const PackedJob &p = set.packed(key.slot);
        if (byId) {
            // The id column compares ids folded to lower case: a key only for ASCII ids.
            key.idKnown = idKey(p, true, &key.column, &key.id0);
        } else {
            key.columnExact = columnKey(set, key.slot, column, nowMs, ranks, text, &key.column);
            key.idKnown = idKey(p, false, &key.id0, &key.id1);
        }
    }
    const bool descending = order == Qt::DescendingOrder;
    auto decided = [descending](quint64 x, quint64 y) { return descending ? x > y : x < y; };
    std::sort(keys.begin(), keys.end(), [&](const SlotSortKey &x, const SlotSortKey &y) {
        if (byId) {
            if (x.idKnown && y.idKnown) {
                if (x.column != y.column)
                    return decided(x.column, y.column);
                if (x.id0 != y.id0)
                    return decided(x.id0, y.id0);
            }
            return before(x.slot, y.slot);
        }
        if (x.column != y.column)
            return decided(x.column, y.column);
        if (x.columnExact && y.columnExact && x.idKnown && y.idKnown) {
            if (x.id0 != y.id0)
                return decided(x.id0, y.id0);
            if (x.id1 != y.id1)
                return decided(x.id1, y.id1);
        }
        return before(x.slot, y.slot);
    });
    for (size_t i = 0; i < heldSlots.size(); ++i)
        heldSlots[i] = keys[i].slot;
}
