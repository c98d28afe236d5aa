#pragma once

#include "demofaults.h"

#include <QtGlobal>

// The two envelopes Mobile Next has published for its session list (API-NOTES.md section 3).
enum class DemoMobileNextShape { A, B };

// Everything that shapes a demo server. Equal options (with speed 0) give byte-identical
// answers.
struct DemoOptions
{
    quint64 seed = 1;
    int scale = 5000;               // sessions per backend
    double speed = 1.0;             // simulated seconds per real second; 0 freezes the clock
    int rateLimitPerMinute = 6000;  // per key; 0 = unlimited
    bool retryAfterAsDate = false;  // Retry-After as an HTTP-date instead of seconds
    DemoFaults faults;
    DemoMobileNextShape mobileNextShape = DemoMobileNextShape::A;
    bool allowRemote = false;       // listen() refuses a non-loopback address unless set
    // Privacy tests: one more key every backend accepts (with its own scheme: "TD1 ",
    // "Bearer "), and a name ("First Last") given to the pupil of the first Century session,
    // so that a test can prove neither ever leaks anywhere.
    QByteArray canaryKey;
    QByteArray canaryPupilName;
};
