#include "startupprobe.h"

#include "mainwindow.h"
#include "sessions/sessiontableview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {
constexpr char kVariable[] = "SESSIONSCOPE_BENCH_FIRST_PAINT";
}

void StartupProbe::installIfAsked(MainWindow *window)
{
    if (!qEnvironmentVariableIsSet(kVariable))
        return;
    const bool quitAfterRow = qgetenv(kVariable) == "row";
    // Watches every event on the way to any widget: paints of the window's children arrive
    // before (or instead of) one for the window itself, which opaque children may cover whole.
    qApp->installEventFilter(new StartupProbe(window, window->sessionsView(), quitAfterRow));
}

StartupProbe::StartupProbe(MainWindow *window, QAbstractItemView *table, bool quitAfterRow)
    : QObject(qApp)
    , m_window(window)
    , m_table(table)
    , m_quitAfterRow(quitAfterRow)
{}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (!m_windowSeen && m_window && widget->window() == m_window) {
        m_windowSeen = true;
        reportAfterPaint("startup: window painted", !m_quitAfterRow);
    }
    if (!m_rowSeen && m_table && widget == m_table->viewport() && m_table->model()
        && m_table->model()->rowCount() > 0) {
        m_rowSeen = true;
        reportAfterPaint("startup: first row painted", m_quitAfterRow);
    }
    return false;
}

void StartupProbe::reportAfterPaint(const char *line, bool quit)
{
    QTimer::singleShot(0, this, [line, quit] {
        std::printf("%s\n", line);
        std::fflush(stdout);
        if (quit)
            QCoreApplication::quit();
    });
}
