// SPDX-License-Identifier: MIT
// Conformance of the sandbox with the gateway's wire protocol: routes, request validation and
// authentication/authorization (spaceone-job-api.md sections 2.2-2.6).
#include "sandboxfixture.h"

#include "sandbox/tokenauthority.h"

using namespace sandboxtest;
using sandbox::Role;

namespace {

class SandboxProtocol : public FixtureSandboxTest
{
};

const QString kAvailableJobsQuery = QStringLiteral("\n Available Fields(except extensions): \"['query', 'jobId', "
                                                   "'status', 'workspaceId', 'trustedAccountId', 'pluginId']\"");

} // namespace

// --- routes ------------------------------------------------------------------------------------

TEST_F(SandboxProtocol, BothPathStylesAnswerTheSame)
{
    const auto a = admin().post(QStringLiteral("/identity/job/list"), "{}");
    const auto b = admin().post(QStringLiteral("/identity/v2/job/list"), "{}");
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(b.status, 200);
    EXPECT_EQ(a.body, b.body);
    EXPECT_EQ(a.header("content-type"), "application/json");
    for (const char *verb : { "get", "stat", "delete" }) {
        const auto r = anonymous().post(QStringLiteral("/identity/v2/job/%1").arg(QLatin1String(verb)), "{}");
        EXPECT_EQ(r.status, 401) << verb;
    }
}

TEST_F(SandboxProtocol, UnknownPathIsFastApiNotFound)
{
    for (const char *path :
         { "/", "/identity", "/identity/job", "/identity/v2/job/foo", "/a/b/c/d", "/identity/job/list/x" }) {
        const auto r = admin().post(QString::fromLatin1(path), "{}");
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.body, R"({"detail":"Not Found"})") << path;
    }
}

TEST_F(SandboxProtocol, OtherMethodsAreMethodNotAllowed)
{
    for (const char *method : { "GET", "PUT", "DELETE", "PATCH" }) {
        for (const char *path : { "/identity/job/list", "/identity/v2/job/get", "/identity/job/stat" }) {
            const auto r = admin().send(method, QString::fromLatin1(path), {}, {});
            EXPECT_EQ(r.status, 405) << method << " " << path;
            EXPECT_EQ(r.body, R"({"detail":"Method Not Allowed"})");
            EXPECT_EQ(r.header("allow"), "POST");
        }
    }
}

TEST_F(SandboxProtocol, OtherThreeSegmentPathsFailThePathCheck)
{
    // The proxy route is POST /{service}/{resource}/{verb}; unknown APIs fail its OpenAPI check.
    const auto r = admin().post(QStringLiteral("/identity/job/cancel"), "{}");
    EXPECT_TRUE(isError(r, 500, "ERROR_UNSUPPORTED_API",
                        QStringLiteral("Call Unsupported API. (reason = method: POST, path: /identity/job/cancel)")));
    EXPECT_EQ(admin().send("GET", QStringLiteral("/identity/job/cancel"), {}, {}).status, 405);
}

TEST_F(SandboxProtocol, TrailingSlashRedirects)
{
    const auto r = admin().post(QStringLiteral("/identity/job/list/"), "{}");
    EXPECT_EQ(r.status, 307);
    EXPECT_EQ(r.header("location"), "/identity/job/list");
}

// --- request validation --------------------------------------------------------------------------

TEST_F(SandboxProtocol, InvalidJsonIsJsonParsingError)
{
    for (const QByteArray &body :
         { QByteArray("{"), QByteArray(""), QByteArray("{'a': 1}"), QByteArray("{\"a\":1} x") }) {
        const auto r = admin().list(body);
        EXPECT_TRUE(
            isError(r, 500, "ERROR_UNKNOWN", QStringLiteral("JSON Parsing Error: Request body requires JSON format.")))
            << body.toStdString();
    }
}

