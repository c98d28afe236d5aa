// CsvWriter (issue 8): RFC 4180 quoting, the formula guard and every trigger character,
// numbers and identifiers left intact, BOM, line ends, delimiters, Unicode, presets, a round
// trip through our own small reader and through Python's csv module (a reader that is not
// ours), 0600 for new files, and no partial or clobbered file after a cancel or a failure.
#include "exportcsvreader.h"

#include "export/csvwriter.h"
#include "export/exportlocaltime.h"
#include "export/exporttable.h"

#include "domain/sessionstatus.h"
#include "domain/timestamps.h"

#include "processwait.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <limits>
#include <sys/resource.h>

using Row = std::vector<ExportCell>;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kGroupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The bytes a CsvWriter makes for these rows, through a real file.
QByteArray csv(const QStringList &headers, const std::vector<Row> &rows, const CsvOptions &options)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer(path, options);
    ExportTable table{headers, rows};
    if (!table.writeTo(writer)) {
        qWarning() << writer.errorString();
        return {};
    }
    return readAll(path);
}

// One cell under a one-letter header, plain options (LF, comma, no BOM) unless given.
QByteArray oneCell(const ExportCell &cell, CsvOptions options = CsvOptions())
{
    const QByteArray all = csv({QStringLiteral("h")}, {Row{cell}}, options);
    const QByteArray headerLine = options.crlf ? "h\r\n" : "h\n";
    const QByteArray lineEnd = options.crlf ? "\r\n" : "\n";
    if (!all.startsWith(headerLine) || !all.endsWith(lineEnd))
        return "<malformed: " + all + ">";
    return all.mid(headerLine.size(), all.size() - headerLine.size() - lineEnd.size());
}

QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    return readCsvText(text, delimiter); // exportcsvreader.h: written from the RFC, not from the writer
}

