#include "treasuredetailview.h"

#include "detailattemptssection.h"
#include "detailform.h"
#include "detailjsontree.h"

#include "sources/treasure/treasuresource.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

TreasureDetailView::TreasureDetailView(const ColumnList &columns, QWidget *parent)
    : DetailBackendView(columns, parent)
    , m_params(new QWidget(this))
    , m_paramsTree(new DetailJsonTree(m_params))
    , m_noParams(new QLabel(tr("No parameters."), m_params))
    , m_copyParams(new QToolButton(m_params))
    , m_attempts(new DetailAttemptsSection(this))
{
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Project"),
             {{"project", QT_TRANSLATE_NOOP("DetailPane", "Name")},
              {"project_id", QT_TRANSLATE_NOOP("DetailPane", "Id")}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Workflow"),
             {{"workflow", QT_TRANSLATE_NOOP("DetailPane", "Name")},
              {"workflow_id", QT_TRANSLATE_NOOP("DetailPane", "Id")}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Session"),
             {{"id", QT_TRANSLATE_NOOP("DetailPane", "Id")},
              {"session_uuid", QT_TRANSLATE_NOOP("DetailPane", "UUID")},
              {"session_time", nullptr}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Attempt"),
             {{"status", nullptr},
              {"attempt_id", QT_TRANSLATE_NOOP("DetailPane", "Id")},
              {"started", QT_TRANSLATE_NOOP("DetailPane", "Created")},
              {"ended", QT_TRANSLATE_NOOP("DetailPane", "Finished")},
              {"run_time", nullptr},
              {"retry_attempt", nullptr},
              {"pool_id", QT_TRANSLATE_NOOP("DetailPane", "Pool")},
              {"cancel_requested", nullptr}});

    consume({"params"});
    m_paramsTree->setObjectName(QStringLiteral("paramsTree"));
    m_noParams->setObjectName(QStringLiteral("noParams"));
    m_noParams->hide(); // the tree shows; showDetail() swaps them for an empty document
    m_copyParams->setObjectName(QStringLiteral("copyParams"));
    m_copyParams->setText(tr("Copy JSON"));
    m_copyParams->setAccessibleName(tr("Copy the parameters as JSON"));
    m_copyParams->setAccessibleDescription(tr("Puts the workflow's parameters on the clipboard, indented"));
    m_paramsTree->setAccessibleDescription(tr("The parameters this attempt ran with, as a tree"));
    m_copyParams->setIcon(DetailIcons::copy(palette()));
    m_copyParams->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyParams->setAutoRaise(true);
    auto *paramsBar = new QHBoxLayout;
    paramsBar->setContentsMargins(0, 0, 0, 0);
    paramsBar->addWidget(m_noParams);
    paramsBar->addStretch(1);
    paramsBar->addWidget(m_copyParams);
    auto *params = new QVBoxLayout(m_params);
    params->setContentsMargins(0, 0, 0, 0);
    params->setSpacing(2);
    params->addLayout(paramsBar);
    params->addWidget(m_paramsTree);
    connect(m_copyParams, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_paramsTree->prettyText());
        emit copied(tr("the parameters"));
    });

    form()->addHeading(tr("Parameters"));
    addWidget(m_params);
    form()->addHeading(tr("Attempts"));
    addWidget(m_attempts);
    connect(m_attempts, &DetailAttemptsSection::copied, this, &DetailBackendView::copied);
}

void TreasureDetailView::setConnection(const std::shared_ptr<const SessionSource> &source, ApiClient *client)
{
    m_attempts->setConnection(std::dynamic_pointer_cast<const TreasureSource>(source), client);
}

bool TreasureDetailView::customText(const QString &key, const SessionRecord &record, const DisplayOptions &,
                                    QString *text) const
{
    if (key == QLatin1String("ended") && record.status == SessionStatus::Live && record.endedMs == kNoTime) {
        *text = tr("Not yet (still running)");
        return true;
    }
    return false;
}

void TreasureDetailView::showDetail(const SessionRecord &record, const DisplayOptions &options)
{
    const auto *d = std::get_if<TreasureDetail>(&record.detail);
    if (!d)
        return;
    m_paramsTree->setJson(d->paramsJson);
    // Shown or hidden only on a change: each toggle re-lays out the pane.
    const bool empty = m_paramsTree->isEmptyDocument();
    if (m_paramsTree->isHidden() != empty) {
        m_paramsTree->setVisible(!empty);
        m_copyParams->setVisible(!empty);
        m_noParams->setVisible(empty);
    }

    m_attempts->showSession(record.id, d->attemptId, options);
}

void TreasureDetailView::clearSession()
{
    m_attempts->showSession(QString(), QString(), DisplayOptions{});
}

QString TreasureDetailView::plainText() const
{
    QString text = DetailBackendView::plainText();
    if (!m_paramsTree->isEmptyDocument())
        text += QLatin1String("\n\n") + tr("Parameters") + QLatin1Char('\n') + m_paramsTree->prettyText();
    if (const QString attempts = m_attempts->plainText(); !attempts.isEmpty())
        text += QLatin1String("\n\n") + tr("Attempts") + QLatin1Char('\n') + attempts;
    return text;
}
