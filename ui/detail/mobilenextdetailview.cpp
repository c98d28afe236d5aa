#include "mobilenextdetailview.h"

#include "detailform.h"

MobileNextDetailView::MobileNextDetailView(const ColumnList &columns, QWidget *parent)
    : DetailBackendView(columns, parent)
{
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Device"),
             {{"device", QT_TRANSLATE_NOOP("DetailPane", "Name")},
              {"platform", nullptr},
              {"device_type", QT_TRANSLATE_NOOP("DetailPane", "Type")},
              {"os_version", nullptr},
              {"device_id", QT_TRANSLATE_NOOP("DetailPane", "Id")}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Session"),
             {{"status", nullptr},
              {"id", QT_TRANSLATE_NOOP("DetailPane", "Id")},
              {"user_id", nullptr},
              {"organization_id", nullptr},
              {"started", nullptr},
              {"ended", nullptr},
              {"held_for", nullptr}});
}

bool MobileNextDetailView::customText(const QString &key, const SessionRecord &record, const DisplayOptions &,
                                      QString *text) const
{
    // releasedAt null is what "live" means for this API (API-NOTES.md section 3).
    if (key == QLatin1String("ended") && record.status == SessionStatus::Live && record.endedMs == kNoTime) {
        *text = tr("Not yet (device still held)");
        return true;
    }
    return false;
}
