// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

struct ConnectionProfile;

// How this app does TLS: certificate verification is always on, a private deployment adds its
// own CA bundle, and a bad certificate is refused with enough detail for a person to compare
// fingerprints with their administrator. There is deliberately no "ignore errors" switch.
class TlsPolicy final
{
public:
    TlsPolicy() = delete;

    // The system CAs plus `extraCas`, peer verification required.
    static QSslConfiguration configuration(const QList<QSslCertificate> &extraCas = {});
    // Same, with the profile's CA bundle loaded; false with a reason when the bundle is unreadable.
    static bool configurationFor(const ConnectionProfile &profile, QSslConfiguration *configuration, QString *error);

    // Reads a PEM (or single DER) bundle. False, with a sentence naming the file, when it is
    // missing, unreadable or holds no certificate.
    static bool loadCaBundle(const QString &path, QList<QSslCertificate> *certificates, QString *error);

    // "Subject: CN=…; issuer: CN=…; valid from … to …; SHA-256: AB:CD:…"
    static QString describeCertificate(const QSslCertificate &certificate);
    static QString sha256Fingerprint(const QSslCertificate &certificate);
    // Every distinct error, then the details of the certificate they concern.
    static QString describeErrors(const QList<QSslError> &errors);
};
