// The Charts dock (issue 7) in the real window against the in-process demo server: a click
// on a status slice filters the table to that status and a chip removes it; bar clicks
// filter by level and subject, workflow or platform; a hidden dock computes nothing; dark
// and light palettes stay legible; charts export as PNG and SVG. With
// SESSIONSCOPE_CHART_SHOTS=<folder> it also writes a screenshot per backend there.
#include "charts/chartcard.h"
#include "charts/chartplot.h"
#include "charts/chartsdock.h"
#include "charts/chartspanel.h"
#include "charts/chartsheettable.h"
#include "charts/chartfactsrunner.h"
#include "demo/demoserver.h"
#include "mainwindow/mainwindow.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "settings/democonnections.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

namespace {

// WCAG relative luminance contrast between two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return p;
}

} // namespace

class TestChartsDock final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    SessionTableModel *model() const { return m_window->sessionsModel(); }
    ChartsPanel *panel() const { return m_window->chartsDock()->panel(); }

    // A window on `connectionId` with the charts shown and counting every loaded row.
    bool open(const QString &connectionId, int scale = 600)
    {
        m_tester.reset();
        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->sessionsModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        DemoOptions options;
        options.scale = scale;
        options.speed = 0;
        m_window->demoConnections()->setOptions(options);
        m_window->resize(1400, 820);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->chartsDock()->toggleViewAction()->trigger();
        if (!m_window->chartsDock()->isVisible() || !m_window->openConnection(connectionId))
            return false;
        model()->fetchAll();
        return QTest::qWaitFor([&] { return model()->fetchState() == SessionTableModel::FetchState::Complete; }, 20'000)
            && chartsCaughtUp();
    }

    // The newest facts describe the rows the table shows now.
    bool chartsCaughtUp()
    {
        return QTest::qWaitFor(
            [&] {
                return !panel()->runner()->isBusy() && panel()->runner()->facts().rowCount == model()->rowCount()
                    && panel()->runner()->facts().loadedCount == model()->loadedCount() && model()->rowCount() > 0;
            },
            10'000);
    }

    void clickBar(ChartCard *card, int category, int series)
    {
        auto *bars = card->plot()->barSeries();
        QVERIFY(bars);
        const int count = int(card->sheet().categories.size());
        // Horizontal charts draw their categories bottom-up; the series reports that index.
        const int drawn = card->sheet().horizontal ? count - 1 - category : category;
        emit bars->clicked(drawn, bars->barSets().at(series));
    }

    QString column(qsizetype storeRow, QStringView id) const
    {
        const ColumnDescriptor *c = findColumn(model()->columns(), id);
        return c ? model()->store()->value(storeRow, *c).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void statusSliceFiltersTheTableAndTheChipRemovesIt()
    {
        QVERIFY(open(QStringLiteral("demo-century")));
        const qsizetype loaded = model()->loadedCount();
        ChartCard *donut = panel()->card(QStringLiteral("status"));
        QVERIFY(donut);
        QPieSeries *pie = donut->plot()->pieSeries();
        QVERIFY(pie);
        const auto &statuses = donut->sheet().categoryStatuses;
        const auto completed = std::find(statuses.begin(), statuses.end(), SessionStatus::Completed);
        QVERIFY(completed != statuses.end());
        const int slice = int(completed - statuses.begin());
        const qsizetype expected = panel()->runner()->facts().statusCounts[std::size_t(SessionStatus::Completed)];
        QVERIFY(expected > 0 && expected < loaded);
        QCOMPARE(pie->slices().at(slice)->label(), sessionStatusDisplayName(SessionStatus::Completed));
        QVERIFY(donut->summaryLabel()->text().contains(QLocale().toString(qint64(expected))));
        QCOMPARE(donut->plot()->accessibleDescription(), donut->summaryLabel()->text());
        QVERIFY(panel()->basisLabel()->text().contains(QStringLiteral("loaded")));

        // A real mouse click in the middle of the Completed slice's ring.
        panel()->tabs()->setCurrentWidget(donut);
        QTRY_VERIFY(donut->plot()->isVisible());
        const QRectF area = donut->plot()->chart()->plotArea();
        const QPieSlice *target = pie->slices().at(slice);
        const double angle = (target->startAngle() + target->angleSpan() / 2) * M_PI / 180.0;
        const double radius = std::min(area.width(), area.height()) / 2 * pie->pieSize() * (1 + pie->holeSize()) / 2;
        const QPointF inChart = area.center() + QPointF(std::sin(angle) * radius, -std::cos(angle) * radius);
        const QPoint at = donut->plot()->mapFromScene(donut->plot()->chart()->mapToScene(inChart));
        QTest::mouseClick(donut->plot()->viewport(), Qt::LeftButton, {}, at);

        QTRY_COMPARE(qsizetype(model()->rowCount()), expected);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, 0).data(SessionTableModel::StatusRole).toInt(), int(SessionStatus::Completed));
        QToolButton *chip = panel()->filterChip();
        QVERIFY(chip->isVisible());
        QVERIFY2(chip->text().contains(sessionStatusDisplayName(SessionStatus::Completed)), qPrintable(chip->text()));
        // The charts follow the filtered view and say so.
        QVERIFY(chartsCaughtUp());
        QCOMPARE(panel()->runner()->facts().rowCount, expected);
        QVERIFY(panel()->basisLabel()->text().contains(QStringLiteral("shown")));

        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE(qsizetype(model()->rowCount()), loaded);
        QVERIFY(!chip->isVisible());
        QVERIFY(model()->viewSpec().chartFilter.isEmpty());
    }

    void levelBarFiltersByLevelAndSubject()
    {
        QVERIFY(open(QStringLiteral("demo-century")));
        ChartCard *levels = panel()->card(QStringLiteral("levels"));
        QVERIFY(levels);
        const ChartSheet sheet = levels->sheet();
        QVERIFY(sheet.categories.size() >= 2);
        QVERIFY(!sheet.series.empty());
        const int level = 1;
        const int subject = 0;
        const qsizetype expected = qsizetype(sheet.series[subject].values[level]);
        QVERIFY(expected > 0);
        clickBar(levels, level, subject);
        QTRY_COMPARE(qsizetype(model()->rowCount()), expected);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(column(model()->storeRow(row), u"level"), sheet.categories[level]);
            QCOMPARE(column(model()->storeRow(row), u"subject"), sheet.series[subject].name);
        }
        QVERIFY(panel()->filterChip()->text().contains(sheet.categories[level]));
        QVERIFY(panel()->filterChip()->text().contains(sheet.series[subject].name));

        // The table alternative holds the same numbers.
        panel()->tabs()->setCurrentWidget(levels);
        levels->tableToggle()->click();
        QVERIFY(levels->table()->isVisible());
        QVERIFY(!levels->plot()->isVisible());
        QCOMPARE(levels->table()->rowCount(), int(sheet.categories.size()));
    }

    void workflowBarFiltersByWorkflow()
    {
        QVERIFY(open(QStringLiteral("demo-treasure")));
        ChartCard *workflows = panel()->card(QStringLiteral("workflows"));
        QVERIFY(workflows);
        const ChartSheet sheet = workflows->sheet();
        QVERIFY(sheet.horizontal);
        QVERIFY(sheet.categories.size() >= 2);
        const int category = 1;
        qsizetype expected = 0;
        for (const ChartSheetSeries &series : sheet.series)
            expected += qsizetype(series.values[category]);
        clickBar(workflows, category, 0);
        QTRY_COMPARE(qsizetype(model()->rowCount()), expected);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(column(model()->storeRow(row), u"workflow"), sheet.categories[category]);
    }

    void platformBarFiltersByPlatform()
    {
        QVERIFY(open(QStringLiteral("demo-mobilenext")));
        ChartCard *platforms = panel()->card(QStringLiteral("platforms"));
        QVERIFY(platforms);
        const ChartSheet sheet = platforms->sheet();
        QVERIFY(!sheet.categories.isEmpty());
        qsizetype expected = 0;
        for (const ChartSheetSeries &series : sheet.series)
            expected += qsizetype(series.values[0]);
        clickBar(platforms, 0, 0);
        QTRY_COMPARE(qsizetype(model()->rowCount()), expected);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(column(model()->storeRow(row), u"platform"), sheet.categories[0]);
        QVERIFY(panel()->card(QStringLiteral("devices")));
        QVERIFY(panel()->card(QStringLiteral("versions")));
    }

    void hiddenDockComputesNothing()
    {
        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->sessionsModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        DemoOptions options;
        options.scale = 300;
        options.speed = 0;
        m_window->demoConnections()->setOptions(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->chartsDock()->isVisible());
        QVERIFY(m_window->openConnection(QStringLiteral("demo-century")));
        model()->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(model()->fetchState() == SessionTableModel::FetchState::Complete, 20'000);
        QTest::qWait(ChartFactsRunner::kDefaultDelayMs + 100);
        QCOMPARE(panel()->runner()->jobsStarted(), 0);
        // Shown: one job at once, for the rows now loaded.
        m_window->chartsDock()->toggleViewAction()->trigger();
        QVERIFY(chartsCaughtUp());
        QCOMPARE(panel()->runner()->jobsStarted(), 1);
        // Cells repainted for their looks (ticking durations, relative times) move no chart.
        model()->setRelativeTimes(true);
        QTest::qWait(ChartFactsRunner::kDefaultDelayMs + 100);
        QCOMPARE(panel()->runner()->jobsStarted(), 1);
    }

    void darkAndLightPalettesStayLegible()
    {
        QVERIFY(open(QStringLiteral("demo-century")));
        const char *shots = "/tmp/charts-palette-%1.png";
        for (const bool dark : {false, true}) {
            const QPalette palette = dark ? darkPalette() : QPalette(QColor(0xf0, 0xf0, 0xf0), QColor(0xff, 0xff, 0xff));
            panel()->setPalette(palette);
            ChartCard *card = panel()->card(QStringLiteral("started"));
            QVERIFY(card);
            panel()->tabs()->setCurrentWidget(card);
            QChart *chart = card->plot()->chart();
            QTRY_COMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Base));
            const QColor text = chart->legend()->labelColor();
            QVERIFY2(contrast(text, chart->backgroundBrush().color()) >= 7.0,
                     qPrintable(QStringLiteral("%1 on %2").arg(text.name(), chart->backgroundBrush().color().name())));
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
            QVERIFY(panel()->grab().save(QString::fromLatin1(shots).arg(dark ? "dark" : "light")));
        }
    }

    void exportsPngAndSvg()
    {
        QVERIFY(open(QStringLiteral("demo-century"), 300));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChartCard *card = panel()->card(QStringLiteral("status"));
        QVERIFY(card);
        const QString png = dir.filePath(QStringLiteral("status.png"));
        const QString svg = dir.filePath(QStringLiteral("status.svg"));
        QCOMPARE(card->exportTo(png), QString());
        QCOMPARE(card->exportTo(svg), QString());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= card->plot()->width());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<title>Status</title>"));
        QVERIFY(!card->exportTo(dir.filePath(QStringLiteral("missing/folder/x.png"))).isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("tab");
        QTest::newRow("century") << QStringLiteral("demo-century") << QStringLiteral("levels");
        QTest::newRow("treasure") << QStringLiteral("demo-treasure") << QStringLiteral("workflows");
        QTest::newRow("mobilenext") << QStringLiteral("demo-mobilenext") << QStringLiteral("versions");
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("SESSIONSCOPE_CHART_SHOTS");
        if (folder.isEmpty())
            QSKIP("set SESSIONSCOPE_CHART_SHOTS to a folder to write screenshots");
        QFETCH(QString, connection);
        QFETCH(QString, tab);
        QVERIFY(open(connection, 1500));
        m_window->resizeDocks({m_window->chartsDock()}, {460}, Qt::Horizontal);
        QTest::qWait(50);
        for (const QString &id : {QStringLiteral("status"), QStringLiteral("started"), tab}) {
            ChartCard *card = panel()->card(id);
            QVERIFY(card);
            panel()->tabs()->setCurrentWidget(card);
            QTest::qWait(50);
            // The window as a whole once, then the dock alone per chart (for the README).
            if (id == QLatin1String("status"))
                QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-window.png").arg(folder, QString::fromLatin1(QTest::currentDataTag()))));
            QVERIFY(m_window->chartsDock()->grab().save(
                QStringLiteral("%1/%2-%3.png").arg(folder, QString::fromLatin1(QTest::currentDataTag()), id)));
        }
    }
};

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
