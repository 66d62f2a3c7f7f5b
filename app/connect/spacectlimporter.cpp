// SPDX-License-Identifier: MIT
#include "spacectlimporter.h"

#include "hostaddress.h"
#include "transportpolicy.h"
#include "yamlsubsetreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

namespace {
constexpr qint64 kMaxFileSize = 1024 * 1024;

bool readYaml(const QString &path, QVariantMap *document, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QCoreApplication::translate("SpacectlImporter", "%1 cannot be read: %2.").arg(shown, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error = QCoreApplication::translate("SpacectlImporter", "%1 is too large to be a spacectl configuration file.")
                     .arg(shown);
        return false;
    }
    QString parseError;
    *document = YamlSubsetReader::parse(file.readAll(), &parseError);
    if (!parseError.isEmpty()) {
        *error = QCoreApplication::translate("SpacectlImporter", "%1 is not a valid spacectl configuration file (%2).")
                     .arg(shown, parseError);
        return false;
    }
    return true;
}

bool isValidEnvironmentName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && name != QLatin1String(".") && name != QLatin1String("..");
}

// The first label of identity.api.example.com names the service; these are spacectl's.
bool isServiceLabel(const QString &label)
{
    static const QStringList services{ QStringLiteral("identity"),
                                       QStringLiteral("inventory"),
                                       QStringLiteral("config"),
                                       QStringLiteral("plugin"),
                                       QStringLiteral("repository"),
                                       QStringLiteral("secret"),
                                       QStringLiteral("monitoring"),
                                       QStringLiteral("statistics"),
                                       QStringLiteral("notification"),
                                       QStringLiteral("cost-analysis"),
                                       QStringLiteral("cost_analysis"),
                                       QStringLiteral("board"),
                                       QStringLiteral("file-manager"),
                                       QStringLiteral("dashboard"),
                                       QStringLiteral("search"),
                                       QStringLiteral("grpc"),
                                       QStringLiteral("api") };
    return services.contains(label.toLower());
}
} // namespace

SpacectlImporter::SpacectlImporter(const QString &directory)
    : m_directory(directory)
{ }

QString SpacectlImporter::defaultDirectory()
{
    return QDir::homePath() + QStringLiteral("/.spaceone");
}

QString SpacectlImporter::environmentPath(const QString &name) const
{
    const QString base = m_directory + QStringLiteral("/environments/") + name;
    const QString yml = base + QStringLiteral(".yml");
    if (!QFileInfo::exists(yml) && QFileInfo::exists(base + QStringLiteral(".yaml")))
        return base + QStringLiteral(".yaml");
    return yml;
}

QStringList SpacectlImporter::environmentNames(QString *error) const
{
    const QDir dir(m_directory + QStringLiteral("/environments"));
    if (!dir.exists()) {
        if (error)
            *error = QCoreApplication::translate(
                         "SpacectlImporter",
                         "No spacectl configuration found: %1 does not exist. Run \"spacectl config init\" first, or "
                         "add the connection by hand.")
                         .arg(QDir::toNativeSeparators(dir.path()));
        return {};
    }
    QStringList names;
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.yml"), QStringLiteral("*.yaml") },
                                                  QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        if (!names.contains(info.completeBaseName()))
            names << info.completeBaseName();
    }
    if (names.isEmpty() && error)
        *error = QCoreApplication::translate("SpacectlImporter", "%1 holds no spacectl environment (*.yml).")
                     .arg(QDir::toNativeSeparators(dir.path()));
    return names;
}

QString SpacectlImporter::currentEnvironment(QString *error) const
{
    const QString path = m_directory + QStringLiteral("/environment.yml");
    if (!QFileInfo::exists(path))
        return {};
    QVariantMap document;
    QString readError;
    if (!readYaml(path, &document, &readError)) {
        if (error)
            *error = readError;
        return {};
    }
    return document.value(QStringLiteral("environment")).toString().trimmed();
}

