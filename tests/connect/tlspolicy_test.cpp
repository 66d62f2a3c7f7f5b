// SPDX-License-Identifier: MIT
#include "connect/connectiontester.h"
#include "connect/tlspolicy.h"
#include "loopbackhttpserver.h"
#include "net/tlssupport.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
using Outcome = ConnectionTestResult::Outcome;

QString tlsFile(const char *name)
{
    return testsupport::dataPath(QStringLiteral("tls/") + QString::fromLatin1(name));
}

QSslCertificate serverCertificate()
{
    return QSslCertificate::fromPath(tlsFile("localhost.crt")).value(0);
}

QSslKey serverKey()
{
    QFile file(tlsFile("localhost.key"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem);
}

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
        m_server.enableTls(serverCertificate(), serverKey());
        ASSERT_TRUE(m_server.listenLoopback());
        m_server.setResponse("/identity/job/stat", LoopbackHttpServer::json(200, R"({"results":[{"total":5.0}]})"));
        m_profile.name = QStringLiteral("Private deployment");
        m_profile.baseUrl = m_server.baseUrl();
    }

    ConnectionTestResult test()
    {
        ConnectionTester tester;
        tester.setTimeoutMs(10000);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(m_profile, QStringLiteral("tls-test-token"));
        EXPECT_TRUE(finished.wait(20000));
        if (finished.isEmpty())
            return {};
        return finished.constFirst().constFirst().value<ConnectionTestResult>();
    }

    LoopbackHttpServer m_server;
    ConnectionProfile m_profile;
};
} // namespace

TEST(TlsPolicy, LoadsAPemBundle)
{
    QList<QByteArray> certs;
    QString error;
    ASSERT_TRUE(TlsPolicy::loadCaBundle(tlsFile("localhost.crt"), &certs, &error)) << error.toStdString();
    EXPECT_EQ(certs.size(), 1);
}

