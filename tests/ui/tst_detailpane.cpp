// The detail pane filled from the vendors' published example bodies (every non-empty field
// must be on screen), its copy buttons, "Copy as curl", the attempts history against the demo
// server, narrow dock widths, and the time showSession() takes. Screenshots of each backend go
// to /tmp/detail-<backend>.png for a person to look at.
#include "apifixture.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "detail/detailpane.h"
#include "domain/upn.h"
#include "domain/valueformatter.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sources/sessionsource.h"
#include "sources/treasure/treasurepageparser.h"
#include "sources/treasure/treasuresource.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <ctime>

namespace {

QUrl vendorBase(Backend backend)
{
    switch (backend) {
    case Backend::Century: return QUrl(QStringLiteral("https://connect.century.tech/api/v1"));
    case Backend::Treasure: return QUrl(QStringLiteral("https://api-workflow.treasuredata.com"));
    case Backend::MobileNext: return QUrl(QStringLiteral("https://api.mobilenexthq.com"));
    }
    return {};
}

Backend backendOfFixture(const QString &name)
{
    if (name.startsWith(QLatin1String("treasure")))
        return Backend::Treasure;
    if (name.startsWith(QLatin1String("mobilenext")))
        return Backend::MobileNext;
    return Backend::Century;
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

DisplayOptions fixedOptions()
{
    DisplayOptions options;
    options.utc = true; // the same text on every machine
    options.locale = QLocale::c();
    return options;
}

// Every text a person can see under `root`: visible labels (line by line) and the rows of
// visible trees (with their collapsed children: the tree is there to be opened).
QStringList shownTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->text().isEmpty()) {
            texts << label->text();
            texts << label->text().split(QLatin1Char('\n'));
        }
    }
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        if (!list->isVisibleTo(root))
            continue;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text() << list->item(i)->text().split(QLatin1Char('\n'));
    }
    for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        if (!tree->isVisibleTo(root))
            continue;
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
            for (int c = 0; c < tree->columnCount(); ++c)
                texts << (*it)->text(c);
        }
    }
    return texts;
}

void collectScalars(const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << it.key();
            collectScalars(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            collectScalars(v, out);
    } else if (value.isString()) {
        out << value.toString();
    } else if (value.isDouble()) {
        out << QString::number(value.toDouble(), 'g', 15);
    } else if (value.isBool()) {
        out << (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isNull()) {
        out << QStringLiteral("null");
    }
}

// The view of one backend inside the pane (its object name is the backend id).
QWidget *viewOf(DetailPane &pane, Backend backend)
{
    return pane.findChild<QWidget *>(backendId(backend));
}

template<typename T>
T *childOf(DetailPane &pane, Backend backend, const QString &name)
{
    QWidget *view = viewOf(pane, backend);
    return view ? view->findChild<T *>(name) : nullptr;
}

// A completed Century session with every optional field filled, for the screenshots.
SessionRecord fullCenturyRecord(const SessionRecord &from)
{
    SessionRecord r = from;
    auto &d = std::get<CenturyDetail>(r.detail);
    d.middleName = QStringLiteral("Alexander");
    d.upn = QStringLiteral("V820100012345"); // valid, worked out by hand in tst_upn.cpp
    d.dateOfBirthMs = 1262304000000;         // 2010-01-01
    d.emails << QStringLiteral("j.doe@school.example.org");
    return r;
}

} // namespace

class TestDetailPane final : public QObject
{
    Q_OBJECT

    struct Parsed
    {
        Backend backend = Backend::Century;
        std::shared_ptr<const SessionSource> source;
        std::vector<SessionRecord> rows;
    };

    static Parsed parseFixture(const QString &name)
    {
        Parsed parsed;
        parsed.backend = backendOfFixture(name);
        parsed.source = makeSessionSource(parsed.backend, vendorBase(parsed.backend));
        const SessionPage page = parsed.source->parsePage(apifixture::read(name));
        if (page.ok)
            parsed.rows = page.rows;
        return parsed;
    }

