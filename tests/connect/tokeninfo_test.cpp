// SPDX-License-Identifier: MIT
#include "connect/tokeninfo.h"
#include "testtokens.h"

#include <gtest/gtest.h>

namespace {
constexpr qint64 kNow = 1'750'000'000'000; // a fixed "now": no test depends on the clock
constexpr qint64 kNowS = kNow / 1000;
constexpr qint64 kHour = 3600;

std::string s(const QString &text)
{
    return text.toStdString();
}
} // namespace

TEST(TokenInfo, DecodesDomainAdminClaims)
{
    const TokenInfo info
        = TokenInfo::fromToken(testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), kNowS + 3 * kHour));
    ASSERT_TRUE(info.isDecoded());
    EXPECT_EQ(info.role(), TokenInfo::Role::DomainAdmin);
    EXPECT_EQ(s(info.type()), "ACCESS_TOKEN");
    EXPECT_EQ(s(info.ownerType()), "USER");
    EXPECT_EQ(s(info.domainId()), "domain-58010aa2e451");
    EXPECT_TRUE(info.workspaceId().isEmpty());
    EXPECT_EQ(s(info.version()), "2.0");
    EXPECT_EQ(info.expiresAtMs(), (kNowS + 3 * kHour) * 1000);
    EXPECT_EQ(info.issuedAtMs(), (kNowS + 3 * kHour - 1800) * 1000);
    EXPECT_TRUE(info.canDelete());
    EXPECT_TRUE(info.deleteRefusalReason().isEmpty());
    EXPECT_EQ(s(info.summary(kNow)), "Domain admin · domain-58010aa2e451 · expires in 3 h");
}

TEST(TokenInfo, WorkspaceRolesAndDeletePermission)
{
    const TokenInfo owner = TokenInfo::fromToken(
        testtokens::makeToken(QStringLiteral("WORKSPACE_OWNER"), kNowS + 25 * 60, QStringLiteral("workspace-abc")));
    EXPECT_EQ(owner.role(), TokenInfo::Role::WorkspaceOwner);
    EXPECT_TRUE(owner.canDelete());
    EXPECT_EQ(s(owner.workspaceId()), "workspace-abc");
    EXPECT_EQ(s(owner.summary(kNow)), "Workspace owner · workspace-abc · expires in 25 min");

    const TokenInfo member = TokenInfo::fromToken(
        testtokens::makeToken(QStringLiteral("WORKSPACE_MEMBER"), kNowS + 10 * 24 * kHour, QStringLiteral("ws-1")));
    EXPECT_EQ(member.role(), TokenInfo::Role::WorkspaceMember);
    EXPECT_FALSE(member.canDelete());
    EXPECT_TRUE(member.deleteRefusalReason().contains(QLatin1String("Workspace members")));
    EXPECT_EQ(s(member.summary(kNow)), "Workspace member · ws-1 · expires in 10 days");
}

TEST(TokenInfo, ApiKeyTypeIsNamedInSummary)
{
    const TokenInfo key = TokenInfo::fromToken(testtokens::makeToken(
        QStringLiteral("DOMAIN_ADMIN"), kNowS + 90 * 24 * kHour, {}, QStringLiteral("CLIENT_SECRET")));
    EXPECT_EQ(s(key.typeLabel()), "API key");
    EXPECT_EQ(s(key.summary(kNow)), "Domain admin · domain-58010aa2e451 · API key · expires in 90 days");
}

TEST(TokenInfo, ExpiryWindows)
{
    const TokenInfo soon
        = TokenInfo::fromToken(testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), kNowS + 2 * kHour));
    EXPECT_FALSE(soon.isExpired(kNow));
    EXPECT_TRUE(soon.expiresWithin(24 * kHour * 1000, kNow));
    EXPECT_FALSE(soon.expiresWithin(kHour * 1000, kNow));
    EXPECT_EQ(s(soon.expiryWarning(kNow)), "This token expires in 2 h.");

    const TokenInfo expired
        = TokenInfo::fromToken(testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), kNowS - 2 * kHour));
    EXPECT_TRUE(expired.isExpired(kNow));
    EXPECT_TRUE(expired.expiresWithin(0, kNow));
    EXPECT_TRUE(expired.expiryWarning(kNow).startsWith(QLatin1String("This token expired 2 h ago")));
    EXPECT_TRUE(expired.summary(kNow).endsWith(QLatin1String("expired 2 h ago")));

    const TokenInfo later
        = TokenInfo::fromToken(testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), kNowS + 3 * 24 * kHour));
    EXPECT_TRUE(later.expiryWarning(kNow).isEmpty());
}

