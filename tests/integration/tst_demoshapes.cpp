// The demo server against the vendors' published example bodies (../shared/fixtures): every
// member a published example has, the demo's bodies have too, with the same JSON type. The
// client's parsers are written to those examples, so this catches a server that drifted from
// them. Checked with QJsonDocument only.
#include "demohttp.h"

#include "demo/demoserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(SESSIONSCOPE_API_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

// "path -> types seen" over any number of sample objects, arrays looked into.
void collect(const QJsonValue &v, const QString &path, QHash<QString, QSet<QString>> &out)
{
    out[path].insert(typeName(v));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), path + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collect(item, path + QStringLiteral("[]"), out);
    }
}

// Members free-form by definition: their inside is not compared.
bool freeForm(const QString &path)
{
    return path.contains(QLatin1String(".params."));
}

} // namespace

class TestDemoShapes final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoServer> m_serverB;
    DemoHttp m_http;

    QHash<QString, QSet<QString>> served(DemoServer &server, Backend backend, const QStringList &paths,
                                         const DemoHeaders &auth)
    {
        QHash<QString, QSet<QString>> out;
        for (const QString &path : paths) {
            const DemoHttpReply r = m_http.get(QUrl(server.baseUrl(backend).toString() + path), auth);
            if (r.status == 200)
                collect(r.json(), QString(), out);
        }
        return out;
    }

    static void compare(const QJsonObject &published, const QHash<QString, QSet<QString>> &ours,
                        const QSet<QString> &allowedDifferences = {})
    {
        QHash<QString, QSet<QString>> theirs;
        collect(published, QString(), theirs);
        for (auto it = theirs.begin(); it != theirs.end(); ++it) {
            if (freeForm(it.key()) || allowedDifferences.contains(it.key()))
                continue;
            QVERIFY2(ours.contains(it.key()), qPrintable(QStringLiteral("the demo never sends %1").arg(it.key())));
            for (const QString &type : it.value()) {
                // An example's null can be a value elsewhere and the other way round.
                if (type == QLatin1String("null") || ours.value(it.key()).contains(QStringLiteral("null")))
                    continue;
                QVERIFY2(ours.value(it.key()).contains(type),
                         qPrintable(QStringLiteral("%1 is %2 in the example").arg(it.key(), type)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        DemoOptions o;
        o.scale = 2000;
        o.speed = 0;
        o.rateLimitPerMinute = 0;
        m_server = std::make_unique<DemoServer>(o);
        QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
        o.mobileNextShape = DemoMobileNextShape::B;
        m_serverB = std::make_unique<DemoServer>(o);
        QVERIFY(m_serverB->listen(QHostAddress(QHostAddress::LocalHost), 0));
    }

    void century()
    {
        const QStringList paths = {QStringLiteral("/smart-ia/sessions/completed?limit=100"),
                                   QStringLiteral("/smart-ia/sessions/in-progress?limit=100"),
                                   QStringLiteral("/smart-ia/sessions?limit=100&offset=300")};
        const auto ours = served(*m_server, Backend::Century, paths, centuryAuth());
        compare(fixture("century-completed-page.json"), ours);
        compare(fixture("century-in-progress-page.json"), ours);
    }

    void treasure()
    {
        const auto ours = served(*m_server, Backend::Treasure, {QStringLiteral("/api/sessions?page_size=1000")},
                                 treasureAuth());
        compare(fixture("treasure-sessions-page.json"), ours);
    }

    void mobileNextA()
    {
        const auto ours = served(*m_server, Backend::MobileNext, {QStringLiteral("/api/v1/sessions?limit=500")},
                                 mobileNextAuth());
        compare(fixture("mobilenext-sessions-a.json"), ours);
    }

    void mobileNextB()
    {
        const auto ours = served(*m_serverB, Backend::MobileNext, {QStringLiteral("/api/v1/sessions?limit=500")},
                                 mobileNextAuth());
        compare(fixture("mobilenext-sessions-b.json"), ours);
    }
};

QTEST_GUILESS_MAIN(TestDemoShapes)
#include "tst_demoshapes.moc"
