// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

// An immutable view of the table's rows at one moment, handed to a worker thread so it can
// prepare the next poll's diff while the GUI keeps running. Everything in it is shared, not
// copied: the model detaches (copies) its rows only if it has to change them while a worker
// still holds this.
struct JobModelSnapshot
{
    std::shared_ptr<const std::vector<Job>> rows;
    QHash<QString, int> rowById;
    // Ids the user deleted recently, with how many more polls may still list them before they
    // are shown again (the server may answer a request sent before the delete landed).
    QHash<QString, int> recentlyRemoved;
    quint64 epoch = 0; // changes when the connection changes; diffs never cross it
    quint64 generation = 0; // changes with every change to the rows

    int size() const { return rows ? int(rows->size()) : 0; }
};
