// SPDX-License-Identifier: MIT
#pragma once

#include "httpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <gtest/gtest.h>

#include <memory>

namespace sandboxtest {

inline const QString kDomain = QStringLiteral("domain-58010aa2e451");
inline const QString kWorkspaceA = QStringLiteral("workspace-aaaaaaaaaaaa");
inline const QString kWorkspaceB = QStringLiteral("workspace-bbbbbbbbbbbb");

// Options serving tests/data/sandbox/jobs.json (12 jobs) with no simulation.
inline sandbox::SandboxOptions fixtureOptions(const QString &file = QStringLiteral("sandbox/jobs.json"))
{
    sandbox::SandboxOptions o;
    o.dataFile = testsupport::dataPath(file);
    o.simulate = false;
    return o;
}

// One sandbox on the fixture data for a whole test suite (tests must not change its data).
class FixtureSandboxTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new sandbox::SandboxServer;
        QString error;
        ASSERT_TRUE(s_server->start(fixtureOptions(), &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    static sandbox::SandboxServer &server() { return *s_server; }
    static HttpClient admin()
    {
        return HttpClient(s_server->baseUrl(), s_server->tokenFor(sandbox::Role::DomainAdmin));
    }
    static HttpClient owner(const QString &ws = kWorkspaceA)
    {
        return HttpClient(s_server->baseUrl(), s_server->tokenFor(sandbox::Role::WorkspaceOwner, ws));
    }
    static HttpClient member(const QString &ws = kWorkspaceA)
    {
        return HttpClient(s_server->baseUrl(), s_server->tokenFor(sandbox::Role::WorkspaceMember, ws));
    }
    static HttpClient anonymous() { return HttpClient(s_server->baseUrl()); }

    static inline sandbox::SandboxServer *s_server = nullptr;
};

// Expects an error body {"detail":{"code":..., "message":...}} with exactly this text.
inline ::testing::AssertionResult isError(const HttpResult &r, int status, const char *code, const QString &message)
{
    const QByteArray expected
        = QJsonDocument(QJsonObject{ { QStringLiteral("detail"),
                                       QJsonObject{ { QStringLiteral("code"), QString::fromLatin1(code) },
                                                    { QStringLiteral("message"), message } } } })
              .toJson(QJsonDocument::Compact);
    const QJsonObject detail = r.json().value(QStringLiteral("detail")).toObject();
    if (r.status == status && detail.value(QStringLiteral("code")).toString() == QLatin1String(code)
        && detail.value(QStringLiteral("message")).toString() == message && r.json().size() == 1 && detail.size() == 2)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "got " << r.status << " " << r.body.toStdString() << "\nwanted " << status
                                         << " " << expected.toStdString();
}

} // namespace sandboxtest
