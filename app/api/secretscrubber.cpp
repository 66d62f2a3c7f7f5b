// SPDX-License-Identifier: MIT
#include "secretscrubber.h"

#include <QUrl>

#include <vector>

namespace {
QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}
} // namespace

SecretScrubber::SecretScrubber(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < kMinSecret)
        return;
    m_secret = asciiLower(trimmed);
    addWindows(trimmed);
    addWindows(QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
}

void SecretScrubber::addWindows(const QString &variant)
{
    const QString lower = asciiLower(variant);
    for (qsizetype i = 0; i + kMinRun <= lower.size(); ++i)
        m_windows.insert(lower.mid(i, kMinRun));
}

QString SecretScrubber::scrub(const QString &text) const
{
    if (m_secret.isEmpty() || text.isEmpty())
        return text;
    const QString lower = asciiLower(text);
    std::vector<bool> hidden(size_t(text.size()), false);
    bool any = false;
    auto hide = [&](qsizetype from, qsizetype length) {
        for (qsizetype k = from; k < from + length; ++k)
            hidden[size_t(k)] = true;
        any = true;
    };
    // A secret too short for a window is matched whole.
    if (m_secret.size() < kMinRun) {
        for (qsizetype at = lower.indexOf(m_secret); at >= 0; at = lower.indexOf(m_secret, at + 1))
            hide(at, m_secret.size());
    }
    if (!m_windows.isEmpty()) {
        for (qsizetype i = 0; i + kMinRun <= lower.size(); ++i) {
            if (m_windows.contains(QStringView(lower).mid(i, kMinRun).toString()))
                hide(i, kMinRun);
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!hidden[size_t(i)]) {
            out.append(text.at(i++));
            continue;
        }
        out.append(placeholder());
        while (i < text.size() && hidden[size_t(i)])
            ++i;
    }
    return out;
}
