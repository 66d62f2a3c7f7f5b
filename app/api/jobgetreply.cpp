// SPDX-License-Identifier: MIT
#include "jobgetreply.h"

JobGetReply::JobGetReply(quint64 generation, JobApiClient *client)
    : JobApiReply(QStringLiteral("get"), generation, client)
{ }
