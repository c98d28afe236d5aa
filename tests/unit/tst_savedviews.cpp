// Saved views: the QSettings round trip (every field, rename, delete, start-up view, the last
// export time, views going with their connection), the JSON file without secrets, and bad
// files rejected with a sentence that names the problem.
#include "settings/savedviewjson.h"
#include "settings/savedviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

SavedView year10English()
{
    CenturyQuery q;
    q.scope = CenturyScope::Completed;
    q.subjects = {QStringLiteral("English")};
    q.testIds = {QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")};
    q.dates = {{CenturyDateField::EndDate, CompareOp::Gte, 1767225600000}};
    q.sortField = CenturyDateField::EndDate;
    q.sortDirection = SortDirection::Descending;
    q.pageSize = 50;
    q.paging = CenturyPaging::Offset;
    SavedView v;
    v.name = QStringLiteral("Year 10 English, completed");
    v.connectionId = QStringLiteral("conn-1");
    v.backend = Backend::Century;
    v.query = q;
    v.quickSearch = QStringLiteral("10B");
    v.statusMask = 0b10;
    v.columns = {QStringLiteral("pupil"), QStringLiteral("level"), QStringLiteral("endDate")};
    v.sortColumn = QStringLiteral("level");
    v.sortOrder = Qt::DescendingOrder;
    v.live = true;
    return v;
}

QByteArray withField(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestSavedViews final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
        QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
    }

    void settingsRoundTrip()
    {
        SavedViewStore store;
        SavedView view = year10English();
        view.lastExportEndMs = 1767300000000;
        const SavedView saved = store.save(view);
        QVERIFY(!saved.id.isEmpty());
        view.id = saved.id;

        SavedView mobile;
        mobile.name = QStringLiteral("Devices of org 2");
        mobile.connectionId = QStringLiteral("conn-2");
        mobile.backend = Backend::MobileNext;
        mobile.query = MobileNextQuery{200, QStringLiteral("org_2")};
        mobile.id = store.save(mobile).id;

        const QList<SavedView> listed = SavedViewStore().list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0), view);
        QCOMPARE(listed.at(1), mobile);
        QCOMPARE(store.findByName(QStringLiteral("year 10 english, COMPLETED"))->id, view.id);

        // Saving under a taken name replaces that view.
        SavedView again = year10English();
        again.quickSearch = QStringLiteral("10C");
        QCOMPARE(store.save(again).id, view.id);
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.find(view.id)->quickSearch, QStringLiteral("10C"));

        QVERIFY(store.rename(view.id, QStringLiteral("Y10 English")));
        QCOMPARE(store.find(view.id)->name, QStringLiteral("Y10 English"));
        QVERIFY(!store.rename(view.id, QStringLiteral("  ")));

        QVERIFY(store.setLastExportEnd(view.id, 1767400000000));
        QCOMPARE(store.find(view.id)->lastExportEndMs, 1767400000000);

        store.setStartupViewId(view.id);
        QCOMPARE(SavedViewStore().startupViewId(), view.id);
        store.setLastState(mobile);
        QCOMPARE(store.lastState()->query, mobile.query);

        QVERIFY(store.remove(view.id));
        QVERIFY(!store.find(view.id));
        QVERIFY(store.startupViewId().isEmpty()); // the start-up view went with it

        store.removeForConnection(QStringLiteral("conn-2"));
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.lastState()); // the last state was of that connection
    }

    void fileRoundTripWithoutSecretsOrHistory()
    {
        SavedView view = year10English();
        view.id = QStringLiteral("local-id");
        view.lastExportEndMs = 1767300000000;
        const QByteArray json = savedviewjson::write(view, savedviewjson::Purpose::File);
        QVERIFY(json.size() < 2048);
        QVERIFY(!json.contains("local-id"));
        QVERIFY(!json.contains("lastExport"));
        QVERIFY(!json.toLower().contains("key\""));
        QString error;
        const std::optional<SavedView> read = savedviewjson::read(json, savedviewjson::Purpose::File, &error);
        QVERIFY2(read, qPrintable(error));
        SavedView expected = view;
        expected.id.clear();
        expected.lastExportEndMs = kNoTime;
        QCOMPARE(*read, expected);

        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("sessionscope-view"));
        QCOMPARE(o.value(QLatin1String("backend")).toString(), QStringLiteral("century"));
        QCOMPARE(o.value(QLatin1String("query")).toObject().value(QLatin1String("scope")).toString(),
                 QStringLiteral("completed"));
    }

    void badFilesAreRejectedClearly_data()
    {
        const QByteArray good = savedviewjson::write(year10English(), savedviewjson::Purpose::File);
        QJsonObject badQuery = QJsonDocument::fromJson(good).object().value(QLatin1String("query")).toObject();
        badQuery.insert(QStringLiteral("apiKey"), QStringLiteral("x"));
        QJsonObject badScope = QJsonDocument::fromJson(good).object().value(QLatin1String("query")).toObject();
        badScope.insert(QStringLiteral("scope"), QStringLiteral("sometimes"));
        QJsonObject badDates = QJsonDocument::fromJson(good).object().value(QLatin1String("query")).toObject();
        badDates.insert(QStringLiteral("dates"), QStringLiteral("yesterday"));
        QJsonObject invalidQuery = QJsonDocument::fromJson(good).object().value(QLatin1String("query")).toObject();
        invalidQuery.insert(QStringLiteral("pageSize"), 5000);

        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "JSON is broken";
        QTest::newRow("array") << QByteArray("[1, 2]") << "does not hold a JSON object";
        QTest::newRow("other format") << withField(good, QStringLiteral("format"), QStringLiteral("x")) << "\"format\"";
        QTest::newRow("newer version") << withField(good, QStringLiteral("version"), 2) << "version 2";
        QTest::newRow("unknown backend") << withField(good, QStringLiteral("backend"), QStringLiteral("moodle"))
                                         << "backend \"moodle\"";
        QTest::newRow("unknown field") << withField(good, QStringLiteral("password"), QStringLiteral("x"))
                                       << "unknown field \"password\"";
        QTest::newRow("unknown query field") << withField(good, QStringLiteral("query"), badQuery)
                                             << "unknown field \"apiKey\"";
        QTest::newRow("unknown scope") << withField(good, QStringLiteral("query"), badScope) << "\"scope\"";
        QTest::newRow("dates not a list") << withField(good, QStringLiteral("query"), badDates) << "\"dates\"";
        QTest::newRow("page size out of range") << withField(good, QStringLiteral("query"), invalidQuery) << "\"pageSize\"";
        QTest::newRow("no name") << withField(good, QStringLiteral("name"), QStringLiteral(" ")) << "no name";
        QTest::newRow("columns not texts") << withField(good, QStringLiteral("columns"), QJsonArray{1, 2}) << "\"columns\"";
        QTest::newRow("live not bool") << withField(good, QStringLiteral("live"), QStringLiteral("yes")) << "\"live\"";
        QTest::newRow("query missing") << withField(good, QStringLiteral("query"), QJsonValue::Undefined) << "\"query\"";
        QTest::newRow("id in a file") << withField(good, QStringLiteral("id"), QStringLiteral("x")) << "unknown field \"id\"";
    }

    void badFilesAreRejectedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, sentence);
        QString error;
        QVERIFY(!savedviewjson::read(json, savedviewjson::Purpose::File, &error));
        QVERIFY2(error.startsWith(QLatin1String("This is not a view SessionScope can open: ")), qPrintable(error));
        QVERIFY2(error.contains(sentence), qPrintable(error));
    }

    void queryOfEveryBackendRoundTrips()
    {
        for (const Query &query : {Query(CenturyQuery{}), Query(TreasureQuery{250}), Query(MobileNextQuery{300, QStringLiteral("o")})}) {
            SavedView v;
            v.name = QStringLiteral("v");
            v.backend = std::holds_alternative<CenturyQuery>(query)  ? Backend::Century
                        : std::holds_alternative<TreasureQuery>(query) ? Backend::Treasure
                                                                       : Backend::MobileNext;
            v.query = query;
            QString error;
            const auto read = savedviewjson::read(savedviewjson::write(v, savedviewjson::Purpose::File),
                                                  savedviewjson::Purpose::File, &error);
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(read->query, query);
        }
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
