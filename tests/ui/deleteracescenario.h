// SPDX-License-Identifier: MIT
#pragma once

#include "testbackend.h"

#include "api/jobapiclient.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "ui/jobdecorationproxy.h"
#include "ui/jobtableview.h"

#include <QRandomGenerator>
#include <QString>

// The race between polls and a delete, played through the real view as a user meets it: the
// table is sorted by a random column, rows are ctrl-clicked, polls reorder, change and remove
// rows, the delete dialog opens for the selection, more polls arrive, the user confirms, and
// polls go on while the deletes are in flight. Every round checks that the rows the user saw
// selected are exactly the ids captured, and that exactly those jobs, each once, are deleted
// on the server and no other.
class DeleteRaceScenario
{
public:
    explicit DeleteRaceScenario(quint32 seed);
    ~DeleteRaceScenario();

    bool start(QString *error);
    // Plays one round; false with a description of the first broken expectation.
    bool playRound(int round, QString *failure);
    quint32 seed() const { return m_seed; }
    int deletesSent() const { return m_deletesSent; }

private:
    std::vector<Job> poll(const std::vector<Job> &pool, int minRows);
    QStringList idsShownSelected() const;
    bool clickRow(int row);

    quint32 m_seed;
    QRandomGenerator m_random;
    TestBackend m_backend;
    JobApiClient m_client;
    JobTableModel m_model;
    JobFilterProxyModel m_proxy;
    JobDecorationProxy m_decoration;
    JobTableView m_view;
    int m_nextJob = 1;
    int m_deletesSent = 0;
};
