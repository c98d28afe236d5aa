#include "exportdialog.h"

#include "exportcolumnlist.h"

#include "domain/backend.h"
#include "export/exportcolumns.h"
#include "export/exportjob.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kFolderKey = QStringLiteral("export/lastFolder");
const QString kFormatKey = QStringLiteral("export/format");
const QString kPresetKey = QStringLiteral("export/preset");

QString suffixFor(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s < 60 ? ExportDialog::tr("about %1 s left").arg(s)
                  : ExportDialog::tr("about %1 min left").arg((s + 59) / 60);
}

} // namespace

ExportDialog::ExportDialog(const SessionTableModel &model, std::shared_ptr<const SessionSource> source,
                           ApiClient *client, const QStringList &tableColumns, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_source(std::move(source))
    , m_client(client)
    , m_columns(new ExportColumnList(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export Sessions"));
    const ColumnList &columns = m_model.columns();
    m_columns->setColumns(columns, tableColumns, exportcolumns::withoutPersonal(columns, tableColumns));

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    auto *columnsHint = new QLabel(tr("Ticked columns are written in this order."), columnsBox);
    columnsHint->setWordWrap(true);
    columnsHint->setForegroundRole(QPalette::PlaceholderText);
    columnsLayout->addWidget(columnsHint);
    columnsLayout->addWidget(m_columns, 1);
    auto *allNone = new QHBoxLayout;
    auto *all = new QPushButton(tr("Tick &all"), columnsBox);
    auto *none = new QPushButton(tr("Tick &none"), columnsBox);
    all->setAccessibleDescription(tr("Includes every column in the file"));
    none->setAccessibleDescription(tr("Leaves every column out, to tick only the few you want"));
    connect(all, &QPushButton::clicked, this, [this] { m_columns->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_columns->setAllChecked(false); });
    allNone->addWidget(all);
    allNone->addWidget(none);
    allNone->addStretch();
    columnsLayout->addLayout(allNone);

    auto *right = new QVBoxLayout;
    right->addWidget(buildFormatBox());
    right->addWidget(buildRowsBox());
    right->addWidget(buildTargetBox());
    right->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(columnsBox, 4);
    top->addLayout(right, 5);

    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false); // "0%" before anything has started reads like a stall
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Export status"));

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_openFile = m_buttons->addButton(tr("&Open File"), QDialogButtonBox::ActionRole);
    m_showFolder = m_buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_openFile->setVisible(false);
    m_showFolder->setVisible(false);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPath)); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath())); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 520);

    const QSettings settings;
    setFormat(settings.value(kFormatKey).toString() == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv);
    m_preset->setCurrentIndex(settings.value(kPresetKey).toString() == QLatin1String("plain") ? 1 : 0);
    applyPreset();
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-sessions-%2.%3")
                             .arg(m_source ? backendId(m_source->backend()) : QStringLiteral("sessions"),
                                  QDate::currentDate().toString(Qt::ISODate), suffixFor(makeRequest().format));
    m_path->setText(QDir(folder).filePath(name));
    say(tr("Choose what to export, then press Export."));
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::buildFormatBox()
{
    auto *box = new QGroupBox(tr("Format"), this);
    m_csv = new QRadioButton(tr("&CSV"), box);
    m_xlsx = new QRadioButton(tr("Excel &workbook (.xlsx)"), box);
    auto *formats = new QButtonGroup(box);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    m_csv->setChecked(true);
    m_csv->setAccessibleDescription(tr("Plain text with one session per line, opened by any spreadsheet or MIS"));
    m_xlsx->setAccessibleDescription(tr("A workbook with dates and numbers as real cells, for Excel or LibreOffice"));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_csv);
    formatRow->addWidget(m_xlsx);
    formatRow->addStretch();

    m_preset = new QComboBox(box);
    m_preset->addItem(csvPresetName(CsvPreset::ExcelOnThisComputer), int(CsvPreset::ExcelOnThisComputer));
    m_preset->addItem(csvPresetName(CsvPreset::PlainUtf8), int(CsvPreset::PlainUtf8));
    m_preset->setAccessibleName(tr("CSV preset"));
    m_preset->setAccessibleDescription(tr("How the CSV is written: for Excel on this computer, or plain UTF-8"));

    m_optionsToggle = new QToolButton(box);
    m_optionsToggle->setText(tr("&Options"));
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);
    m_optionsToggle->setAutoRaise(true);
    m_optionsToggle->setAccessibleName(tr("Show CSV options"));
    m_optionsToggle->setAccessibleDescription(tr("Shows the delimiter, line ending, byte order mark and formula protection"));

    m_options = new QWidget(box);
    m_delimiter = new QComboBox(m_options);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_lineEnd = new QComboBox(m_options);
    m_lineEnd->addItem(tr("Windows (CRLF)"), true);
    m_lineEnd->addItem(tr("Unix (LF)"), false);
    m_lineEnd->setAccessibleName(tr("Line ending"));
    m_bom = new QCheckBox(tr("Start with a &byte order mark (Excel needs it for accents)"), m_options);
    m_guard = new QCheckBox(tr("&Protect against formulas (text starting with = + - @ gets an apostrophe)"), m_options);
    m_guard->setChecked(true);
    auto *options = new QFormLayout(m_options);
    options->setContentsMargins(16, 0, 0, 0);
    options->addRow(tr("&Delimiter:"), m_delimiter);
    options->addRow(tr("&Line ending:"), m_lineEnd);
    options->addRow(m_bom);
    options->addRow(m_guard);
    m_options->setVisible(false);
    connect(m_optionsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_options->setVisible(on);
        m_optionsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(formatRow);
    layout->addLayout(form);
    layout->addWidget(m_optionsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_options);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::updateFormatWidgets);
    return box;
}

