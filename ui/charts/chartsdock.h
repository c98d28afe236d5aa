#pragma once

#include <QDockWidget>

class ChartsPanel;
class SessionTableModel;

// The "Charts" dock beside the table (object name "chartsDock", saved with the window
// state). Its toggle action has the shortcut Ctrl+Shift+C.
class ChartsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsDock)

public:
    explicit ChartsDock(SessionTableModel *model, QWidget *parent = nullptr);
    ChartsPanel *panel() const { return m_panel; }

private:
    ChartsPanel *m_panel;
};
