#include "detailpane.h"

#include "centurydetailview.h"
#include "mobilenextdetailview.h"
#include "treasuredetailview.h"

#include "net/apiclient.h"
#include "sources/curlcommand.h"
#include "sources/sessionsource.h"
#include "sources/singlesessionrequest.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kFeedbackMs = 4000;

bool detailMatches(Backend backend, const SessionRecord &record)
{
    switch (backend) {
    case Backend::Century: return std::holds_alternative<CenturyDetail>(record.detail);
    case Backend::Treasure: return std::holds_alternative<TreasureDetail>(record.detail);
    case Backend::MobileNext: return std::holds_alternative<MobileNextDetail>(record.detail);
    }
    return false;
}

QString firstNonEmpty(std::initializer_list<QString> texts)
{
    for (const QString &t : texts) {
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a session to see every detail."), m_stack))
    , m_title(new QLabel)
    , m_statusIcon(new QLabel)
    , m_subtitle(new QLabel)
    , m_copyAll(new QToolButton)
    , m_copyCurl(new QToolButton)
    , m_feedback(new QLabel)
    , m_feedbackTimer(new QTimer(this))
    , m_scroll(new QScrollArea)
    , m_body(new QWidget)
{
    setAccessibleName(tr("Session details"));

    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyAll->setObjectName(QStringLiteral("copyAll"));
    m_copyAll->setText(tr("Copy all"));
    m_copyAll->setToolTip(tr("Copy every detail of this session as text"));
    m_copyAll->setAccessibleName(tr("Copy all details"));
    m_copyAll->setIcon(DetailIcons::copy(palette()));
    m_copyAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setAccessibleName(tr("Copy as curl command"));
    m_copyCurl->setIcon(DetailIcons::copy(palette()));
    m_copyCurl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_feedback->setForegroundRole(QPalette::PlaceholderText);
    m_feedbackTimer->setSingleShot(true);
    m_feedbackTimer->setInterval(kFeedbackMs);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_subtitle, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_copyAll);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_feedback, 1);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(10, 10, 10, 6);
    header->setSpacing(4);
    header->addWidget(m_title);
    header->addLayout(statusRow);
    header->addLayout(buttons);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(10, 4, 10, 10);
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *separator = new QFrame(page);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(separator);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_copyAll, &QToolButton::clicked, this, &DetailPane::copyAll);
    connect(m_copyCurl, &QToolButton::clicked, this, &DetailPane::copyAsCurl);
    connect(m_feedbackTimer, &QTimer::timeout, m_feedback, &QLabel::clear);
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::setConnection(std::shared_ptr<const SessionSource> source, ApiClient *client)
{
    m_source = std::move(source);
    m_client = client;
    for (DetailBackendView *view : m_views) {
        if (view)
            view->setConnection(m_source, m_client);
    }
    updateCurlButton();
}

DetailBackendView *DetailPane::viewFor(Backend backend, const ColumnList &columns)
{
    DetailBackendView *&view = m_views[std::size_t(backend)];
    if (view)
        return view;
    // Built on the first session of a backend only: later sessions refill these widgets.
    switch (backend) {
    case Backend::Century: view = new CenturyDetailView(columns, m_body); break;
    case Backend::Treasure: view = new TreasureDetailView(columns, m_body); break;
    case Backend::MobileNext: view = new MobileNextDetailView(columns, m_body); break;
    }
    view->setObjectName(backendId(backend));
    view->hide();
    view->setConnection(m_source, m_client);
    static_cast<QVBoxLayout *>(m_body->layout())->addWidget(view);
    connect(view, &DetailBackendView::copied, this, &DetailPane::showCopied);
    return view;
}

void DetailPane::showSession(Backend backend, const SessionRecord &record, const ColumnList &columns,
                             const DisplayOptions &options)
{
    const bool sameSession = m_hasSession && backend == m_backend && record.id == m_record.id;
    m_hasSession = true;
    m_backend = backend;
    m_record = record;

    DetailBackendView *view = viewFor(backend, columns);
    view->showRecord(record, columns, options);
    for (DetailBackendView *other : m_views) {
        if (other && other != view && !other->isHidden())
            other->hide();
    }
    if (view->isHidden())
        view->show();
    updateHeader();
    updateCurlButton();
    m_stack->setCurrentIndex(1);
    if (!sameSession) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_feedbackTimer->stop();
        m_feedback->clear();
    }
}

