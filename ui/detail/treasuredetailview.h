#pragma once

#include "detailbackendview.h"

class DetailAttemptsSection;
class DetailJsonTree;
class QLabel;
class QToolButton;

// Treasure Workflow: Project, Workflow, Session, Attempt, the attempt's params as a tree, and
// the session's attempts history on demand.
class TreasureDetailView final : public DetailBackendView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreasureDetailView)

public:
    explicit TreasureDetailView(const ColumnList &columns, QWidget *parent = nullptr);

    Backend backend() const override { return Backend::Treasure; }
    void setConnection(const std::shared_ptr<const SessionSource> &source, ApiClient *client) override;
    void clearSession() override;
    QString plainText() const override;

    DetailAttemptsSection *attemptsSection() const { return m_attempts; }

protected:
    bool customText(const QString &key, const SessionRecord &record, const DisplayOptions &options,
                    QString *text) const override;
    void showDetail(const SessionRecord &record, const DisplayOptions &options) override;

private:
    QWidget *m_params;
    DetailJsonTree *m_paramsTree;
    QLabel *m_noParams;
    QToolButton *m_copyParams;
    DetailAttemptsSection *m_attempts;
};
