// SPDX-License-Identifier: MIT
#pragma once

#include "api/httpresult.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

// The network library's side of TLS: certificates read from bytes, the configuration every
// request uses (system CAs plus a deployment's own, peer verification always on), and refused
// handshakes put into words.
class TlsSupport final
{
public:
    TlsSupport() = delete;

    // The certificates in PEM blocks, or one DER certificate, each as DER; unreadable ones are left out.
    static QList<QByteArray> readCertificates(const QByteArray &data);
    // The system CAs plus `extraCas` (DER), peer verification required.
    static QSslConfiguration configuration(const QList<QByteArray> &extraCas = {});

    // Each error in words, with the certificate it concerns; `certificateDetails` describes the
    // first certificate named (the leaf comes first in Qt's list).
    static QList<TlsProblem> problems(const QList<QSslError> &errors, QString *certificateDetails);
    // "Subject: CN=…; issuer: CN=…; valid from … to …; SHA-256 fingerprint: AB:CD:…"
    static QString describeCertificate(const QSslCertificate &certificate);
    static QString sha256Fingerprint(const QSslCertificate &certificate);
};