    static QStringList allFixtures()
    {
        return apifixture::names(QStringLiteral("century-")) + apifixture::names(QStringLiteral("treasure-"))
            + apifixture::names(QStringLiteral("mobilenext-"));
    }

    static void settle() { QTest::qWait(30); }

    std::unique_ptr<DemoServer> m_demo;

private slots:
    void initTestCase()
    {
        REQUIRE_API_FIXTURES();
        QVERIFY(allFixtures().size() >= 6);
    }

    void placeholderUntilASessionIsShown()
    {
        DetailPane pane;
        const auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("placeholder"));
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisibleTo(&pane));
        QCOMPARE(placeholder->text(), QStringLiteral("Select a session to see every detail."));
        QVERIFY(!pane.hasSession());
        QVERIFY(pane.curlCommand().isEmpty());

        const Parsed parsed = parseFixture(QStringLiteral("treasure-sessions-page.json"));
        QVERIFY(!parsed.rows.empty());
        pane.showSession(parsed.backend, parsed.rows.front(), parsed.source->columns(), fixedOptions());
        QVERIFY(!placeholder->isVisibleTo(&pane));
        pane.clear();
        QVERIFY(placeholder->isVisibleTo(&pane));
        QVERIFY(!pane.hasSession());
    }

    void everyFieldIsShown_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : allFixtures())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFieldIsShown()
    {
        QFETCH(QString, fixture);
        const Parsed parsed = parseFixture(fixture);
        QVERIFY2(!parsed.rows.empty(), "the fixture gave no rows");
        DetailPane pane;
        const DisplayOptions options = fixedOptions();
        for (const SessionRecord &row : parsed.rows) {
            pane.showSession(parsed.backend, row, parsed.source->columns(), options);
            const QStringList texts = shownTexts(&pane);
            for (const ColumnDescriptor &column : parsed.source->columns()) {
                const QString value = formatValue(column.type, column.rawValue(row), options);
                if (value.isEmpty() || column.id == QLatin1String("params") || column.id == QLatin1String("emails")
                    || column.id == QLatin1String("gender"))
                    continue; // shown in their own ways, checked below
                if (column.id == QLatin1String("status") || column.id == QLatin1String("backend_status")) {
                    const auto *status = childOf<QLabel>(pane, parsed.backend, QStringLiteral("value:status"));
                    QVERIFY(status);
                    QVERIFY2(status->text().contains(value, Qt::CaseInsensitive),
                             qPrintable(status->text() + QLatin1String(" lacks ") + value));
                    continue;
                }
                QVERIFY2(texts.contains(value), qPrintable(QStringLiteral("%1 = \"%2\" is not shown (%3)")
                                                               .arg(column.id, value, fixture)));
            }
            if (const auto *d = std::get_if<CenturyDetail>(&row.detail)) {
                for (const QString &email : d->emails)
                    QVERIFY2(texts.contains(email), qPrintable(email));
                const auto *gender = childOf<QLabel>(pane, parsed.backend, QStringLiteral("value:gender"));
                QVERIFY(gender && gender->isVisibleTo(&pane));
                if (d->gender == Gender::Male)
                    QCOMPARE(gender->text(), QStringLiteral("Male"));
            }
            if (const auto *d = std::get_if<TreasureDetail>(&row.detail)) {
                QStringList scalars;
                collectScalars(QJsonDocument::fromJson(d->paramsJson).object(), scalars);
                for (const QString &s : scalars)
                    QVERIFY2(texts.contains(s), qPrintable(QStringLiteral("parameter text \"%1\" is not shown").arg(s)));
            }
        }
    }

    void upnCheckIsShown_data()
    {
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("note");
        QTest::newRow("valid") << QStringLiteral("V820100012345") << QStringLiteral("valid");
        QTest::newRow("temporary") << QStringLiteral("Z82010001234A") << QStringLiteral("temporary UPN");
        QTest::newRow("wrong letter") << QStringLiteral("W820100012345") << QStringLiteral("check letter does not match");
        QTest::newRow("short") << QStringLiteral("V8201") << QStringLiteral("not 13 characters long");
    }

    void upnCheckIsShown()
    {
        QFETCH(QString, upn);
        QFETCH(QString, note);
        const Parsed parsed = parseFixture(QStringLiteral("century-completed-page.json"));
        SessionRecord row = parsed.rows.front();
        std::get<CenturyDetail>(row.detail).upn = upn;
        DetailPane pane;
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        const auto *value = childOf<QLabel>(pane, Backend::Century, QStringLiteral("value:upn"));
        const auto *check = childOf<QLabel>(pane, Backend::Century, QStringLiteral("note:upn"));
        QVERIFY(value && check);
        QCOMPARE(value->text(), upn);
        QVERIFY(check->isVisibleTo(&pane));
        QVERIFY2(check->text().endsWith(note), qPrintable(check->text()));

        std::get<CenturyDetail>(row.detail).upn.clear();
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        QVERIFY(!value->isVisibleTo(&pane));
        QVERIFY(!check->isVisibleTo(&pane));
    }

    void serverTextIsNeverMarkup()
    {
        const Parsed parsed = parseFixture(QStringLiteral("century-completed-page.json"));
        SessionRecord row = parsed.rows.front();
        std::get<CenturyDetail>(row.detail).fullName = QStringLiteral("<b>Bold</b> <img src=x>");
        DetailPane pane;
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        for (const QLabel *label : pane.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("<b>")))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(shownTexts(&pane).contains(QStringLiteral("<b>Bold</b> <img src=x>")));
    }

    // A column no view places itself (added to a backend later) is still shown, under "More".
    void unplacedColumnsLandInMore()
    {
        const Parsed parsed = parseFixture(QStringLiteral("mobilenext-sessions-b.json"));
        ColumnList columns = parsed.source->columns();
        columns.push_back({QStringLiteral("extra"), "Extra field", ColumnType::Text, false, false,
                           [](const SessionRecord &r) { return QVariant(QStringLiteral("extra:") + r.id); }});
        DetailPane pane;
        pane.showSession(Backend::MobileNext, parsed.rows.front(), columns, fixedOptions());
        const auto *value = childOf<QLabel>(pane, Backend::MobileNext, QStringLiteral("value:extra"));
        QVERIFY(value && value->isVisibleTo(&pane));
        QCOMPARE(value->text(), QStringLiteral("extra:") + parsed.rows.front().id);
        QVERIFY(shownTexts(&pane).contains(QStringLiteral("More")));
        QVERIFY(pane.plainText().contains(QStringLiteral("Extra field: extra:")));
    }

    void parametersEdgeCases()
    {
        const Parsed parsed = parseFixture(QStringLiteral("treasure-sessions-page.json"));
        SessionRecord row = parsed.rows.front();
        auto &d = std::get<TreasureDetail>(row.detail);
        DetailPane pane;
        auto show = [&] { pane.showSession(Backend::Treasure, row, parsed.source->columns(), fixedOptions()); };
        show();
        auto *tree = childOf<QTreeWidget>(pane, Backend::Treasure, QStringLiteral("paramsTree"));
        const auto *none = childOf<QLabel>(pane, Backend::Treasure, QStringLiteral("noParams"));
        QVERIFY(tree && none);

        d.paramsJson = "{}";
        show();
        QVERIFY(none->isVisibleTo(&pane));
        QVERIFY(!tree->isVisibleTo(&pane));

        d.paramsJson = treasure::kParamsTooLarge; // what the parser keeps instead of a huge document
        show();
        QVERIFY(!none->isVisibleTo(&pane));
        QVERIFY(tree->isVisibleTo(&pane));
        QVERIFY(shownTexts(&pane).contains(QStringLiteral("params larger than 64 KiB, not kept")));

        d.paramsJson = "not json at all";
        show();
        QVERIFY(shownTexts(&pane).contains(QStringLiteral("not json at all")));

        QByteArray big = "{";
        for (int i = 0; i < 5000; ++i)
            big += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        big += "}";
        d.paramsJson = big;
        show();
        QVERIFY(tree->topLevelItemCount() <= 2001);
        QVERIFY(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(1).startsWith(QStringLiteral("Only the first")));
        auto *copy = childOf<QToolButton>(pane, Backend::Treasure, QStringLiteral("copyParams"));
        QVERIFY(copy);
        copy->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\"k4999\": 4999")));
    }

    void copyButtonsCopyPlainValues()
    {
        const Parsed parsed = parseFixture(QStringLiteral("century-completed-page.json"));
        const SessionRecord row = fullCenturyRecord(parsed.rows.front());
        const auto &d = std::get<CenturyDetail>(row.detail);
        DetailPane pane;
        QSignalSpy copied(&pane, &DetailPane::copied);
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        QClipboard *clipboard = QGuiApplication::clipboard();

        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("upn"), d.upn},
            {QStringLiteral("id"), row.id},
            {QStringLiteral("user_id"), d.userId},
            {QStringLiteral("username"), d.username},
            {QStringLiteral("emails"), d.emails.join(QLatin1Char('\n'))},
            {QStringLiteral("duration"), QStringLiteral("1 h 30 min")},
        };
        for (const auto &[key, value] : expected) {
            auto *button = childOf<QToolButton>(pane, Backend::Century, QStringLiteral("copy:") + key);
            QVERIFY2(button, qPrintable(key));
            clipboard->clear();
            button->click();
            QCOMPARE(clipboard->text(), value);
        }
        QCOMPARE(copied.size(), expected.size());
        QCOMPARE(copied.last().first().toString(), QStringLiteral("Result: Duration"));

        auto *all = pane.findChild<QToolButton *>(QStringLiteral("copyAll"));
        QVERIFY(all);
        all->click();
        const QString text = clipboard->text();
        QCOMPARE(text, pane.plainText());
        const QStringList parts{QStringLiteral("Pupil"), QStringLiteral("UPN: ") + d.upn,
                                QStringLiteral("Test: ") + d.testName, QStringLiteral("Level: ") + d.level};
        for (const QString &part : parts)
            QVERIFY2(text.contains(part), qPrintable(part));
    }

    void copyAsCurl_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("urlPart");
        QTest::newRow("century") << QStringLiteral("century-completed-page.json") << QStringLiteral("$CENTURY_API_KEY")
                                 << QStringLiteral("/smart-ia/sessions?startDate[gte]=");
        QTest::newRow("treasure") << QStringLiteral("treasure-sessions-page.json") << QStringLiteral("$TD_API_KEY")
                                  << QStringLiteral("https://api-workflow.treasuredata.com/api/sessions/123456'");
        QTest::newRow("mobilenext") << QStringLiteral("mobilenext-sessions-a.json")
                                    << QStringLiteral("$MOBILENEXT_TOKEN")
                                    << QStringLiteral("/api/v1/sessions/0b6f3d2e-7c1a-4e55-9a57-3c8f2f0d9e11'");
    }

    void copyAsCurl()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, variable);
        QFETCH(QString, urlPart);
        const Parsed parsed = parseFixture(fixture);
        const QByteArray key = "not-a-real-key-but-secret-shaped-0001";
        const auto header = parsed.source->authHeader(key);
        ApiClient client(parsed.source->baseUrl(), ApiAuth{header.first, header.second});

        DetailPane pane;
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("copyCurl"));
        QVERIFY(button);
        pane.showSession(parsed.backend, parsed.rows.front(), parsed.source->columns(), fixedOptions());
        QVERIFY(!button->isEnabled()); // no connection yet
        QVERIFY(!pane.curlUnavailableReason().isEmpty());
        QCOMPARE(button->toolTip(), pane.curlUnavailableReason());

        pane.setConnection(parsed.source, &client);
        QVERIFY(button->isEnabled());
        QGuiApplication::clipboard()->clear();
        button->click();
        const QString command = QGuiApplication::clipboard()->text();
        QCOMPARE(command, pane.curlCommand());
        QVERIFY(command.startsWith(QLatin1String("curl ")));
        QVERIFY2(command.contains(variable), qPrintable(command));
        QVERIFY2(command.contains(urlPart), qPrintable(command));
        QVERIFY(!command.contains(QString::fromLatin1(key)));
        QVERIFY(button->toolTip().contains(variable));
        QVERIFY(!button->toolTip().contains(QString::fromLatin1(key)));

        if (parsed.backend == Backend::Century) {
            const auto &d = std::get<CenturyDetail>(parsed.rows.front().detail);
            QVERIFY(command.contains(QStringLiteral("userId=") + d.userId));
            QVERIFY(command.contains(QStringLiteral("testId=") + d.testId));
            QVERIFY(button->toolTip().contains(QStringLiteral("no request for a single session")));
        }
        if (parsed.backend == Backend::MobileNext)
            QVERIFY(command.contains(QStringLiteral("'X-Organization-Id: org_1'")));

        // A connection of another backend cannot ask for this session.
        pane.setConnection(makeSessionSource(Backend::Century == parsed.backend ? Backend::Treasure : Backend::Century,
                                             QUrl(QStringLiteral("https://example.org"))),
                           nullptr);
        QVERIFY(!button->isEnabled());
        QVERIFY(pane.curlCommand().isEmpty());
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        DetailPane pane;
        for (const QString &fixture : {QStringLiteral("century-completed-page.json"),
                                       QStringLiteral("treasure-sessions-page.json"),
                                       QStringLiteral("mobilenext-sessions-b.json")}) {
            const Parsed parsed = parseFixture(fixture);
            pane.showSession(parsed.backend, parsed.rows.front(), parsed.source->columns(), fixedOptions());
        }
        for (const QAbstractButton *button : pane.findChildren<QAbstractButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName() + button->text()));
        for (const QAbstractItemView *view : pane.findChildren<QAbstractItemView *>()) {
            if (!qobject_cast<const QHeaderView *>(view)) // a tree's header is part of the tree
                QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
        }
    }

    void attemptsNeedAConnection()
    {
        const Parsed parsed = parseFixture(QStringLiteral("treasure-sessions-page.json"));
        DetailPane pane;
        pane.showSession(Backend::Treasure, parsed.rows.front(), parsed.source->columns(), fixedOptions());
        auto *button = childOf<QPushButton>(pane, Backend::Treasure, QStringLiteral("loadAttempts"));
        auto *status = childOf<QLabel>(pane, Backend::Treasure, QStringLiteral("attemptsStatus"));
        QVERIFY(button && status);
        QVERIFY(!button->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("connection")), qPrintable(status->text()));

        pane.setConnection(parsed.source, nullptr); // a source but no client
        QVERIFY(!button->isEnabled());
        QVERIFY(!status->text().isEmpty());
    }

    void attemptsHistoryFromTheDemoServer()
    {
        DemoOptions demo;
        demo.scale = 600;
        demo.speed = 0;
        demo.rateLimitPerMinute = 0;
        m_demo = std::make_unique<DemoServer>(demo);
        QVERIFY(m_demo->listen(QHostAddress(QHostAddress::LocalHost), 0));
        const QUrl base = m_demo->baseUrl(Backend::Treasure);
        auto source = std::make_shared<const TreasureSource>(base);
        const auto header = source->authHeader(demokeys::kTreasureKey);
        ApiClient client(base, ApiAuth{header.first, header.second});

        auto get = [&client](const PageRequest &page) {
            ApiRequest request;
            request.url = page.url;
            ApiReply *reply = client.send(request);
            QSignalSpy done(reply, &ApiReply::finished);
            done.wait(10'000);
            reply->deleteLater();
            return reply->body();
        };
        const SessionPage list = treasure::parsePage(get(source->pageRequest(TreasureQuery{}, {})));
        QVERIFY(list.ok && list.rows.size() > 2);
        const SessionRecord *retried = nullptr;
        qsizetype attemptCount = 0;
        for (const SessionRecord &row : list.rows) {
            const treasure::AttemptPage page = treasure::parseAttempts(get(source->attemptsRequest(row.id, {}, 100)));
            if (page.ok && page.rows.size() > 1) {
                retried = &row;
                attemptCount = qsizetype(page.rows.size());
                break;
            }
        }
        QVERIFY(retried);

        DetailPane pane;
        pane.resize(400, 1000);
        pane.setConnection(source, &client);
        pane.showSession(Backend::Treasure, *retried, source->columns(), fixedOptions());
        auto *button = childOf<QPushButton>(pane, Backend::Treasure, QStringLiteral("loadAttempts"));
        auto *list2 = childOf<QListWidget>(pane, Backend::Treasure, QStringLiteral("attemptsList"));
        auto *status = childOf<QLabel>(pane, Backend::Treasure, QStringLiteral("attemptsStatus"));
        QVERIFY(button && list2 && status);
        QVERIFY(button->isEnabled());
        QVERIFY(!list2->isVisibleTo(&pane));
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(list2->isVisibleTo(&pane), 10'000);
        QCOMPARE(list2->count(), int(attemptCount));
        QVERIFY2(status->text().contains(QString::number(attemptCount)), qPrintable(status->text()));
        QVERIFY(pane.plainText().contains(QStringLiteral("Attempts")));

        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        settle();
        QVERIFY(pane.grab().save(QStringLiteral("/tmp/detail-treasure-attempts.png")));

        // A live refresh of the same session keeps the list...
        pane.showSession(Backend::Treasure, *retried, source->columns(), fixedOptions());
        QVERIFY(list2->isVisibleTo(&pane));
        // ...another session starts over.
        const SessionRecord &other = retried == &list.rows.front() ? list.rows.back() : list.rows.front();
        pane.showSession(Backend::Treasure, other, source->columns(), fixedOptions());
        QVERIFY(!list2->isVisibleTo(&pane));
        QCOMPARE(button->text(), QStringLiteral("Load attempts history"));

        // Moving on while a load is in flight: what it would still bring is dropped.
        pane.showSession(Backend::Treasure, *retried, source->columns(), fixedOptions());
        button->click();
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        pane.showSession(Backend::Treasure, other, source->columns(), fixedOptions());
        QTest::qWait(400);
        QVERIFY(!list2->isVisibleTo(&pane));
        QCOMPARE(button->text(), QStringLiteral("Load attempts history"));

        // A rejected key says so in words.
        const auto wrong = source->authHeader("wrong-demo-key-000");
        ApiClient wrongClient(base, ApiAuth{wrong.first, wrong.second});
        pane.setConnection(source, &wrongClient);
        pane.showSession(Backend::Treasure, *retried, source->columns(), fixedOptions());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("API key")), 10'000);
        QCOMPARE(button->text(), QStringLiteral("Try again"));
        pane.setConnection(nullptr, nullptr);
    }

    void sameSessionKeepsTheScrollPosition()
    {
        const Parsed parsed = parseFixture(QStringLiteral("century-completed-page.json"));
        DetailPane pane;
        pane.resize(380, 260);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const SessionRecord row = fullCenturyRecord(parsed.rows.front());
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        settle();
        QScrollBar *bar = pane.findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int kept = bar->value();
        pane.showSession(Backend::Century, row, parsed.source->columns(), fixedOptions());
        settle();
        QCOMPARE(bar->value(), kept);
        SessionRecord other = row;
        other.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
        pane.showSession(Backend::Century, other, parsed.source->columns(), fixedOptions());
        settle();
        QCOMPARE(bar->value(), 0);
    }

    // Nothing clipped and no sideways scrolling at the dock widths the main window uses; the
    // 400 px shots are written for a person to look at.
    void fitsNarrowDocks_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("360") << 360;
        QTest::newRow("400") << 400;
        QTest::newRow("420") << 420;
    }

    void fitsNarrowDocks()
    {
        QFETCH(int, width);
        const Parsed century = parseFixture(QStringLiteral("century-completed-page.json"));
        const Parsed treasure = parseFixture(QStringLiteral("treasure-sessions-page.json"));
        const Parsed mobile = parseFixture(QStringLiteral("mobilenext-sessions-a.json"));
        const std::vector<std::pair<const Parsed *, SessionRecord>> shots{
            {&century, fullCenturyRecord(century.rows.front())},
            {&treasure, treasure.rows.back()}, // the one with nested params and a retry name
            {&mobile, mobile.rows.front()},
        };

        DetailPane pane;
        pane.resize(width, 1100);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        if (width == 400) {
            settle();
            QVERIFY(pane.grab().save(QStringLiteral("/tmp/detail-empty.png")));
        }
        for (const auto &[parsed, row] : shots) {
            pane.setConnection(parsed->source, nullptr);
            pane.showSession(parsed->backend, row, parsed->source->columns(), fixedOptions());
            settle();
            const QScrollArea *scroll = pane.findChild<QScrollArea *>();
            QVERIFY(!scroll->horizontalScrollBar()->isVisible());
            for (const QLabel *label : pane.findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QString what = label->objectName() + QLatin1String(" \"") + label->text().left(40)
                    + QLatin1String("\" at ") + QString::number(width);
                QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(what + QLatin1String(" too narrow")));
                if (label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(what + QLatin1String(" cut at the bottom")));
                const QRect inPane(label->mapTo(&pane, QPoint(0, 0)), label->size());
                QVERIFY2(inPane.right() <= pane.width(), qPrintable(what + QLatin1String(" runs off the right")));
            }
            if (width == 400 || width == 360) {
                const QString suffix = width == 400 ? QString() : QStringLiteral("-360");
                QVERIFY(pane.grab().save(
                    QStringLiteral("/tmp/detail-%1%2.png").arg(backendId(parsed->backend), suffix)));
            }
        }
    }

    // showSession runs on every selection change: it must stay well inside a frame. Measured
    // as this thread's CPU time, so that other processes on a busy machine do not count.
    void showSessionIsFast()
    {
        std::vector<std::pair<Parsed, SessionRecord>> rows;
        for (const QString &fixture : allFixtures()) {
            Parsed parsed = parseFixture(fixture);
            for (const SessionRecord &row : parsed.rows)
                rows.emplace_back(parsed, row);
        }
        QVERIFY(rows.size() >= 6);
        DetailPane pane;
        pane.resize(400, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        for (const auto &[parsed, row] : rows) // builds each backend's view once
            pane.showSession(parsed.backend, row, parsed.source->columns(), fixedOptions());

        constexpr int kRounds = 300;
        qint64 worstNs = 0;
        qint64 totalNs = 0;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < kRounds; ++i) {
            // Every call shows another session, often of another backend: the worst case.
            const auto &[parsed, row] = rows[std::size_t(i) % rows.size()];
            const qint64 before = threadCpuNs();
            pane.showSession(parsed.backend, row, parsed.source->columns(), fixedOptions());
            const qint64 ns = threadCpuNs() - before;
            totalNs += ns;
            worstNs = std::max(worstNs, ns);
        }
        const double meanMs = double(totalNs) / kRounds / 1e6;
        qInfo("showSession: mean %.3f ms CPU (worst %.3f ms), %.3f ms wall, over %d calls", meanMs,
              double(worstNs) / 1e6, double(wall.nsecsElapsed()) / kRounds / 1e6, kRounds);
        QVERIFY2(meanMs < 5.0, qPrintable(QString::number(meanMs)));

        // And the layout pass that follows one change, which the user also waits for.
        const qint64 before = threadCpuNs();
        pane.showSession(rows.front().first.backend, rows.front().second, rows.front().first.source->columns(),
                         fixedOptions());
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        qInfo("showSession + layout: %.3f ms CPU", double(threadCpuNs() - before) / 1e6);
    }

    void cleanupTestCase() { m_demo.reset(); }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
