// Peer for bench_startup's first row: what a plain Qt program does to show sessions — a
// QTableView over a QStandardItemModel, one QNetworkAccessManager GET of the first Century page
// (100 sessions, newest first, as sessionscope asks), QJsonDocument, one item per cell.
// Started by bench_startup exactly as it starts sessionscope; prints "startup: first row
// painted" once the table has painted a row, then quits.
//
// usage: peer_tablefetch CENTURY_BASE_URL   (the key in SESSIONSCOPE_BENCH_KEY)
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace {

class FirstRowTable final : public QTableView
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (m_reported || !model() || model()->rowCount() == 0)
            return;
        m_reported = true;
        QTimer::singleShot(0, this, [] {
            std::printf("startup: first row painted\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_reported = false;
};

void fill(QStandardItemModel &model, const QByteArray &body)
{
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject s = value.toObject();
        const QJsonObject user = s.value(QLatin1String("user")).toObject();
        const QJsonObject test = s.value(QLatin1String("test")).toObject();
        const QJsonObject result = s.value(QLatin1String("result")).toObject();
        QList<QStandardItem *> row;
        for (const QJsonValue &cell :
             {s.value(QLatin1String("status")), user.value(QLatin1String("fullName")),
              user.value(QLatin1String("username")), test.value(QLatin1String("subject")),
              test.value(QLatin1String("name")), s.value(QLatin1String("startDate")), s.value(QLatin1String("endDate")),
              result.value(QLatin1String("duration")), result.value(QLatin1String("level"))})
            row.append(new QStandardItem(cell.toString()));
        model.appendRow(row);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: peer_tablefetch CENTURY_BASE_URL\n");
        return 2;
    }
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Status"), QStringLiteral("Pupil"), QStringLiteral("Username"),
                                     QStringLiteral("Subject"), QStringLiteral("Assessment"), QStringLiteral("Started"),
                                     QStringLiteral("Finished"), QStringLiteral("Duration"), QStringLiteral("Level")});
    QMainWindow window;
    auto *table = new FirstRowTable;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.show();

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url(QString::fromLocal8Bit(argv[1]) + QStringLiteral("/smart-ia/sessions"));
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("100")},
                           {QStringLiteral("sort[field]"), QStringLiteral("startDate")},
                           {QStringLiteral("sort[direction]"), QStringLiteral("desc")}});
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", qgetenv("SESSIONSCOPE_BENCH_KEY"));
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &window, [reply, &model] {
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "peer_tablefetch: %s\n", qPrintable(reply->errorString()));
            QCoreApplication::exit(1);
        }
        fill(model, reply->readAll());
        reply->deleteLater();
    });
    return app.exec();
}
