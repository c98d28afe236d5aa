// Issue 10, accessibility: the real window with a demo connection open, its docks shown, and
// the export dialog and connection form, walked through the QAccessible tree as a screen
// reader sees them. Fails listing every visible interactive control without a name, a table
// header without one, a control the keyboard cannot reach (Tab, or a menu for toolbar
// buttons), and saves screenshots of the checked windows to /tmp.
#include "charts/chartsdock.h"
#include "demo/demoserver.h"
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "sessions/sessiontableview.h"
#include "settings/connectionformdialog.h"
#include "export/exportdialog.h"
#include "settings/democonnections.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Controls whose name says all there is to say, or that Qt makes and names itself: a dialog's
// OK/Save/Cancel, a tab bar's scroll arrows, the tabs QMainWindow puts on stacked docks.
bool isSelfExplaining(const QObject *object)
{
    if (!object)
        return true;
    const QObject *parent = object->parent();
    return qobject_cast<const QDialogButtonBox *>(parent)
        || object->objectName().startsWith(QLatin1String("qt_"))
        || object->objectName() == QLatin1String("ScrollLeftButton")
        || object->objectName() == QLatin1String("ScrollRightButton")
        || (qobject_cast<const QTabBar *>(object) && qobject_cast<const QMainWindow *>(parent));
}

// "QToolButton 'objectName' in FilterBar > QWidget" : enough to find the widget in the code.
QString describe(QAccessibleInterface *iface)
{
    QString path;
    for (QObject *o = iface->object(); o; o = o->parent()) {
        QString step = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            step += QLatin1Char('#') + o->objectName();
        path = path.isEmpty() ? step : step + QStringLiteral(" < ") + path;
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    const QString tip = iface->object() && iface->object()->isWidgetType()
        ? static_cast<QWidget *>(iface->object())->toolTip() : QString();
    return QStringLiteral("role 0x%1 [%2]%3").arg(int(iface->role()), 0, 16).arg(path,
        tip.isEmpty() ? QString() : QStringLiteral(" tooltip '%1'").arg(tip));
}

struct TreeWalk
{
    QStringList unnamed;
    QStringList undescribed;
    QList<QWidget *> interactiveWidgets;
    QList<QAccessibleInterface *> tables;
};

void walk(QAccessibleInterface *iface, TreeWalk &out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    // A line edit's clear button is Qt's mouse shortcut for what the keyboard does in the
    // edit itself (select all, delete); screen readers skip it as Qt gives it no focus.
    const bool qtMouseShortcut = iface->object() && iface->object()->inherits("QLineEditIconButton");
    if (isInteractive(role) && !qtMouseShortcut) {
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            out.unnamed << describe(iface);
        if (iface->text(QAccessible::Description).trimmed().isEmpty() && !isSelfExplaining(iface->object()))
            out.undescribed << describe(iface);
        if (QObject *o = iface->object(); o && o->isWidgetType())
            out.interactiveWidgets << static_cast<QWidget *>(o);
        if (iface->tableInterface() && role == QAccessible::Table)
            out.tables << iface;
    }
    // Cells carry their data as names; the headers are checked on their own.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), out, depth + 1);
}

TreeWalk walkWindow(QWidget *window)
{
    TreeWalk out;
    walk(QAccessible::queryAccessibleInterface(window), out);
    return out;
}

QStringList unnamedHeaders(QAccessibleInterface *table)
{
    QStringList problems;
    QAccessibleTableInterface *t = table->tableInterface();
    const int columns = t->columnCount();
    if (columns == 0 || t->rowCount() == 0)
        return problems;
    for (int c = 0; c < columns; ++c) {
        QAccessibleInterface *cell = t->cellAt(0, c);
        if (!cell)
            continue;
        QAccessibleTableCellInterface *ci = cell->tableCellInterface();
        const QList<QAccessibleInterface *> headers = ci ? ci->columnHeaderCells() : QList<QAccessibleInterface *>{};
        const bool named = std::any_of(headers.cbegin(), headers.cend(), [](QAccessibleInterface *h) {
            return !h->text(QAccessible::Name).trimmed().isEmpty();
        });
        if (!named)
            problems << QStringLiteral("%1: column %2 has no named header").arg(describe(table)).arg(c);
    }
    return problems;
}

// A widget the Tab key cannot reach; toolbar buttons are reached through the menus instead.
QStringList unreachable(const TreeWalk &tree, const QWidget *window)
{
    QSet<const QAction *> inMenus;
    const std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (const QAction *a : menu->actions()) {
            inMenus.insert(a);
            if (a->menu())
                collect(a->menu());
        }
    };
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window))
        for (const QAction *a : mainWindow->menuBar()->actions())
            if (a->menu())
                collect(a->menu());

    QStringList problems;
    for (QWidget *w : tree.interactiveWidgets) {
        if (!w->isEnabled() || (w->focusPolicy() & Qt::TabFocus))
            continue;
        // A dock's close and float buttons: the View menu shows and hides every dock from the
        // keyboard; floating is a layout preference that Qt leaves to the mouse.
        if (auto *dock = qobject_cast<QDockWidget *>(w->parentWidget());
            dock && w->objectName().startsWith(QLatin1String("qt_dockwidget_")) && inMenus.contains(dock->toggleViewAction()))
            continue;
        if (auto *button = qobject_cast<QToolButton *>(w); button && qobject_cast<QToolBar *>(w->parentWidget())) {
            const QAction *action = button->defaultAction();
            if (action && (inMenus.contains(action) || !action->shortcut().isEmpty()))
                continue;
        }
        if (w->focusProxy() && (w->focusProxy()->focusPolicy() & Qt::TabFocus))
            continue;
        problems << QStringLiteral("%1 (focusPolicy %2)").arg(describe(QAccessible::queryAccessibleInterface(w)))
                        .arg(int(w->focusPolicy()));
    }
    return problems;
}

