#pragma once

#include "charts/chartfacts.h"
#include "domain/backend.h"

#include <QWidget>

#include <optional>
#include <vector>

class ChartCard;
class ChartFactsRunner;
class QHideEvent;
class QLabel;
class QShowEvent;
class QTabWidget;
class QToolButton;
class SessionTableModel;
struct ChartFilterTerm;

// The charts of the rows the table shows: a tab per chart (status, over time, the backend's
// own), a caption saying which rows they count, and the chip of the chart filter a click set
// (pressing it removes the filter). Recomputed off the GUI thread while visible only.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(SessionTableModel *model, QWidget *parent = nullptr);

    ChartFactsRunner *runner() const { return m_runner; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartCard *card(const QString &sheetId) const;
    QLabel *basisLabel() const { return m_basis; }
    // The chip naming the active chart filter; hidden when there is none.
    QToolButton *filterChip() const { return m_chip; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFacts(const ChartFacts &facts);
    void setChartFilter(const QList<ChartFilterTerm> &terms, const QString &label);

    SessionTableModel *m_model;
    ChartFactsRunner *m_runner;
    QLabel *m_basis;
    QToolButton *m_chip;
    QTabWidget *m_tabs;
    std::vector<ChartCard *> m_cards;
    std::optional<Backend> m_backend; // of the model's rows, to drop a filter naming old columns
};
