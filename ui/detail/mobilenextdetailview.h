#pragma once

#include "detailbackendview.h"

// Mobile Next: the Device and the Session that holds it.
class MobileNextDetailView final : public DetailBackendView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MobileNextDetailView)

public:
    explicit MobileNextDetailView(const ColumnList &columns, QWidget *parent = nullptr);

    Backend backend() const override { return Backend::MobileNext; }

protected:
    bool customText(const QString &key, const SessionRecord &record, const DisplayOptions &options,
                    QString *text) const override;
};
