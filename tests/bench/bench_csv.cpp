// CSV export speed (issue 8, "Speed"): CsvWriter writing 1,000,000 rows of ten realistic
// Century columns to a file (through QSaveFile, commit and fsync included), against Python's
// csv module writing the same rows in the same run (tests/bench/peers/csv_write.py, given the
// rows already spelled as text, so it does no formatting of its own). Both outputs are
// compared byte for byte, so the two really write the same file. `jq -r '.rows[] | @csv'`
// over the same rows as JSON, and XlsxWriter's rate, are reported beside them. Built in Release to <build>/bench/, run by `./dev bench`.

#include "benchreport.h"

#include "domain/iso8601.h"
#include "export/csvwriter.h"
#include "export/xlsxwriter.h"

#include "processwait.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr qint64 kRows = 1000000;
constexpr int kPoolRows = 65536; // distinct rows, cycled: realistic variety at a small memory cost
constexpr int kRuns = 5;
constexpr int kJqRuns = 3;
constexpr qint64 kXlsxRows = 200000;
constexpr int kXlsxRuns = 3;
constexpr double kGoalRowsPerSecond = 1000000.0;

using Row = std::vector<ExportCell>;

const char *const kFirstNames[] = {"Olivia", "Mohammed", "Amelia", "Noah", "Isla", "Oliver", "Gwenllïan", "Łucja",
                                   "Nguyễn", "فاطمة", "Siobhán", "Zoë", "Dylan", "Aarav", "Chloé", "Kacper"};
const char *const kLastNames[] = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
                                  "Ŵyn", "Wójcik", "Trần", "Al-Hashimi", "O'Connor", "Müller", "Nowak", "Patel"};
const char *const kSubjects[][2] = {{"English", "English Smart Initial Assessment"},
                                    {"Maths", "Maths Smart Initial Assessment"},
                                    {"Digital", "Digital Skills, Smart Initial Assessment"}}; // a comma: quoted
const char *const kLevels[] = {"Entry 1", "Entry 2", "Entry 3", "L1 - Lower", "L1 - Upper", "L2 - Lower", "L2 - Upper"};

const QStringList kHeaders{QStringLiteral("Pupil"),   QStringLiteral("Username"),   QStringLiteral("UPN"),
                           QStringLiteral("Subject"), QStringLiteral("Assessment"), QStringLiteral("Status"),
                           QStringLiteral("Started"), QStringLiteral("Ended"),      QStringLiteral("Duration"),
                           QStringLiteral("Level")};

// Shared QStrings for repeated values, as the store's interned tables hand them out.
std::vector<Row> makePool()
{
    QRandomGenerator random(20240305);
    QStringList first, last, subjects, tests, levels;
    for (const char *n : kFirstNames)
        first << QString::fromUtf8(n);
    for (const char *n : kLastNames)
        last << QString::fromUtf8(n);
    for (const auto &s : kSubjects) {
        subjects << QString::fromUtf8(s[0]);
        tests << QString::fromUtf8(s[1]);
    }
    for (const char *l : kLevels)
        levels << QString::fromUtf8(l);
    const QString completed = QStringLiteral("Completed");
    const QString live = QStringLiteral("Live");

    std::vector<Row> pool;
    pool.reserve(kPoolRows);
    for (int i = 0; i < kPoolRows; ++i) {
        const int f = int(random.bounded(16)), l = int(random.bounded(16)), s = int(random.bounded(3));
        const bool done = random.bounded(10) < 7;
        const qint64 start = 1693555200000LL + qint64(random.bounded(300 * 86400)) * 1000 + random.bounded(1000);
        const qint64 seconds = (20 + random.bounded(100)) * 60 + random.bounded(60);
        pool.push_back(Row{
            ExportCell::fromText(first[f] + QLatin1Char(' ') + last[l]),
            ExportCell::fromIdentifier(first[f].toLower() + QLatin1Char('.') + last[l].toLower()
                                       + QString::number(random.bounded(1000))),
            ExportCell::fromIdentifier(QStringLiteral("A") + QString::number(100000000000LL + random.bounded(900000000))),
            ExportCell::fromText(subjects[s]),
            ExportCell::fromText(tests[s]),
            ExportCell::fromText(done ? completed : live),
            ExportCell::fromDateTime(start),
            done ? ExportCell::fromDateTime(start + seconds * 1000) : ExportCell(),
            done ? ExportCell::fromDuration(seconds) : ExportCell(),
            done ? ExportCell::fromText(levels[int(random.bounded(7))]) : ExportCell(),
        });
    }
    return pool;
}

