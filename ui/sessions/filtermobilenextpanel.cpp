#include "filtermobilenextpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

FilterMobileNextPanel::FilterMobileNextPanel(QWidget *parent)
    : FilterPanel(parent)
{
    auto *orgCaption = new QLabel(tr("Organization"), this);
    m_organization = new QComboBox(this);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->setMinimumContentsLength(24);
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->setAccessibleDescription(tr("Whose device sessions to list."));
    orgCaption->setBuddy(m_organization);
    connect(m_organization, &QComboBox::activated, this, [this](int index) {
        m_query.organizationId = m_organization->itemData(index).toString();
        emit edited(FilterEditPace::Now);
    });

    auto *sizeCaption = new QLabel(tr("Page size"), this);
    m_pageSize = new QSpinBox(this);
    m_pageSize->setRange(1, MobileNextQuery::kMaxPageSize);
    m_pageSize->setAccelerated(true);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setAccessibleDescription(tr("Sessions asked for per request, up to %L1.").arg(MobileNextQuery::kMaxPageSize));
    m_pageSize->setToolTip(tr("Sessions asked for per request. Larger pages load faster, smaller ones show sooner."));
    sizeCaption->setBuddy(m_pageSize);
    connect(m_pageSize, &QSpinBox::valueChanged, this, [this](int value) {
        m_query.pageSize = value;
        emit edited(FilterEditPace::Typing);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(orgCaption);
    layout->addWidget(m_organization);
    layout->addStretch();
    layout->addWidget(sizeCaption);
    layout->addWidget(m_pageSize);
    setQuery(m_query);
}

void FilterMobileNextPanel::setQuery(const Query &query)
{
    m_query = std::get<MobileNextQuery>(query);
    const QSignalBlocker blocker(m_pageSize);
    m_pageSize->setValue(m_query.pageSize);
    fillOrganizations();
}

void FilterMobileNextPanel::setOrganizations(const QList<QPair<QString, QString>> &organizations)
{
    m_organizations = organizations;
    fillOrganizations();
}

void FilterMobileNextPanel::fillOrganizations()
{
    const QSignalBlocker blocker(m_organization);
    m_organization->clear();
    m_organization->addItem(tr("The API key's own"), QString());
    for (const auto &[id, name] : std::as_const(m_organizations)) {
        if (!id.isEmpty())
            m_organization->addItem(name.isEmpty() ? tr("Personal") : name, id);
    }
    int index = m_organization->findData(m_query.organizationId);
    if (index < 0) {
        // A query restored from settings may name an organization not listed (yet).
        m_organization->addItem(m_query.organizationId, m_query.organizationId);
        index = m_organization->count() - 1;
    }
    m_organization->setCurrentIndex(index);
}
