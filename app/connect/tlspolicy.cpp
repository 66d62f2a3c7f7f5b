// SPDX-License-Identifier: MIT
#include "tlspolicy.h"

#include "connectionprofile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TlsPolicy", text);
}

QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    const QString cn = field(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    const QString org = field(QSslCertificate::Organization);
    if (!org.isEmpty())
        parts << QStringLiteral("O=") + org;
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(QStringLiteral(", "));
}
} // namespace

QSslConfiguration TlsPolicy::configuration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCas.isEmpty())
        config.addCaCertificates(extraCas);
    return config;
}

bool TlsPolicy::configurationFor(const ConnectionProfile &profile, QSslConfiguration *configuration, QString *error)
{
    QList<QSslCertificate> cas;
    if (!profile.caBundlePath.isEmpty() && !loadCaBundle(profile.caBundlePath, &cas, error))
        return false;
    *configuration = TlsPolicy::configuration(cas);
    return true;
}

bool TlsPolicy::loadCaBundle(const QString &path, QList<QSslCertificate> *certificates, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The CA bundle %1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(tr("The CA bundle %1 is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The CA bundle %1 cannot be read: %2.").arg(path, file.errorString()));
    // A CA bundle is a few kB; anything huge is the wrong file.
    if (file.size() > 16 * 1024 * 1024)
        return fail(tr("The CA bundle %1 is too large to be a certificate file.").arg(path));
    const QByteArray data = file.readAll();
    QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromData(data, QSsl::Der);
    found.erase(std::remove_if(found.begin(), found.end(), [](const QSslCertificate &c) { return c.isNull(); }),
                found.end());
    if (found.isEmpty())
        return fail(tr("The CA bundle %1 holds no certificate (expected PEM blocks starting with "
                       "\"-----BEGIN CERTIFICATE-----\").")
                        .arg(path));
    *certificates = found;
    return true;
}

QString TlsPolicy::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    pairs.reserve(hex.size() / 2);
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TlsPolicy::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server sent no certificate.");
    const QString from = certificate.effectiveDate().toUTC().toString(Qt::ISODate);
    const QString to = certificate.expiryDate().toUTC().toString(Qt::ISODate);
    return tr("Subject: %1; issuer: %2; valid from %3 to %4; SHA-256 fingerprint: %5")
        .arg(nameOf(certificate, false), nameOf(certificate, true), from, to, sha256Fingerprint(certificate));
}

QString TlsPolicy::describeErrors(const QList<QSslError> &errors)
{
    QStringList messages;
    QSet<int> seen;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        if (seen.contains(int(error.error())))
            continue;
        seen.insert(int(error.error()));
        messages << error.errorString();
        // The leaf comes first in Qt's list; that is the one a person can check with the server's admin.
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    QString text = messages.join(QStringLiteral("; "));
    if (!certificate.isNull())
        text += QStringLiteral(". ") + describeCertificate(certificate);
    return text;
}