QWidget *ExportDialog::buildRowsBox()
{
    auto *box = new QGroupBox(tr("Rows"), this);
    const QLocale locale;
    m_loaded = new QRadioButton(tr("The %1 &loaded rows, filtered and ordered as shown").arg(locale.toString(m_model.rowCount())),
                                box);
    const auto total = m_model.totalCount();
    m_all = new QRadioButton(total ? tr("All %1 sessions &matching the server filters").arg(locale.toString(*total))
                                   : tr("All sessions &matching the server filters (fetched to the end)"),
                             box);
    m_loaded->setChecked(true);
    m_loaded->setAccessibleDescription(tr("Writes the rows already in the table, as filtered and sorted there"));
    m_all->setAccessibleDescription(tr("Fetches every page the server filters match, then writes them all"));
    m_all->setEnabled(m_client && m_source);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_loaded);
    layout->addWidget(m_all);
    return box;
}

QWidget *ExportDialog::buildTargetBox()
{
    auto *box = new QGroupBox(tr("Save To"), this);
    m_path = new QLineEdit(box);
    m_path->setAccessibleName(tr("File to write"));
    m_path->setAccessibleDescription(tr("A name ending in .csv or .xlsx chooses the format"));
    m_path->setClearButtonEnabled(true);
    // A name ending in .xlsx or .csv picks the format, so the two never disagree.
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::adoptFormatOfPath);
    auto *browse = new QPushButton(tr("&Browse…"), box);
    browse->setAccessibleDescription(tr("Chooses the folder and file name in a file dialog"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    return box;
}

void ExportDialog::applyPreset()
{
    const CsvOptions o = CsvOptions::preset(CsvPreset(m_preset->currentData().toInt()));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(o.delimiter)));
    m_lineEnd->setCurrentIndex(o.crlf ? 0 : 1);
    m_bom->setChecked(o.byteOrderMark);
}

void ExportDialog::updateFormatWidgets()
{
    const bool csv = m_csv->isChecked();
    m_preset->setEnabled(csv);
    m_optionsToggle->setEnabled(csv);
    m_options->setEnabled(csv);
    if (!m_path)
        return;
    // Keep the file name's suffix in step with the format.
    QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty() && info.suffix() != suffixFor(makeRequest().format)) {
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.')
                                                   + suffixFor(makeRequest().format)));
    }
}

void ExportDialog::setFormat(ExportFormat format)
{
    (format == ExportFormat::Xlsx ? m_xlsx : m_csv)->setChecked(true);
    updateFormatWidgets();
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_path->setText(path);
    adoptFormatOfPath();
}

void ExportDialog::adoptFormatOfPath()
{
    const QString suffix = QFileInfo(m_path->text()).suffix().toLower();
    if (suffix == QLatin1String("xlsx") && !m_xlsx->isChecked())
        setFormat(ExportFormat::Xlsx);
    else if (suffix == QLatin1String("csv") && !m_csv->isChecked())
        setFormat(ExportFormat::Csv);
}

QString ExportDialog::targetPath() const
{
    return m_path->text();
}

void ExportDialog::setAllMatching(bool all)
{
    (all ? m_all : m_loaded)->setChecked(true);
}

