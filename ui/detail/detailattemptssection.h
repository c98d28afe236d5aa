#pragma once

#include "detailicons.h"

#include "domain/valueformatter.h"
#include "net/apierror.h"
#include "sources/treasure/attemptrecord.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class ApiClient;
class AttemptsLoader;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class TreasureSource;

// "Attempts" in the Treasure detail: every run and retry of the session, fetched only when
// asked (one request per page; most users never need it). Moving to another session cancels a
// load in flight and drops whatever it would still deliver.
class DetailAttemptsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailAttemptsSection)

public:
    explicit DetailAttemptsSection(QWidget *parent = nullptr);
    ~DetailAttemptsSection() override;

    void setConnection(std::shared_ptr<const TreasureSource> source, ApiClient *client);
    // Keeps a loaded list while the session and its latest attempt stay the same (a live
    // refresh, a change of time zone); anything else starts over.
    void showSession(const QString &sessionId, const QString &latestAttemptId, const DisplayOptions &options);

    bool isLoading() const;
    // The attempts list as tab-separated text with a header line (empty before loading).
    QString plainText() const;

signals:
    void copied(const QString &what);

private:
    void load();
    void reset();
    void onFinished(const std::vector<treasure::AttemptRecord> &attempts);
    void onFailed(const ApiError &error);
    void fillList();
    void fitListHeight();
    void updateAvailability();

    std::shared_ptr<const TreasureSource> m_source;
    QPointer<ApiClient> m_client;
    QString m_sessionId;
    QString m_latestAttemptId;
    DisplayOptions m_options;
    DetailIcons m_icons;

    AttemptsLoader *m_loader = nullptr;
    std::vector<treasure::AttemptRecord> m_attempts;
    bool m_loaded = false;

    QPushButton *m_button;
    QToolButton *m_copy;
    QLabel *m_status;
    QListWidget *m_list;
};
