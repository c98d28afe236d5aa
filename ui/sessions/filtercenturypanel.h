#pragma once

#include "filterpanel.h"

#include <QList>
#include <QPair>
#include <QTimeZone>

class FilterCheckList;
class FilterDateRange;
class FilterPupilPicker;
class QButtonGroup;
class QComboBox;
class QToolButton;

// Century Smart IA's server-side filters. The first line holds what a teacher reaches for
// (scope, start dates, subject, test); "More filters" opens a second line with end dates,
// status, server order and pupils.
class FilterCenturyPanel final : public FilterPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterCenturyPanel)

public:
    explicit FilterCenturyPanel(QWidget *parent = nullptr);

    Query query() const override { return m_query; }
    void setQuery(const Query &query) override;

    void setKnownSubjects(const QStringList &subjects);
    void setKnownTests(const QList<QPair<QString, QString>> &tests);
    void setKnownPupils(const QList<QPair<QString, QString>> &pupils);
    // Dates are whole days of this zone (the system's unless a test says otherwise).
    void setTimeZone(const QTimeZone &zone);

    void setMoreFiltersShown(bool shown);
    bool moreFiltersShown() const;

    QButtonGroup *scopeGroup() const { return m_scope; }
    FilterDateRange *startedRange() const { return m_started; }
    FilterDateRange *endedRange() const { return m_ended; }
    FilterCheckList *subjectList() const { return m_subjects; }
    FilterCheckList *testList() const { return m_tests; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *orderBox() const { return m_order; }
    FilterPupilPicker *pupilPicker() const { return m_pupils; }
    QToolButton *moreButton() const { return m_moreButton; }

private:
    QWidget *createScope();
    QWidget *createMoreFilters();
    void edit(const CenturyQuery &query);
    void showQuery();
    int moreFilterCount() const;

    CenturyQuery m_query;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QButtonGroup *m_scope = nullptr;
    FilterDateRange *m_started = nullptr;
    FilterDateRange *m_ended = nullptr;
    FilterCheckList *m_subjects = nullptr;
    FilterCheckList *m_tests = nullptr;
    QToolButton *m_moreButton = nullptr;
    QWidget *m_more = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_order = nullptr;
    FilterPupilPicker *m_pupils = nullptr;
};