// The pool as the plain preset spells it, for the Python peer (spelled here independently
// of CsvWriter, through the same iso8601 formatter the app uses everywhere).
QByteArray poolAsJson(const std::vector<Row> &pool)
{
    QJsonArray rows;
    for (const Row &row : pool) {
        QJsonArray cells;
        for (const ExportCell &cell : row) {
            switch (cell.kind()) {
            case ExportCell::Kind::Text:
            case ExportCell::Kind::Identifier: cells.append(cell.text()); break;
            case ExportCell::Kind::DateTime: cells.append(iso8601::formatRfc3339Ms(cell.number())); break;
            case ExportCell::Kind::Duration:
            case ExportCell::Kind::Integer: cells.append(QString::number(cell.number())); break;
            default: cells.append(QString()); break;
            }
        }
        rows.append(cells);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("headers"), QJsonArray::fromStringList(kHeaders)},
                                     {QStringLiteral("rows"), rows}})
        .toJson(QJsonDocument::Compact);
}

// Rows/s of `runs` passes of `write` (which returns false on failure).
BenchSample measure(int runs, qint64 rows, const std::function<bool()> &write)
{
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!write())
            return {};
        rates.push_back(double(rows) / (double(timer.nsecsElapsed()) / 1e9));
    }
    return BenchSample::of(rates);
}

bool writeCsv(const QString &path, const CsvOptions &options, const std::vector<Row> &pool, qint64 rows)
{
    CsvWriter writer(path, options);
    bool ok = writer.begin(kHeaders);
    for (qint64 i = 0; ok && i < rows; ++i)
        ok = writer.writeRow(pool[std::size_t(i % kPoolRows)]);
    ok = ok && writer.finish();
    if (!ok)
        std::fprintf(stderr, "CsvWriter failed: %s\n", qPrintable(writer.errorString()));
    return ok;
}

bool writeXlsx(const QString &path, const std::vector<Row> &pool, qint64 rows)
{
    XlsxWriter writer(path);
    bool ok = writer.begin(kHeaders);
    for (qint64 i = 0; ok && i < rows; ++i)
        ok = writer.writeRow(pool[std::size_t(i % kPoolRows)]);
    ok = ok && writer.finish();
    if (!ok)
        std::fprintf(stderr, "XlsxWriter failed: %s\n", qPrintable(writer.errorString()));
    return ok;
}

// Python's csv module through tests/bench/peers/csv_write.py; one rows/s per run.
std::vector<double> runPython(const QString &rowsJson, const QString &out)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(SESSIONSCOPE_SOURCE_DIR "/tests/bench/peers/csv_write.py");
    if (python.isEmpty() || !QFile::exists(script))
        return {};
    QProcess process;
    process.start(python, {script, rowsJson, out, QString::number(kRows), QString::number(kRuns)});
    if (!waitForExit(process, 600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "python3 peer failed: %s\n", process.readAllStandardError().constData());
        return {};
    }
    std::vector<double> rates;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            rates.push_back(line.trimmed().toDouble());
    }
    return rates;
}