TEST(TlsPolicy, ExplainsUnusableBundles)
{
    QList<QByteArray> certs;
    QString error;
    EXPECT_FALSE(TlsPolicy::loadCaBundle(tlsFile("not-a-certificate.pem"), &certs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("holds no certificate"))) << error.toStdString();
    EXPECT_FALSE(TlsPolicy::loadCaBundle(tlsFile("absent.pem"), &certs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("does not exist")));
    EXPECT_FALSE(TlsPolicy::loadCaBundle(testsupport::dataPath(QStringLiteral("tls")), &certs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a file")));
}

TEST(TlsPolicy, ExplainsAnUnreadableBundle)
{
    QList<QByteArray> certs;
    QString error;
    QTemporaryDir dir;
    const QString unreadable = dir.path() + QStringLiteral("/ca.pem");
    QFile::copy(tlsFile("localhost.crt"), unreadable);
    QFile::setPermissions(unreadable, QFileDevice::Permissions());
    if (QFile(unreadable).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running with privileges that read any file";
    EXPECT_FALSE(TlsPolicy::loadCaBundle(unreadable, &certs, &error));
    EXPECT_TRUE(error.contains(QLatin1String("cannot be read")));
    EXPECT_TRUE(certs.isEmpty());
}

TEST(TlsPolicy, LoadsTheCertificateItself)
{
    QList<QByteArray> certs;
    QString error;
    ASSERT_TRUE(TlsPolicy::loadCaBundle(tlsFile("localhost.crt"), &certs, &error)) << error.toStdString();
    ASSERT_EQ(certs.size(), 1);
    EXPECT_EQ(QSslCertificate(certs.constFirst(), QSsl::Der), serverCertificate());
}

TEST(TlsSupport, DescribesACertificate)
{
    const QSslCertificate cert = serverCertificate();
    const QString text = TlsSupport::describeCertificate(cert);
    EXPECT_TRUE(text.contains(QLatin1String("Subject: CN=localhost"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("issuer: CN=localhost")));
    EXPECT_TRUE(text.contains(QLatin1String("valid from ")));
    QString fingerprint = TlsSupport::sha256Fingerprint(cert);
    EXPECT_EQ(fingerprint.size(), 32 * 3 - 1);
    EXPECT_EQ(fingerprint.remove(QLatin1Char(':')).toLower().toLatin1(),
              cert.digest(QCryptographicHash::Sha256).toHex());
}

TEST(TlsSupport, ConfigurationAlwaysVerifiesThePeer)
{
    EXPECT_EQ(TlsSupport::configuration().peerVerifyMode(), QSslSocket::VerifyPeer);
    const QSslConfiguration config = TlsSupport::configuration({ serverCertificate().toDer() });
    EXPECT_EQ(config.peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_TRUE(config.caCertificates().contains(serverCertificate()));
}

TEST_F(TlsTest, SelfSignedServerIsRefusedWithDetails)
{
    const ConnectionTestResult r = test();
    EXPECT_EQ(r.outcome, Outcome::Tls);
    EXPECT_TRUE(r.message.contains(QLatin1String("not trusted"))) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QLatin1String("self signed")) || r.message.contains(QLatin1String("self-signed")))
        << r.message.toStdString();
    EXPECT_TRUE(r.certificateDetails.contains(QLatin1String("CN=localhost"))) << r.certificateDetails.toStdString();
    EXPECT_TRUE(r.certificateDetails.contains(TlsSupport::sha256Fingerprint(serverCertificate())));
    EXPECT_TRUE(m_server.requests().isEmpty()); // the token never left
}

TEST_F(TlsTest, AcceptedWithItsCaConfigured)
{
    m_profile.caBundlePath = tlsFile("localhost.crt");
    const ConnectionTestResult r = test();
    EXPECT_EQ(r.outcome, Outcome::Connected) << r.message.toStdString();
    EXPECT_EQ(r.jobCount, 5.0);
    ASSERT_EQ(m_server.requests().size(), 1);
    EXPECT_EQ(m_server.requests().constFirst().headers.value("authorization"), "Bearer tls-test-token");
}

TEST_F(TlsTest, AnUnrelatedCaDoesNotHelp)
{
    m_profile.caBundlePath = tlsFile("unrelated-ca.crt");
    EXPECT_EQ(test().outcome, Outcome::Tls);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(TlsTest, PlainQNetworkRequestWithThePolicyConfiguration)
{
    // What the HTTP client does with the policy: the same refusal without the CA, success with it.
    QNetworkAccessManager network;
    const auto fetch = [&](const QList<QByteArray> &cas, QList<QSslError> *errors) {
        QNetworkRequest request(QUrl(m_server.baseUrl().toString() + QStringLiteral("/identity/job/stat")));
        request.setSslConfiguration(TlsSupport::configuration(cas));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, "{}");
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [errors](const QList<QSslError> &e) { *errors = e; });
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(done.wait(20000));
        const QNetworkReply::NetworkError error = reply->error();
        reply->deleteLater();
        return error;
    };
    QList<QSslError> errors;
    EXPECT_EQ(fetch({}, &errors), QNetworkReply::SslHandshakeFailedError);
    ASSERT_FALSE(errors.isEmpty());
    QString details;
    const QString described = TlsPolicy::describeProblems(TlsSupport::problems(errors, &details), details);
    EXPECT_TRUE(described.contains(QLatin1String("SHA-256 fingerprint"))) << described.toStdString();
    errors.clear();
    // A manager keeps its connections keyed by host and port, not by TLS configuration: without
    // this, the second request would reuse the first one's settings and fail the same way.
    network.clearConnectionCache();
    EXPECT_EQ(fetch({ serverCertificate().toDer() }, &errors), QNetworkReply::NoError);
    EXPECT_TRUE(errors.isEmpty()) << errors.value(0).errorString().toStdString();
}

TEST_F(TlsTest, TesterPicksUpAChangedCaBundle)
{
    // The same tester, first without and then with the CA: the second run must not reuse the
    // first run's connection settings.
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(m_profile, QStringLiteral("t"));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.takeFirst().constFirst().value<ConnectionTestResult>().outcome, Outcome::Tls);
    m_profile.caBundlePath = tlsFile("localhost.crt");
    tester.start(m_profile, QStringLiteral("t"));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.takeFirst().constFirst().value<ConnectionTestResult>().outcome, Outcome::Connected);
}