TEST_F(SandboxProtocol, BodyMustBeAnObject)
{
    EXPECT_TRUE(isError(admin().list("[]"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("list indices must be integers or slices, not str")));
    EXPECT_TRUE(isError(admin().list("\"x\""), 500, "ERROR_UNKNOWN",
                        QStringLiteral("'str' object does not support item assignment")));
    EXPECT_TRUE(isError(admin().list("5"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("'int' object does not support item assignment")));
    EXPECT_TRUE(isError(admin().list("null"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("'NoneType' object does not support item assignment")));
}

TEST_F(SandboxProtocol, UnknownFieldIsProtobufParseError)
{
    const auto r = admin().list(R"({"foo":1})");
    EXPECT_TRUE(
        isError(r, 500, "ERROR_UNKNOWN",
                QStringLiteral("Message type \"spaceone.api.identity.v2.JobsQuery\" has no field named \"foo\" at "
                               "\"JobsQuery\".")
                    + kAvailableJobsQuery));
    // Parsing happens in the gateway, before identity checks the token.
    EXPECT_EQ(anonymous().list(R"({"foo":1})").status, 500);
    // stat has no top-level workspace_id.
    EXPECT_TRUE(isError(admin().stat(R"({"workspace_id":"x"})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Message type \"spaceone.api.identity.v2.JobStatQuery\" has no field named "
                                       "\"workspace_id\" at \"JobStatQuery\".\n Available Fields(except extensions): "
                                       "\"['query']\"")));
}

TEST_F(SandboxProtocol, UnknownNestedFieldNamesItsPath)
{
    const auto r = admin().list(R"({"query":{"filter":[{"k":"status","v":"SUCCESS","o":"eq","x":1}]}})");
    EXPECT_TRUE(
        isError(r, 500, "ERROR_UNKNOWN",
                QStringLiteral("Failed to parse query field: Failed to parse filter field: Message type "
                               "\"spaceone.api.core.v2.Filter\" has no field named \"x\" at "
                               "\"JobsQuery.query.filter[0]\".\n Available Fields(except extensions): \"['key', "
                               "'k', 'value', 'v', 'operator', 'o']\"..")));
}

TEST_F(SandboxProtocol, BadEnumNameIsRejected)
{
    const auto r = admin().list(R"({"status":"ERROR"})");
    EXPECT_TRUE(isError(r, 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse status field: Invalid enum value ERROR for enum type "
                                       "spaceone.api.identity.v2.JobsQuery.JobStatus at JobsQuery.status.")));
}

TEST_F(SandboxProtocol, SortAsObjectIsRejected)
{
    const auto r = admin().list(R"({"query":{"sort":{"key":"created_at","desc":true}}})");
    EXPECT_TRUE(
        isError(r, 500, "ERROR_UNKNOWN",
                QStringLiteral("Failed to parse query field: Failed to parse sort field: repeated field sort must "
                               "be in [] which is {'key': 'created_at', 'desc': True} at JobsQuery.query..")));
}

TEST_F(SandboxProtocol, WrongTypesAreRejected)
{
    EXPECT_TRUE(
        isError(admin().list(R"({"query":{"count_only":"yes"}})"), 500, "ERROR_UNKNOWN",
                QStringLiteral("Failed to parse query field: Failed to parse count_only field: Expected true or "
                               "false without quotes at JobsQuery.query.count_only..")));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"page":{"limit":"abc"}}})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse query field: Failed to parse page field: Failed to parse limit "
                                       "field: invalid literal for int() with base 10: 'abc'...")));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"page":{"start":1.5}}})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse query field: Failed to parse page field: Failed to parse start "
                                       "field: Couldn't parse integer: 1.5 at JobsQuery.query.page.start...")));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"page":{"limit":-1}}})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse query field: Failed to parse page field: Failed to parse limit "
                                       "field: Value out of range: -1...")));
    EXPECT_TRUE(isError(admin().get(R"({"job_id":5})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse job_id field: expected string or bytes-like object.")));
    EXPECT_TRUE(isError(admin().list(R"({"query":5})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse query field: 'int' object is not iterable.")));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"a","key":"b"}]}})"), 500, "ERROR_UNKNOWN",
                        QStringLiteral("Failed to parse query field: Failed to parse filter field: Message type "
                                       "\"spaceone.api.core.v2.Filter\" should not have multiple \"key_alias\" oneof "
                                       "fields at \"JobsQuery.query.filter[0]\"...")));
}

