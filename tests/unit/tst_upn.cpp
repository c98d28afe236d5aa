// The UPN check letter (DfE guidance). Every number here was worked out by hand, so the test
// does not trust the code it checks:
//   B801200005001  8*2+0*3+1*4+2*5+0*6+0*7+0*8+0*9+5*10+0*11+0*12+1*13 = 93,  93 mod 23 = 1  -> B
//                  (also the example of python-stdnum's stdnum.gb.upn)
//   V820100012345  16+6+0+5+0+0+0+9+20+33+48+65 = 202,                       202 mod 23 = 18 -> V
//   Z82010001234A  as above with the last 5 (x13 = 65) replaced by A (= 0): 137 mod 23 = 22 -> Z
//   W31220001500K  6+3+8+10+0+0+0+9+50+0+0+ K(=9)*13 = 203,                  203 mod 23 = 19 -> W
//   P207000016049  4+0+28+0+0+0+0+9+60+0+48+117 = 266,                       266 mod 23 = 13 -> P
// Letter values: A0 B1 C2 D3 E4 F5 G6 H7 J8 K9 L10 M11 N12 P13 Q14 R15 T16 U17 V18 W19 X20 Y21 Z22.
#include "domain/upn.h"

#include <QTest>

Q_DECLARE_METATYPE(UpnCheck)

class TestUpn final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("upn");
        QTest::addColumn<UpnCheck>("expected");

        QTest::newRow("stdnum example") << QStringLiteral("B801200005001") << UpnCheck::Valid;
        QTest::newRow("permanent") << QStringLiteral("V820100012345") << UpnCheck::Valid;
        QTest::newRow("permanent 2") << QStringLiteral("P207000016049") << UpnCheck::Valid;
        QTest::newRow("temporary A") << QStringLiteral("Z82010001234A") << UpnCheck::Temporary;
        QTest::newRow("temporary K") << QStringLiteral("W31220001500K") << UpnCheck::Temporary;
        QTest::newRow("lower case, spaces around") << QStringLiteral("  v820100012345 ") << UpnCheck::Valid;

        QTest::newRow("stdnum wrong letter") << QStringLiteral("A801200005001") << UpnCheck::BadCheckLetter;
        QTest::newRow("one off") << QStringLiteral("W820100012345") << UpnCheck::BadCheckLetter;
        QTest::newRow("digits swapped") << QStringLiteral("V820100012354") << UpnCheck::BadCheckLetter;
        QTest::newRow("temporary wrong letter") << QStringLiteral("Y82010001234A") << UpnCheck::BadCheckLetter;

        QTest::newRow("empty") << QString() << UpnCheck::WrongLength;
        QTest::newRow("12 chars") << QStringLiteral("V82010001234") << UpnCheck::WrongLength;
        QTest::newRow("14 chars") << QStringLiteral("V8201000123456") << UpnCheck::WrongLength;
        QTest::newRow("space inside") << QStringLiteral("V8201 0012345") << UpnCheck::BadCharacters;
        QTest::newRow("letter in the middle") << QStringLiteral("X80120000A001") << UpnCheck::BadCharacters;
        QTest::newRow("digit first") << QStringLiteral("1820100012345") << UpnCheck::BadCharacters;
        QTest::newRow("I never a check letter") << QStringLiteral("I820100012345") << UpnCheck::BadCharacters;
        QTest::newRow("O never a final letter") << QStringLiteral("Z82010001234O") << UpnCheck::BadCharacters;
        QTest::newRow("S never a final letter") << QStringLiteral("Z82010001234S") << UpnCheck::BadCharacters;
        QTest::newRow("non-ASCII digit") << QStringLiteral("V82010001234\u0665") << UpnCheck::BadCharacters;
    }

    void check()
    {
        QFETCH(QString, upn);
        QFETCH(UpnCheck, expected);
        QCOMPARE(checkUpn(upn), expected);
    }

    void checkLetter()
    {
        QCOMPARE(upnCheckLetter(u"801200005001"), QChar(u'B'));
        QCOMPARE(upnCheckLetter(u"82010001234A"), QChar(u'Z'));
        QVERIFY(upnCheckLetter(u"8012000050").isNull());
        QVERIFY(upnCheckLetter(u"80120000500S").isNull());
    }

    // Every single-digit change of a valid number is caught: each weight is below 23 and 23
    // is prime, so a changed digit always changes the sum modulo 23.
    void everySingleDigitChangeIsCaught()
    {
        const QString valid = QStringLiteral("V820100012345");
        for (int i = 1; i < valid.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                QString changed = valid;
                if (changed[i] == QLatin1Char(d))
                    continue;
                changed[i] = QLatin1Char(d);
                QCOMPARE(checkUpn(changed), UpnCheck::BadCheckLetter);
            }
        }
    }

    void descriptions()
    {
        QCOMPARE(upnCheckDescription(UpnCheck::Valid), QStringLiteral("valid"));
        QCOMPARE(upnCheckDescription(UpnCheck::Temporary), QStringLiteral("temporary UPN"));
        QCOMPARE(upnCheckDescription(UpnCheck::BadCheckLetter), QStringLiteral("check letter does not match"));
        QVERIFY(!upnCheckDescription(UpnCheck::WrongLength).isEmpty());
        QVERIFY(!upnCheckDescription(UpnCheck::BadCharacters).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUpn)
#include "tst_upn.moc"
