#pragma once

#include "export/exportrequest.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ApiClient;
class ExportColumnList;
class ExportJob;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;
class SessionSource;
class SessionTableModel;

// File > Export… (issue 8): format and preset (with the CSV details under "Options"), the
// columns (checked and ordered like the table; personal ones named so and unticked), which
// rows (the loaded ones as shown, or every session the server filters match), where; then a
// progress bar with Cancel, and "Open file" / "Show in folder" at the end. The last folder,
// format and preset are remembered (QSettings); nothing of the file's contents is.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `tableColumns`: the table's visible column ids in view order.
    ExportDialog(const SessionTableModel &model, std::shared_ptr<const SessionSource> source, ApiClient *client,
                 const QStringList &tableColumns, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests and callers that know the target already.
    void setTargetPath(const QString &path);
    QString targetPath() const;
    void setAllMatching(bool all);
    void setFormat(ExportFormat format);
    ExportColumnList *columnList() const { return m_columns; }
    bool isExporting() const;
    // Starts the export as the Export button does; false when something is missing (said).
    bool startExport();

signals:
    void exportFinished(const ExportResult &result);

protected:
    void reject() override;

private:
    QWidget *buildFormatBox();
    QWidget *buildRowsBox();
    QWidget *buildTargetBox();
    void applyPreset();
    void updateFormatWidgets();
    void browse();
    void adoptFormatOfPath();
    ExportRequest makeRequest() const;
    void onProgress(const ExportProgress &progress);
    void onFinished(const ExportResult &result);
    void setRunning(bool running);
    void say(const QString &text, bool error = false);

    const SessionTableModel &m_model;
    std::shared_ptr<const SessionSource> m_source;
    QPointer<ApiClient> m_client;

    ExportColumnList *m_columns;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_xlsx = nullptr;
    QComboBox *m_preset = nullptr;
    QToolButton *m_optionsToggle = nullptr;
    QWidget *m_options = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_lineEnd = nullptr;
    QCheckBox *m_guard = nullptr;
    QRadioButton *m_loaded = nullptr;
    QRadioButton *m_all = nullptr;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_openFile;
    QPushButton *m_showFolder;
    QPushButton *m_close;
    ExportJob *m_job = nullptr;
    QString m_writtenPath;
};
