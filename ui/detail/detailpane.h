#pragma once

#include "detailicons.h"

#include "domain/backend.h"
#include "domain/columndescriptor.h"
#include "domain/sessionrecord.h"
#include "domain/valueformatter.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>

class ApiClient;
class DetailBackendView;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;
class SessionSource;

// One selected session in full, for a dock beside the table: every field, grouped, read-only
// and selectable, each with a copy button; "Copy all"; "Copy as curl" (the request for this
// one session, with the key left as an environment variable). showSession() runs on every
// selection change and on live refreshes of the selected row, so it only refills widgets
// built once per backend; a refresh of the same session keeps the scroll position, the
// expanded parameters and a loaded attempts list.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // What on-demand parts need: the source builds "Copy as curl" requests (and Treasure's
    // attempts requests), the client sends the latter. Either may be null; those parts then
    // say why they are unavailable. The client is not owned.
    void setConnection(std::shared_ptr<const SessionSource> source, ApiClient *client);

    void showSession(Backend backend, const SessionRecord &record, const ColumnList &columns,
                     const DisplayOptions &options);
    // Back to the placeholder ("Select a session to see every detail.").
    void clear();

    bool hasSession() const { return m_hasSession; }
    Backend backend() const { return m_backend; }
    const SessionRecord &record() const { return m_record; }

    // The command "Copy as curl" copies; empty when unavailable (curlUnavailableReason() says why).
    QString curlCommand() const;
    QString curlUnavailableReason() const;
    // Everything shown, as "Group / Label: value" text: what "Copy all" copies.
    QString plainText() const;

    void copyAsCurl();
    void copyAll();

signals:
    // Something went to the clipboard; `what` names it ("Pupil: UPN", "curl command").
    void copied(const QString &what);

private:
    DetailBackendView *viewFor(Backend backend, const ColumnList &columns);
    void updateHeader();
    void updateCurlButton();
    void showCopied(const QString &what);

    std::shared_ptr<const SessionSource> m_source;
    QPointer<ApiClient> m_client;

    bool m_hasSession = false;
    Backend m_backend = Backend::Century;
    SessionRecord m_record;
    DetailIcons m_icons;
    SessionStatus m_headerStatus = SessionStatus::Unknown;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_subtitle;
    QToolButton *m_copyAll;
    QToolButton *m_copyCurl;
    QLabel *m_feedback;
    QTimer *m_feedbackTimer;
    QScrollArea *m_scroll;
    QWidget *m_body;
    std::array<DetailBackendView *, 3> m_views{};
};
