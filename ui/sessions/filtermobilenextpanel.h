#pragma once

#include "filterpanel.h"

#include <QList>
#include <QPair>

class QComboBox;
class QSpinBox;

// Mobile Next: which organization's sessions (the X-Organization-Id header) and the page size.
class FilterMobileNextPanel final : public FilterPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterMobileNextPanel)

public:
    explicit FilterMobileNextPanel(QWidget *parent = nullptr);

    Query query() const override { return m_query; }
    void setQuery(const Query &query) override;
    // (id, name) pairs; an empty name is the caller's Personal organization.
    void setOrganizations(const QList<QPair<QString, QString>> &organizations);
    QComboBox *organizationBox() const { return m_organization; }
    QSpinBox *pageSizeBox() const { return m_pageSize; }

private:
    void fillOrganizations();

    MobileNextQuery m_query;
    QList<QPair<QString, QString>> m_organizations;
    QComboBox *m_organization = nullptr;
    QSpinBox *m_pageSize = nullptr;
};
