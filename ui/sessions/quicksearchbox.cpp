#include "quicksearchbox.h"

#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include "filtericons.h"

QuickSearchBox::QuickSearchBox(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Search loaded sessions (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(filterSearchIcon(m_edit), QLineEdit::LeadingPosition);
    m_edit->setAccessibleName(tr("Quick search"));
    m_edit->setAccessibleDescription(tr("Shows only the loaded rows that contain this text. "
                                        "It does not ask the server for more."));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) + 56);

    m_count = new QLabel(this);
    m_count->setToolTip(tr("The quick search and the status buttons look only at rows already loaded."));
    m_count->setBuddy(m_edit);
    setLoadedCount(0, 0);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &QuickSearchBox::report);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_debounce.start();
        emit typing();
    });

    // The count goes under the box: beside it, it would cost the status chips their room.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
}

void QuickSearchBox::clear()
{
    m_edit->clear();
    report();
}

void QuickSearchBox::report()
{
    m_debounce.stop();
    const QString text = m_edit->text().trimmed();
    if (text == m_reported)
        return;
    m_reported = text;
    emit searchChanged(m_reported);
}

void QuickSearchBox::setLoadedCount(qsizetype shown, qsizetype loaded)
{
    const int n = int(qMin<qsizetype>(loaded, std::numeric_limits<int>::max()));
    QString text;
    if (loaded == 0)
        text = tr("searches the loaded rows");
    else if (shown >= loaded)
        text = loaded == 1 ? tr("filters the one loaded row") : tr("filters the %Ln loaded rows", nullptr, n);
    else if (shown == 0)
        text = tr("none of the %Ln loaded rows match", nullptr, n);
    else
        text = tr("%1 of %Ln loaded rows match", nullptr, n).arg(QLocale().toString(shown));
    m_count->setText(text);
    m_edit->setAccessibleDescription(tr("Shows only the loaded rows that contain this text; %1.").arg(text));
}

void QuickSearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}
