// SPDX-License-Identifier: MIT
#include "jobstatreply.h"

JobStatReply::JobStatReply(quint64 generation, JobApiClient *client)
    : JobApiReply(QStringLiteral("stat"), generation, client)
{ }
