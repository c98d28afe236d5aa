#pragma once

#include <QMainWindow>

class QTableView;

// Composes the window's parts and wires them; owns no business logic (DESIGN.md section 7).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *sessionsView() const { return m_sessionsView; }
    // What the window is connected to, e.g. "Demo server on http://127.0.0.1:PORT"; stays
    // in the status bar until replaced.
    void showConnectionStatus(const QString &text);

private:
    void createMenus();
    void showAbout();

    QTableView *m_sessionsView = nullptr;
};
