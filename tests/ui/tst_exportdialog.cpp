// The export dialog driving real exports against the demo server: defaults (personal columns
// unticked, the table's order), keyboard reordering, "all matching" and "loaded rows"
// exports through the Export button, Escape cancelling a running export without leaving a
// file, and the File > Export… action following the connection. Screenshots go to /tmp.
#include "exporttestkit.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "export/exportcolumnlist.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

struct Loaded : LoadingCenturyModel
{
    explicit Loaded(const QString &faults = {})
        : LoadingCenturyModel(700, faults)
    {
    }
};

const QStringList kTableColumns{QStringLiteral("pupil"), QStringLiteral("upn"), QStringLiteral("status"),
                                QStringLiteral("started"), QStringLiteral("level")};

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("export")); // a remembered format must not leak between runs
        qRegisterMetaType<ExportResult>();
        QVERIFY(m_dir.isValid());
    }

    void defaultsLeavePersonalColumnsOut()
    {
        Loaded c;
        QTRY_COMPARE_WITH_TIMEOUT(c.model.fetchState(), SessionTableModel::FetchState::Complete, 20'000);
        ExportDialog dialog(c.model, c.source, c.client.get(), kTableColumns);
        // The table's visible columns minus UPN (personal), in the table's order.
        QCOMPARE(dialog.columnList()->checkedIds(),
                 QStringList({QStringLiteral("pupil"), QStringLiteral("status"), QStringLiteral("started"),
                              QStringLiteral("level")}));
        auto *list = dialog.columnList()->findChild<QListWidget *>();
        QVERIFY(list);
        QVERIFY(list->item(1)->text().contains(QLatin1String("personal")));
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(!dialog.findChild<QProgressBar *>()->accessibleName().isEmpty());

        // Keyboard: Alt+Down moves the current column one place down (past UPN, then Status).
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(dialog.columnList()->checkedIds().first(), QStringLiteral("status"));
        QCOMPARE(dialog.columnList()->checkedIds().at(1), QStringLiteral("pupil"));
    }

    void exportsAllMatchingSessions()
    {
        Loaded c;
        QTRY_COMPARE_WITH_TIMEOUT(c.model.fetchState(), SessionTableModel::FetchState::Complete, 20'000);
        c.model.setSearchText(QStringLiteral("zz-no-such-pupil")); // the loaded view is empty...
        QTRY_VERIFY(!c.model.isOrdering());
        ExportDialog dialog(c.model, c.source, c.client.get(), kTableColumns);
        const QString target = m_dir.filePath(QStringLiteral("all.csv"));
        dialog.setFormat(ExportFormat::Csv);
        dialog.setTargetPath(target);
        dialog.setAllMatching(true); // ...but every matching session is asked for again
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QStringLiteral("/tmp/export-dialog-before.png"));

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QPushButton *exportButton = button(dialog, QStringLiteral("Export"));
        QVERIFY(exportButton);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        const ExportResult result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows, *c.model.totalCount());
        // The default preset is "Excel on this computer": BOM, the locale's list separator.
        const QByteArray bytes = readFileBytes(target);
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        const QChar delimiter = QLatin1Char(CsvOptions::preset(CsvPreset::ExcelOnThisComputer).delimiter);
        QCOMPARE(readCsvText(QString::fromUtf8(bytes.mid(3)), delimiter).size(), *c.model.totalCount() + 1);
        QVERIFY(button(dialog, QStringLiteral("Open File"))->isVisible());
        QVERIFY(button(dialog, QStringLiteral("Show in Folder"))->isVisible());
        dialog.grab().save(QStringLiteral("/tmp/export-dialog-after.png"));
    }

    void exportsTheLoadedRowsAsShown()
    {
        Loaded c;
        QTRY_COMPARE_WITH_TIMEOUT(c.model.fetchState(), SessionTableModel::FetchState::Complete, 20'000);
        c.model.setSearchText(QStringLiteral("a"));
        QTRY_VERIFY(!c.model.isOrdering());
        ExportDialog dialog(c.model, c.source, c.client.get(), kTableColumns);
        const QString target = m_dir.filePath(QStringLiteral("loaded.xlsx"));
        dialog.setFormat(ExportFormat::Xlsx);
        dialog.setTargetPath(target);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        QVERIFY(finished.wait(20'000));
        const ExportResult result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows, qint64(c.model.rowCount()));
        QVERIFY(readFileBytes(target).startsWith("PK")); // a zip: the workbook
    }

    void escapeCancelsARunningExport()
    {
        Loaded c(QStringLiteral("latency=60"));
        QTRY_COMPARE_WITH_TIMEOUT(c.model.fetchState(), SessionTableModel::FetchState::Complete, 30'000);
        ExportDialog dialog(c.model, c.source, c.client.get(), kTableColumns);
        const QString target = m_dir.filePath(QStringLiteral("cancelled.csv"));
        dialog.setTargetPath(target);
        dialog.setAllMatching(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        auto *bar = dialog.findChild<QProgressBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 10'000);
        dialog.grab().save(QStringLiteral("/tmp/export-dialog-during.png"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Cancelled);
        QVERIFY(dialog.isVisible()); // the first Escape stops the export, not the dialog
        QVERIFY(!QFile::exists(target));
    }

    void actionFollowsTheConnection()
    {
        SessionTableModel model;
        QTableView view;
        view.setModel(&model);
        QWidget window;
        ExportController controller(&window, &model, &view, [] { return nullptr; });
        QCOMPARE(controller.action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!controller.action()->isEnabled());
        std::shared_ptr<const SessionSource> source =
            makeSessionSource(Backend::Century, QUrl(QStringLiteral("http://127.0.0.1:1/century/api/v1")));
        model.open(source, nullptr, source->defaultQuery());
        QVERIFY(controller.action()->isEnabled());
        model.close();
        QVERIFY(!controller.action()->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
