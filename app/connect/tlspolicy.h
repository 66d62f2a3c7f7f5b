// SPDX-License-Identifier: MIT
#pragma once

#include "api/httpresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

// How this app does TLS: certificate verification is always on, a private deployment adds its
// own CA bundle, and a bad certificate is refused with enough detail for a person to compare
// fingerprints with their administrator. There is deliberately no "ignore errors" switch.
class TlsPolicy final
{
public:
    TlsPolicy() = delete;

    // Reads a PEM (or single DER) bundle into DER certificates. False, with a sentence naming
    // the file, when it is missing, unreadable or holds no certificate.
    static bool loadCaBundle(const QString &path, QList<QByteArray> *certificates, QString *error);

    // Every distinct problem, then the details of the certificate they concern.
    static QString describeProblems(const QList<TlsProblem> &problems, const QString &certificateDetails);
};
