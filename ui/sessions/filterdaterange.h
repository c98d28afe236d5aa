#pragma once

#include "domain/localdayrange.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QToolButton;

// "Started [from] – [to] ×": two calendar pickers over whole local days, each reading
// "Any" when open-ended, and a button that clears both.
class FilterDateRange final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterDateRange)

public:
    // `label` names the field ("Started"); `what` says it in a sentence ("start date").
    FilterDateRange(const QString &label, const QString &what, QWidget *parent = nullptr);

    // Shows the range; emits nothing.
    void setRange(const LocalDayRange &range);
    LocalDayRange range() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void rangeEdited(const LocalDayRange &range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDateEdit *createEdit();
    void onEdited();
    void updateClear();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
};
