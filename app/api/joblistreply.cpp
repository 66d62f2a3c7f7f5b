// SPDX-License-Identifier: MIT
#include "joblistreply.h"

JobListReply::JobListReply(quint64 generation, JobApiClient *client)
    : JobApiReply(QStringLiteral("list"), generation, client)
{ }
