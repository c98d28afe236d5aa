#include "chartspanel.h"

#include "chartcard.h"

#include "charts/chartbasis.h"
#include "charts/chartfactsrunner.h"
#include "charts/chartsheets.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

ChartsPanel::ChartsPanel(SessionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_runner(new ChartFactsRunner(model, this))
    , m_basis(new QLabel(this))
    , m_chip(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
{
    m_basis->setWordWrap(true);
    m_basis->setAccessibleName(tr("Rows the charts count"));
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setAutoRaise(false);
    m_chip->hide();
    connect(m_chip, &QToolButton::clicked, this, [this] { setChartFilter({}, {}); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_basis, 1);
    top->addWidget(m_chip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Charts"));
    m_tabs->tabBar()->setAccessibleDescription(tr("One tab per chart; the arrow keys move between them"));
    m_basis->setText(tr("No sessions loaded yet."));

    connect(m_runner, &ChartFactsRunner::factsReady, this, &ChartsPanel::applyFacts);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Chart filters name columns by index: another backend's columns are other columns.
        const std::optional<Backend> backend =
            m_model->store() ? std::optional<Backend>(m_model->store()->backend()) : std::nullopt;
        if (backend != m_backend && !m_model->viewSpec().chartFilter.isEmpty())
            setChartFilter({}, {});
        m_backend = backend;
    });
}

ChartCard *ChartsPanel::card(const QString &sheetId) const
{
    for (ChartCard *card : m_cards) {
        if (card->sheet().id == sheetId)
            return card;
    }
    return nullptr;
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_runner->setActive(true);
}

void ChartsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_runner->setActive(false);
}

void ChartsPanel::applyFacts(const ChartFacts &facts)
{
    if (!m_model->store()) {
        m_basis->setText(tr("No sessions loaded yet."));
        return;
    }
    const std::vector<ChartSheet> sheets = chartSheets(facts, m_model->columns());
    bool sameTabs = sheets.size() == m_cards.size();
    for (std::size_t i = 0; sameTabs && i < sheets.size(); ++i)
        sameTabs = m_cards[i]->sheet().id == sheets[i].id;
    if (!sameTabs) {
        // Another backend: its own charts. Otherwise the cards update in place.
        const QString current = m_tabs->currentIndex() >= 0 ? m_cards[std::size_t(m_tabs->currentIndex())]->sheet().id
                                                            : QString();
        m_tabs->clear();
        for (ChartCard *card : m_cards)
            card->deleteLater();
        m_cards.clear();
        for (const ChartSheet &sheet : sheets) {
            auto *card = new ChartCard(m_tabs);
            connect(card, &ChartCard::filterRequested, this, &ChartsPanel::setChartFilter);
            m_cards.push_back(card);
            m_tabs->addTab(card, sheet.title);
            if (sheet.id == current) // status and over time stay in front across backends
                m_tabs->setCurrentWidget(card);
        }
    }
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        m_cards[i]->setSheet(sheets[i]);
        m_tabs->setTabToolTip(int(i), sheets[i].summary);
    }
    QString basis = chartBasisText(facts.rowCount, facts.loadedCount, facts.totalCount);
    if (!m_model->viewSpec().chartFilter.isEmpty())
        basis += tr(" (chart filter on)");
    m_basis->setText(basis);
}

void ChartsPanel::setChartFilter(const QList<ChartFilterTerm> &terms, const QString &label)
{
    m_model->setChartFilter(terms);
    m_chip->setVisible(!terms.isEmpty());
    m_chip->setText(tr("%1  ✕").arg(label));
    m_chip->setToolTip(tr("Remove this chart filter"));
    m_chip->setAccessibleName(tr("Remove chart filter %1").arg(label));
}
