// SPDX-License-Identifier: MIT
#include "trustedaccountsyncreply.h"

TrustedAccountSyncReply::TrustedAccountSyncReply(const QString &trustedAccountId, quint64 generation,
                                                 JobApiClient *client)
    : JobApiReply(QStringLiteral("sync"), generation, client, ApiResource::TrustedAccount)
    , m_trustedAccountId(trustedAccountId)
{ }
