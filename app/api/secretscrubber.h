// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

// Hides a secret (a bearer token) in text that came back from a server before the text reaches
// a banner, a log or a terminal. Some gateways echo the credential they rejected, whole or in
// part, lower-cased or percent-encoded: every run of kMinRun or more characters the text shares
// with the secret (or with its percent-encoded form) is replaced, ignoring ASCII case. A JWT's
// header, payload and signature are each longer than that, so any one of them is caught.
class SecretScrubber
{
public:
    static constexpr int kMinRun = 12;
    static constexpr int kMinSecret = 4; // shorter "secrets" would hide ordinary words

    SecretScrubber() = default;
    explicit SecretScrubber(const QString &secret);

    bool isEmpty() const { return m_secret.isEmpty(); }
    QString scrub(const QString &text) const;

    static QString placeholder() { return QStringLiteral("[token]"); }

private:
    void addWindows(const QString &variant);

    QString m_secret; // ASCII-lower-cased
    QSet<QString> m_windows; // every kMinRun-long piece of the secret and its encodings, lower-cased
};
