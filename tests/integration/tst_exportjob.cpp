// ExportJob against the demo server over loopback HTTP: "all matching sessions" paged to the
// end equals the server's own data (checked with a plain HTTP client, column by column),
// "loaded rows" equals the table as the user sees it (order and columns), and every way an
// export can stop (cancel, API failure, unwritable target, a reload of the list) leaves no
// partial file and an existing file untouched.
#include "demohttp.h"
#include "exporttestkit.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "domain/iso8601.h"
#include "export/csvwriter.h"
#include "export/exportcolumns.h"
#include "export/exportjob.h"
#include "export/exporttable.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

namespace {

constexpr int kScale = 900;

std::unique_ptr<DemoServer> frozenServer(const QString &faults = {})
{
    return startStillDemoServer(kScale, faults);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(writeFileBytes(path, bytes));
}

// Every Century session the server holds, walked with a plain client (cursor paging).
QList<QJsonObject> rawCenturySessions(DemoServer &server)
{
    DemoHttp http;
    QList<QJsonObject> sessions;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrl url = server.baseUrl(Backend::Century);
        url.setPath(url.path() + QStringLiteral("/smart-ia/sessions"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(q);
        const DemoHttpReply reply = http.get(url, centuryAuth());
        if (reply.status != 200)
            qFatal("raw walk: HTTP %d", reply.status);
        const QJsonObject body = reply.json();
        for (const QJsonValue v : body.value(QStringLiteral("data")).toArray())
            sessions << v.toObject();
        const QJsonValue next = body.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("nextCursor"));
        if (next.isNull() || next.toString().isEmpty())
            break;
        cursor = next.toString();
    }
    return sessions;
}

QString instantText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    const auto ms = iso8601::parseDateTimeMs(QStringView(v.toString()));
    return ms ? QString::number(*ms) : QStringLiteral("<bad %1>").arg(v.toString());
}

QString csvInstant(const QString &cell)
{
    if (cell.isEmpty())
        return QString();
    const auto ms = iso8601::parseDateTimeMs(QStringView(cell));
    return ms ? QString::number(*ms) : QStringLiteral("<bad %1>").arg(cell);
}

} // namespace

