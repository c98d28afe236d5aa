#include "fetchstatuspanel.h"

#include "model/sessiontablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

FetchStatusPanel::FetchStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_loadAll(new QPushButton(tr("Load &all"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_state);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_error);
    layout->addWidget(m_retry);
    layout->addStretch(1);

    m_counts->setObjectName(QStringLiteral("loadedCount"));
    m_counts->setAccessibleName(tr("Loaded sessions"));
    m_state->setObjectName(QStringLiteral("fetchState"));
    m_state->setAccessibleName(tr("Loading state"));
    m_error->setObjectName(QStringLiteral("fetchError"));
    m_error->setAccessibleName(tr("Last error"));
    m_error->setWordWrap(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_retry->setAccessibleDescription(tr("Asks the server again for the page that failed"));
    m_loadAll->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAll->setToolTip(tr("Keep loading pages until every matching session is here"));
    m_loadAll->setAccessibleDescription(m_loadAll->toolTip());
    m_loadAll->setFlat(true);

    connect(m_loadAll, &QPushButton::clicked, this, &FetchStatusPanel::loadAllRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->retry();
    });
    refresh();
}

FetchStatusPanel::~FetchStatusPanel() = default;

void FetchStatusPanel::setModel(SessionTableModel *model)
{
    m_model = model;
    connect(model, &SessionTableModel::countsChanged, this, &FetchStatusPanel::refresh);
    connect(model, &SessionTableModel::fetchStateChanged, this, &FetchStatusPanel::refresh);
    connect(model, &SessionTableModel::orderingChanged, this, &FetchStatusPanel::refresh);
    connect(model, &SessionTableModel::notice, this, &FetchStatusPanel::showNotice);
    // The filter changes how many are shown without touching the counts.
    connect(model, &QAbstractItemModel::rowsInserted, this, &FetchStatusPanel::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FetchStatusPanel::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &FetchStatusPanel::refresh);
    refresh();
}

QString FetchStatusPanel::countsText() const
{
    return m_counts->text();
}

QString FetchStatusPanel::stateText() const
{
    return m_state->text();
}

QString FetchStatusPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FetchStatusPanel::refresh()
{
    const QLocale locale;
    using State = SessionTableModel::FetchState;
    const State state = m_model && m_model->isOpen() ? m_model->fetchState() : State::Idle;
    if (!m_model || !m_model->isOpen()) {
        m_counts->setText(tr("No connection open"));
        m_state->clear();
    } else {
        const qsizetype loaded = m_model->loadedCount();
        const std::optional<qint64> total = m_model->totalCount();
        // Keyset APIs (Treasure, Mobile Next) never say how many there are.
        if (state == State::Complete)
            m_counts->setText(tr("%Ln session(s), all loaded", nullptr, int(loaded)));
        else if (total)
            m_counts->setText(tr("%1 of %2 loaded").arg(locale.toString(loaded), locale.toString(*total)));
        else
            m_counts->setText(tr("%1 of unknown loaded").arg(locale.toString(loaded)));
        if (m_model->rowCount() != loaded)
            m_counts->setText(tr("%1 shown · %2").arg(locale.toString(m_model->rowCount()), m_counts->text()));
        switch (state) {
        case State::Loading: m_state->setText(tr("Loading…")); break;
        case State::Complete: m_state->setText(QString()); break;
        case State::Failed: m_state->setText(tr("Stopped")); break;
        case State::Idle: m_state->setText(tr("More on scroll")); break;
        }
        if (m_model->isOrdering())
            m_state->setText(m_state->text().isEmpty() ? tr("Sorting…") : tr("%1 · Sorting…").arg(m_state->text()));
    }
    const bool failed = state == State::Failed;
    m_error->setVisible(failed);
    m_retry->setVisible(failed);
    if (failed) {
        m_error->setText(QStringLiteral("⚠ ") + m_model->lastError().userMessage());
        m_error->setToolTip(m_model->lastError().technicalDetail());
    }
    m_loadAll->setVisible(m_model && m_model->isOpen() && state == State::Idle);
}

void FetchStatusPanel::showNotice(const QString &message)
{
    m_error->setVisible(true);
    m_error->setText(QStringLiteral("ⓘ ") + message);
    m_error->setToolTip(message);
}
