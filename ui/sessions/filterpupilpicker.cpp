#include "filterpupilpicker.h"

#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

#include "domain/queryedits.h"
#include "filtericons.h"
#include "filterpupilmodel.h"

FilterPupilPicker::FilterPupilPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new FilterPupilModel(this))
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Add a pupil…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Add a pupil"));
    m_edit->setAccessibleDescription(tr("Type part of a pupil's name, then choose them from the list. "
                                        "Only their sessions are requested from the server."));
    m_edit->setToolTip(tr("Only sessions of the chosen pupils (asked of the server)"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(FilterPupilModel::UserIdRole).toString()); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FilterPupilPicker::chooseTyped);

    auto *chips = new QWidget;
    m_chipLayout = new QHBoxLayout(chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch();
    m_chipArea = new QScrollArea(this);
    m_chipArea->setWidget(chips);
    m_chipArea->setWidgetResizable(true);
    m_chipArea->setFrameShape(QFrame::NoFrame);
    m_chipArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_chipArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipArea->setFocusPolicy(Qt::NoFocus);
    m_chipArea->setAccessibleName(tr("Chosen pupils"));

    m_clearAll = new QToolButton(this);
    m_clearAll->setAutoRaise(true);
    m_clearAll->setAccessibleName(tr("Remove every chosen pupil"));
    connect(m_clearAll, &QToolButton::clicked, this, [this] {
        setUserIds({});
        emit userIdsEdited(m_ids);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_chipArea, 1);
    layout->addWidget(m_clearAll);
    layout->addStretch();
    m_chipArea->installEventFilter(this);
    rebuildChips();
}

void FilterPupilPicker::setKnownPupils(const QList<QPair<QString, QString>> &pupils)
{
    m_model->setPupils(pupils);
    rebuildChips(); // chips of a restored query may now have names
}

void FilterPupilPicker::setUserIds(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    rebuildChips();
}

void FilterPupilPicker::choose(const QString &userId)
{
    // QLineEdit puts the chosen text in the box after this signal; clear it afterwards.
    QMetaObject::invokeMethod(m_edit, &QLineEdit::clear, Qt::QueuedConnection);
    const QStringList ids = withIdAdded(m_ids, userId);
    if (ids == m_ids)
        return;
    m_ids = ids;
    rebuildChips();
    emit userIdsEdited(m_ids);
}

void FilterPupilPicker::chooseTyped()
{
    // Enter picks the pupil whose name was typed in full, or the only one that matches.
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    QString only;
    int matches = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QString label = index.data().toString();
        if (label.compare(text, Qt::CaseInsensitive) == 0) {
            choose(index.data(FilterPupilModel::UserIdRole).toString());
            return;
        }
        if (label.contains(text, Qt::CaseInsensitive) && ++matches == 1)
            only = index.data(FilterPupilModel::UserIdRole).toString();
    }
    if (matches == 1)
        choose(only);
}

void FilterPupilPicker::remove(const QString &userId)
{
    m_ids.removeAll(userId);
    // The chip being clicked is still running its signal: rebuild once it has returned.
    QMetaObject::invokeMethod(this, &FilterPupilPicker::rebuildChips, Qt::QueuedConnection);
    emit userIdsEdited(m_ids);
}

QString FilterPupilPicker::nameOf(const QString &userId) const
{
    const QString name = m_model->label(userId);
    return name.isEmpty() ? tr("Pupil %1…").arg(userId.left(8)) : name;
}

void FilterPupilPicker::rebuildChips()
{
    // A removed chip may have had the focus; hand it to the box rather than to nowhere.
    const bool chipHadFocus = m_chipArea->widget()->isAncestorOf(QApplication::focusWidget());
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    // Rounded like the status chips, solid: a chosen pupil is always "on".
    const QPalette pal = palette();
    const QString chipStyle =
        QStringLiteral("QToolButton#pupilChip { border: 1px solid %1; border-radius: 11px; padding: 1px 4px 1px 8px;"
                       " background: %2; color: %3; }"
                       "QToolButton#pupilChip:hover { border-color: %4; }"
                       "QToolButton#pupilChip:focus { border: 2px solid %4; padding: 0px 3px 0px 7px; }")
            .arg(pal.color(QPalette::Dark).name(), pal.color(QPalette::Base).name(), pal.color(QPalette::Text).name(),
                 pal.color(QPalette::Highlight).name());
    QWidget *previous = m_edit;
    for (const QString &id : std::as_const(m_ids)) {
        auto *chip = new QToolButton;
        const QString name = nameOf(id);
        chip->setText(name);
        chip->setIcon(filterRemoveIcon(this));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // The cross after the name, where a chip's close button usually is.
        chip->setLayoutDirection(layoutDirection() == Qt::LeftToRight ? Qt::RightToLeft : Qt::LeftToRight);
        chip->setToolTip(tr("Remove %1 (user id %2)").arg(name, id));
        chip->setAccessibleName(tr("Remove pupil %1").arg(name));
        chip->setProperty("userId", id);
        chip->setObjectName(QStringLiteral("pupilChip"));
        chip->setStyleSheet(chipStyle);
        connect(chip, &QToolButton::clicked, this, [this, id] { remove(id); });
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
        chip->show(); // at once, not at the next event loop turn: fitChipArea() measures it
        // Chips are made after the rest of the bar: put them right after the box in the
        // Tab order, not at the end of the window.
        QWidget::setTabOrder(previous, chip);
        previous = chip;
    }
    QWidget::setTabOrder(previous, m_clearAll);
    m_chipArea->setVisible(!m_ids.isEmpty());
    m_clearAll->setVisible(m_ids.size() > 1);
    // With a class chosen most chips are scrolled out of sight: the button says how many.
    m_clearAll->setText(tr("Clear %Ln pupils", nullptr, int(m_ids.size())));
    fitChipArea();
    if (chipHadFocus)
        m_edit->setFocus(Qt::OtherFocusReason);
}

bool FilterPupilPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chipArea && event->type() == QEvent::Resize)
        fitChipArea();
    return QWidget::eventFilter(watched, event);
}

void FilterPupilPicker::fitChipArea()
{
    // As wide as the chips (so "Clear pupils" follows them), and as tall as a chip plus,
    // only when they overflow, the scroll bar.
    const int content = m_chipArea->widget()->sizeHint().width();
    m_chipArea->setMaximumWidth(content + 2 * m_chipArea->frameWidth());
    const bool overflows = content > m_chipArea->width();
    const int scrollBar = overflows ? m_chipArea->horizontalScrollBar()->sizeHint().height() : 0;
    m_chipArea->setFixedHeight(m_edit->sizeHint().height() + scrollBar);
}
