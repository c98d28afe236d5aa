#include "detailattemptssection.h"

#include "detailicons.h"

#include "net/apiclient.h"
#include "sources/treasure/attemptsloader.h"
#include "sources/treasure/treasuresource.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

constexpr int kMaxVisibleRows = 8;


QString statusText(const treasure::AttemptRecord &a)
{
    const QString name = sessionStatusDisplayName(a.status);
    if (a.backendStatus.isEmpty() || a.backendStatus.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return QCoreApplication::translate("DetailPane", "%1 (%2)", "dashboard status (the backend's own value)")
        .arg(name, a.backendStatus);
}

// A tab or line break from the server would shift the columns of the copied table.
QString cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString runTime(const treasure::AttemptRecord &a)
{
    if (a.startedMs == kNoTime || a.endedMs == kNoTime)
        return {};
    return formatDuration((a.endedMs - a.startedMs) / 1000);
}

} // namespace

DetailAttemptsSection::DetailAttemptsSection(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_copy(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_button->setObjectName(QStringLiteral("loadAttempts"));
    m_button->setAccessibleDescription(tr("Asks the server for every attempt of this session, retries included"));
    m_copy->setObjectName(QStringLiteral("copyAttempts"));
    m_copy->setText(tr("Copy list"));
    m_copy->setToolTip(tr("Copy the attempts as tab-separated text"));
    m_copy->setAccessibleName(tr("Copy the attempts list"));
    m_copy->setAutoRaise(true);
    m_copy->setIcon(DetailIcons::copy(palette()));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->hide();

    m_status->setObjectName(QStringLiteral("attemptsStatus"));
    m_status->setTextFormat(Qt::PlainText); // an error may quote the server
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("attemptsList"));
    m_list->setAccessibleName(tr("Attempts of this session"));
    // Two lines per attempt rather than four columns: a table that wide does not fit a
    // 360 px dock without scrolling sideways.
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setIconSize(QSize(16, 16));
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_list->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_button);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_list);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isLoading()) {
            reset();
            m_status->setText(tr("Loading was cancelled."));
        } else {
            load();
        }
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(plainText());
        emit copied(tr("the attempts list"));
    });
    reset();
}

DetailAttemptsSection::~DetailAttemptsSection() = default;

void DetailAttemptsSection::setConnection(std::shared_ptr<const TreasureSource> source, ApiClient *client)
{
    if (source == m_source && client == m_client)
        return;
    m_source = std::move(source);
    m_client = client;
    reset();
}

void DetailAttemptsSection::showSession(const QString &sessionId, const QString &latestAttemptId,
                                        const DisplayOptions &options)
{
    const bool optionsChanged = options.utc != m_options.utc || options.locale != m_options.locale;
    m_options = options;
    if (sessionId != m_sessionId || latestAttemptId != m_latestAttemptId) {
        m_sessionId = sessionId;
        m_latestAttemptId = latestAttemptId;
        reset();
    } else if (optionsChanged && m_loaded) {
        fillList();
    }
}