QString screenshotPath(const QString &name)
{
    return QStringLiteral("/tmp/sessionscope-a11y-%1.png").arg(name);
}

} // namespace

class TestAccessibilityTree final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void mainWindowWithDemoConnectionHasNoUnnamedControls()
    {
        MainWindow window;
        openDemo(window, QStringLiteral("demo-century"));
        QStringList problems = checkWindow(&window);
        // The walk must really see the window: the table, the filter bar, the detail pane.
        const TreeWalk tree = walkWindow(&window);
        QVERIFY(tree.interactiveWidgets.contains(window.sessionsView()));
        QVERIFY2(tree.interactiveWidgets.size() >= 20, qPrintable(QString::number(tree.interactiveWidgets.size())));
        QCOMPARE(tree.tables.size(), 1);
        QVERIFY(tree.tables.first()->tableInterface()->columnCount() >= 5);

        // The filters folded under "More filters", and the charts dock.
        const QList<QToolButton *> buttons = window.findChildren<QToolButton *>();
        const auto more = std::find_if(buttons.cbegin(), buttons.cend(), [](QToolButton *b) {
            return b->accessibleName() == QLatin1String("More filters");
        });
        QVERIFY(more != buttons.cend());
        (*more)->click();
        window.chartsDock()->show();
        QTRY_VERIFY(window.chartsDock()->isVisible());
        QTest::qWait(200);
        const int before = tree.interactiveWidgets.size();
        problems += checkWindow(&window);
        QVERIFY(walkWindow(&window).interactiveWidgets.size() > before);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("century"))));
    }

    void otherBackendsHaveNoUnnamedControls_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::newRow("treasure") << QStringLiteral("demo-treasure");
        QTest::newRow("mobilenext") << QStringLiteral("demo-mobilenext");
    }

    void otherBackendsHaveNoUnnamedControls()
    {
        QFETCH(QString, connection);
        MainWindow window;
        openDemo(window, connection);
        window.chartsDock()->show();
        QTRY_VERIFY(window.chartsDock()->isVisible());
        QTest::qWait(200);
        const QStringList problems = checkWindow(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void exportDialogHasNoUnnamedControls()
    {
        MainWindow window;
        openDemo(window, QStringLiteral("demo-century"));
        QAction *exportAction = findAction(window, QStringLiteral("&Export…"));
        QVERIFY(exportAction);
        QStringList problems;
        bool seen = false;
        // exec() runs its own loop: look at the dialog from inside it, then close it.
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = QTest::qWaitForWindowExposed(dialog);
            problems = checkWindow(dialog);
            static_cast<QDialog *>(dialog)->reject(); // ExportDialog's own reject() is protected
        });
        exportAction->trigger();
        QVERIFY(seen);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void connectionFormHasNoUnnamedControls()
    {
        ConnectionFormDialog form;
        form.startNew(Backend::MobileNext);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QStringList problems = checkWindow(&form);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Legible in a dark palette: Fusion with dark colours, as a dark desktop theme gives it.
    // The grab is for a human to look at; the check is that the table's text and its
    // header keep their palette's contrast (no hard-coded light colours left in them).
    void darkPaletteScreenshot()
    {
        const QPalette lightPalette = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        dark.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        {
            MainWindow window;
            openDemo(window, QStringLiteral("demo-century"));
            window.chartsDock()->show();
            QTest::qWait(300);
            const QImage image = window.grab().toImage();
            QVERIFY(image.save(screenshotPath(QStringLiteral("dark"))));
            const QPalette used = window.sessionsView()->palette();
            QCOMPARE(used.color(QPalette::Base), dark.color(QPalette::Base));
            QCOMPARE(used.color(QPalette::Text), dark.color(QPalette::Text));
            // The table's background really is dark where it is drawn (row 2: row 0 is selected).
            SessionTableView *view = window.sessionsView();
            const QRect cell = view->visualRect(view->model()->index(2, 0));
            const QPoint inTable = view->viewport()->mapTo(&window, QPoint(cell.right() - 2, cell.top() + 2));
            QVERIFY2(qGray(image.pixel(inTable)) < 100, qPrintable(QColor(image.pixel(inTable)).name()));
        }
        QApplication::setPalette(lightPalette);
    }

    // The check itself must be able to fail.
    void anUnnamedButtonIsReported()
    {
        QWidget window;
        auto *button = new QToolButton(&window);
        button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(walkWindow(&window).unnamed.size(), 1);
        QCOMPARE(walkWindow(&window).undescribed.size(), 1);
        button->setAccessibleName(QStringLiteral("Copy"));
        button->setToolTip(QStringLiteral("Copies the session"));
        QCOMPARE(walkWindow(&window).unnamed.size(), 0);
        QCOMPARE(walkWindow(&window).undescribed.size(), 0);
    }

private:
    static void openDemo(MainWindow &window, const QString &connection)
    {
        DemoOptions options;
        options.scale = 300;
        options.speed = 0;
        options.rateLimitPerMinute = 0;
        window.demoConnections()->setOptions(options);
        window.resize(1300, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openConnection(connection));
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 0, 15'000);
        // Details of the first session: the detail pane's buttons and sections exist now.
        window.detailDock()->show();
        window.sessionsView()->setFocus();
        window.sessionsView()->selectRow(0);
        QTest::qWait(300);
    }

    static QAction *findAction(const QMainWindow &window, const QString &text)
    {
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) { return a->text() == text; });
        return it == actions.cend() ? nullptr : *it;
    }

    static QStringList checkWindow(QWidget *window)
    {
        const TreeWalk tree = walkWindow(window);
        QStringList problems;
        // A description (a tooltip counts) says what a control does beyond its name.
        for (const QString &p : tree.undescribed)
            problems << QStringLiteral("no accessible description: ") + p;
        for (const QString &p : tree.unnamed)
            problems << QStringLiteral("no accessible name: ") + p;
        for (QAccessibleInterface *table : tree.tables)
            problems += unnamedHeaders(table);
        for (const QString &p : unreachable(tree, window))
            problems << QStringLiteral("not reachable by keyboard: ") + p;
        return problems;
    }
};

QTEST_MAIN(TestAccessibilityTree)
#include "tst_accessibilitytree.moc"
