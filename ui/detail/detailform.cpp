#include "detailform.h"

#include "detailicons.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Labels one step quieter than values: still above 4.5:1 contrast on the usual palettes.
QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f,
                            text.greenF() * 0.7f + window.greenF() * 0.3f,
                            text.blueF() * 0.7f + window.blueF() * 0.3f);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server data: never interpreted as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

constexpr int kLabelGap = 12;

} // namespace

DetailForm::DetailForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_copyIcon(DetailIcons::copy(palette()))
{
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The gap between label and value is the field's own left margin (addField), not the
    // layout's spacing: QFormLayout's WrapLongRows decides to wrap from the field's minimum
    // width without the spacing, so a field within `spacing` pixels of fitting was cut.
    m_layout->setHorizontalSpacing(0);
    m_layout->setVerticalSpacing(4);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void DetailForm::addHeading(const QString &title)
{
    auto *heading = new QWidget(this);
    auto *box = new QVBoxLayout(heading);
    // Space above every heading but the first separates the groups more than the rows.
    box->setContentsMargins(0, m_groups.empty() ? 0 : 10, 0, 2);
    box->setSpacing(2);
    auto *text = new QLabel(title, heading);
    QFont font = text->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    text->setFont(font);
    text->setAccessibleName(title);
    auto *line = new QFrame(heading);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    box->addWidget(text);
    box->addWidget(line);
    m_layout->addRow(heading);
    m_groups.push_back({title, heading, {}, {}, true});
}

void DetailForm::addField(const QString &key, const QString &label, bool wrapWords)
{
    if (m_groups.empty())
        addHeading(QString());
    Row row;
    row.label = label;
    row.group = int(m_groups.size()) - 1;
    const QString &group = m_groups.back().title;
    row.qualified = group.isEmpty() ? label : tr("%1: %2", "group: field").arg(group, label);

    row.labelWidget = new QLabel(label, this);
    row.labelWidget->setTextFormat(Qt::PlainText);
    // QFormLayout gives a label up to 7/4 of its height beside a tall field; the label's own
    // alignment decides where its text sits in that, and top keeps it on the value's first line.
    row.labelWidget->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette muted = row.labelWidget->palette();
    muted.setColor(QPalette::WindowText, mutedText(palette()));
    row.labelWidget->setPalette(muted);

    row.field = new QWidget(this);
    auto *grid = new QGridLayout(row.field);
    grid->setContentsMargins(kLabelGap, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    row.icon = new QLabel(row.field);
    row.icon->hide();
    row.value = valueLabel(row.field);
    row.value->setWordWrap(wrapWords);
    row.value->setObjectName(QStringLiteral("value:") + key);
    row.value->setAccessibleName(row.qualified);
    row.labelWidget->setBuddy(row.value);
    row.note = new QLabel(row.field);
    row.note->setTextFormat(Qt::PlainText);
    row.note->setWordWrap(true);
    row.note->setObjectName(QStringLiteral("note:") + key);
    row.note->setPalette(muted);
    row.note->hide();
    row.copy = new QToolButton(row.field);
    row.copy->setObjectName(QStringLiteral("copy:") + key);
    row.copy->setAutoRaise(true);
    row.copy->setIcon(m_copyIcon);
    row.copy->setIconSize(QSize(14, 14));
    // No taller than a line of text, so that a one-line row is as high as its label.
    row.copy->setFixedSize(20, qMax(16, fontMetrics().height()));
    row.copy->setToolTip(tr("Copy %1").arg(label));
    row.copy->setAccessibleName(tr("Copy %1").arg(row.qualified));
    grid->addWidget(row.icon, 0, 0, Qt::AlignTop);
    grid->addWidget(row.value, 0, 1, Qt::AlignTop);
    grid->addWidget(row.copy, 0, 2, Qt::AlignTop);
    grid->addWidget(row.note, 1, 1);
    grid->setColumnStretch(1, 1);

    const int index = int(m_rows.size());
    connect(row.copy, &QToolButton::clicked, this, [this, index] { copyRow(index); });
    m_layout->addRow(row.labelWidget, row.field);
    m_groups.back().rows.push_back(index);
    m_index.insert(key, index);
    m_rows.push_back(row);
    setRowShown(m_rows.back(), false);
}

void DetailForm::addWidget(QWidget *widget)
{
    if (m_groups.empty())
        addHeading(QString());
    widget->setParent(this);
    m_layout->addRow(widget);
    m_groups.back().widgets.push_back(widget);
}

void DetailForm::setField(const QString &key, const QString &text, const QString &copyText)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return;
    Row &row = m_rows[std::size_t(*it)];
    row.value->setText(text);
    row.copyText = copyText.isEmpty() ? text : copyText;
    setRowShown(row, !text.isEmpty());
}

void DetailForm::setNote(const QString &key, const QString &note)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return;
    Row &row = m_rows[std::size_t(*it)];
    row.note->setText(note);
    if (row.note->isHidden() != note.isEmpty())
        row.note->setVisible(!note.isEmpty());
}

void DetailForm::setIcon(const QString &key, const QIcon &icon)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return;
    Row &row = m_rows[std::size_t(*it)];
    if (row.iconKey == icon.cacheKey() && !icon.isNull())
        return; // rendering the SVG again costs more than the rest of the row
    row.iconKey = icon.cacheKey();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    row.icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), devicePixelRatio()));
    row.icon->setVisible(!icon.isNull());
}

void DetailForm::setRowShown(Row &row, bool shown)
{
    if (row.visible == shown)
        return;
    row.visible = shown;
    m_layout->setRowVisible(row.labelWidget, shown);
}

void DetailForm::updateHeadings()
{
    for (Group &group : m_groups) {
        bool any = false;
        for (int r : group.rows)
            any = any || m_rows[std::size_t(r)].visible;
        for (const QWidget *w : group.widgets)
            any = any || !w->isHidden();
        if (any != group.visible) {
            group.visible = any;
            m_layout->setRowVisible(group.heading, any);
        }
    }
}

QString DetailForm::plainText() const
{
    QStringList lines;
    for (const Group &group : m_groups) {
        QStringList groupLines;
        for (int r : group.rows) {
            const Row &row = m_rows[std::size_t(r)];
            if (row.visible)
                groupLines << row.label + QLatin1String(": ") + row.copyText;
        }
        if (groupLines.isEmpty())
            continue;
        if (!lines.isEmpty())
            lines << QString();
        if (!group.title.isEmpty())
            lines << group.title;
        lines << groupLines;
    }
    return lines.join(QLatin1Char('\n'));
}

void DetailForm::copyRow(int index)
{
    const Row &row = m_rows[std::size_t(index)];
    QGuiApplication::clipboard()->setText(row.copyText);
    emit copied(row.qualified);
}

void DetailForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    m_copyIcon = DetailIcons::copy(palette());
    for (Row &row : m_rows) {
        row.copy->setIcon(m_copyIcon);
        QPalette muted = row.labelWidget->palette();
        muted.setColor(QPalette::WindowText, mutedText(palette()));
        row.labelWidget->setPalette(muted);
        row.note->setPalette(muted);
    }
}
