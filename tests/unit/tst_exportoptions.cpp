// `sessionscope export` option parsing (ExportCommandOptions), without a server: what each
// option turns into, and the sentence for each kind of bad usage.
#include "cli/exportoptions.h"

#include <QTest>

namespace {

const QString kTestId = QStringLiteral("6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f");
const QString kUserId = QStringLiteral("0b9d8c7e-6a5f-4e3d-8c2b-1a0f9e8d7c6b");

QStringList base(const QString &backend = QStringLiteral("century"))
{
    return {QStringLiteral("export"), QStringLiteral("--backend"), backend, QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:8080/century/api/v1"), QStringLiteral("--api-key-env"),
            QStringLiteral("KEY"), QStringLiteral("-o"), QStringLiteral("/tmp/out.csv")};
}

std::optional<ExportCommandSettings> parse(const QStringList &args, QString *error)
{
    return ExportCommandOptions::parse(args, error);
}

} // namespace

class TestExportOptions final : public QObject
{
    Q_OBJECT

private slots:
    void minimalCentury()
    {
        QString error;
        const auto s = parse(base(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->backend, Backend::Century);
        QCOMPARE(s->apiKeyEnv, QStringLiteral("KEY"));
        QCOMPARE(s->request.path, QStringLiteral("/tmp/out.csv"));
        QCOMPARE(s->request.format, ExportFormat::Csv);
        QVERIFY(!s->toStdout);
        QVERIFY(s->request.columnIds.isEmpty()); // the export defaults
        QVERIFY(s->request.csv.formulaGuard);
        QVERIFY(!s->request.csv.byteOrderMark); // plain preset
        QVERIFY(s->request.failOnIncompleteRows);
    }

    void keyArgumentsAreRefusedWithoutEchoingThem_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("separate") << QStringList{QStringLiteral("--api-key"), QStringLiteral("s3cr3t-value")};
        QTest::newRow("equals") << QStringList{QStringLiteral("--api-key=s3cr3t-value")};
    }

    void keyArgumentsAreRefusedWithoutEchoingThem()
    {
        QFETCH(QStringList, extra);
        QString error;
        QVERIFY(!parse(base() + extra, &error));
        QVERIFY(error.contains(QLatin1String("--api-key-env")));
        QVERIFY(!error.contains(QLatin1String("s3cr3t")));
    }

    void centuryFilters()
    {
        QString error;
        const auto s = parse(base() + QStringList{QStringLiteral("--scope"), QStringLiteral("completed"),
                                                  QStringLiteral("--subject"), QStringLiteral("English"),
                                                  QStringLiteral("--subject"), QStringLiteral("Maths"),
                                                  QStringLiteral("--test-id"), kTestId,
                                                  QStringLiteral("--user-id"), kUserId,
                                                  QStringLiteral("--start-after"), QStringLiteral("2024-09-01"),
                                                  QStringLiteral("--end-before"), QStringLiteral("1725177600"),
                                                  QStringLiteral("--sort"), QStringLiteral("endDate:desc")},
                             &error);
        QVERIFY2(s, qPrintable(error));
        const auto &q = std::get<CenturyQuery>(s->query);
        QCOMPARE(q.scope, CenturyScope::Completed);
        QCOMPARE(q.subjects, QStringList({QStringLiteral("English"), QStringLiteral("Maths")}));
        QCOMPARE(q.testIds, QStringList{kTestId});
        QCOMPARE(q.userIds, QStringList{kUserId});
        QCOMPARE(q.dates.size(), 2);
        QCOMPARE(q.dates[0].field, CenturyDateField::StartDate);
        QCOMPARE(q.dates[0].op, CompareOp::Gt);
        QCOMPARE(q.dates[0].ms, qint64(1725148800000)); // 2024-09-01T00:00Z
        QCOMPARE(q.dates[1].field, CenturyDateField::EndDate);
        QCOMPARE(q.dates[1].op, CompareOp::Lt);
        QCOMPARE(q.dates[1].ms, qint64(1725177600000));
        QCOMPARE(q.sortField, CenturyDateField::EndDate);
        QCOMPARE(q.sortDirection, SortDirection::Descending);
    }

