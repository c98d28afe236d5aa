#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// England's Unique Pupil Number (DfE "Unique Pupil Numbers (UPNs)" guidance): 13 characters,
// a check letter then 12 characters (3-digit LA code, 4-digit establishment, 2-digit year,
// 3-digit serial). A temporary UPN ends in a letter instead of the last serial digit.
//
// The check letter: each of characters 2..13 is weighted by its position (2..13); digits
// count their value, a temporary UPN's final letter counts its index in kUpnLetters. The sum
// modulo 23 indexes kUpnLetters. I, O and S are never used (they read as 1, 0 and 5).
//
// Only the shape and the check letter are checked: whether the LA code exists is not, since
// that list changes with local government.
enum class UpnCheck : quint8 {
    Valid,
    Temporary,      // valid, and a temporary UPN (final character is a letter)
    WrongLength,    // not 13 characters
    BadCharacters,  // not letter, 11 digits, digit-or-letter (or a letter among I, O, S)
    BadCheckLetter, // well formed, but the first letter is not the one the rest computes to
};

inline constexpr char kUpnLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ"; // 23 letters: no I, O, S

// Leading and trailing spaces are ignored and lower case is read as upper case, since both
// are common in MIS exports; anything else inside the number is a bad character.
UpnCheck checkUpn(QStringView upn);

// The check letter that the 12 characters after it compute to, or a null QChar when they are
// not 11 digits followed by a digit or an allowed letter.
QChar upnCheckLetter(QStringView lastTwelve);

// A short sentence for the detail pane: "valid", "temporary UPN", "check letter does not match", ...
QString upnCheckDescription(UpnCheck check);
