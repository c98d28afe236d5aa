#pragma once

#include "domain/backend.h"
#include "domain/backendstatuses.h"
#include "domain/query.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class FilterCenturyPanel;
class FilterMobileNextPanel;
class FilterPanel;
class FilterTreasurePanel;
class QPushButton;
class QuickSearchBox;
class StatusChipRow;

// The bar above the sessions table. Its first line holds the server-side filters of the
// current backend (changing them changes the Query, which reloads the table); its second
// line the quick search and status chips, which only filter the rows already loaded.
// It maps widget state to and from Query and nothing more: the window owns the query.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    // Server-side edits typed as keys (a page size) wait for this pause; clicks and picked
    // dates go at the next turn of the event loop, so one gesture gives one signal.
    static constexpr int kTypingDebounceMs = 300;

    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // Shows the filters `backend` offers, set from `query`, and the status chips it can
    // produce. Emits no queryChanged(); statusFilterChanged() only when a status the new
    // backend cannot produce was being hidden (the chip goes, its rows would show).
    void setBackend(Backend backend, const Query &query);
    Backend backend() const { return m_backend; }
    // The query last set or emitted.
    Query query() const { return m_query; }

    // Choices for the Century filters, gathered by the window from the loaded rows.
    void setKnownSubjects(const QStringList &subjects);
    void setKnownTests(const QList<QPair<QString, QString>> &tests);   // (testId, name)
    void setKnownPupils(const QList<QPair<QString, QString>> &pupils); // (userId, name)
    // Mobile Next organizations, (id, name); an empty name is the Personal one.
    void setOrganizations(const QList<QPair<QString, QString>> &organizations);

    void setLoadedCount(qsizetype shown, qsizetype loaded);
    // Indexed by SessionStatus (SessionTableModel::statusCounts() as it is).
    void setStatusCounts(const SessionStatusCounts &counts);

    QString quickSearchText() const;
    // Bit n set: SessionStatus(n) is shown (ViewOrderSpec::statusMask).
    quint32 shownStatuses() const;

    // Clears the server filters, the quick search and the status chips; each signal is
    // emitted if its value changed. The "Reset filters" button does this.
    void resetFilters();
    // The window binds Ctrl+F to this.
    void focusQuickSearch();

    FilterCenturyPanel *centuryPanel() const { return m_century; }
    FilterTreasurePanel *treasurePanel() const { return m_treasure; }
    FilterMobileNextPanel *mobileNextPanel() const { return m_mobileNext; }
    QuickSearchBox *quickSearchBox() const { return m_search; }
    StatusChipRow *statusChips() const { return m_chips; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    // A server-side query different from the last one set or emitted.
    void queryChanged(const Query &query);
    // The quick search text (trimmed) changed.
    void quickSearchChanged(const QString &text);
    // Statuses shown, bit n for SessionStatus(n).
    void statusFilterChanged(quint32 shownStatuses);

private:
    QWidget *createCaption(const QIcon &icon, const QString &text, const QString &tip);
    FilterPanel *currentPanel() const;
    void onPanelEdited(int delayMs);
    void emitQuery();
    void emitStatuses();
    void updateReset();

    Backend m_backend = Backend::Century;
    Query m_query;
    quint32 m_reportedStatuses = kEverySessionStatus;
    QTimer m_queryTimer;
    FilterCenturyPanel *m_century = nullptr;
    FilterTreasurePanel *m_treasure = nullptr;
    FilterMobileNextPanel *m_mobileNext = nullptr;
    QPushButton *m_reset = nullptr;
    QuickSearchBox *m_search = nullptr;
    StatusChipRow *m_chips = nullptr;
};
