#pragma once

#include <QRandomGenerator>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>

// The vendors' published example bodies (../shared/fixtures, SESSIONSCOPE_API_FIXTURES_DIR).
// A missing folder fails the test loudly: a parser test that reads nothing proves nothing.
namespace apifixture {

inline QString folder()
{
    return QStringLiteral(SESSIONSCOPE_API_FIXTURES_DIR);
}

inline bool folderExists()
{
    return QDir(folder()).exists();
}

inline QString missingMessage()
{
    return QStringLiteral("API fixtures folder missing: %1 (set SESSIONSCOPE_API_FIXTURES_DIR)").arg(folder());
}

// Every published fixture whose name starts with `prefix` ("century-", ...).
inline QStringList names(const QString &prefix)
{
    return QDir(folder()).entryList({prefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

inline QByteArray read(const QString &name)
{
    QFile file(QDir(folder()).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A copy of `body` with one to four random edits: a byte flipped, a few dropped, or a
// piece of the body inserted elsewhere. For tests that any input ends in a defined result.
inline QByteArray mutated(const QByteArray &body, QRandomGenerator &random)
{
    QByteArray out = body;
    for (int edits = 1 + int(random.bounded(4)); edits > 0 && !out.isEmpty(); --edits) {
        const qsizetype at = random.bounded(out.size());
        switch (random.bounded(3)) {
        case 0: out[at] = char(random.bounded(256)); break;
        case 1: out.remove(at, 1 + random.bounded(8)); break;
        default: out.insert(at, out.mid(random.bounded(out.size()), random.bounded(16))); break;
        }
    }
    return out;
}

} // namespace apifixture

// First statement of a test that needs the published fixtures.
#define REQUIRE_API_FIXTURES() QVERIFY2(apifixture::folderExists(), qPrintable(apifixture::missingMessage()))