bool DetailAttemptsSection::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void DetailAttemptsSection::reset()
{
    if (m_loader) {
        m_loader->cancel();
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    m_attempts.clear();
    m_loaded = false;
    m_list->clear();
    m_list->hide();
    m_copy->hide();
    m_button->setText(tr("Load attempts history"));
    m_button->setAccessibleName(tr("Load attempts history"));
    m_status->clear();
    updateAvailability();
}

void DetailAttemptsSection::updateAvailability()
{
    const bool available = m_source && m_client && !m_sessionId.isEmpty();
    m_button->setEnabled(available || isLoading());
    if (available) {
        if (!m_loaded && !isLoading() && m_status->text().isEmpty())
            m_status->setText(tr("Every run and retry of this session, fetched from the server when asked."));
        return;
    }
    if (!m_source)
        m_status->setText(tr("Attempts history needs a connection to Treasure Workflow."));
    else if (!m_client)
        m_status->setText(
            tr("Attempts history is not available while there is no connection to the server."));
}

void DetailAttemptsSection::load()
{
    reset();
    if (!m_source || !m_client || m_sessionId.isEmpty())
        return;
    auto *loader = new AttemptsLoader(m_source, m_client, m_sessionId, {}, this);
    m_loader = loader;
    // Every handler checks that its loader is still the current one: a loader replaced by a
    // newer session may still have a signal queued.
    connect(loader, &AttemptsLoader::progress, this, [this, loader](int soFar) {
        if (loader == m_loader)
            m_status->setText(tr("Loading attempts\u2026 (%1 so far)").arg(soFar));
    });
    connect(loader, &AttemptsLoader::finished, this,
            [this, loader](const std::vector<treasure::AttemptRecord> &attempts) {
                if (loader == m_loader)
                    onFinished(attempts);
            });
    connect(loader, &AttemptsLoader::failed, this, [this, loader](const ApiError &error) {
        if (loader == m_loader)
            onFailed(error);
    });
    m_button->setText(tr("Cancel"));
    m_button->setAccessibleName(tr("Cancel loading attempts"));
    m_button->setEnabled(true);
    m_status->setText(tr("Loading attempts\u2026"));
    loader->start();
}

void DetailAttemptsSection::onFinished(const std::vector<treasure::AttemptRecord> &attempts)
{
    m_attempts = attempts;
    m_loaded = true;
    m_button->setText(tr("Reload"));
    m_button->setAccessibleName(tr("Reload attempts history"));
    QString status = tr("Attempts of this session: %1, newest first.").arg(attempts.size());
    if (const int skipped = m_loader ? m_loader->skippedAttempts() : 0; skipped > 0)
        status += QLatin1Char(' ') + tr("Not shown, as they could not be read: %1.").arg(skipped);
    m_status->setText(status);
    fillList();
}

void DetailAttemptsSection::onFailed(const ApiError &error)
{
    m_button->setText(tr("Try again"));
    m_button->setAccessibleName(tr("Try loading attempts history again"));
    // A 404 here means the session went away, not that the server address is wrong (the
    // generic sentence for NotFound).
    const QString message = error.kind() == ApiError::Kind::NotFound
        ? tr("The server no longer has this session; it may have been deleted.")
        : error.userMessage();
    m_status->setText(QStringLiteral("\u26A0 ") + message);
}

void DetailAttemptsSection::fillList()
{
    m_list->clear();
    for (const treasure::AttemptRecord &a : m_attempts) {
        const QString number = a.index > 0 ? tr("#%1").arg(a.index) : tr("Attempt");
        QStringList when{formatDateTime(a.startedMs, m_options)};
        if (const QString took = runTime(a); !took.isEmpty())
            when << took;
        else if (a.status == SessionStatus::Live)
            when << tr("still running");
        auto *item = new QListWidgetItem(m_icons.status(a.status),
                                         number + QLatin1String("  ") + statusText(a) + QLatin1Char('\n')
                                             + when.join(QStringLiteral(" \u00B7 ")));
        QStringList tip{tr("Attempt id: %1").arg(a.id)};
        if (a.endedMs != kNoTime)
            tip << tr("Finished: %1").arg(formatDateTime(a.endedMs, m_options));
        if (!a.detail.retryAttemptName.isEmpty())
            tip << tr("Retry name: %1").arg(a.detail.retryAttemptName);
        if (!a.detail.poolId.isEmpty())
            tip << tr("Pool: %1").arg(a.detail.poolId);
        if (a.detail.cancelRequested)
            tip << tr("Cancel requested");
        item->setToolTip(tip.join(QLatin1Char('\n')));
        if (a.id == m_latestAttemptId) { // the attempt the rest of the pane describes
            QFont bold = m_list->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + tr("The attempt shown above"));
        }
        m_list->addItem(item);
    }
    m_list->setVisible(!m_attempts.empty());
    m_copy->setVisible(!m_attempts.empty());
    fitListHeight();
}

void DetailAttemptsSection::fitListHeight()
{
    const int rows = qBound(1, int(m_attempts.size()), kMaxVisibleRows);
    const int hinted = m_list->sizeHintForRow(0);
    const int rowHeight = hinted > 0 ? hinted : 2 * fontMetrics().lineSpacing() + 6;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
}

QString DetailAttemptsSection::plainText() const
{
    if (!m_loaded)
        return {};
    QStringList lines{QStringList{tr("#"), tr("Status"), tr("Attempt id"), tr("Created"), tr("Finished"),
                                  tr("Run time"), tr("Retry name")}
                          .join(QLatin1Char('\t'))};
    for (const treasure::AttemptRecord &a : m_attempts) {
        lines << QStringList{a.index > 0 ? QString::number(a.index) : QString(),
                             cell(statusText(a)),
                             cell(a.id),
                             formatDateTime(a.startedMs, m_options),
                             formatDateTime(a.endedMs, m_options),
                             runTime(a),
                             cell(a.detail.retryAttemptName)}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}