    void statusOnTheGeneralEndpoint()
    {
        QString error;
        const auto s = parse(base() + QStringList{QStringLiteral("--status"), QStringLiteral("in-progress")}, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(std::get<CenturyQuery>(s->query).status, CenturyStatusFilter::InProgress);
    }

    void filtersOfAnotherBackendAreRefused()
    {
        QString error;
        QVERIFY(!parse(base(QStringLiteral("treasure")) + QStringList{QStringLiteral("--subject"), QStringLiteral("x")},
                       &error));
        QVERIFY(error.contains(QLatin1String("Century")));
        QVERIFY(!parse(base() + QStringList{QStringLiteral("--organization"), QStringLiteral("o1")}, &error));
        QVERIFY(error.contains(QLatin1String("Mobile Next")));
        const auto m = parse(base(QStringLiteral("mobilenext")) + QStringList{QStringLiteral("--organization"),
                                                                              QStringLiteral("o1")},
                             &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(std::get<MobileNextQuery>(m->query).organizationId, QStringLiteral("o1"));
    }

    void csvOptions()
    {
        QString error;
        const auto excel = parse(base() + QStringList{QStringLiteral("--preset"), QStringLiteral("excel")}, &error);
        QVERIFY2(excel, qPrintable(error));
        QVERIFY(excel->request.csv.byteOrderMark);
        QVERIFY(excel->request.csv.crlf);
        const auto custom = parse(base() + QStringList{QStringLiteral("--preset"), QStringLiteral("excel"),
                                                       QStringLiteral("--no-bom"), QStringLiteral("--delimiter"),
                                                       QStringLiteral("tab"), QStringLiteral("--no-formula-guard"),
                                                       QStringLiteral("--max-rows"), QStringLiteral("10")},
                                  &error);
        QVERIFY2(custom, qPrintable(error));
        QVERIFY(!custom->request.csv.byteOrderMark);
        QCOMPARE(custom->request.csv.delimiter, '\t');
        QVERIFY(!custom->request.csv.formulaGuard);
        QCOMPARE(custom->request.maxRows, 10);
        QVERIFY(!parse(base() + QStringList{QStringLiteral("--bom"), QStringLiteral("--no-bom")}, &error));
        QVERIFY(!parse(base() + QStringList{QStringLiteral("--delimiter"), QStringLiteral("|")}, &error));
        QVERIFY(!parse(base() + QStringList{QStringLiteral("--max-rows"), QStringLiteral("0")}, &error));
    }

    void formatAndOutput()
    {
        QString error;
        QStringList args = base();
        args.last() = QStringLiteral("/tmp/report.XLSX");
        const auto xlsx = parse(args, &error);
        QVERIFY2(xlsx, qPrintable(error));
        QCOMPARE(xlsx->request.format, ExportFormat::Xlsx);
        QVERIFY(!parse(args + QStringList{QStringLiteral("--delimiter"), QStringLiteral(";")}, &error));

        args.last() = QStringLiteral("-");
        const auto out = parse(args + QStringList{QStringLiteral("--columns"), QStringLiteral("id, pupil ,level")},
                               &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(out->toStdout);
        QVERIFY(out->request.path.isEmpty());
        QCOMPARE(out->request.columnIds,
                 QStringList({QStringLiteral("id"), QStringLiteral("pupil"), QStringLiteral("level")}));
        QVERIFY(!parse(args + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}, &error));
        QVERIFY(error.contains(QLatin1String("standard output")));
    }

    void missingPieces_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("backend") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x")}
                                 << QStringLiteral("--backend");
        QTest::newRow("output") << base().mid(0, 7) << QStringLiteral("-o FILE");
        QTest::newRow("key") << (base().mid(0, 5) + QStringList{QStringLiteral("-o"), QStringLiteral("x")})
                             << QStringLiteral("--api-key-env");
        QTest::newRow("insecure") << QStringList{QStringLiteral("export"), QStringLiteral("--backend"),
                                                 QStringLiteral("century"), QStringLiteral("--base-url"),
                                                 QStringLiteral("http://example.org/api/v1"),
                                                 QStringLiteral("--api-key-env"), QStringLiteral("K"),
                                                 QStringLiteral("-o"), QStringLiteral("x")}
                                  << QStringLiteral("https");
        QTest::newRow("profile") << (base() + QStringList{QStringLiteral("--profile"), QStringLiteral("p")})
                                 << QStringLiteral("no saved profile named 'p'");
        QTest::newRow("view") << (base() + QStringList{QStringLiteral("--view"), QStringLiteral("v")})
                              << QStringLiteral("no saved view named 'v'");
        QTest::newRow("sort") << (base() + QStringList{QStringLiteral("--sort"), QStringLiteral("name:up")})
                              << QStringLiteral("--sort");
        QTest::newRow("stray") << (base() + QStringList{QStringLiteral("oops")}) << QStringLiteral("oops");
    }

    void missingPieces()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!parse(args, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void listColumnsNeedsOnlyTheBackend()
    {
        QString error;
        const auto s = parse({QStringLiteral("export"), QStringLiteral("--list-columns"), QStringLiteral("--backend"),
                              QStringLiteral("treasure")},
                             &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->listColumns);
        QCOMPARE(s->backend, Backend::Treasure);
    }
};

QTEST_GUILESS_MAIN(TestExportOptions)
#include "tst_exportoptions.moc"
