// SPDX-License-Identifier: MIT
#include "tlspolicy.h"

#include "api/networkbackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TlsPolicy", text);
}
} // namespace

bool TlsPolicy::loadCaBundle(const QString &path, QList<QByteArray> *certificates, QString *error)
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
    const QList<QByteArray> found = NetworkBackend::get()->readCertificates(data);
    if (found.isEmpty())
        return fail(tr("The CA bundle %1 holds no certificate (expected PEM blocks starting with "
                       "\"-----BEGIN CERTIFICATE-----\").")
                        .arg(path));
    *certificates = found;
    return true;
}

QString TlsPolicy::describeProblems(const QList<TlsProblem> &problems, const QString &certificateDetails)
{
    QStringList messages;
    for (const TlsProblem &problem : problems) {
        if (!messages.contains(problem.error))
            messages << problem.error;
    }
    QString text = messages.join(QStringLiteral("; "));
    if (!certificateDetails.isEmpty())
        text += QStringLiteral(". ") + certificateDetails;
    return text;
}