TEST_F(SandboxProtocol, CamelCaseNamesAndNumericEnumsAreAccepted)
{
    const auto a = admin().list(R"({"trustedAccountId":"ta-111111111111"})");
    const auto b = admin().list(R"({"trusted_account_id":"ta-111111111111"})");
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, b.body);
    EXPECT_EQ(jobIds(admin().list(R"({"status":1})")), QStringList{ QStringLiteral("job-000000000007") });
    // NONE is the proto default: dropped, so no status filter at all.
    EXPECT_EQ(admin().list(R"({"status":"NONE"})").json().value(QStringLiteral("total_count")).toInt(), 12);
}

TEST_F(SandboxProtocol, MissingJobIdIsRequiredParameter)
{
    EXPECT_TRUE(isError(admin().get("{}"), 400, "ERROR_REQUIRED_PARAMETER",
                        QStringLiteral(" Required parameter. (key = job_id)")));
    EXPECT_TRUE(isError(admin().get(R"({"job_id":""})"), 400, "ERROR_REQUIRED_PARAMETER",
                        QStringLiteral(" Required parameter. (key = job_id)")));
    EXPECT_TRUE(isError(admin().remove("{}"), 400, "ERROR_REQUIRED_PARAMETER",
                        QStringLiteral(" Required parameter. (key = job_id)")));
}

TEST_F(SandboxProtocol, UnknownJobIsNotFound)
{
    EXPECT_TRUE(isError(admin().get(R"({"job_id":"job-ffffffffffff"})"), 404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('job_id', 'domain_id') = "
                                       "('job-ffffffffffff', 'domain-58010aa2e451'))")));
    EXPECT_TRUE(isError(member().get(R"({"job_id":"job-ffffffffffff"})"), 404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('job_id', 'domain_id', "
                                       "'workspace_id') = ('job-ffffffffffff', 'domain-58010aa2e451', "
                                       "['workspace-aaaaaaaaaaaa', '*']))")));
}

TEST_F(SandboxProtocol, GetReturnsTheJobInfo)
{
    const auto r = admin().get(R"({"job_id":"job-000000000009"})");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(
        r.body,
        R"({"job_id":"job-000000000009","status":"SUCCESS","options":{},"resource_group":"WORKSPACE",)"
        R"("domain_id":"domain-58010aa2e451","workspace_id":"workspace-bbbbbbbbbbbb","trusted_account_id":"ta-444444444444",)"
        R"("plugin_id":"plugin-oci-inven-collector","created_at":"2024-06-17T08:00:01.225Z",)"
        R"("updated_at":"2024-06-17T08:00:15.197Z","finished_at":"2024-06-17T08:00:15.197Z"})");
}

TEST_F(SandboxProtocol, GrpcMethodKeyIsSwallowedByTheProxy)
{
    EXPECT_EQ(admin().list(R"({"grpc_method":"x.y.z"})").status, 200);
}

// --- authentication ------------------------------------------------------------------------------

TEST_F(SandboxProtocol, MissingTokenIsUnauthenticated)
{
    const QString message
        = QStringLiteral("Authenticate failure. (message =  Authenticate failure. (message = empty token provided.))");
    EXPECT_TRUE(isError(anonymous().list("{}"), 401, "ERROR_AUTHENTICATE_FAILURE", message));
    const auto basic = anonymous().send("POST", QStringLiteral("/identity/job/list"), "{}",
                                        { { "Authorization", "Basic YWRtaW46eA==" } });
    EXPECT_TRUE(isError(basic, 401, "ERROR_AUTHENTICATE_FAILURE", message));
    // Authentication comes before the required-parameter check.
    EXPECT_TRUE(isError(anonymous().get("{}"), 401, "ERROR_AUTHENTICATE_FAILURE", message));
}

