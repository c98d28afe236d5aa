// XlsxWriter (issue 8): files read back by readers that are not ours — Python's openpyxl
// (values, cell types: dates are datetimes, the frozen pane, the autofilter, widths, the bold
// header) and Debian's xlsx2csv — plus Excel's limits, 0600 for new files, and no partial
// or clobbered file after a cancel or a failure.
#include "export/exporttable.h"
#include "export/xlsxwriter.h"

#include "processwait.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Row = std::vector<ExportCell>;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kGroupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Each cell as "type:value" (openpyxl's view), so that a date read as text cannot pass.
const char *const kOpenpyxlScript =
    "import json, sys, datetime, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "ws = wb.active\n"
    "def cell(c):\n"
    "    v = c.value\n"
    "    if v is None: return None\n"
    "    if isinstance(v, bool): return 'bool:' + str(v)\n"
    "    if isinstance(v, datetime.datetime): return 'datetime:' + v.isoformat()\n"
    "    if isinstance(v, datetime.time): return 'time:' + v.isoformat()\n"
    "    if isinstance(v, datetime.timedelta): return 'timedelta:' + repr(v.total_seconds())\n"
    "    if isinstance(v, (int, float)): return type(v).__name__ + ':' + repr(v)\n"
    "    return c.data_type + ':' + v\n"
    "out = {\n"
    "  'title': ws.title,\n"
    "  'freeze': ws.freeze_panes,\n"
    "  'filter': ws.auto_filter.ref,\n"
    "  'bold': [bool(c.font.b) for c in ws[1]],\n"
    "  'formats': [[c.number_format for c in r] for r in ws.iter_rows(min_row=2)],\n"
    "  'widths': {k: v.width for k, v in ws.column_dimensions.items()},\n"
    "  'rows': [[cell(c) for c in r] for r in ws.iter_rows()],\n"
    "}\n"
    "sys.stdout.write(json.dumps(out))\n";

