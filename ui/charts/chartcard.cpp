#include "chartcard.h"

#include "chartimageexport.h"
#include "chartplot.h"
#include "chartsheettable.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

ChartCard::ChartCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_tableToggle(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_plot(new ChartPlot(this))
    , m_table(new ChartSheetTable(this))
    , m_summary(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_tableToggle->setText(tr("Show as table"));
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolTip(tr("The same numbers as a table"));
    connect(m_tableToggle, &QToolButton::toggled, this, [this](bool table) {
        m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_plot);
        m_tableToggle->setText(table ? tr("Show as chart") : tr("Show as table"));
    });

    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAccessibleDescription(tr("Saves this chart as a PNG or SVG image"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As PNG image…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG image…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    m_export->setMenu(exportMenu);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_tableToggle);
    header->addWidget(m_export);

    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_table);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_plot, &ChartPlot::segmentClicked, this, [this](int category, int series) {
        const QList<ChartFilterTerm> terms = m_sheet.filterAt(category, series);
        if (!terms.isEmpty())
            emit filterRequested(terms, m_sheet.filterLabelAt(category, series));
    });
}

void ChartCard::setSheet(const ChartSheet &sheet)
{
    m_sheet = sheet;
    m_title->setText(sheet.title);
    m_plot->setSheet(sheet);
    m_plot->setAccessibleName(tr("%1 chart").arg(sheet.title));
    m_plot->setAccessibleDescription(sheet.summary);
    m_plot->setToolTip(tr("Click a slice or bar to show only those sessions"));
    m_table->setSheet(sheet);
    m_table->setAccessibleName(tr("%1 table").arg(sheet.title));
    m_summary->setText(sheet.summary);
}

QString ChartCard::exportTo(const QString &path)
{
    return chartimageexport::save(m_plot, path, m_sheet.title);
}

void ChartCard::exportWithDialog(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = suffix == QLatin1String("svg") ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                folder + QLatin1Char('/') + m_sheet.id + QLatin1Char('.') + suffix,
                                                filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), error);
}
