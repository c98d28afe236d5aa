#include "centurydetailview.h"

#include "detailform.h"

#include "domain/upn.h"

CenturyDetailView::CenturyDetailView(const ColumnList &columns, QWidget *parent)
    : DetailBackendView(columns, parent)
{
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Pupil"),
             {{"pupil", QT_TRANSLATE_NOOP("DetailPane", "Name")},
              {"username", nullptr},
              {"first_name", nullptr},
              {"middle_name", nullptr},
              {"last_name", nullptr},
              {"upn", nullptr},
              {"external_id", nullptr},
              {"emails", nullptr},
              {"gender", nullptr},
              {"date_of_birth", nullptr},
              {"user_id", nullptr}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Assessment"),
             {{"test", QT_TRANSLATE_NOOP("DetailPane", "Test")},
              {"subject", nullptr},
              {"test_id", nullptr},
              {"test_version_id", QT_TRANSLATE_NOOP("DetailPane", "Version id")}});
    addGroup(QT_TRANSLATE_NOOP("DetailPane", "Result"),
             {{"status", nullptr},
              {"started", nullptr},
              {"ended", nullptr},
              {"duration", nullptr},
              {"level", nullptr},
              {"result_created", nullptr},
              {"id", nullptr}});
}

bool CenturyDetailView::customText(const QString &key, const SessionRecord &record, const DisplayOptions &,
                                   QString *text) const
{
    const auto *d = std::get_if<CenturyDetail>(&record.detail);
    if (!d)
        return false;
    if (key == QLatin1String("emails")) {
        // One address per line reads better than the table's "a; b"; a copy keeps the lines.
        *text = d->emails.join(QLatin1Char('\n'));
        return true;
    }
    if (key == QLatin1String("gender")) {
        switch (d->gender) {
        case Gender::Male: *text = tr("Male"); break;
        case Gender::Female: *text = tr("Female"); break;
        case Gender::Other: *text = tr("Other"); break;
        case Gender::Unknown: *text = d->genderRaw.isEmpty() ? tr("Not stated") : d->genderRaw; break;
        }
        return true;
    }
    if (key == QLatin1String("ended") && record.status == SessionStatus::Live && record.endedMs == kNoTime) {
        // A live session has no end yet; saying so beats a missing row.
        *text = tr("Not yet (in progress)");
        return true;
    }
    return false;
}

void CenturyDetailView::showDetail(const SessionRecord &record, const DisplayOptions &)
{
    const auto *d = std::get_if<CenturyDetail>(&record.detail);
    QString upnNote;
    if (d && !d->upn.isEmpty()) {
        const UpnCheck check = checkUpn(d->upn);
        const bool ok = check == UpnCheck::Valid || check == UpnCheck::Temporary;
        // A mark as well as words: the note must not rely on colour.
        upnNote = (ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u26A0 ")) + upnCheckDescription(check);
    }
    form()->setNote(QStringLiteral("upn"), upnNote);
}
