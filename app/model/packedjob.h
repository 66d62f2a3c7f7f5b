// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"
#include "api/resourcegroup.h"
#include "stringtable.h"

#include <QLatin1StringView>

// One job as a JobSet keeps it: 72 bytes and no buffer of its own in the common case. Texts
// many jobs share are ids into the set's string tables; the job id is held inline as Latin-1
// (real ids are "job-" and 12 hex digits); what is rare (unknown status or resource group
// texts, options, an id that is long or not Latin-1) lives in a side record. A Job value is
// built from it on demand.
struct PackedJob
{
    static constexpr int kInlineId = 21;
    static constexpr quint8 kIdElsewhere = 0xff; // the id is in the side record

    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 finishedAtMs = 0;
    StringTable::Id errorMessage = StringTable::kEmpty;
    StringTable::Id domainId = StringTable::kEmpty;
    StringTable::Id workspaceId = StringTable::kEmpty;
    StringTable::Id trustedAccountId = StringTable::kEmpty;
    StringTable::Id pluginId = StringTable::kEmpty;
    quint32 extra = 0; // 1 + index of the side record; 0 when there is none
    JobStatus status = JobStatus::Unknown;
    ResourceGroup resourceGroup = ResourceGroup::None;
    quint8 idSize = 0;
    char id[kInlineId] = {};

    bool hasInlineId() const { return idSize != kIdElsewhere; }
    QLatin1StringView inlineId() const { return QLatin1StringView(id, hasInlineId() ? idSize : 0); }
    bool isActive() const { return JobStatuses::isActive(status); }
};

static_assert(sizeof(PackedJob) == 72, "a packed job is meant to stay this small");