// `jq -r '.rows[] | @csv'` over the pool's rows (kPoolRows, not a million: jq is slow), as
// one would turn a JSON download into CSV with it; the whole process timed, reading and
// parsing the JSON included. One rows/s per run; empty when jq is missing or fails.
std::vector<double> runJq(const QString &rowsJson, const QString &out)
{
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (jq.isEmpty())
        return {};
    std::vector<double> rates;
    for (int run = 0; run < kJqRuns; ++run) {
        QProcess process;
        process.setStandardOutputFile(out);
        QElapsedTimer timer;
        timer.start();
        process.start(jq, {QStringLiteral("-r"), QStringLiteral(".rows[] | @csv"), rowsJson});
        if (!waitForExit(process, 300000) || process.exitCode() != 0) {
            std::fprintf(stderr, "jq peer failed: %s\n", process.readAllStandardError().constData());
            return {};
        }
        rates.push_back(double(kPoolRows) / (double(timer.nsecsElapsed()) / 1e9));
    }
    QFile written(out);
    if (!written.open(QIODevice::ReadOnly) || written.readAll().count('\n') != kPoolRows) {
        std::fprintf(stderr, "jq peer wrote the wrong number of rows\n");
        return {};
    }
    return rates;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<Row> pool = makePool();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString ours = dir.filePath(QStringLiteral("ours.csv"));
    const QString theirs = dir.filePath(QStringLiteral("python.csv"));

    const CsvOptions plain = CsvOptions::preset(CsvPreset::PlainUtf8);
    CsvOptions plainNoGuard = plain;
    plainNoGuard.formulaGuard = false;
    const CsvOptions excel = CsvOptions::preset(CsvPreset::ExcelOnThisComputer);

    writeCsv(ours, plain, pool, kRows / 10); // warm-up: page cache, allocator, zone data
    const BenchSample plainRate = measure(kRuns, kRows, [&] { return writeCsv(ours, plain, pool, kRows); });
    const qint64 bytes = QFileInfo(ours).size();
    const QByteArray ourHash = fileHash(ours);
    const BenchSample excelRate = measure(kRuns, kRows, [&] { return writeCsv(ours, excel, pool, kRows); });
    const BenchSample noGuardRate = measure(kRuns, kRows, [&] { return writeCsv(ours, plainNoGuard, pool, kRows); });

    QFile rowsFile(dir.filePath(QStringLiteral("rows.json")));
    if (!rowsFile.open(QIODevice::WriteOnly) || rowsFile.write(poolAsJson(pool)) < 0)
        return 1;
    rowsFile.close();
    const std::vector<double> pythonRates = runPython(rowsFile.fileName(), theirs);
    const BenchSample pythonRate = BenchSample::of(pythonRates);
    const bool identical = !pythonRates.empty() && fileHash(theirs) == ourHash;
    const BenchSample jqRate = BenchSample::of(runJq(rowsFile.fileName(), dir.filePath(QStringLiteral("jq.csv"))));

    const QString xlsx = dir.filePath(QStringLiteral("ours.xlsx"));
    const BenchSample xlsxRate = measure(kXlsxRuns, kXlsxRows, [&] { return writeXlsx(xlsx, pool, kXlsxRows); });

    std::printf("CSV: %lld rows x %lld columns (%d distinct rows cycled), %.1f MB; median of %d runs, one core, "
                "QSaveFile commit (fsync) included\n",
                kRows, qint64(kHeaders.size()), kPoolRows, double(bytes) / 1e6, kRuns);
    std::printf("(a) CsvWriter, plain preset (ISO 8601 UTC, seconds, guard on): %.0f rows/s (goal >= %.0f)\n",
                plainRate.value, kGoalRowsPerSecond);
    std::printf("(b) CsvWriter, Excel preset (BOM, local times, \"1 h 30 min\", CRLF): %.0f rows/s\n", excelRate.value);
    std::printf("(c) CsvWriter, plain preset, guard off: %.0f rows/s\n", noGuardRate.value);
    if (pythonRates.empty())
        std::printf("(d) Python csv module: not measured (python3 missing or failed)\n");
    else
        std::printf("(d) Python csv module, same rows pre-spelled as text: %.0f rows/s; ours is %.1fx; "
                    "files byte-identical: %s\n",
                    pythonRate.value, plainRate.value / pythonRate.value, identical ? "yes" : "NO");
    std::printf("(e) jq -r '.rows[] | @csv' over the same rows as JSON (%d rows, whole process): %.0f rows/s\n",
                kPoolRows, jqRate.value);
    std::printf("(f) XlsxWriter (libxlsxwriter, constant memory), %lld rows: %.0f rows/s\n", kXlsxRows,
                xlsxRate.value);

    const BenchGoal goal = BenchGoal::atLeast(kGoalRowsPerSecond);
    // Python wrote the same rows: its file must be ours byte for byte, or it is no peer.
    reportFigure({.id = "csv_write_1m", .ours = plainRate, .unit = "rows/s", .goal = goal, .peer = "python_csv",
                  .theirs = pythonRate, .valid = pythonRates.empty() || identical});
    reportFigure({.id = "csv_write_1m_vs_jq", .ours = plainRate, .unit = "rows/s", .goal = BenchGoal::report(),
                  .peer = "jq_at_csv", .theirs = jqRate});
    reportFigure({.id = "csv_write_1m_excel_preset", .ours = excelRate, .unit = "rows/s", .goal = BenchGoal::report(),
                  .peer = "python_csv", .theirs = pythonRate});
    reportFigure({.id = "xlsx_write_200k", .ours = xlsxRate, .unit = "rows/s", .goal = BenchGoal::report()});
    return plainRate.value > 0 ? 0 : 1;
}