QString pythonWithOpenpyxl()
{
    // A pyenv or venv python3 first on PATH may lack Debian's python3-openpyxl.
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : candidates) {
        if (!QFileInfo(python).isExecutable())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (waitForExit(probe, 30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

QJsonObject readWithOpenpyxl(const QString &path)
{
    static const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(kOpenpyxlScript), path});
    if (!waitForExit(process, 60000) || process.exitCode() != 0) {
        qWarning() << "openpyxl failed:" << process.readAllStandardError();
        return {{QStringLiteral("failed"), true}};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList rowOf(const QJsonObject &sheet, int row)
{
    QStringList cells;
    for (const QJsonValue &cell : sheet.value(QStringLiteral("rows")).toArray().at(row).toArray())
        cells << (cell.isNull() ? QStringLiteral("<none>") : cell.toString());
    return cells;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

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

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

XlsxOptions londonOptions()
{
    XlsxOptions options;
    options.timeZone = QTimeZone("Europe/London");
    return options;
}

} // namespace

class TestXlsxWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (pythonWithOpenpyxl().isEmpty())
            QSKIP("python3 with openpyxl (Debian python3-openpyxl) is needed to read the files back");
        if (!QTimeZone("Europe/London").isValid())
            QSKIP("no tz database");
    }

    void valuesAndTypes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("types.xlsx"));
        XlsxWriter writer(path, londonOptions());
        const QStringList headers{QStringLiteral("Text"),     QStringLiteral("Id"),      QStringLiteral("Integer"),
                                  QStringLiteral("Started"),  QStringLiteral("Born"),    QStringLiteral("Duration"),
                                  QStringLiteral("Flag"),     QStringLiteral("Nothing"), QStringLiteral("Formula-like")};
        const Row first{ExportCell::fromText(QStringLiteral("Gwenllïan Ŵyn")),
                        ExportCell::fromIdentifier(QStringLiteral("007123")),
                        ExportCell::fromInteger(-5),
                        ExportCell::fromDateTime(utc(2024, 7, 1, 12, 0, 0)), // 13:00 in London (BST)
                        ExportCell::fromDate(utc(2005, 1, 2)),
                        ExportCell::fromDuration(5430),
                        ExportCell::fromBoolean(true),
                        ExportCell(),
                        ExportCell::fromText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))};
        const Row second{ExportCell::fromText(QStringLiteral("فاطمة 😀")),
                         ExportCell::fromIdentifier(QStringLiteral("A123456789012")),
                         ExportCell::fromInteger(12345678901234567LL), // beyond a double's exact integers
                         ExportCell::fromDateTime(utc(2024, 3, 5, 9, 7, 3)),
                         ExportCell::fromDate(utc(1890, 6, 1)), // before Excel's calendar
                         ExportCell::fromDuration(5400),
                         ExportCell::fromBoolean(false),
                         ExportCell(),
                         ExportCell::fromText(QStringLiteral("-5"))};
        QVERIFY(ExportTable({headers, {first, second}}).writeTo(writer));
        QCOMPARE(writer.rowsWritten(), qint64(2));

        const QJsonObject sheet = readWithOpenpyxl(path);
        QVERIFY(!sheet.isEmpty() && !sheet.contains(QStringLiteral("failed")));
        QCOMPARE(rowOf(sheet, 0),
                 (QStringList{QStringLiteral("s:Text"), QStringLiteral("s:Id"), QStringLiteral("s:Integer"),
                              QStringLiteral("s:Started"), QStringLiteral("s:Born"), QStringLiteral("s:Duration"),
                              QStringLiteral("s:Flag"), QStringLiteral("s:Nothing"), QStringLiteral("s:Formula-like")}));
        QCOMPARE(rowOf(sheet, 1),
                 (QStringList{QStringLiteral("s:Gwenllïan Ŵyn"), QStringLiteral("s:007123"), QStringLiteral("int:-5"),
                              QStringLiteral("datetime:2024-07-01T13:00:00"), QStringLiteral("datetime:2005-01-02T00:00:00"),
                              QStringLiteral("float:90.5"), QStringLiteral("bool:True"), QStringLiteral("<none>"),
                              QStringLiteral("s:=HYPERLINK(\"http://x\",\"y\")")}));
        QCOMPARE(rowOf(sheet, 2),
                 (QStringList{QStringLiteral("s:فاطمة 😀"), QStringLiteral("s:A123456789012"),
                              QStringLiteral("s:12345678901234567"), QStringLiteral("datetime:2024-03-05T09:07:03"),
                              QStringLiteral("s:1890-06-01"), QStringLiteral("int:90"), QStringLiteral("bool:False"),
                              QStringLiteral("<none>"), QStringLiteral("s:-5")}));
        const QJsonArray formats = sheet.value(QStringLiteral("formats")).toArray().at(0).toArray();
        QCOMPARE(formats.at(3).toString(), QStringLiteral("yyyy-mm-dd hh:mm"));
        QCOMPARE(formats.at(4).toString(), QStringLiteral("yyyy-mm-dd"));
    }

    void utcWallClockByOption()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("utc.xlsx"));
        XlsxOptions options = londonOptions();
        options.localTimes = false;
        XlsxWriter writer(path, options);
        QVERIFY(ExportTable({{QStringLiteral("t")}, {Row{ExportCell::fromDateTime(utc(2024, 7, 1, 12, 0, 0))}}})
                    .writeTo(writer));
        QCOMPARE(rowOf(readWithOpenpyxl(path), 1), QStringList{QStringLiteral("datetime:2024-07-01T12:00:00")});
    }

    void durationsByOption()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.xlsx"));
        XlsxOptions options;
        options.durations = XlsxDurations::HoursMinutes;
        {
            XlsxWriter writer(path, options);
            QVERIFY(ExportTable({{QStringLiteral("d")}, {Row{ExportCell::fromDuration(5400)}, Row{ExportCell::fromDuration(-60)}}})
                        .writeTo(writer));
        }
        QJsonObject sheet = readWithOpenpyxl(path);
        QCOMPARE(rowOf(sheet, 1), QStringList{QStringLiteral("timedelta:5400.0")}); // a day fraction read as a duration
        QCOMPARE(sheet.value(QStringLiteral("formats")).toArray().at(0).toArray().at(0).toString(), QStringLiteral("[h]:mm"));
        QCOMPARE(rowOf(sheet, 2), QStringList{QStringLiteral("s:-1 min")}); // [h]:mm cannot show it

        options.durations = XlsxDurations::Text;
        {
            XlsxWriter writer(path, options);
            QVERIFY(ExportTable({{QStringLiteral("d")}, {Row{ExportCell::fromDuration(5400)}}}).writeTo(writer));
        }
        QCOMPARE(rowOf(readWithOpenpyxl(path), 1), QStringList{QStringLiteral("s:1 h 30 min")});
    }

    void frozenHeaderAutofilterWidths()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.xlsx"));
        XlsxOptions options;
        options.sheetName = QStringLiteral("Year 11: [mock]");
        XlsxWriter writer(path, options);
        QVERIFY(writer.begin({QStringLiteral("Pupil"), QStringLiteral("Started"), QStringLiteral("Id")}));
        const QString longName = QStringLiteral("Siobhán Al-Hashimi-O'Connor-Nowak");
        for (int i = 0; i < 3; ++i)
            QVERIFY(writer.writeRow(Row{ExportCell::fromText(longName), ExportCell::fromDateTime(utc(2024, 1, 1, 9)),
                                        ExportCell::fromIdentifier(QStringLiteral("7"))}));
        QVERIFY(writer.finish());

        const QJsonObject sheet = readWithOpenpyxl(path);
        QCOMPARE(sheet.value(QStringLiteral("title")).toString(), QStringLiteral("Year 11 mock"));
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(sheet.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:C4"));
        QCOMPARE(sheet.value(QStringLiteral("bold")).toArray(), (QJsonArray{true, true, true}));
        const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
        const double nameWidth = widths.value(QStringLiteral("A")).toDouble();
        const double dateWidth = widths.value(QStringLiteral("B")).toDouble();
        const double idWidth = widths.value(QStringLiteral("C")).toDouble();
        QVERIFY2(nameWidth >= longName.size() && nameWidth <= 60, qPrintable(QString::number(nameWidth)));
        QVERIFY2(dateWidth >= 16, qPrintable(QString::number(dateWidth)));
        QVERIFY2(idWidth >= 8 && idWidth < 12, qPrintable(QString::number(idWidth)));
    }

    void readByXlsx2csv()
    {
        const QString xlsx2csv = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
        if (xlsx2csv.isEmpty())
            QSKIP("xlsx2csv (Debian package xlsx2csv) not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.xlsx"));
        XlsxWriter writer(path, londonOptions());
        QVERIFY(ExportTable({{QStringLiteral("Pupil"), QStringLiteral("UPN"), QStringLiteral("Score"), QStringLiteral("Born")},
                             {Row{ExportCell::fromText(QStringLiteral("Smith, \"Zoë\"")),
                                  ExportCell::fromIdentifier(QStringLiteral("007123")), ExportCell::fromInteger(-5),
                                  ExportCell::fromDate(utc(2005, 1, 2))}}})
                    .writeTo(writer));
        QProcess process;
        process.start(xlsx2csv, {path});
        QVERIFY(waitForExit(process, 60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.startsWith(QStringLiteral("Pupil,UPN,Score,Born")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"Smith, \"\"Zoë\"\"\",007123,-5,2005-01-02")), qPrintable(text));
    }

    void longTextIsCutAtExcelsLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.xlsx"));
        const QString text(40000, QLatin1Char('x'));
        XlsxWriter writer(path);
        QVERIFY(ExportTable({{QStringLiteral("t")}, {Row{ExportCell::fromText(text)}}}).writeTo(writer));
        const QString written = rowOf(readWithOpenpyxl(path), 1).value(0).mid(2);
        QCOMPARE(written.size(), XlsxWriter::kMaxCellLength);
        QVERIFY(written.startsWith(QString(1000, QLatin1Char('x'))));
        QVERIFY(written.endsWith(QStringLiteral("[cut at Excel's limit of 32,767 characters]")));
        QCOMPARE(XlsxWriter::cellText(QStringLiteral("short")), QStringLiteral("short"));
        // A surrogate pair straddling the cut is not split.
        QString emoji;
        while (emoji.size() < 40000)
            emoji += QStringLiteral("😀");
        const QString cut = XlsxWriter::cellText(emoji);
        QVERIFY(cut.size() <= XlsxWriter::kMaxCellLength);
        QVERIFY(!cut.contains(QChar(0xfffd)));
        for (qsizetype i = 0; i + 1 < cut.size() && cut[i] != QChar(u'…'); i += 2)
            QVERIFY(cut[i].isHighSurrogate() && cut[i + 1].isLowSurrogate());
    }

    void controlCharactersStayReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ctl.xlsx"));
        XlsxWriter writer(path);
        QVERIFY(ExportTable({{QStringLiteral("t")}, {Row{ExportCell::fromText(QStringLiteral("a\x01" "b\tc\nd"))}}})
                    .writeTo(writer));
        const QJsonObject sheet = readWithOpenpyxl(path);
        QVERIFY(!sheet.contains(QStringLiteral("failed"))); // the XML stayed well formed
        const QString value = rowOf(sheet, 1).value(0);
        QVERIFY2(value.startsWith(QStringLiteral("s:a")) && value.endsWith(QStringLiteral("b\tc\nd")), qPrintable(value));
    }

    void newFilesAreOwnerOnlyAndNothingElseIsLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pupils.xlsx"));
        XlsxWriter writer(path);
        QVERIFY(ExportTable({{QStringLiteral("a")}, {Row{ExportCell::fromInteger(1)}}}).writeTo(writer));
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(kOwnerOnly));
        QCOMPARE(permissions & kGroupOther, QFileDevice::Permissions());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pupils.xlsx")});
        QVERIFY(readAll(path).startsWith("PK")); // a zip container
    }

    void cancelLeavesAnExistingFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.xlsx"));
        QVERIFY(writeFile(path, "precious"));
        {
            XlsxWriter writer(path);
            QVERIFY(writer.begin({QStringLiteral("a"), QStringLiteral("b")}));
            for (int i = 0; i < 5000; ++i)
                QVERIFY(writer.writeRow(Row{ExportCell::fromInteger(i), ExportCell::fromText(QStringLiteral("pupil"))}));
            writer.cancel();
            QVERIFY(!writer.finish());
            QCOMPARE(writer.errorString(), QStringLiteral("The export was cancelled."));
        }
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("existing.xlsx")});
    }

    void destroyedUnfinishedLeavesNoFile()
    {
        QTemporaryDir dir;
        {
            XlsxWriter writer(dir.filePath(QStringLiteral("dropped.xlsx")));
            QVERIFY(writer.begin({QStringLiteral("a")}));
            QVERIFY(writer.writeRow(Row{ExportCell::fromInteger(1)}));
        }
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void unwritableTargetFailsWithASentence()
    {
        const QString path = QStringLiteral("/nonexistent-sessionscope/out.xlsx");
        XlsxWriter writer(path);
        QVERIFY(!writer.begin({QStringLiteral("a")}));
        QVERIFY2(writer.errorString().startsWith(QStringLiteral("Cannot create ") + path + QStringLiteral(": ")),
                 qPrintable(writer.errorString()));
        QVERIFY(!writer.writeRow(Row{ExportCell::fromInteger(1)}));
        QVERIFY(!writer.finish());
    }

    void rowOfTheWrongWidthFails()
    {
        QTemporaryDir dir;
        XlsxWriter writer(dir.filePath(QStringLiteral("w.xlsx")));
        QVERIFY(writer.begin({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!writer.writeRow(Row{ExportCell::fromInteger(1)}));
        QCOMPARE(writer.errorString(), QStringLiteral("Row 1 has 1 values where the header has 2."));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // Excel's sheet holds 1,048,576 rows: the header and 1,048,575 data rows. One more is a
    // clear error, and the existing file stays as it was.
    void moreRowsThanASheetHoldsFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
        QVERIFY(writeFile(path, "precious"));
        XlsxWriter writer(path);
        QVERIFY(writer.begin({QStringLiteral("n")}));
        for (qint64 i = 0; i < XlsxWriter::kMaxRows; ++i) {
            if (!writer.writeRow(Row{ExportCell::fromBoolean(i & 1)}))
                QFAIL(qPrintable(writer.errorString()));
        }
        QVERIFY(!writer.writeRow(Row{ExportCell::fromBoolean(true)}));
        QVERIFY2(writer.errorString().contains(QStringLiteral("at most 1,048,575 rows")), qPrintable(writer.errorString()));
        QVERIFY(!writer.finish());
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("huge.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
