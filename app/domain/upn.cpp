#include "upn.h"

#include <QCoreApplication>

namespace {

constexpr int kUpnLength = 13;
constexpr int kLetterCount = int(sizeof(kUpnLetters)) - 1;
static_assert(kLetterCount == 23, "the check is modulo 23");

// Index of `c` in kUpnLetters, or -1 (I, O, S and anything that is not A-Z).
int letterValue(QChar c)
{
    for (int i = 0; i < kLetterCount; ++i) {
        if (c == QLatin1Char(kUpnLetters[i]))
            return i;
    }
    return -1;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QChar upnCheckLetter(QStringView lastTwelve)
{
    if (lastTwelve.size() != kUpnLength - 1)
        return {};
    int sum = 0;
    for (int i = 0; i < kUpnLength - 1; ++i) {
        const QChar c = lastTwelve[i];
        const int weight = i + 2; // the first of the twelve is character 2 of the UPN
        int value = -1;
        if (isAsciiDigit(c))
            value = c.unicode() - u'0';
        else if (i == kUpnLength - 2) // only the last one may be a letter (temporary UPN)
            value = letterValue(c);
        if (value < 0)
            return {};
        sum += weight * value;
    }
    return QLatin1Char(kUpnLetters[sum % kLetterCount]);
}

UpnCheck checkUpn(QStringView upn)
{
    const QString text = upn.trimmed().toString().toUpper();
    if (text.size() != kUpnLength)
        return UpnCheck::WrongLength;
    const QChar expected = upnCheckLetter(QStringView(text).mid(1));
    if (expected.isNull() || letterValue(text[0]) < 0)
        return UpnCheck::BadCharacters;
    if (text[0] != expected)
        return UpnCheck::BadCheckLetter;
    return isAsciiDigit(text[kUpnLength - 1]) ? UpnCheck::Valid : UpnCheck::Temporary;
}

QString upnCheckDescription(UpnCheck check)
{
    switch (check) {
    case UpnCheck::Valid: return QCoreApplication::translate("Upn", "valid");
    case UpnCheck::Temporary: return QCoreApplication::translate("Upn", "temporary UPN");
    case UpnCheck::WrongLength: return QCoreApplication::translate("Upn", "not 13 characters long");
    case UpnCheck::BadCharacters: return QCoreApplication::translate("Upn", "not in the UPN format");
    case UpnCheck::BadCheckLetter: return QCoreApplication::translate("Upn", "check letter does not match");
    }
    return {};
}
