#include "filterdaterange.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include "filtericons.h"

namespace {

// The minimum date of a picker stands for "no limit" and shows as "Any" (Qt's special
// value text). No session is that old.
const QDate kAnyDay(2000, 1, 1);
const QDate kLastDay(2099, 12, 31);

QDate dayOrNull(const QDateEdit *edit)
{
    return edit->date() == kAnyDay ? QDate() : edit->date();
}

QString shortDateFormat()
{
    // The locale's short form, but always with four-digit years: "03/04/05" is ambiguous.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

FilterDateRange::FilterDateRange(const QString &label, const QString &what, QWidget *parent)
    : QWidget(parent)
{
    auto *caption = new QLabel(label, this);
    m_from = createEdit();
    m_from->setAccessibleName(tr("%1 from").arg(label));
    m_from->setAccessibleDescription(tr("First day of the %1, or Any. Alt+Down opens a calendar.").arg(what));
    m_from->setToolTip(tr("Sessions whose %1 is on or after this day").arg(what));
    caption->setBuddy(m_from);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    m_to = createEdit();
    m_to->setAccessibleName(tr("%1 until").arg(label));
    m_to->setAccessibleDescription(tr("Last day of the %1, included, or Any. Alt+Down opens a calendar.").arg(what));
    m_to->setToolTip(tr("Sessions whose %1 is on or before this day").arg(what));
    m_clear = new QToolButton(this);
    m_clear->setIcon(filterRemoveIcon(this));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Any %1").arg(what));
    m_clear->setAccessibleName(tr("Clear the %1 range").arg(what));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setRange({});
        emit rangeEdited({});
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    updateClear();
}

QDateEdit *FilterDateRange::createEdit()
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDateRange(kAnyDay, kLastDay);
    edit->setSpecialValueText(tr("Any"));
    edit->setDisplayFormat(shortDateFormat());
    edit->setDate(kAnyDay);
    // A typed date counts once it is complete (Enter or leaving the field), not digit by
    // digit: every change reloads the table.
    edit->setKeyboardTracking(false);
    edit->calendarWidget()->installEventFilter(this);
    connect(edit, &QDateEdit::dateChanged, this, &FilterDateRange::onEdited);
    return edit;
}

void FilterDateRange::setRange(const LocalDayRange &range)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(range.first.isValid() ? range.first : kAnyDay);
    m_to->setDate(range.last.isValid() ? range.last : kAnyDay);
    updateClear();
}

LocalDayRange FilterDateRange::range() const
{
    return {dayOrNull(m_from), dayOrNull(m_to)};
}

void FilterDateRange::onEdited()
{
    updateClear();
    emit rangeEdited(range());
}

void FilterDateRange::updateClear()
{
    m_clear->setEnabled(isEnabled() && !range().isOpen());
}

bool FilterDateRange::eventFilter(QObject *watched, QEvent *event)
{
    // An "Any" picker would open its calendar on January 2000; open it on this month.
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_from, m_to}) {
            if (watched == edit->calendarWidget() && edit->date() == kAnyDay) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterDateRange::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        updateClear();
    QWidget::changeEvent(event);
}