bool ExportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

void ExportDialog::browse()
{
    const bool xlsx = m_xlsx->isChecked();
    const QString filter = xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text(), filter);
    if (!chosen.isEmpty())
        setTargetPath(chosen);
}

ExportRequest ExportDialog::makeRequest() const
{
    ExportRequest request;
    request.format = m_xlsx && m_xlsx->isChecked() ? ExportFormat::Xlsx : ExportFormat::Csv;
    if (m_preset) {
        request.csv = CsvOptions::preset(CsvPreset(m_preset->currentData().toInt()));
        request.csv.delimiter = char(m_delimiter->currentData().toInt());
        request.csv.crlf = m_lineEnd->currentData().toBool();
        request.csv.byteOrderMark = m_bom->isChecked();
        request.csv.formulaGuard = m_guard->isChecked();
    }
    request.path = m_path ? m_path->text().trimmed() : QString();
    request.columnIds = m_columns->checkedIds();
    return request;
}

bool ExportDialog::startExport()
{
    if (isExporting())
        return false;
    const ExportRequest request = makeRequest();
    if (request.columnIds.isEmpty()) {
        say(tr("Tick at least one column."), true);
        return false;
    }
    if (request.path.isEmpty()) {
        say(tr("Choose a file to write."), true);
        m_path->setFocus();
        return false;
    }
    const QFileInfo target(request.path);
    if (target.exists() && !target.isFile()) {
        say(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(request.path)), true);
        return false;
    }
    if (target.exists()
        && QMessageBox::question(this, tr("Replace File?"),
                                 tr("%1 already exists. Replace it?").arg(target.fileName()))
            != QMessageBox::Yes)
        return false;

    QSettings settings;
    settings.setValue(kFolderKey, target.absolutePath());
    settings.setValue(kFormatKey, suffixFor(request.format));
    settings.setValue(kPresetKey, m_preset->currentIndex() == 1 ? QStringLiteral("plain") : QStringLiteral("excel"));

    delete m_job;
    m_job = new ExportJob(request, this);
    connect(m_job, &ExportJob::progressChanged, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    setRunning(true);
    say(tr("Exporting…"));
    if (m_all->isChecked())
        m_job->startAllMatching(m_source, m_client, m_model.query());
    else
        m_job->startLoadedRows(m_model);
    return true;
}

void ExportDialog::onProgress(const ExportProgress &p)
{
    const QLocale locale;
    if (p.expectedRows && *p.expectedRows > 0) {
        // QProgressBar holds an int: scale a huge count down rather than overflow.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, p.rows * 1000 / *p.expectedRows)));
    } else {
        m_progress->setRange(0, 0); // busy: the total is not known
    }
    QString text = p.expectedRows
        ? tr("%1 of %Ln row(s)", nullptr, int(*p.expectedRows)).arg(locale.toString(p.rows))
        : tr("%Ln row(s)", nullptr, int(p.rows));
    if (p.pages > 0)
        text += QStringLiteral(" · ") + tr("%Ln page(s)", nullptr, int(p.pages));
    if (p.remainingMs && p.elapsedMs > 1000)
        text += QStringLiteral(" · ") + durationText(*p.remainingMs);
    say(text);
}

void ExportDialog::onFinished(const ExportResult &result)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(result.ok() ? 1 : 0);
    if (result.ok()) {
        m_writtenPath = result.path;
        QString text = tr("Exported %Ln row(s) to %1.", nullptr, int(result.rows))
                           .arg(QDir::toNativeSeparators(result.path));
        for (const QString &notice : result.notices)
            text += QLatin1Char('\n') + notice;
        say(text);
        m_openFile->setVisible(true);
        m_showFolder->setVisible(true);
        m_openFile->setFocus();
    } else {
        say(result.message, result.status != ExportResult::Status::Cancelled);
    }
    emit exportFinished(result);
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setTextVisible(running);
    m_export->setEnabled(!running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_openFile->setVisible(false);
    m_showFolder->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_columns), static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_xlsx),
                       static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_options),
                       static_cast<QWidget *>(m_loaded), static_cast<QWidget *>(m_all), static_cast<QWidget *>(m_path)})
        w->setEnabled(!running);
    m_all->setEnabled(!running && m_client && m_source);
    if (!running)
        updateFormatWidgets();
}

void ExportDialog::reject()
{
    // Escape or Cancel while exporting stops the export; a second press closes.
    if (isExporting()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::say(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1e, 0x1e) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}
