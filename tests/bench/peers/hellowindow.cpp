// Peer for bench_startup's cold start: the plainest Qt Widgets main window (a menu, an empty
// table, a status bar), started by bench_startup exactly as it starts sessionscope. Prints
// "startup: window painted" once its first frame is painted, then quits. Links Qt alone.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// The central widget tells when the first frame's paint pass has run: the next event-loop turn.
class FirstFrameTable final : public QTableView
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (m_reported)
            return;
        m_reported = true;
        QTimer::singleShot(0, this, [] {
            std::printf("startup: window painted\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Hello"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app,
                                                                  &QCoreApplication::quit);
    window.setCentralWidget(new FirstFrameTable);
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Ready")));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
