#include "chartsdock.h"

#include "chartspanel.h"

#include <QAction>
#include <QKeySequence>

ChartsDock::ChartsDock(SessionTableModel *model, QWidget *parent)
    : QDockWidget(tr("Charts"), parent)
    , m_panel(new ChartsPanel(model, this))
{
    setObjectName(QStringLiteral("chartsDock"));
    setAccessibleName(tr("Charts"));
    setWidget(m_panel);
    m_panel->setMinimumWidth(380);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    toggleViewAction()->setText(tr("C&harts"));
    // Shown as a tab beside the details: asking for it should also bring it to the front.
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            raise();
    });
}
