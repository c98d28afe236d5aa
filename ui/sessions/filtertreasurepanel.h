#pragma once

#include "filterpanel.h"

class QSpinBox;

// Treasure Workflow offers no server-side filter: the panel says so, and offers the page size.
class FilterTreasurePanel final : public FilterPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterTreasurePanel)

public:
    explicit FilterTreasurePanel(QWidget *parent = nullptr);

    Query query() const override { return m_query; }
    void setQuery(const Query &query) override;
    QSpinBox *pageSizeBox() const { return m_pageSize; }

private:
    TreasureQuery m_query;
    QSpinBox *m_pageSize = nullptr;
};