// Python's csv module reading `path`, as JSON; empty when python3 is not there.
QList<QStringList> pythonRead(const QString &path, char delimiter, bool *ran)
{
    *ran = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
        "sys.stdout.write(json.dumps(rows))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path, QString(QLatin1Char(delimiter))});
    if (!waitForExit(process, 30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "python3 failed:" << process.readAllStandardError();
        return {};
    }
    *ran = true;
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void guard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("guarded");
        QTest::addColumn<QByteArray>("unguarded");
        QTest::newRow("=") << QStringLiteral("=1+1") << QByteArray("'=1+1") << QByteArray("=1+1");
        QTest::newRow("+") << QStringLiteral("+44 20 7946 0000") << QByteArray("'+44 20 7946 0000")
                           << QByteArray("+44 20 7946 0000");
        QTest::newRow("-") << QStringLiteral("-5") << QByteArray("'-5") << QByteArray("-5");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)") << QByteArray("@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\tcmd") << QByteArray("'\tcmd") << QByteArray("\tcmd");
        QTest::newRow("CR (also quoted)") << QStringLiteral("\rcmd") << QByteArray("\"'\rcmd\"") << QByteArray("\"\rcmd\"");
        QTest::newRow("HYPERLINK with comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                              << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                                              << QByteArray("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("inside, not first") << QStringLiteral("a=b-c") << QByteArray("a=b-c") << QByteArray("a=b-c");
        QTest::newRow("space first") << QStringLiteral(" =1") << QByteArray(" =1") << QByteArray(" =1");
        QTest::newRow("plain") << QStringLiteral("Olivia Smith") << QByteArray("Olivia Smith") << QByteArray("Olivia Smith");
    }

    void guard()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, guarded);
        QFETCH(QByteArray, unguarded);
        QCOMPARE(oneCell(ExportCell::fromText(text)), guarded);
        QCOMPARE(oneCell(ExportCell::fromIdentifier(text)), guarded);
        CsvOptions off;
        off.formulaGuard = false;
        QCOMPARE(oneCell(ExportCell::fromText(text), off), unguarded);
    }

    void guardAppliesToHeaders()
    {
        const QByteArray out = csv({QStringLiteral("=cmd"), QStringLiteral("ok")}, {}, CsvOptions());
        QCOMPARE(out, QByteArray("'=cmd,ok\n"));
    }

    void numbersStayNumbers()
    {
        QCOMPARE(oneCell(ExportCell::fromInteger(-5)), QByteArray("-5"));
        QCOMPARE(oneCell(ExportCell::fromInteger(0)), QByteArray("0"));
        QCOMPARE(oneCell(ExportCell::fromInteger(1234567890123LL)), QByteArray("1234567890123"));
        QCOMPARE(oneCell(ExportCell::fromInteger(std::numeric_limits<qint64>::min())),
                 QByteArray("-9223372036854775808"));
        QCOMPARE(oneCell(ExportCell::fromInteger(std::numeric_limits<qint64>::max())),
                 QByteArray("9223372036854775807"));
        CsvOptions seconds;
        seconds.durations = CsvDurations::Seconds;
        QCOMPARE(oneCell(ExportCell::fromDuration(-90), seconds), QByteArray("-90"));
        CsvOptions minutes;
        minutes.durations = CsvDurations::Minutes;
        QCOMPARE(oneCell(ExportCell::fromDuration(-5430), minutes), QByteArray("-90.5"));
    }

    void identifiersKeepLeadingZeros()
    {
        QCOMPARE(oneCell(ExportCell::fromIdentifier(QStringLiteral("007123"))), QByteArray("007123"));
        QCOMPARE(oneCell(ExportCell::fromIdentifier(QStringLiteral("A123456789012"))), QByteArray("A123456789012"));
        QCOMPARE(oneCell(ExportCell::fromIdentifier(QStringLiteral("0000"))), QByteArray("0000"));
        QCOMPARE(oneCell(ExportCell::fromRaw(ColumnType::Identifier, QVariant(QStringLiteral("00042")))),
                 QByteArray("00042"));
    }

    void quoting_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << ',' << QStringLiteral("Smith, Olivia") << QByteArray("\"Smith, Olivia\"");
        QTest::newRow("quotes doubled") << ',' << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("lone quote") << ',' << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << ',' << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
        QTest::newRow("CRLF inside") << ',' << QStringLiteral("two\r\nlines") << QByteArray("\"two\r\nlines\"");
        QTest::newRow("semicolon under comma") << ',' << QStringLiteral("a;b") << QByteArray("a;b");
        QTest::newRow("semicolon") << ';' << QStringLiteral("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("comma under semicolon") << ';' << QStringLiteral("1,5") << QByteArray("1,5");
        QTest::newRow("tab") << '\t' << QStringLiteral("a\tb") << QByteArray("\"a\tb\"");
        QTest::newRow("comma under tab") << '\t' << QStringLiteral("a,b") << QByteArray("a,b");
        QTest::newRow("apostrophe") << ',' << QStringLiteral("O'Connor") << QByteArray("O'Connor");
        QTest::newRow("empty") << ',' << QString() << QByteArray();
    }

    void quoting()
    {
        QFETCH(char, delimiter);
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        CsvOptions options;
        options.delimiter = delimiter;
        QCOMPARE(oneCell(ExportCell::fromText(text), options), expected);
    }

    void delimitersBetweenCells_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << ',';
        QTest::newRow("semicolon") << ';';
        QTest::newRow("tab") << '\t';
    }

    void delimitersBetweenCells()
    {
        QFETCH(char, delimiter);
        CsvOptions options;
        options.delimiter = delimiter;
        const QByteArray d(1, delimiter);
        const QByteArray out = csv({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                   {Row{ExportCell::fromInteger(1), ExportCell(), ExportCell::fromText(QStringLiteral("x"))}},
                                   options);
        QCOMPARE(out, "a" + d + "b" + d + "c\n1" + d + d + "x\n");
    }

    void otherDelimitersRefused()
    {
        QTemporaryDir dir;
        CsvOptions options;
        options.delimiter = '|';
        CsvWriter writer(dir.filePath(QStringLiteral("x.csv")), options);
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void byteOrderMark()
    {
        CsvOptions options;
        QVERIFY(csv({QStringLiteral("a")}, {}, options).startsWith("a"));
        options.byteOrderMark = true;
        QCOMPARE(csv({QStringLiteral("a")}, {}, options), QByteArray("\xef\xbb\xbf" "a\n"));
    }

    void lineEnds()
    {
        const std::vector<Row> rows{Row{ExportCell::fromText(QStringLiteral("x\ny"))}, Row{ExportCell::fromInteger(2)}};
        CsvOptions options;
        QCOMPARE(csv({QStringLiteral("a")}, rows, options), QByteArray("a\n\"x\ny\"\n2\n"));
        options.crlf = true;
        // A line end inside a cell is the cell's own text: left as it is.
        QCOMPARE(csv({QStringLiteral("a")}, rows, options), QByteArray("a\r\n\"x\ny\"\r\n2\r\n"));
    }

    void unicode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Welsh") << QStringLiteral("Gwenllïan Ŵyn");
        QTest::newRow("Arabic") << QStringLiteral("فاطمة الهاشمي");
        QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn Trần");
        QTest::newRow("Polish") << QStringLiteral("Łucja Wójcik");
        QTest::newRow("emoji (surrogate pair)") << QStringLiteral("Zoë 😀");
        QTest::newRow("CJK") << QStringLiteral("王小明");
    }

    void unicode()
    {
        QFETCH(QString, text);
        QCOMPARE(oneCell(ExportCell::fromText(text)), text.toUtf8());
    }

    void unpairedSurrogatesBecomeReplacementCharacters()
    {
        const QString lone = QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b") + QChar(0xde00);
        QCOMPARE(oneCell(ExportCell::fromText(lone)), QByteArray("a\xef\xbf\xbd" "b\xef\xbf\xbd"));
    }

    void dateTimes()
    {
        const qint64 winter = utc(2024, 3, 5, 9, 7, 3, 120);
        const qint64 summer = utc(2024, 7, 1, 12, 0, 0);
        QCOMPARE(oneCell(ExportCell::fromDateTime(winter)), QByteArray("2024-03-05T09:07:03.120Z"));
        QCOMPARE(oneCell(ExportCell::fromDateTime(summer)), QByteArray("2024-07-01T12:00:00.000Z"));
        QCOMPARE(oneCell(ExportCell::fromDateTime(kNoTime)), QByteArray());

        const QTimeZone london("Europe/London");
        if (!london.isValid())
            QSKIP("no tz database");
        CsvOptions local;
        local.localTimes = true;
        local.timeZone = london;
        QCOMPARE(oneCell(ExportCell::fromDateTime(winter), local), QByteArray("2024-03-05 09:07:03"));
        QCOMPARE(oneCell(ExportCell::fromDateTime(summer), local), QByteArray("2024-07-01 13:00:00"));
        // The spring-forward instant (01:00 UTC on 2024-03-31) and the millisecond before it.
        const qint64 spring = utc(2024, 3, 31, 1, 0, 0);
        QCOMPARE(oneCell(ExportCell::fromDateTime(spring - 1), local), QByteArray("2024-03-31 00:59:59"));
        QCOMPARE(oneCell(ExportCell::fromDateTime(spring), local), QByteArray("2024-03-31 02:00:00"));
    }

    void datesAreNeverShifted()
    {
        const qint64 birth = utc(2005, 1, 2, 0, 0, 0);
        QCOMPARE(oneCell(ExportCell::fromDate(birth)), QByteArray("2005-01-02"));
        CsvOptions local;
        local.localTimes = true;
        local.timeZone = QTimeZone("America/Los_Angeles");
        QCOMPARE(oneCell(ExportCell::fromDate(birth), local), QByteArray("2005-01-02"));
    }

    void localTimeMatchesQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : {"Europe/London", "Pacific/Auckland", "America/Sao_Paulo", "Australia/Lord_Howe",
                                 "Asia/Kolkata", "UTC"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    // ExportLocalTime caches spans between transitions; QDateTime asks the zone every time.
    void localTimeMatchesQDateTime()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone timeZone(zone);
        if (!timeZone.isValid())
            QSKIP("zone not in the tz database");
        ExportLocalTime local(timeZone);
        // Descending, ascending and jumping instants over 30 years, every 7 h 13 min.
        const qint64 from = utc(1995, 1, 1, 0, 0, 0);
        const qint64 step = (7 * 3600 + 13 * 60) * 1000LL;
        for (int pass = 0; pass < 2; ++pass) {
            for (qint64 i = 0; i < 36500; ++i) {
                const qint64 ms = pass == 0 ? from + i * step : from + (36499 - i) * step;
                const qint64 expected = qint64(timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
                if (local.offsetMs(ms) != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 at %2").arg(QString::fromLatin1(zone)).arg(ms)));
            }
        }
    }

    void durations()
    {
        CsvOptions options;
        options.durations = CsvDurations::Seconds;
        QCOMPARE(oneCell(ExportCell::fromDuration(5400), options), QByteArray("5400"));
        options.durations = CsvDurations::Minutes;
        QCOMPARE(oneCell(ExportCell::fromDuration(5400), options), QByteArray("90"));
        QCOMPARE(oneCell(ExportCell::fromDuration(5430), options), QByteArray("90.5"));
        QCOMPARE(oneCell(ExportCell::fromDuration(5401), options), QByteArray("90.02"));
        QCOMPARE(oneCell(ExportCell::fromDuration(0), options), QByteArray("0"));
        options.decimalPoint = ',';
        options.delimiter = ';';
        QCOMPARE(oneCell(ExportCell::fromDuration(5430), options), QByteArray("90,5"));
        options = CsvOptions();
        options.durations = CsvDurations::Text;
        QCOMPARE(oneCell(ExportCell::fromDuration(5400), options), QByteArray("1 h 30 min"));
        QCOMPARE(oneCell(ExportCell::fromDuration(45), options), QByteArray("45 s"));
        // Repeated values come from the writer's cache: same text.
        const QByteArray twice = csv({QStringLiteral("d")},
                                     {Row{ExportCell::fromDuration(5400)}, Row{ExportCell::fromDuration(5400)}}, options);
        QCOMPARE(twice, QByteArray("d\n1 h 30 min\n1 h 30 min\n"));
    }

    void booleans()
    {
        QCOMPARE(oneCell(ExportCell::fromBoolean(true)), QByteArray("true"));
        QCOMPARE(oneCell(ExportCell::fromBoolean(false)), QByteArray("false"));
        CsvOptions words;
        words.wordBooleans = true;
        QCOMPARE(oneCell(ExportCell::fromBoolean(true), words), QByteArray("Yes"));
        QCOMPARE(oneCell(ExportCell::fromBoolean(false), words), QByteArray("No"));
    }

    void cellsFromRawValues()
    {
        QCOMPARE(ExportCell::fromRaw(ColumnType::Text, QVariant()).kind(), ExportCell::Kind::Empty);
        QCOMPARE(ExportCell::fromRaw(ColumnType::DateTime, QVariant()).kind(), ExportCell::Kind::Empty);
        QCOMPARE(ExportCell::fromRaw(ColumnType::DateTime, QVariant(kNoTime)).kind(), ExportCell::Kind::Empty);
        QCOMPARE(ExportCell::fromRaw(ColumnType::Text, QVariant(QStringLiteral("x"))), ExportCell::fromText(QStringLiteral("x")));
        QCOMPARE(ExportCell::fromRaw(ColumnType::Json, QVariant(QStringLiteral("{}"))), ExportCell::fromText(QStringLiteral("{}")));
        QCOMPARE(ExportCell::fromRaw(ColumnType::Identifier, QVariant(QStringLiteral("007"))),
                 ExportCell::fromIdentifier(QStringLiteral("007")));
        QCOMPARE(ExportCell::fromRaw(ColumnType::DateTime, QVariant(qint64(1000))), ExportCell::fromDateTime(1000));
        QCOMPARE(ExportCell::fromRaw(ColumnType::Date, QVariant(qint64(86400000))), ExportCell::fromDate(86400000));
        QCOMPARE(ExportCell::fromRaw(ColumnType::Duration, QVariant(qint64(60))), ExportCell::fromDuration(60));
        QCOMPARE(ExportCell::fromRaw(ColumnType::Boolean, QVariant(true)), ExportCell::fromBoolean(true));
        const ExportCell status = ExportCell::fromRaw(ColumnType::Status, QVariant(int(SessionStatus::Completed)));
        QCOMPARE(status.kind(), ExportCell::Kind::Text);
        QCOMPARE(status.text(), sessionStatusDisplayName(SessionStatus::Completed));
    }

    void presets()
    {
        const CsvOptions german = CsvOptions::preset(CsvPreset::ExcelOnThisComputer, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.delimiter, ';');
        QCOMPARE(german.decimalPoint, ',');
        QVERIFY(german.byteOrderMark);
        QVERIFY(german.crlf);
        QVERIFY(german.localTimes);
        QVERIFY(german.formulaGuard);
        QCOMPARE(german.durations, CsvDurations::Text);

        const CsvOptions british = CsvOptions::preset(CsvPreset::ExcelOnThisComputer, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(british.delimiter, ',');
        QCOMPARE(british.decimalPoint, '.');

        const CsvOptions plain = CsvOptions::preset(CsvPreset::PlainUtf8);
        QCOMPARE(plain.delimiter, ',');
        QVERIFY(!plain.byteOrderMark);
        QVERIFY(!plain.crlf);
        QVERIFY(!plain.localTimes);
        QVERIFY(plain.formulaGuard);

        QCOMPARE(csvPresetName(CsvPreset::ExcelOnThisComputer), QStringLiteral("Excel on this computer"));
        QCOMPARE(csvPresetName(CsvPreset::PlainUtf8), QStringLiteral("Plain UTF-8 for scripts"));

        // One row through each, end to end.
        const std::vector<Row> rows{Row{ExportCell::fromText(QStringLiteral("Zoë")),
                                        ExportCell::fromDateTime(utc(2024, 3, 5, 9, 7, 3)), ExportCell::fromDuration(5400)}};
        const QStringList headers{QStringLiteral("Pupil"), QStringLiteral("Started"), QStringLiteral("Duration")};
        QCOMPARE(csv(headers, rows, plain), QByteArray("Pupil,Started,Duration\nZoë,2024-03-05T09:07:03.000Z,5400\n"));
        CsvOptions excel = german;
        excel.timeZone = QTimeZone("Europe/Berlin");
        if (excel.timeZone.isValid())
            QCOMPARE(csv(headers, rows, excel),
                     QByteArray("\xef\xbb\xbfPupil;Started;Duration\r\nZoë;2024-03-05 10:07:03;1 h 30 min\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma LF") << ',' << false << false;
        QTest::newRow("semicolon CRLF BOM") << ';' << true << true;
        QTest::newRow("tab CRLF") << '\t' << true << false;
    }

    void roundTrip()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, crlf);
        QFETCH(bool, bom);
        const QStringList texts{QStringLiteral("plain"), QStringLiteral("Smith, Olivia"), QStringLiteral("semi;colon"),
                                QStringLiteral("tab\there"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                QStringLiteral("two\r\nlines"), QStringLiteral("Gwenllïan Ŵyn"), QStringLiteral("فاطمة"),
                                QStringLiteral("😀"), QString(), QStringLiteral("\""), QStringLiteral(" spaced "),
                                QStringLiteral("=1+1"), QStringLiteral("-5")};
        QStringList headers;
        Row row;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            headers << QStringLiteral("c%1").arg(i);
            row.push_back(ExportCell::fromText(texts[i]));
        }
        QStringList expected = texts;
        expected[13] = QStringLiteral("'=1+1"); // guarded
        expected[14] = QStringLiteral("'-5");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("round.csv"));
        CsvOptions options;
        options.delimiter = delimiter;
        options.crlf = crlf;
        options.byteOrderMark = bom;
        CsvWriter writer(path, options);
        QVERIFY(ExportTable({headers, {row, row}}).writeTo(writer));

        QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xef\xbb\xbf"), bom);
        if (bom)
            bytes.remove(0, 3);
        const QString text = QString::fromUtf8(bytes);
        const QList<QStringList> ours = parseCsv(text, QLatin1Char(delimiter));
        QCOMPARE(ours.size(), 3);
        QCOMPARE(ours[0], headers);
        QCOMPARE(ours[1], expected);
        QCOMPARE(ours[2], expected);

        bool ran = false;
        const QList<QStringList> python = pythonRead(path, delimiter, &ran);
        if (!ran)
            QSKIP("python3 not available: round trip checked with our reader only");
        QCOMPARE(python.size(), 3);
        QCOMPARE(python[0], headers);
        QCOMPARE(python[1], expected);
        QCOMPARE(python[2], expected);
    }

    void manyRowsAcrossFlushes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        CsvWriter writer(path);
        QVERIFY(writer.begin({QStringLiteral("n"), QStringLiteral("name")}));
        const QString name = QStringLiteral("Gwenllïan Ŵyn, the \"third\"");
        constexpr int kRows = 150000; // several 1 MiB blocks
        for (int i = 0; i < kRows; ++i) {
            const Row row{ExportCell::fromInteger(i), ExportCell::fromText(name)};
            QVERIFY(writer.writeRow(row));
        }
        QCOMPARE(writer.rowsWritten(), qint64(kRows));
        QVERIFY(writer.finish());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path)), QLatin1Char(','));
        QCOMPARE(rows.size(), kRows + 1);
        QCOMPARE(rows[kRows], (QStringList{QString::number(kRows - 1), name}));
        QCOMPARE(rows[77777], (QStringList{QStringLiteral("77776"), name}));
    }

    void toADevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(ExportTable({{QStringLiteral("a")}, {Row{ExportCell::fromInteger(1)}}}).writeTo(writer));
        QCOMPARE(buffer.data(), QByteArray("a\n1\n"));
    }

    void newFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pupils.csv"));
        CsvWriter writer(path);
        QVERIFY(ExportTable({{QStringLiteral("a")}, {}}).writeTo(writer));
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(kOwnerOnly));
        QCOMPARE(permissions & kGroupOther, QFileDevice::Permissions());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pupils.csv")});
    }

    void replacedFilesKeepTheirPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.csv"));
        QVERIFY(writeFile(path, "old\n"));
        const auto shared = kOwnerOnly | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(path, shared));
        CsvWriter writer(path);
        QVERIFY(ExportTable({{QStringLiteral("new")}, {}}).writeTo(writer));
        QCOMPARE(readAll(path), QByteArray("new\n"));
        QCOMPARE(QFileInfo(path).permissions() & (kOwnerOnly | kGroupOther), shared);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
        {
            CsvWriter writer(path);
            QVERIFY(writer.begin({QStringLiteral("a")}));
            for (int i = 0; i < 200000; ++i)
                QVERIFY(writer.writeRow(Row{ExportCell::fromText(QStringLiteral("row data that fills blocks"))}));
            writer.cancel();
            QVERIFY(!writer.finish());
            QVERIFY(!writer.writeRow(Row{ExportCell::fromInteger(1)}));
        }
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void cancelLeavesAnExistingFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.csv"));
        QVERIFY(writeFile(path, "precious\n"));
        CsvWriter writer(path);
        QVERIFY(writer.begin({QStringLiteral("a")}));
        for (int i = 0; i < 200000; ++i)
            QVERIFY(writer.writeRow(Row{ExportCell::fromText(QStringLiteral("row data that fills blocks"))}));
        writer.cancel();
        QCOMPARE(readAll(path), QByteArray("precious\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("existing.csv")});
    }

    void destroyedUnfinishedLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.csv"));
        {
            CsvWriter writer(path);
            QVERIFY(writer.begin({QStringLiteral("a")}));
            QVERIFY(writer.writeRow(Row{ExportCell::fromInteger(1)}));
        }
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void unwritableTargetsFailWithASentence_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-sessionscope/x/out.csv");
        QTest::newRow("read-only file system") << QStringLiteral("/proc/sessionscope-out.csv");
    }

    // (The tests may run as root, for whom a read-only folder is writable; these are not.)
    void unwritableTargetsFailWithASentence()
    {
        QFETCH(QString, path);
        CsvWriter writer(path);
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QVERIFY2(writer.errorString().startsWith(QStringLiteral("Cannot create ") + path + QStringLiteral(": ")),
                 qPrintable(writer.errorString()));
        QVERIFY(!writer.writeRow(Row{ExportCell::fromInteger(1)}));
        QVERIFY(!writer.finish());
        QVERIFY(!QFileInfo::exists(path));
    }

    void aMissingFolderIsNamed()
    {
        CsvWriter writer(QStringLiteral("/nonexistent-sessionscope/x/out.csv"));
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QCOMPARE(writer.errorString(), QStringLiteral("Cannot create /nonexistent-sessionscope/x/out.csv: "
                                                      "the folder /nonexistent-sessionscope/x does not exist"));
    }

    void aFolderIsNotATarget()
    {
        QTemporaryDir dir;
        CsvWriter writer(dir.path());
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QVERIFY(writer.errorString().contains(QStringLiteral("folder")));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    // A write failing half-way (here the file size limit, EFBIG, standing in for a full
    // disk): one sentence, and neither a partial file nor a damaged old one.
    void writeErrorMidwayLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.csv"));
        QVERIFY(writeFile(path, "precious\n"));

        rlimit saved{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 256 * 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);

        CsvWriter writer(path);
        bool ok = writer.begin({QStringLiteral("a")});
        for (int i = 0; ok && i < 400000; ++i)
            ok = writer.writeRow(Row{ExportCell::fromText(QStringLiteral("row data that fills blocks"))});
        ok = ok && writer.finish();

        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!ok);
        QVERIFY2(writer.errorString().startsWith(QStringLiteral("Cannot write to ") + path + QStringLiteral(": ")),
                 qPrintable(writer.errorString()));
        QVERIFY2(writer.errorString().contains(QStringLiteral("too large")), qPrintable(writer.errorString()));
        QCOMPARE(readAll(path), QByteArray("precious\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("existing.csv")});
    }

    void rowOfTheWrongWidthFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.csv"));
        CsvWriter writer(path);
        QVERIFY(writer.begin({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!writer.writeRow(Row{ExportCell::fromInteger(1)}));
        QCOMPARE(writer.errorString(), QStringLiteral("Row 1 has 1 values where the header has 2."));
        QVERIFY(!writer.finish());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void beginTwiceFails()
    {
        QTemporaryDir dir;
        CsvWriter writer(dir.filePath(QStringLiteral("t.csv")));
        QVERIFY(writer.begin({QStringLiteral("a")}));
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QVERIFY(entries(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
