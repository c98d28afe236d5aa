#pragma once

#include "detailbackendview.h"

// Century Smart IA: Pupil, Assessment, Result. The UPN is checked (domain/upn.h) and the
// result of the check is shown under it, since a wrong UPN breaks a school's MIS import.
class CenturyDetailView final : public DetailBackendView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CenturyDetailView)

public:
    explicit CenturyDetailView(const ColumnList &columns, QWidget *parent = nullptr);

    Backend backend() const override { return Backend::Century; }

protected:
    bool customText(const QString &key, const SessionRecord &record, const DisplayOptions &options,
                    QString *text) const override;
    void showDetail(const SessionRecord &record, const DisplayOptions &options) override;
};