TEST_F(SandboxProtocol, GarbageTokenFailsToDecode)
{
    const auto r = anonymous().post(QStringLiteral("/identity/job/list"), "{}", QStringLiteral("not-a-jwt"));
    EXPECT_TRUE(
        isError(r, 401, "ERROR_AUTHENTICATE_FAILURE",
                QStringLiteral(
                    "Authenticate failure. (message =  Authenticate failure. (message = failed to decode token.))")));
}

TEST_F(SandboxProtocol, TamperedTokenIsInvalid)
{
    QString token = server().tokenFor(Role::DomainAdmin);
    // Change the role claim of a member token to DOMAIN_ADMIN and keep the old signature.
    QStringList parts = server().tokenFor(Role::WorkspaceMember).split(u'.');
    QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    payload.replace("WORKSPACE_MEMBER", "DOMAIN_ADMIN");
    parts[1] = QString::fromLatin1(sandbox::TokenAuthority::base64Url(payload));
    const QString message = QStringLiteral(
        "Authenticate failure. (message =  Authenticate failure. (message = Token is invalid or expired.))");
    EXPECT_TRUE(isError(anonymous().post(QStringLiteral("/identity/job/list"), "{}", parts.join(u'.')), 401,
                        "ERROR_AUTHENTICATE_FAILURE", message));
    // A signature's last character carries padding bits a decoder may ignore: change its first
    // one, which always changes the signature's bytes.
    const qsizetype signature = token.lastIndexOf(u'.') + 1;
    token[signature] = token.at(signature) == u'A' ? u'B' : u'A';
    EXPECT_TRUE(isError(anonymous().post(QStringLiteral("/identity/job/list"), "{}", token), 401,
                        "ERROR_AUTHENTICATE_FAILURE", message));
}

TEST_F(SandboxProtocol, ExpiredTokenIsInvalid)
{
    const QString expired = server().issueToken(Role::DomainAdmin, {}, -3600);
    EXPECT_TRUE(isError(
        anonymous().post(QStringLiteral("/identity/job/list"), "{}", expired), 401, "ERROR_AUTHENTICATE_FAILURE",
        QStringLiteral(
            "Authenticate failure. (message =  Authenticate failure. (message = Token is invalid or expired.))")));
    // jwcrypto validates exp with a 60 s leeway.
    const QString justExpired = server().issueToken(Role::DomainAdmin, {}, -20);
    EXPECT_EQ(anonymous().post(QStringLiteral("/identity/job/list"), "{}", justExpired).status, 200);
}

TEST_F(SandboxProtocol, TokenWithoutDomainOrWithOldVersion)
{
    auto unsigned_ = [](const QByteArray &payload) {
        return QString::fromLatin1(sandbox::TokenAuthority::base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.'
                                   + sandbox::TokenAuthority::base64Url(payload) + ".c2ln");
    };
    EXPECT_TRUE(
        isError(anonymous().post(QStringLiteral("/identity/job/list"), "{}", unsigned_(R"({"rol":"DOMAIN_ADMIN"})")),
                401, "ERROR_AUTHENTICATE_FAILURE",
                QStringLiteral(
                    "Authenticate failure. (message =  Authenticate failure. (message = empty domain_id provided.))")));
}

TEST_F(SandboxProtocol, TokenOfAnotherSandboxIsInvalid)
{
    sandbox::SandboxServer other;
    QString error;
    ASSERT_TRUE(other.start(fixtureOptions(), &error)) << error.toStdString();
    const QString foreign = other.tokenFor(Role::DomainAdmin);
    EXPECT_EQ(anonymous().post(QStringLiteral("/identity/job/list"), "{}", foreign).status, 401);
}

