#include "filtertreasurepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

FilterTreasurePanel::FilterTreasurePanel(QWidget *parent)
    : FilterPanel(parent)
{
    auto *note = new QLabel(tr("Treasure Workflow lists newest first; it has no server-side filters."), this);
    note->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *caption = new QLabel(tr("Page size"), this);
    m_pageSize = new QSpinBox(this);
    m_pageSize->setRange(1, TreasureQuery::kMaxPageSize);
    m_pageSize->setAccelerated(true);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setAccessibleDescription(tr("Sessions asked for per request, up to %L1.").arg(TreasureQuery::kMaxPageSize));
    m_pageSize->setToolTip(tr("Sessions asked for per request. Larger pages load faster, smaller ones show sooner."));
    caption->setBuddy(m_pageSize);
    connect(m_pageSize, &QSpinBox::valueChanged, this, [this](int value) {
        m_query.pageSize = value;
        emit edited(FilterEditPace::Typing);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(caption);
    layout->addWidget(m_pageSize);
    setQuery(m_query);
}

void FilterTreasurePanel::setQuery(const Query &query)
{
    m_query = std::get<TreasureQuery>(query);
    const QSignalBlocker blocker(m_pageSize);
    m_pageSize->setValue(m_query.pageSize);
}
