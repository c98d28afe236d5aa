#include "centurystorepupils.h"

#include "storetextmatcher.h"

#include <QVarLengthArray>

#include <cstring>

namespace centurystorepupils {

quint32 internEmails(const QStringList &emails, StoreStringPool &strings)
{
    QVarLengthArray<char, 64> bytes;
    for (const QString &email : emails) {
        const quint32 ref = strings.intern(email);
        const qsizetype at = bytes.size();
        bytes.resize(at + qsizetype(sizeof ref));
        std::memcpy(bytes.data() + at, &ref, sizeof ref);
    }
    return strings.internBytes(QByteArrayView(bytes.data(), bytes.size()));
}

QStringList emailsOf(quint32 list, const StoreStringPool &strings)
{
    const QByteArrayView bytes = strings.bytes(list);
    QStringList emails;
    for (qsizetype at = 0; at + qsizetype(sizeof(quint32)) <= bytes.size(); at += qsizetype(sizeof(quint32))) {
        quint32 ref;
        std::memcpy(&ref, bytes.data() + at, sizeof ref);
        emails.append(strings.text(ref));
    }
    return emails;
}

QString joinedEmails(const CenturyStorePupil &pupil, const StoreStringPool &strings)
{
    return emailsOf(pupil.emails, strings).join(QStringLiteral("; "));
}

QString genderText(const CenturyStorePupil &pupil, const StoreStringPool &strings)
{
    switch (::Gender(pupil.gender)) {
    case ::Gender::Male: return QStringLiteral("male");
    case ::Gender::Female: return QStringLiteral("female");
    case ::Gender::Other: return QStringLiteral("other");
    case ::Gender::Unknown: break;
    }
    return pupil.genderRaw == StoreStringPool::kEmpty ? QStringLiteral("unknown") : strings.text(pupil.genderRaw);
}

namespace {

bool sameEmails(quint32 list, const QStringList &emails, const StoreStringPool &strings)
{
    const QByteArrayView bytes = strings.bytes(list);
    if (bytes.size() != emails.size() * qsizetype(sizeof(quint32)))
        return false;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        quint32 ref;
        std::memcpy(&ref, bytes.data() + i * qsizetype(sizeof ref), sizeof ref);
        if (!strings.equals(ref, emails[i]))
            return false;
    }
    return true;
}

} // namespace

bool samePupil(const CenturyStorePupil &p, const CenturyDetail &d, const StoreStringPool &s)
{
    return p.gender == quint32(d.gender) && p.dateOfBirthMs == d.dateOfBirthMs && s.equals(p.username, d.username)
        && s.equals(p.fullName, d.fullName) && s.equals(p.firstName, d.firstName) && s.equals(p.lastName, d.lastName)
        && s.equals(p.middleName, d.middleName) && s.equals(p.upn, d.upn) && s.equals(p.externalId, d.externalId)
        && s.equals(p.genderRaw, d.genderRaw) && sameEmails(p.emails, d.emails, s);
}

bool pupilMatches(const CenturyStorePupil &p, const StoreTextMatcher &m, const StoreStringPool &s)
{
    return m.matches(s, p.fullName) || m.matches(s, p.username) || m.matches(s, p.upn) || m.matches(s, p.externalId);
}

} // namespace centurystorepupils