void DetailPane::clear()
{
    m_hasSession = false;
    m_record = SessionRecord{};
    for (DetailBackendView *view : m_views) {
        if (view) // cancels an attempts load in flight, which belongs to the old session
            view->clearSession();
    }
    m_feedbackTimer->stop();
    m_feedback->clear();
    m_stack->setCurrentIndex(0);
    updateCurlButton();
}

void DetailPane::updateHeader()
{
    QString title;
    QString context;
    if (const auto *d = std::get_if<CenturyDetail>(&m_record.detail)) {
        title = firstNonEmpty({d->fullName, d->username});
        context = d->testName;
    } else if (const auto *d = std::get_if<TreasureDetail>(&m_record.detail)) {
        title = d->workflowName;
        context = d->projectName;
    } else if (const auto *d = std::get_if<MobileNextDetail>(&m_record.detail)) {
        title = firstNonEmpty({d->deviceName, d->deviceId});
        context = QStringList{d->platform, d->osVersion}.join(QLatin1Char(' ')).trimmed();
    }
    if (title.isEmpty())
        title = tr("Session %1").arg(m_record.id);
    m_title->setText(title);

    QStringList subtitle{sessionStatusDisplayName(m_record.status)};
    if (!context.isEmpty())
        subtitle << context;
    subtitle << backendDisplayName(m_backend);
    m_subtitle->setText(subtitle.join(QStringLiteral(" \u00B7 ")));
    if (m_headerStatus != m_record.status || m_statusIcon->pixmap().isNull()) {
        m_headerStatus = m_record.status;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_statusIcon->setPixmap(
            m_icons.status(m_record.status).pixmap(QSize(size, size), devicePixelRatio()));
    }
}

QString DetailPane::curlUnavailableReason() const
{
    if (!m_hasSession)
        return tr("No session is selected.");
    if (!m_source)
        return tr("Copy as curl needs the connection this session came from.");
    if (m_source->backend() != m_backend || !detailMatches(m_backend, m_record))
        return tr("This session is not from the current connection.");
    if (m_record.id.isEmpty())
        return tr("This session has no id to ask for.");
    return {};
}

QString DetailPane::curlCommand() const
{
    if (!curlUnavailableReason().isEmpty())
        return {};
    const std::optional<SingleSessionRequest> request = singleSessionRequest(*m_source, m_record);
    return request ? ::curlCommand(request->request, *m_source) : QString();
}

void DetailPane::updateCurlButton()
{
    const QString reason = curlUnavailableReason();
    m_copyCurl->setEnabled(reason.isEmpty());
    if (!reason.isEmpty()) {
        m_copyCurl->setToolTip(reason);
        return;
    }
    const QString variable = curlKeyVariable(m_backend);
    if (m_backend == Backend::Century) {
        m_copyCurl->setToolTip(
            tr("Century has no request for a single session, so this command lists this pupil's sessions of "
               "this test that started within a minute of this one: normally just this session.\n"
               "The key is read from $%1; it is never copied.")
                .arg(variable));
    } else {
        m_copyCurl->setToolTip(tr("Copy the request for this session as a curl command.\n"
                                  "The key is read from $%1; it is never copied.")
                                   .arg(variable));
    }
}

QString DetailPane::plainText() const
{
    if (!m_hasSession)
        return {};
    const DetailBackendView *view = m_views[std::size_t(m_backend)];
    const QString body = view ? view->plainText() : QString();
    return m_title->text() + QLatin1Char('\n') + m_subtitle->text() + QLatin1String("\n\n") + body;
}

void DetailPane::copyAll()
{
    if (!m_hasSession)
        return;
    QGuiApplication::clipboard()->setText(plainText());
    showCopied(tr("all details"));
}

void DetailPane::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    showCopied(tr("the curl command (without the key)"));
}

void DetailPane::showCopied(const QString &what)
{
    m_feedback->setText(tr("Copied %1.").arg(what));
    m_feedbackTimer->start();
    emit copied(what);
}