// --- authorization -------------------------------------------------------------------------------

TEST_F(SandboxProtocol, MemberCannotDelete)
{
    EXPECT_TRUE(isError(member().remove(R"({"job_id":"job-000000000001"})"), 403, "ERROR_PERMISSION_DENIED",
                        QStringLiteral("Permission denied.")));
    EXPECT_EQ(admin().get(R"({"job_id":"job-000000000001"})").status, 200);
}

TEST_F(SandboxProtocol, WorkspaceTokensAlsoSeeDomainJobsInListAndGet)
{
    const QStringList expected{ QStringLiteral("job-00000000000a"), QStringLiteral("job-00000000000b"),
                                QStringLiteral("job-000000000008"), QStringLiteral("job-000000000007"),
                                QStringLiteral("job-000000000006"), QStringLiteral("job-000000000003"),
                                QStringLiteral("job-000000000002"), QStringLiteral("job-000000000001") };
    EXPECT_EQ(jobIds(owner().list("{}")), expected);
    EXPECT_EQ(jobIds(member().list("{}")), expected);
    EXPECT_EQ(member().get(R"({"job_id":"job-000000000003"})").status, 200); // a "*" job
    EXPECT_EQ(member().get(R"({"job_id":"job-00000000000c"})").status, 404); // another workspace
    // A workspace token cannot widen its scope with the top-level workspace_id.
    EXPECT_EQ(jobIds(member().list(R"({"workspace_id":"workspace-bbbbbbbbbbbb"})")), expected);
    // A domain admin asking for a workspace also gets the "*" jobs...
    EXPECT_EQ(jobIds(admin().list(R"({"workspace_id":"workspace-aaaaaaaaaaaa"})")), expected);
    // ...unless it filters strictly.
    EXPECT_EQ(admin()
                  .list(R"({"query":{"filter":[{"k":"workspace_id","v":"workspace-aaaaaaaaaaaa","o":"eq"}]}})")
                  .json()
                  .value(QStringLiteral("total_count"))
                  .toInt(),
              5);
}

TEST_F(SandboxProtocol, StatOfWorkspaceTokensSeesOnlyItsWorkspace)
{
    const QByteArray body = R"({"query":{"aggregate":[{"count":{"name":"total"}}]}})";
    EXPECT_EQ(owner().stat(body).body, R"({"results":[{"total":5.0}]})");
    EXPECT_EQ(member(kWorkspaceB).stat(body).body, R"({"results":[{"total":4.0}]})");
    EXPECT_EQ(admin().stat(body).body, R"({"results":[{"total":12.0}]})");
}

TEST_F(SandboxProtocol, RoleAndVersionClaimsAreChecked)
{
    auto claims = [](const char *role) {
        QJsonObject c{ { QStringLiteral("typ"), QStringLiteral("ACCESS_TOKEN") },
                       { QStringLiteral("own"), QStringLiteral("USER") },
                       { QStringLiteral("did"), kDomain },
                       { QStringLiteral("ver"), QStringLiteral("2.0") } };
        if (role)
            c.insert(QStringLiteral("rol"), QString::fromLatin1(role));
        return c;
    };
    // A role type the Job API does not accept.
    EXPECT_TRUE(
        isError(anonymous().post(QStringLiteral("/identity/job/list"), "{}", server().signClaims(claims("USER"))), 403,
                "ERROR_PERMISSION_DENIED", QStringLiteral("Permission denied.")));
    // No role at all: no role check and no mutation, so pydantic misses domain_id.
    EXPECT_TRUE(
        isError(anonymous().post(QStringLiteral("/identity/job/list"), "{}", server().signClaims(claims(nullptr))), 400,
                "ERROR_REQUIRED_PARAMETER", QStringLiteral(" Required parameter. (key = domain_id)")));
    QJsonObject old = claims("DOMAIN_ADMIN");
    old.insert(QStringLiteral("ver"), QStringLiteral("1.0"));
    EXPECT_TRUE(isError(
        anonymous().post(QStringLiteral("/identity/job/list"), "{}", server().signClaims(old)), 401,
        "ERROR_AUTHENTICATE_FAILURE",
        QStringLiteral("Authenticate failure. (message =  Authenticate failure. (message = invalid token version.))")));
    EXPECT_EQ(anonymous()
                  .post(QStringLiteral("/identity/job/list"), "{}", server().signClaims(claims("DOMAIN_ADMIN")))
                  .status,
              200);
}

