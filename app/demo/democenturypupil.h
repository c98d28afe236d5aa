#pragma once

#include <QByteArray>

// One invented pupil, derived on demand (strings are UTF-8, ready for the JSON writer).
// Empty optional fields are omitted from the JSON.
struct DemoCenturyPupil
{
    QByteArray userId;
    QByteArray username;
    QByteArray firstName;
    QByteArray middleName;
    QByteArray lastName;
    QByteArray fullName;
    QByteArray upn;
    QByteArray externalId;
    QByteArray emails[2];
    int emailCount = 0;
    const char *gender = nullptr; // nullptr: field omitted (the API's default is "unknown")
    QByteArray dateOfBirth;       // YYYY-MM-DD
};
