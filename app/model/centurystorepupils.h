#pragma once

#include "centurystorepools.h"

#include "domain/sessionrecord.h"

#include <QString>
#include <QStringList>

class StoreTextMatcher;

// A Century pupil as the store holds it (CenturyStorePupil): what its fields mean as
// values, and the quick search's test of it.
namespace centurystorepupils {

// A list of emails is the string indices of its emails, as bytes: an empty list is the empty
// string, and [""] is not.
quint32 internEmails(const QStringList &emails, StoreStringPool &strings);
QStringList emailsOf(quint32 list, const StoreStringPool &strings);
// The emails column's text.
QString joinedEmails(const CenturyStorePupil &pupil, const StoreStringPool &strings);
// The gender column's words (centurycolumns.cpp): the enum's name, or the raw value it could
// not say, or "unknown".
QString genderText(const CenturyStorePupil &pupil, const StoreStringPool &strings);
// Whether a held pupil tuple says exactly what the record says of its pupil.
bool samePupil(const CenturyStorePupil &pupil, const CenturyDetail &detail, const StoreStringPool &strings);
// The quick search's fields of a pupil (sessionstore.h): name, username, UPN, external id.
bool pupilMatches(const CenturyStorePupil &pupil, const StoreTextMatcher &matcher, const StoreStringPool &strings);

} // namespace centurystorepupils
