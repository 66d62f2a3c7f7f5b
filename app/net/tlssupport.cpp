// SPDX-License-Identifier: MIT
#include "tlssupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    // The texts were TlsPolicy's; they keep their translation context.
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

QList<QByteArray> TlsSupport::readCertificates(const QByteArray &data)
{
    QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromData(data, QSsl::Der);
    QList<QByteArray> der;
    for (const QSslCertificate &certificate : std::as_const(found)) {
        if (!certificate.isNull())
            der.append(certificate.toDer());
    }
    return der;
}

QSslConfiguration TlsSupport::configuration(const QList<QByteArray> &extraCas)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> cas;
    for (const QByteArray &der : extraCas)
        cas.append(QSslCertificate(der, QSsl::Der));
    if (!cas.isEmpty())
        config.addCaCertificates(cas);
    return config;
}

QList<TlsProblem> TlsSupport::problems(const QList<QSslError> &errors, QString *certificateDetails)
{
    QList<TlsProblem> problems;
    QSslCertificate first;
    for (const QSslError &error : errors) {
        TlsProblem problem;
        problem.error = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            problem.namesCertificate = true;
            problem.subject = certificate.subjectDisplayName();
            problem.issuer = certificate.issuerDisplayName();
            if (first.isNull())
                first = certificate;
        }
        problems.append(problem);
    }
    if (certificateDetails)
        *certificateDetails = first.isNull() ? QString() : describeCertificate(first);
    return problems;
}

QString TlsSupport::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    pairs.reserve(hex.size() / 2);
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TlsSupport::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server sent no certificate.");
    const QString from = certificate.effectiveDate().toUTC().toString(Qt::ISODate);
    const QString to = certificate.expiryDate().toUTC().toString(Qt::ISODate);
    return tr("Subject: %1; issuer: %2; valid from %3 to %4; SHA-256 fingerprint: %5")
        .arg(nameOf(certificate, false), nameOf(certificate, true), from, to, sha256Fingerprint(certificate));
}
