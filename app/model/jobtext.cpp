// SPDX-License-Identifier: MIT
#include "jobtext.h"

#include <QString>

namespace {
char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char16_t c)
{
    return c;
}

char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

template <typename C> char16_t asciiLower(C c)
{
    const char16_t u = unit(c);
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

int sign(int value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

// The general path: Qt's case folding, then code units.
int slowCompare(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return sign(folded != 0 ? folded : QString::compare(a, b, Qt::CaseSensitive));
}

// Ids and most messages are ASCII: compared with ASCII folding as long as both are, handed to
// Qt from the first character where the two foldings could differ.
template <typename A, typename B>
int compareUnits(const A *a, qsizetype aSize, const B *b, qsizetype bSize,
                 int (*fallback)(const A *, qsizetype, const B *, qsizetype))
{
    const qsizetype common = qMin(aSize, bSize);
    int caseOrder = 0; // the first difference in case, should the folded texts be equal
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = unit(a[i]);
        const char16_t y = unit(b[i]);
        if (x >= 0x80 || y >= 0x80)
            return fallback(a, aSize, b, bSize);
        const char16_t fx = asciiLower(a[i]);
        const char16_t fy = asciiLower(b[i]);
        if (fx != fy)
            return fx < fy ? -1 : 1;
        if (caseOrder == 0 && x != y)
            caseOrder = x < y ? -1 : 1;
    }
    if (aSize != bSize)
        return aSize < bSize ? -1 : 1;
    return caseOrder;
}

int fallbackUtf16(const QChar *a, qsizetype aSize, const QChar *b, qsizetype bSize)
{
    return slowCompare(QString::fromRawData(a, aSize), QString::fromRawData(b, bSize));
}

int fallbackLatin1(const char *a, qsizetype aSize, const char *b, qsizetype bSize)
{
    return slowCompare(QString::fromLatin1(a, aSize), QString::fromLatin1(b, bSize));
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// A plain scan with ASCII folding while the haystack is ASCII; Qt's search from the first
// character where folding could differ.
template <typename C>
bool containsUnits(const C *h, qsizetype size, QStringView needle, bool (*slow)(const C *, qsizetype, QStringView))
{
    const qsizetype needleSize = needle.size();
    if (needleSize == 0)
        return true;
    const qsizetype last = size - needleSize;
    if (last < 0)
        return false;
    if (!isAscii(needle))
        return slow(h, size, needle);
    const char16_t *n = reinterpret_cast<const char16_t *>(needle.data());
    const char16_t first = asciiLower(n[0]);
    for (qsizetype i = 0; i <= last; ++i) {
        if (unit(h[i]) >= 0x80)
            return slow(h, size, needle);
        if (asciiLower(h[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < needleSize && unit(h[i + k]) < 0x80 && asciiLower(h[i + k]) == asciiLower(n[k]))
            ++k;
        if (k == needleSize)
            return true;
        if (unit(h[i + k]) >= 0x80)
            return slow(h, size, needle);
    }
    return false;
}

bool slowContainsUtf16(const QChar *h, qsizetype size, QStringView needle)
{
    return QStringView(h, size).contains(needle, Qt::CaseInsensitive);
}

bool slowContainsLatin1(const char *h, qsizetype size, QStringView needle)
{
    return QString::fromLatin1(h, size).contains(needle, Qt::CaseInsensitive);
}
} // namespace

namespace JobText {

int compare(QStringView a, QStringView b)
{
    return compareUnits<QChar, QChar>(a.data(), a.size(), b.data(), b.size(), fallbackUtf16);
}

int compare(QLatin1StringView a, QLatin1StringView b)
{
    return compareUnits<char, char>(a.data(), a.size(), b.data(), b.size(), fallbackLatin1);
}

bool contains(QStringView haystack, QStringView needle)
{
    return containsUnits<QChar>(haystack.data(), haystack.size(), needle, slowContainsUtf16);
}

bool contains(QLatin1StringView haystack, QStringView needle)
{
    return containsUnits<char>(haystack.data(), haystack.size(), needle, slowContainsLatin1);
}

} // namespace JobText
