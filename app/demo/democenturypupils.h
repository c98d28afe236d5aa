#pragma once

#include "democenturypupil.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// The pupils of the demo school: nothing is stored, every pupil is a function of
// (seed, index). Names come from several naming traditions (Welsh, Polish, Vietnamese,
// Arabic, Irish, ...), and a few pupils carry hostile-but-legal values (a leading = + - @,
// a comma, a quote, a newline) that an export must neutralise.
class DemoCenturyPupils final
{
public:
    DemoCenturyPupils(quint64 seed, quint32 count);

    quint32 count() const { return m_count; }
    DemoCenturyPupil pupil(quint32 index) const;
    QByteArray userId(quint32 index) const;
    std::optional<quint32> indexOfUserId(QByteArrayView uuid) const;

    // England's UPN check letter for the 12 characters after it (positions 2..13):
    // sum of value * position weight (2..13), modulo 23, into "ABCDEFGHJKLMNPQRTUVWXYZ".
    static char upnCheckLetter(const char (&rest)[12]);

    // Pupil `index` is called `first last` (usernames and e-mail addresses keep their slug).
    void setCanary(quint32 index, const QByteArray &first, const QByteArray &last);

private:
    quint64 m_seed;
    quint32 m_count;
    std::optional<quint32> m_canaryIndex;
    QByteArray m_canaryFirst;
    QByteArray m_canaryLast;
};