bool SpacectlImporter::load(const QString &name, SpacectlEnvironment *environment, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValidEnvironmentName(name))
        return fail(QCoreApplication::translate("SpacectlImporter", "\"%1\" is not a valid spacectl environment name.")
                        .arg(name));
    const QString path = environmentPath(name);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("SpacectlImporter",
                                                "The spacectl environment \"%1\" does not exist (%2 is missing).")
                        .arg(name, shown));

    QVariantMap document;
    QString readError;
    if (!readYaml(path, &document, &readError))
        return fail(readError);

    const QVariant apiKey = document.value(QStringLiteral("api_key"));
    if (apiKey.isValid() && apiKey.typeId() != QMetaType::QString)
        return fail(
            QCoreApplication::translate("SpacectlImporter", "%1: api_key must be a single text value.").arg(shown));
    const QString key = apiKey.toString().trimmed();
    if (key.isEmpty())
        return fail(QCoreApplication::translate(
                        "SpacectlImporter",
                        "%1 has no api_key. Set one with \"spacectl config set api_key …\", or add the connection "
                        "by hand.")
                        .arg(shown));
    if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('\n')))
        return fail(QCoreApplication::translate("SpacectlImporter",
                                                "%1: api_key contains spaces or line breaks, so it is not a valid key.")
                        .arg(shown));

    SpacectlEnvironment result;
    result.name = name;
    result.apiKey = key;
    const QVariant endpoints = document.value(QStringLiteral("endpoints"));
    if (endpoints.isValid()) {
        if (endpoints.typeId() != QMetaType::QVariantMap)
            return fail(QCoreApplication::translate("SpacectlImporter",
                                                    "%1: endpoints must be a list of \"service: address\" lines.")
                            .arg(shown));
        const QVariantMap map = endpoints.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().typeId() != QMetaType::QString)
                return fail(
                    QCoreApplication::translate("SpacectlImporter", "%1: the endpoint of %2 must be a single address.")
                        .arg(shown, it.key()));
            result.endpoints.insert(it.key(), it.value().toString().trimmed());
        }
    }
    QString currentError;
    result.isCurrent = currentEnvironment(&currentError) == name;
    proposeBaseUrl(&result);
    *environment = result;
    return true;
}

void SpacectlImporter::proposeBaseUrl(SpacectlEnvironment *environment)
{
    // Some setups list the REST gateway itself; that is the real address, not a guess.
    for (auto it = environment->endpoints.cbegin(); it != environment->endpoints.cend(); ++it) {
        const QString service = it.key().toLower();
        const QUrl url(it.value());
        if (service.contains(QLatin1String("console"))
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
            environment->proposedBaseUrl = url.adjusted(QUrl::StripTrailingSlash);
            environment->baseUrlIsGuess = false;
            environment->baseUrlNote
                = QCoreApplication::translate("SpacectlImporter", "Taken from spacectl's \"%1\" endpoint.")
                      .arg(it.key());
            return;
        }
    }
    QString endpoint = environment->endpoints.value(QStringLiteral("identity"));
    if (endpoint.isEmpty() && !environment->endpoints.isEmpty())
        endpoint = environment->endpoints.first();
    environment->baseUrlIsGuess = true;
    if (endpoint.isEmpty()) {
        environment->proposedBaseUrl = QUrl();
        environment->baseUrlNote = QCoreApplication::translate(
            "SpacectlImporter", "spacectl lists no endpoints; enter console-api-v2's address.");
        return;
    }
    environment->proposedBaseUrl = guessConsoleUrl(endpoint, &environment->baseUrlNote);
}

QUrl SpacectlImporter::guessConsoleUrl(const QString &grpcEndpoint, QString *note)
{
    const auto say = [note](const QString &text) {
        if (note)
            *note = text;
    };
    QString text = grpcEndpoint.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("grpc://"));
    const QUrl url(text);
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty()) {
        say(QCoreApplication::translate(
                "SpacectlImporter",
                "spacectl's endpoint \"%1\" is not an address this app understands; enter console-api-v2's "
                "address.")
                .arg(grpcEndpoint));
        return {};
    }
    if (TransportPolicy::isLoopbackHost(host)) {
        say(QCoreApplication::translate(
                "SpacectlImporter",
                "Guessed: spacectl talks to %1 on this computer, so console-api-v2 is assumed at its local "
                "development address. Check it.")
                .arg(grpcEndpoint));
        return QUrl(QStringLiteral("http://127.0.0.1:8082"));
    }
    QStringList labels = host.split(QLatin1Char('.'));
    const bool isAddress = HostAddress::isAddress(host);
    if (isAddress || labels.size() < 3 || !isServiceLabel(labels.constFirst())) {
        say(QCoreApplication::translate(
                "SpacectlImporter",
                "spacectl uses %1, a gRPC address this app cannot turn into console-api-v2's REST address "
                "(console-api-v2 is a separate service). Enter its address, e.g. "
                "https://console-v2.api.example.com.")
                .arg(grpcEndpoint));
        return {};
    }
    labels.removeFirst();
    QUrl guess;
    guess.setScheme(QStringLiteral("https"));
    guess.setHost(QStringLiteral("console-v2.") + labels.join(QLatin1Char('.')));
    say(QCoreApplication::translate(
            "SpacectlImporter",
            "Guessed from spacectl's gRPC address %1: console-api-v2 usually runs at console-v2.<domain>. "
            "Check it.")
            .arg(grpcEndpoint));
    return guess;
}

ConnectionProfile SpacectlImporter::toProfile(const SpacectlEnvironment &environment)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("spacectl: ") + environment.name;
    profile.baseUrl = environment.proposedBaseUrl;
    profile.baseUrlIsGuess = environment.baseUrlIsGuess;
    profile.pathStyle = PathStyle::Console;
    return profile;
}