TEST_F(SandboxProtocol, IssuedTokensLookLikeSpaceOneTokens)
{
    const QStringList parts = server().tokenFor(Role::WorkspaceOwner, kWorkspaceB).split(u'.');
    ASSERT_EQ(parts.size(), 3);
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    const QJsonObject payload
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    EXPECT_EQ(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    EXPECT_EQ(payload.value(QStringLiteral("typ")).toString(), QStringLiteral("ACCESS_TOKEN"));
    EXPECT_EQ(payload.value(QStringLiteral("rol")).toString(), QStringLiteral("WORKSPACE_OWNER"));
    EXPECT_EQ(payload.value(QStringLiteral("own")).toString(), QStringLiteral("USER"));
    EXPECT_EQ(payload.value(QStringLiteral("did")).toString(), kDomain);
    EXPECT_EQ(payload.value(QStringLiteral("wid")).toString(), kWorkspaceB);
    EXPECT_EQ(payload.value(QStringLiteral("ver")).toString(), QStringLiteral("2.0"));
    EXPECT_GT(payload.value(QStringLiteral("exp")).toDouble(), payload.value(QStringLiteral("iat")).toDouble());
    EXPECT_FALSE(parts[2].contains(u'='));
}

// --- deletes (each on its own sandbox) -------------------------------------------------------------

class SandboxDeletes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_server.start(fixtureOptions(), &error)) << error.toStdString();
    }
    HttpClient client(Role role, const QString &ws = kWorkspaceA)
    {
        return HttpClient(m_server.baseUrl(), m_server.tokenFor(role, ws));
    }
    sandbox::SandboxServer m_server;
};

TEST_F(SandboxDeletes, AdminDeletesAnyJob)
{
    auto admin = client(Role::DomainAdmin);
    const auto r = admin.remove(R"({"job_id":"job-000000000003"})");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "{}");
    EXPECT_EQ(admin.get(R"({"job_id":"job-000000000003"})").status, 404);
    EXPECT_EQ(admin.remove(R"({"job_id":"job-000000000003"})").status, 404);
    EXPECT_EQ(m_server.jobCount(), 11);
    const auto log = m_server.requests();
    QStringList deleted;
    for (const auto &request : log) {
        if (!request.deletedJobId.isEmpty())
            deleted << request.deletedJobId;
    }
    EXPECT_EQ(deleted, QStringList{ QStringLiteral("job-000000000003") });
}

TEST_F(SandboxDeletes, OwnerDeletesOwnWorkspaceJobs)
{
    auto owner = client(Role::WorkspaceOwner);
    EXPECT_EQ(owner.remove(R"({"job_id":"job-000000000001"})").status, 200);
    EXPECT_FALSE(m_server.job(QStringLiteral("job-000000000001")).has_value());
}

TEST_F(SandboxDeletes, OwnerCannotDeleteDomainJobs)
{
    auto owner = client(Role::WorkspaceOwner);
    EXPECT_TRUE(isError(owner.remove(R"({"job_id":"job-000000000003"})"), 404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('job_id', 'domain_id', "
                                       "'workspace_id') = ('job-000000000003', 'domain-58010aa2e451', "
                                       "'workspace-aaaaaaaaaaaa'))")));
    EXPECT_EQ(owner.remove(R"({"job_id":"job-00000000000c"})").status, 404); // another workspace
    EXPECT_EQ(m_server.jobCount(), 12);
}
