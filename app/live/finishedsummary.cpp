#include "finishedsummary.h"

#include "domain/valueformatter.h"

#include <QLocale>

#include <map>

namespace {

// Who or what finished, and the group it is told with (subject, workflow, platform).
QString nameOf(const SessionRecord &r)
{
    if (const auto *c = std::get_if<CenturyDetail>(&r.detail))
        return c->fullName.isEmpty() ? c->username : c->fullName;
    if (const auto *t = std::get_if<TreasureDetail>(&r.detail))
        return t->workflowName.isEmpty() ? r.id : t->workflowName;
    const auto &m = std::get<MobileNextDetail>(r.detail);
    return m.deviceName.isEmpty() ? m.deviceId : m.deviceName;
}

QString groupOf(const SessionRecord &r)
{
    if (const auto *c = std::get_if<CenturyDetail>(&r.detail))
        return c->subject;
    if (const auto *t = std::get_if<TreasureDetail>(&r.detail))
        return t->workflowName;
    return std::get<MobileNextDetail>(r.detail).platform;
}

QString listOfNames(const QStringList &names)
{
    constexpr int kShown = 4;
    if (names.size() <= kShown)
        return QLocale().createSeparatedList(names);
    return FinishedSummary::tr("%1 and %Ln more", nullptr, int(names.size() - kShown))
        .arg(names.mid(0, kShown).join(QStringLiteral(", ")));
}

FinishedNotice noticeFor(const QList<FinishedSession> &group)
{
    const SessionRecord &first = group.first().record;
    const SessionStatus status = group.first().status;
    const int n = int(group.size());
    const QString what = groupOf(first);
    QStringList names;
    FinishedNotice notice;
    for (const FinishedSession &s : group) {
        names << nameOf(s.record);
        notice.sessionIds << s.id;
    }
    if (const auto *c = std::get_if<CenturyDetail>(&first.detail)) {
        notice.title = n == 1 ? FinishedSummary::tr("%1 finished %2").arg(names.first(), what)
                              : FinishedSummary::tr("%Ln pupils finished %1", nullptr, n).arg(what);
        notice.text = n == 1 ? FinishedSummary::tr("Level: %1 · %2")
                                   .arg(c->level.isEmpty() ? FinishedSummary::tr("not given") : c->level,
                                        formatDuration(c->durationSeconds == kNoTime ? 0 : c->durationSeconds))
                             : listOfNames(names);
    } else if (std::holds_alternative<TreasureDetail>(first.detail)) {
        const QString verb = status == SessionStatus::Completed ? FinishedSummary::tr("succeeded")
            : status == SessionStatus::Failed                   ? FinishedSummary::tr("failed")
                                                                : FinishedSummary::tr("was killed");
        notice.title = n == 1 ? FinishedSummary::tr("Workflow %1 %2").arg(what, verb)
                              : FinishedSummary::tr("%Ln sessions of %1: %2", nullptr, n).arg(what, verb);
        notice.text = FinishedSummary::tr("The last attempt says \"%1\".").arg(first.backendStatus);
    } else {
        notice.title = n == 1 ? FinishedSummary::tr("%1 was released").arg(names.first())
                              : FinishedSummary::tr("%Ln %1 devices released", nullptr, n).arg(what);
        notice.text = listOfNames(names);
    }
    return notice;
}

} // namespace

QList<FinishedNotice> FinishedSummary::group(const QList<FinishedSession> &sessions, int maxNotices)
{
    std::map<std::pair<int, QString>, QList<FinishedSession>> groups;
    for (const FinishedSession &s : sessions)
        groups[{int(s.status), groupOf(s.record)}].append(s);
    QList<FinishedNotice> notices;
    if (groups.empty())
        return notices;
    if (int(groups.size()) > maxNotices) {
        FinishedNotice all;
        all.title = tr("%Ln sessions finished", nullptr, int(sessions.size()));
        QStringList parts;
        for (const auto &[key, list] : groups)
            parts << QStringLiteral("%1 × %2").arg(list.size()).arg(key.second.isEmpty() ? tr("other") : key.second);
        all.text = parts.join(QStringLiteral(", "));
        for (const FinishedSession &s : sessions)
            all.sessionIds << s.id;
        notices.append(all);
        return notices;
    }
    for (const auto &[key, list] : groups)
        notices.append(noticeFor(list));
    return notices;
}
