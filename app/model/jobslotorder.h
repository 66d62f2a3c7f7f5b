// SPDX-License-Identifier: MIT
#pragma once

#include "api/joborder.h"
#include "jobset.h"

// JobOrder::compare on the jobs of a JobSet by slot, reading the packed fields in place: the
// same answers as on the Job values, so sorting or searching a window of thousands of rows in
// the server's order builds no Job. Texts compare by code unit as the server does, not by
// their string-table rank (which is the table's display order).
class JobSlotOrder
{
public:
    JobSlotOrder(const JobOrder &order, const JobSet &set)
        : m_order(order)
        , m_set(set)
    { }

    // Negative when slot `a` lists before slot `b`, 0 only for the same job id.
    int compare(int a, int b) const;
    // As compare(), against a job the set need not hold (the edge of a window).
    int compare(int slot, const Job &job) const;
    bool listsBefore(int a, int b) const { return compare(a, b) < 0; }

private:
    const JobOrder &m_order;
    const JobSet &m_set;
};
