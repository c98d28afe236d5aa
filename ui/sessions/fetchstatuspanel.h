#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class SessionTableModel;

// The status bar's account of loading: "1,200 of 48,310 loaded", what is happening now,
// and the last error with a Retry button. Errors never empty the table; they are shown here.
class FetchStatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchStatusPanel)

public:
    explicit FetchStatusPanel(QWidget *parent = nullptr);
    ~FetchStatusPanel() override;

    void setModel(SessionTableModel *model);
    QString countsText() const;
    QString stateText() const;
    QString errorText() const;

signals:
    void loadAllRequested();

private:
    void refresh();
    void showNotice(const QString &message);

    SessionTableModel *m_model = nullptr;
    QLabel *m_counts;
    QLabel *m_state;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_loadAll;
};