TEST(TokenInfo, MissingExpiryMeansNoExpiry)
{
    const TokenInfo info = TokenInfo::fromToken(
        testtokens::makeJwt(QJsonObject{ { QStringLiteral("rol"), QStringLiteral("SYSTEM") },
                                         { QStringLiteral("typ"), QStringLiteral("SYSTEM_TOKEN") } }));
    ASSERT_TRUE(info.isDecoded());
    EXPECT_FALSE(info.hasExpiry());
    EXPECT_FALSE(info.isExpired(kNow));
    EXPECT_FALSE(info.expiresWithin(1000, kNow));
    EXPECT_EQ(info.role(), TokenInfo::Role::System);
    EXPECT_TRUE(info.summary(kNow).endsWith(QLatin1String("no expiry")));
}

TEST(TokenInfo, AcceptsBearerPrefixAndWhitespace)
{
    const QString token = testtokens::makeToken(QStringLiteral("WORKSPACE_OWNER"), kNowS + kHour, QStringLiteral("w"));
    const TokenInfo info = TokenInfo::fromToken(QStringLiteral("  Bearer ") + token + QStringLiteral("\n"));
    EXPECT_TRUE(info.isDecoded());
    EXPECT_EQ(info.role(), TokenInfo::Role::WorkspaceOwner);
}

TEST(TokenInfo, OpaqueApiKeyIsUnknownRole)
{
    const TokenInfo info = TokenInfo::fromToken(QStringLiteral("sk_live_0123456789abcdef"));
    EXPECT_FALSE(info.isEmpty());
    EXPECT_FALSE(info.isDecoded());
    EXPECT_TRUE(info.decodeError().isEmpty());
    EXPECT_EQ(info.role(), TokenInfo::Role::Unknown);
    EXPECT_FALSE(info.canDelete());
    EXPECT_TRUE(info.deleteRefusalReason().contains(QLatin1String("server decides")));
    EXPECT_TRUE(info.summary(kNow).startsWith(QLatin1String("Unknown role")));
    EXPECT_FALSE(info.hasExpiry());
}

TEST(TokenInfo, EmptyToken)
{
    const TokenInfo info = TokenInfo::fromToken(QStringLiteral("   "));
    EXPECT_TRUE(info.isEmpty());
    EXPECT_FALSE(info.canDelete());
    EXPECT_EQ(s(info.summary(kNow)), "No token");
}

TEST(TokenInfo, MalformedTokensDoNotCrash)
{
    const QStringList samples{
        QStringLiteral("a.b.c"),
        QStringLiteral("..."),
        QStringLiteral(".."),
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.!!!!.sig"),
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + testtokens::base64Url("not json") + QStringLiteral(".sig"),
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + testtokens::base64Url("[1,2,3]") + QStringLiteral(".sig"),
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + testtokens::base64Url(R"({"exp":"soon","iat":null,"rol":7})")
            + QStringLiteral(".sig"),
        QStringLiteral("a.b.c.d.e"),
        QString(QChar(0x00e9)) + QStringLiteral(".\xff.x"),
    };
    for (const QString &sample : samples) {
        const TokenInfo info = TokenInfo::fromToken(sample);
        EXPECT_FALSE(info.canDelete()) << s(sample);
        EXPECT_FALSE(info.summary(kNow).isEmpty()) << s(sample);
        EXPECT_FALSE(info.hasExpiry()) << s(sample);
    }
    EXPECT_FALSE(TokenInfo::fromToken(samples.at(3)).decodeError().isEmpty());
    EXPECT_FALSE(TokenInfo::fromToken(samples.at(4)).decodeError().isEmpty());
    EXPECT_FALSE(TokenInfo::fromToken(samples.at(5)).decodeError().isEmpty());
    // Wrongly typed claims are ignored, not fatal.
    const TokenInfo odd = TokenInfo::fromToken(samples.at(6));
    EXPECT_TRUE(odd.isDecoded());
    EXPECT_EQ(odd.role(), TokenInfo::Role::Unknown);
}

TEST(TokenInfo, UnknownRoleTextIsShown)
{
    const TokenInfo info = TokenInfo::fromToken(testtokens::makeToken(QStringLiteral("PROJECT_VIEWER"), kNowS + kHour));
    EXPECT_EQ(info.role(), TokenInfo::Role::Unknown);
    EXPECT_EQ(s(info.roleText()), "PROJECT_VIEWER");
    EXPECT_TRUE(info.summary(kNow).startsWith(QLatin1String("PROJECT_VIEWER")));
    EXPECT_TRUE(info.deleteRefusalReason().contains(QLatin1String("PROJECT_VIEWER")));
}

TEST(TokenInfo, FormatDuration)
{
    EXPECT_EQ(s(TokenInfo::formatDuration(30 * 1000)), "less than a minute");
    EXPECT_EQ(s(TokenInfo::formatDuration(59 * 60 * 1000)), "59 min");
    EXPECT_EQ(s(TokenInfo::formatDuration(47 * kHour * 1000)), "47 h");
    EXPECT_EQ(s(TokenInfo::formatDuration(49 * kHour * 1000)), "2 days");
}
