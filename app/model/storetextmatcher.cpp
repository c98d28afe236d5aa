#include "storetextmatcher.h"

#include "storeidcolumn.h"
#include "storestringpool.h"

#include <array>
#include <string_view>
#include <vector>

namespace {

constexpr std::array<char, 256> kLower = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[std::size_t(c)] = char(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return table;
}();

char lowerAscii(char c)
{
    return kLower[quint8(c)];
}

// The UTF-8 forms of the non-ASCII characters whose case folding is ASCII (U+017F LONG S and
// U+212A KELVIN SIGN in today's Unicode; asked of Qt's own tables, once). A UTF-8 haystack
// without any of them can only match an ASCII needle with its ASCII bytes.
const std::vector<std::string> &asciiFolders()
{
    static const std::vector<std::string> folders = [] {
        std::vector<std::string> out;
        for (char32_t cp = 0x80; cp <= 0x10ffff; ++cp) {
            if (QChar::isSurrogate(cp) || QChar::toCaseFolded(cp) >= 0x80)
                continue;
            const QByteArray utf8 = QString::fromUcs4(&cp, 1).toUtf8();
            out.emplace_back(utf8.constData(), std::size_t(utf8.size()));
        }
        return out;
    }();
    return folders;
}

bool holdsAsciiFolder(QByteArrayView utf8)
{
    const std::string_view text(utf8.data(), std::size_t(utf8.size()));
    for (const std::string &folder : asciiFolders()) {
        if (text.find(folder) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace

StoreTextMatcher::StoreTextMatcher(const QString &needle)
    : m_needle(needle)
{
    // Qt's case-insensitive search compares the simple case folding of each code unit (a
    // surrogate pair folds as one character, never to ASCII). When every unit of the needle
    // folds to ASCII, an ASCII haystack matches exactly when its lowercase bytes contain the
    // folded needle. When one does not, no ASCII haystack can match at all.
    QByteArray ascii;
    ascii.reserve(needle.size());
    for (const QChar c : needle) {
        const char16_t u = c.unicode();
        const char32_t folded = QChar::isSurrogate(u) ? u : QChar::toCaseFolded(char32_t(u));
        if (folded >= 0x80)
            return;
        ascii.append(char(folded));
    }
    m_foldedAscii = ascii;
    m_asciiNeedle = true;
    asciiFolders(); // built now, on the thread that makes the job, not inside a timed search
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
    return m_asciiNeedle && asciiContains(ascii);
}

bool StoreTextMatcher::matches(const StoreStringPool &strings, quint32 ref) const
{
    if (m_needle.isEmpty())
        return true;
    if (ref == StoreStringPool::kEmpty)
        return false;
    const QByteArrayView utf8 = strings.bytes(ref);
    if (strings.isAscii(ref))
        return m_asciiNeedle && asciiContains(utf8);
    // Non-ASCII characters never fold to ASCII ones, except a known few: without those, only
    // the text's ASCII bytes can match an ASCII needle, and they can be searched as bytes.
    if (m_asciiNeedle && !holdsAsciiFolder(utf8))
        return asciiContains(utf8);
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
