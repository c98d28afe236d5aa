#include "filterchecklist.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {

// Past this many choices the list gets a filter box: a school can have dozens of tests.
constexpr int kFilterFrom = 8;
constexpr int kIdRole = Qt::UserRole;

QSet<QString> asSet(const QStringList &list)
{
    return {list.cbegin(), list.cend()};
}

} // namespace

FilterCheckList::FilterCheckList(const QString &noun, const QString &pluralNoun, QWidget *parent)
    : QComboBox(parent)
    , m_noun(noun)
    , m_pluralNoun(pluralNoun)
{
    // The combo holds one item, the summary; the choices live in our own popup.
    addItem(QString());
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    updateSummary();
}

void FilterCheckList::setChoices(const QList<QPair<QString, QString>> &choices)
{
    m_choices = choices;
    if (isPopupVisible())
        fillList();
    updateSummary();
}

void FilterCheckList::setEmptyText(const QString &text)
{
    m_emptyText = text;
}

void FilterCheckList::setSelectedIds(const QStringList &ids)
{
    m_selected = ids;
    m_selectedAtOpen = ids;
    if (isPopupVisible())
        fillList();
    updateSummary();
}

bool FilterCheckList::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void FilterCheckList::showPopup()
{
    if (!m_popup)
        createPopup();
    m_selectedAtOpen = m_selected;
    m_filter->clear();
    m_filter->setVisible(m_choices.size() > kFilterFrom);
    fillList();

    m_popup->adjustSize();
    const int width = qMax(this->width(), qMin(m_popup->sizeHint().width(), 420));
    m_popup->resize(width, m_popup->sizeHint().height());
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    if (m_filter->isVisible())
        m_filter->setFocus(Qt::PopupFocusReason);
    else
        m_list->setFocus(Qt::PopupFocusReason);
}

void FilterCheckList::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void FilterCheckList::createPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAccessibleName(tr("%1 choices").arg(m_pluralNoun));
    m_popup->installEventFilter(this);

    m_filter = new QLineEdit(m_popup);
    m_filter->setPlaceholderText(tr("Find…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find %1").arg(m_pluralNoun.toLower()));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &FilterCheckList::filterList);

    m_list = new QListWidget(m_popup);
    m_list->setAccessibleName(m_pluralNoun);
    m_list->setAccessibleDescription(tr("Space ticks or unticks; Enter or Escape closes the list."));
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        if (item->checkState() == Qt::Checked) {
            if (!m_selected.contains(id))
                m_selected.append(id);
        } else {
            m_selected.removeAll(id);
        }
        updateSummary();
    });

    auto *clear = new QPushButton(tr("Clear"), m_popup);
    clear->setAccessibleName(tr("Untick every %1").arg(m_noun.toLower()));
    connect(clear, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->flags() & Qt::ItemIsUserCheckable)
                m_list->item(i)->setCheckState(Qt::Unchecked);
        }
    });
    auto *done = new QPushButton(tr("Done"), m_popup);
    done->setDefault(true);
    done->setAccessibleName(tr("Close the %1 list").arg(m_noun.toLower()));
    connect(done, &QPushButton::clicked, m_popup, &QWidget::hide);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addStretch();
    buttons->addWidget(done);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void FilterCheckList::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const auto add = [this](const QString &id, const QString &name) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_selected.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    QSet<QString> listed;
    for (const auto &[id, name] : std::as_const(m_choices)) {
        add(id, name);
        listed.insert(id);
    }
    // A ticked id that the loaded rows do not name (a query restored from settings) stays
    // listed, so that it can be unticked.
    for (const QString &id : std::as_const(m_selected)) {
        if (!listed.contains(id))
            add(id, id);
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(m_emptyText, m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_list->setCurrentRow(0);
    // Tall enough for ten rows, then it scrolls.
    const int rows = qBound(1, m_list->count(), 10);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24);
}

void FilterCheckList::filterList(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

bool FilterCheckList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup) {
        if (event->type() == QEvent::Hide) {
            onPopupHidden();
        } else if (event->type() == QEvent::MouseButtonPress) {
            // A click on this combo while the list is open only closes it: without this,
            // Qt would replay the click on the combo and open the list again at once.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint local = mapFromGlobal(mouse->globalPosition().toPoint());
            m_popup->setAttribute(Qt::WA_NoMouseReplay, rect().contains(local));
        }
        return false;
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_popup->hide();
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void FilterCheckList::onPopupHidden()
{
    if (asSet(m_selected) != asSet(m_selectedAtOpen)) {
        m_selectedAtOpen = m_selected;
        emit selectionEdited(m_selected);
    }
}

QString FilterCheckList::nameOf(const QString &id) const
{
    for (const auto &[choiceId, name] : m_choices) {
        if (choiceId == id)
            return name;
    }
    return id;
}

void FilterCheckList::updateSummary()
{
    QString text;
    if (m_selected.isEmpty())
        text = tr("%1: any").arg(m_noun);
    else if (m_selected.size() == 1)
        text = tr("%1: %2").arg(m_noun, nameOf(m_selected.first()));
    else
        text = tr("%1: %Ln chosen", nullptr, int(m_selected.size())).arg(m_pluralNoun);
    setItemText(0, text);
    QStringList names;
    for (const QString &id : std::as_const(m_selected))
        names.append(nameOf(id));
    setToolTip(names.isEmpty() ? tr("Every %1. Open the list to choose some.").arg(m_noun.toLower())
                               : names.join(QLatin1Char('\n')));
    setAccessibleDescription(names.isEmpty() ? tr("Any %1").arg(m_noun.toLower()) : names.join(QStringLiteral(", ")));
}
