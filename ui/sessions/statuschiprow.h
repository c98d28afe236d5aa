#pragma once

#include "domain/backendstatuses.h"

#include <QWidget>

#include <array>

class QToolButton;

// One toggle chip per status the backend can produce: icon, name and how many loaded rows
// have it. A pressed chip shows its rows; an unpressed one hides them (client side only).
class StatusChipRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChipRow)

public:
    explicit StatusChipRow(QWidget *parent = nullptr);

    // The statuses to offer, in order. A chip not offered counts as shown in the mask.
    void setStatuses(const QList<SessionStatus> &statuses);
    void setCounts(const SessionStatusCounts &counts);
    // Bit n: SessionStatus(n) is shown (the layout of ViewOrderSpec::statusMask).
    quint32 shownMask() const;
    // Presses every chip; emits nothing.
    void showAll();
    QToolButton *chip(SessionStatus status) const { return m_chips[std::size_t(status)]; }

signals:
    // The user pressed or released a chip.
    void shownMaskEdited(quint32 mask);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChip(SessionStatus status);

    std::array<QToolButton *, kSessionStatusCount> m_chips{};
    SessionStatusCounts m_counts{};
    QList<SessionStatus> m_offered;
};
