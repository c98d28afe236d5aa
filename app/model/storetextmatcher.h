#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include "storeid.h"

class StoreStringPool;

// The quick search's test: does a text contain the needle, ignoring case? Exactly
// QString::contains(needle, Qt::CaseInsensitive), which folds case code unit by code unit.
//
// Most haystacks are ASCII names and ids held as UTF-8 in a StoreStringPool: when the folded
// needle is ASCII too, they are searched as bytes without being decoded. Anything else is
// decoded and handed to Qt, so non-ASCII text (Kelvin sign, long s, ...) behaves exactly as
// Qt's own search does. A needle that cannot match ASCII at all ("ł") skips ASCII haystacks.
class StoreTextMatcher final
{
public:
    explicit StoreTextMatcher(const QString &needle);

    bool matchesEverything() const { return m_needle.isEmpty(); }
    bool matches(QStringView text) const;
    bool matches(const StoreStringPool &strings, quint32 ref) const; // any thread (StoreStringPool)
    // For ASCII text the caller already has (ids written out by StoreIdColumn).
    bool matchesAscii(QByteArrayView ascii) const;
    bool matches(const StoreId &id, const StoreStringPool &strings) const; // any thread

private:
    bool asciiContains(QByteArrayView haystack) const;

    QString m_needle;
    QByteArray m_foldedAscii; // the needle folded unit by unit, when every unit folds to ASCII
    bool m_asciiNeedle = false;
};
