#include "statuschiprow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

#include "filtericons.h"

namespace {

// Pressed or not is told by the border (solid or dashed), the tint and a struck-through
// name, never by colour alone. Colours come from the palette so dark themes work.
QString chipStyle(const QPalette &palette)
{
    const auto colour = [&palette](QPalette::ColorRole role) { return palette.color(role).name(); };
    return QStringLiteral("QToolButton#statusChip { border: 1px dashed %1; border-radius: 11px;"
                          " padding: 2px 5px; background: %2; color: %3; text-decoration: line-through; }"
                          "QToolButton#statusChip:checked { border: 1px solid %4; background: %5; color: %6;"
                          " text-decoration: none; }"
                          "QToolButton#statusChip:hover { border-color: %7; }"
                          "QToolButton#statusChip:focus { border: 2px solid %7; padding: 1px 4px; }")
        .arg(colour(QPalette::Mid), colour(QPalette::Window), colour(QPalette::PlaceholderText),
             colour(QPalette::Dark), colour(QPalette::Base), colour(QPalette::Text), colour(QPalette::Highlight));
}

} // namespace

StatusChipRow::StatusChipRow(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (SessionStatus status : {SessionStatus::Live, SessionStatus::Completed, SessionStatus::Failed,
                                 SessionStatus::Cancelled, SessionStatus::Unknown}) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("statusChip"));
        chip->setProperty("status", int(status));
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setIcon(filterStatusIcon(status));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setStyleSheet(chipStyle(palette()));
        chip->setAccessibleName(tr("Show %1 sessions").arg(sessionStatusDisplayName(status)));
        connect(chip, &QToolButton::toggled, this, [this, status] {
            updateChip(status);
            emit shownMaskEdited(shownMask());
        });
        m_chips[std::size_t(status)] = chip;
        layout->addWidget(chip);
        chip->hide();
    }
}

void StatusChipRow::setStatuses(const QList<SessionStatus> &statuses)
{
    m_offered = statuses;
    for (std::size_t i = 0; i < kSessionStatusCount; ++i)
        updateChip(SessionStatus(i));
}

void StatusChipRow::setCounts(const SessionStatusCounts &counts)
{
    m_counts = counts;
    for (std::size_t i = 0; i < kSessionStatusCount; ++i)
        updateChip(SessionStatus(i));
}

quint32 StatusChipRow::shownMask() const
{
    quint32 mask = kEverySessionStatus;
    for (SessionStatus status : m_offered) {
        if (!chip(status)->isChecked())
            mask &= ~sessionStatusBit(status);
    }
    return mask;
}

void StatusChipRow::showAll()
{
    for (QToolButton *chip : m_chips) {
        const QSignalBlocker blocker(chip);
        chip->setChecked(true);
    }
    for (std::size_t i = 0; i < kSessionStatusCount; ++i)
        updateChip(SessionStatus(i));
}

void StatusChipRow::updateChip(SessionStatus status)
{
    QToolButton *chip = m_chips[std::size_t(status)];
    const qsizetype count = m_counts[std::size_t(status)];
    const QString name = sessionStatusDisplayName(status);
    chip->setText(tr("%1 (%2)", "status chip: name (count of loaded rows)").arg(name, QLocale().toString(count)));
    chip->setToolTip(chip->isChecked() ? tr("%1: shown. Click to hide these loaded rows.").arg(name)
                                       : tr("%1: hidden. Click to show these loaded rows.").arg(name));
    chip->setAccessibleDescription(tr("%Ln loaded sessions", nullptr, int(count)));
    // Unknown is rare: its chip appears only when some row has it, or while it hides rows.
    const bool offered = m_offered.contains(status);
    const bool rare = status == SessionStatus::Unknown && count == 0 && chip->isChecked();
    chip->setVisible(offered && !rare);
}

void StatusChipRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QToolButton *chip : m_chips)
            chip->setStyleSheet(chipStyle(palette()));
    }
    QWidget::changeEvent(event);
}
