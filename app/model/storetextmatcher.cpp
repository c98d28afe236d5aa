#include "storetextmatcher.h"

#include "storeidcolumn.h"
#include "storestringpool.h"

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
}

} // namespace

StoreTextMatcher::StoreTextMatcher(const QString &needle)
    : m_needle(needle)
{
    // Qt compares the case folding of each code unit. When every folded unit of the needle is
    // ASCII (one unit for one unit), an ASCII haystack matches exactly when its lowercase
    // bytes contain the folded needle: ASCII letters fold to their lowercase, and no
    // non-ASCII unit can be in an ASCII haystack.
    const QString folded = needle.toCaseFolded();
    if (folded.size() != needle.size())
        return;
    QByteArray ascii;
    ascii.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.unicode() >= 0x80)
            return;
        ascii.append(char(c.unicode()));
    }
    m_foldedAscii = ascii;
    m_asciiNeedle = true;
}

bool StoreTextMatcher::asciiContains(QByteArrayView haystack) const
{
    const qsizetype m = m_foldedAscii.size();
    const qsizetype n = haystack.size();
    if (m > n)
        return false;
    const char *h = haystack.data();
    const char *f = m_foldedAscii.constData();
    const char first = f[0];
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (lowerAscii(h[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < m && lowerAscii(h[i + j]) == f[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

bool StoreTextMatcher::matches(QStringView text) const
{
    return text.contains(m_needle, Qt::CaseInsensitive);
}

bool StoreTextMatcher::matchesAscii(QByteArrayView ascii) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_asciiNeedle)
        return asciiContains(ascii);
    return matches(QString::fromLatin1(ascii));
}

bool StoreTextMatcher::matches(const StoreStringPool &strings, quint32 ref) const
{
    if (m_needle.isEmpty())
        return true;
    if (ref == StoreStringPool::kEmpty)
        return false;
    if (m_asciiNeedle && strings.isAscii(ref))
        return asciiContains(strings.bytes(ref));
    return matches(strings.text(ref));
}

bool StoreTextMatcher::matches(const StoreId &id, const StoreStringPool &strings) const
{
    if (id.kind == StoreIdKind::Text)
        return matches(strings, quint32(id.lo));
    char ascii[StoreIdColumn::kMaxAsciiLength];
    const std::size_t n = StoreIdColumn::writeAscii(id, ascii);
    return matchesAscii(QByteArrayView(ascii, qsizetype(n)));
}