class TestExportJob final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportResult runAll(DemoServer &server, ExportRequest request, Query query,
                        Backend backend = Backend::Century, QByteArray key = demokeys::kCenturyKey)
    {
        std::shared_ptr<const SessionSource> source = makeSessionSource(backend, server.baseUrl(backend));
        const auto header = source->authHeader(key);
        ApiLimits limits;
        limits.maxRetries = 1;
        limits.backoffBase = std::chrono::milliseconds(5);
        ApiClient client(server.baseUrl(backend), ApiAuth{header.first, header.second}, limits);
        ExportJob job(std::move(request));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startAllMatching(source, &client, std::move(query));
        if (!finished.wait(30'000)) {
            ExportResult timedOut;
            timedOut.status = ExportResult::Status::ApiFailed;
            timedOut.message = QStringLiteral("timeout");
            return timedOut;
        }
        return finished.first().first().value<ExportResult>();
    }

    QStringList filesIn(const QString &dir) const { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExportResult>();
        QVERIFY(m_dir.isValid());
    }

    void allPagesEqualTheDemoServerData()
    {
        auto server = frozenServer();
        const QList<QJsonObject> raw = rawCenturySessions(*server);
        QVERIFY(raw.size() > 300);

        ExportRequest request;
        request.path = path(QStringLiteral("all.csv"));
        request.csv.formulaGuard = false; // compare the texts exactly as the API sent them
        for (const ColumnDescriptor &c : makeSessionSource(Backend::Century, QUrl())->columns())
            request.columnIds << c.id;
        const ExportResult result = runAll(*server, request, CenturyQuery{});
        QVERIFY2(result.ok(), qPrintable(result.message + result.detail));
        QCOMPARE(result.rows, qint64(raw.size()));

        const QList<QStringList> rows = readCsvText(QString::fromUtf8(readFileBytes(request.path)));
        QCOMPARE(rows.size(), raw.size() + 1);
        QCOMPARE(rows.first(), [&] {
            QStringList h;
            for (const ColumnDescriptor &c : makeSessionSource(Backend::Century, QUrl())->columns())
                h << columnHeader(c);
            return h;
        }());
        const auto col = [&](const char *id) { return int(request.columnIds.indexOf(QLatin1String(id))); };
        QSet<QString> ids;
        for (int i = 0; i < raw.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            const QJsonObject s = raw.at(i);
            const QJsonObject user = s.value(QStringLiteral("user")).toObject();
            const QJsonObject test = s.value(QStringLiteral("test")).toObject();
            const QJsonObject res = s.value(QStringLiteral("result")).toObject();
            QCOMPARE(row.size(), request.columnIds.size());
            QCOMPARE(row.at(col("id")), s.value(QStringLiteral("sessionId")).toString()); // same order
            ids.insert(row.at(col("id")));
            QCOMPARE(row.at(col("backend_status")), s.value(QStringLiteral("status")).toString());
            QCOMPARE(row.at(col("status")), s.value(QStringLiteral("status")).toString() == QLatin1String("COMPLETED")
                                                ? sessionStatusDisplayName(SessionStatus::Completed)
                                                : sessionStatusDisplayName(SessionStatus::Live));
            QCOMPARE(row.at(col("pupil")), user.value(QStringLiteral("fullName")).toString());
            QCOMPARE(row.at(col("username")), user.value(QStringLiteral("username")).toString());
            QCOMPARE(row.at(col("first_name")), user.value(QStringLiteral("firstName")).toString());
            QCOMPARE(row.at(col("middle_name")), user.value(QStringLiteral("middleName")).toString());
            QCOMPARE(row.at(col("last_name")), user.value(QStringLiteral("lastName")).toString());
            QCOMPARE(row.at(col("upn")), user.value(QStringLiteral("upn")).toString());
            QCOMPARE(row.at(col("external_id")), user.value(QStringLiteral("externalId")).toString());
            QStringList emails;
            for (const QJsonValue e : user.value(QStringLiteral("emails")).toArray())
                emails << e.toString();
            QCOMPARE(row.at(col("emails")), emails.join(QStringLiteral("; ")));
            const QString gender = user.value(QStringLiteral("gender")).toString();
            QCOMPARE(row.at(col("gender")), gender.isEmpty() ? QStringLiteral("unknown") : gender);
            const QString dob = user.value(QStringLiteral("dateOfBirth")).toString();
            QCOMPARE(row.at(col("date_of_birth")), dob.left(10));
            QCOMPARE(row.at(col("user_id")), user.value(QStringLiteral("userId")).toString());
            QCOMPARE(row.at(col("subject")), test.value(QStringLiteral("subject")).toString());
            QCOMPARE(row.at(col("test")), test.value(QStringLiteral("name")).toString());
            QCOMPARE(row.at(col("test_id")), test.value(QStringLiteral("testId")).toString());
            QCOMPARE(row.at(col("test_version_id")), test.value(QStringLiteral("testVersionId")).toString());
            QCOMPARE(csvInstant(row.at(col("started"))), instantText(s.value(QStringLiteral("startDate"))));
            QCOMPARE(csvInstant(row.at(col("ended"))), instantText(s.value(QStringLiteral("endDate"))));
            QCOMPARE(csvInstant(row.at(col("result_created"))), instantText(res.value(QStringLiteral("createdDate"))));
            QCOMPARE(row.at(col("level")), res.value(QStringLiteral("level")).toString());
            const QString duration = res.value(QStringLiteral("duration")).toString();
            QCOMPARE(row.at(col("duration")),
                     duration.isEmpty() ? QString()
                                        : QString::number(*iso8601::parseDurationSeconds(QStringView(duration))));
        }
        QCOMPARE(ids.size(), raw.size()); // no duplicates
    }

    void duplicatesFromTheServerAreDropped()
    {
        auto clean = frozenServer();
        auto noisy = frozenServer(QStringLiteral("duplicate-rate=0.3"));
        ExportRequest request;
        request.columnIds = {QStringLiteral("id")};
        request.path = path(QStringLiteral("clean.csv"));
        QVERIFY(runAll(*clean, request, CenturyQuery{}).ok());
        request.path = path(QStringLiteral("noisy.csv"));
        const ExportResult noisyResult = runAll(*noisy, request, CenturyQuery{});
        QVERIFY2(noisyResult.ok(), qPrintable(noisyResult.message));
        QCOMPARE(readFileBytes(path(QStringLiteral("noisy.csv"))), readFileBytes(path(QStringLiteral("clean.csv"))));
    }

    void everyBackendPagesToTheEnd_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("treasure") << Backend::Treasure << QByteArray(demokeys::kTreasureKey);
        QTest::newRow("mobilenext") << Backend::MobileNext << QByteArray(demokeys::kMobileNextKey);
    }

    void everyBackendPagesToTheEnd()
    {
        QFETCH(Backend, backend);
        QFETCH(QByteArray, key);
        auto server = frozenServer();
        const auto source = makeSessionSource(backend, server->baseUrl(backend));
        ExportRequest request;
        request.path = path(QStringLiteral("backend.csv"));
        request.columnIds = {QStringLiteral("id")};
        const ExportResult big = runAll(*server, request, source->defaultQuery(), backend, key);
        QVERIFY2(big.ok(), qPrintable(big.message + big.detail));
        const QList<QStringList> rows = readCsvText(QString::fromUtf8(readFileBytes(request.path)));
        QCOMPARE(qint64(rows.size() - 1), big.rows);
        QSet<QString> ids;
        for (qsizetype i = 1; i < rows.size(); ++i)
            ids.insert(rows.at(i).value(0));
        QCOMPARE(qint64(ids.size()), big.rows);
        QVERIFY(big.rows > 300);
    }

    void maxRowsStopsEarly()
    {
        auto server = frozenServer();
        ExportRequest request;
        request.path = path(QStringLiteral("max.csv"));
        request.maxRows = 250;
        const ExportResult result = runAll(*server, request, CenturyQuery{});
        QVERIFY(result.ok());
        QCOMPARE(result.rows, 250);
        QCOMPARE(readCsvText(QString::fromUtf8(readFileBytes(request.path))).size(), 251);
    }

    void personalColumnsAreOffByDefault()
    {
        for (Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            const ColumnList &columns = makeSessionSource(backend, QUrl())->columns();
            QString error;
            const auto chosen = exportcolumns::resolve(columns, {}, &error);
            QVERIFY(chosen);
            QVERIFY(!chosen->empty());
            for (const ColumnDescriptor &c : *chosen)
                QVERIFY2(!c.personal, qPrintable(c.id));
        }
        const ColumnList &century = makeSessionSource(Backend::Century, QUrl())->columns();
        const QStringList shown{QStringLiteral("pupil"), QStringLiteral("upn"), QStringLiteral("date_of_birth"),
                                QStringLiteral("emails"), QStringLiteral("level")};
        QCOMPARE(exportcolumns::withoutPersonal(century, shown),
                 QStringList({QStringLiteral("pupil"), QStringLiteral("level")}));
        QString error;
        QVERIFY(!exportcolumns::resolve(century, {QStringLiteral("nope")}, &error));
        QVERIFY(error.contains(QLatin1String("nope")));
    }

    void loopingCursorFailsAndLeavesTheOldFile()
    {
        auto server = frozenServer(QStringLiteral("cursor-loop"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        writeFile(target, "the old report\n");
        ExportRequest request;
        request.path = target;
        const ExportResult result = runAll(*server, request, CenturyQuery{});
        QCOMPARE(result.status, ExportResult::Status::ApiFailed);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(readFileBytes(target), QByteArray("the old report\n"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.csv")});
    }

    void rejectedKeyFails()
    {
        auto server = frozenServer();
        ExportRequest request;
        request.path = path(QStringLiteral("nokey.csv"));
        const ExportResult result = runAll(*server, request, CenturyQuery{}, Backend::Century, "canary-wrong-key-1234");
        QCOMPARE(result.status, ExportResult::Status::ApiFailed);
        QVERIFY(!result.message.contains(QLatin1String("canary")));
        QVERIFY(!result.detail.contains(QLatin1String("canary")));
        QVERIFY(!QFile::exists(request.path));
    }

    void cancelLeavesAnExistingFileUntouched()
    {
        auto server = frozenServer(QStringLiteral("latency=30"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        writeFile(target, "keep me\n");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);

        std::shared_ptr<const SessionSource> source = makeSessionSource(Backend::Century, server->baseUrl(Backend::Century));
        const auto header = source->authHeader(demokeys::kCenturyKey);
        ApiClient client(server->baseUrl(Backend::Century), ApiAuth{header.first, header.second});
        ExportRequest request;
        request.path = target;
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progressChanged);
        job.startAllMatching(source, &client, CenturyQuery{});
        QTRY_VERIFY_WITH_TIMEOUT(job.progress().rows >= 200, 10'000);
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Cancelled);
        QCOMPARE(readFileBytes(target), QByteArray("keep me\n"));
        QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.csv")});
        QTest::qWait(100); // nothing arrives after the end
        QCOMPARE(finished.size(), 1);
    }

    void newFilesAreReadableByTheOwnerOnly_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("xlsx") << ExportFormat::Xlsx;
    }

    void newFilesAreReadableByTheOwnerOnly()
    {
        QFETCH(ExportFormat, format);
        auto server = frozenServer();
        const QString target = path(format == ExportFormat::Csv ? QStringLiteral("mode.csv") : QStringLiteral("mode.xlsx"));
        QFile::remove(target);
        ExportRequest request;
        request.path = target;
        request.format = format;
        request.maxRows = 50;
        QVERIFY(runAll(*server, request, CenturyQuery{}).ok());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void unwritableTargetIsALocalError()
    {
        auto server = frozenServer();
        const QString notADirectory = path(QStringLiteral("plain-file"));
        writeFile(notADirectory, "x");
        ExportRequest request;
        request.path = notADirectory + QStringLiteral("/report.csv");
        const ExportResult result = runAll(*server, request, CenturyQuery{});
        QCOMPARE(result.status, ExportResult::Status::WriteFailed);
        QVERIFY(!result.message.isEmpty());
    }

    void loadedRowsEqualTheView()
    {
        LoadingCenturyModel loaded(kScale, {}, CenturyQuery{});
        SessionTableModel &model = loaded.model;
        QTRY_COMPARE_WITH_TIMEOUT(model.fetchState(), SessionTableModel::FetchState::Complete, 20'000);
        const ColumnList &columns = model.columns();
        const auto indexOf = [&](const char *id) {
            for (size_t i = 0; i < columns.size(); ++i)
                if (columns[i].id == QLatin1String(id))
                    return int(i);
            return -1;
        };
        model.setSearchText(QStringLiteral("english"));
        model.sort(indexOf("pupil"), Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isOrdering(), 10'000);
        QVERIFY(model.rowCount() > 50);
        QVERIFY(model.rowCount() < model.loadedCount());

        // The columns the user chose, in their order, a personal one ticked on purpose.
        const QStringList chosen{QStringLiteral("level"), QStringLiteral("pupil"), QStringLiteral("upn"),
                                 QStringLiteral("started"), QStringLiteral("duration"), QStringLiteral("status"),
                                 QStringLiteral("id")};
        ExportRequest request;
        request.path = path(QStringLiteral("loaded.csv"));
        request.columnIds = chosen;
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startLoadedRows(model);
        QVERIFY(finished.wait(20'000));
        const ExportResult result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows, qint64(model.rowCount()));

        // The same rows read through the model's public face, written by a plain CsvWriter.
        ExportTable expected;
        for (const QString &id : chosen)
            expected.headers << columnHeader(columns[size_t(indexOf(id.toLatin1().constData()))]);
        for (int r = 0; r < model.rowCount(); ++r) {
            std::vector<ExportCell> row;
            for (const QString &id : chosen) {
                const int c = indexOf(id.toLatin1().constData());
                row.push_back(ExportCell::fromRaw(columns[size_t(c)].type,
                                                  model.data(model.index(r, c), SessionTableModel::RawValueRole)));
            }
            expected.rows.push_back(std::move(row));
        }
        CsvWriter reference(path(QStringLiteral("reference.csv")), request.csv);
        QVERIFY(expected.writeTo(reference));
        QCOMPARE(readFileBytes(request.path), readFileBytes(path(QStringLiteral("reference.csv"))));
        QVERIFY(job.longestSliceNs() < 60'000'000); // generous: a Debug build on a busy machine
    }

    void reloadDuringALoadedExportWritesNothing()
    {
        LoadingCenturyModel loaded(kScale, {}, CenturyQuery{});
        SessionTableModel &model = loaded.model;
        QTRY_COMPARE_WITH_TIMEOUT(model.fetchState(), SessionTableModel::FetchState::Complete, 20'000);
        ExportRequest request;
        request.path = path(QStringLiteral("reloaded.csv"));
        QFile::remove(request.path);
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startLoadedRows(model);
        model.reload(); // before the first slice has run
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(request.path));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
