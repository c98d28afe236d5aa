#include "exportnamedsettings.h"

#include "settings/connectionstore.h"
#include "settings/savedviewstore.h"

#include <QCoreApplication>

namespace exportnamedsettings {

namespace {

// A named context lets lupdate see these free functions' texts.
struct ExportNamedSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(ExportNamedSettings)
};

Profile profileOf(const Connection &connection)
{
    return {connection.backend, connection.baseUrl, connection.id};
}

} // namespace

std::optional<Profile> resolveProfile(const QString &name, QString *error)
{
    if (const std::optional<Connection> connection = ConnectionStore().findByName(name))
        return profileOf(*connection);
    *error = ExportNamedSettingsText::tr("There is no saved profile named '%1'.").arg(name);
    return std::nullopt;
}

std::optional<Profile> resolveProfileOfView(const QString &viewName, QString *error)
{
    const std::optional<SavedView> view = SavedViewStore().findByName(viewName);
    if (!view) {
        *error = ExportNamedSettingsText::tr("There is no saved view named '%1'.").arg(viewName);
        return std::nullopt;
    }
    if (const std::optional<Connection> connection = ConnectionStore().find(view->connectionId))
        return profileOf(*connection);
    *error = ExportNamedSettingsText::tr("The view '%1' belongs to a connection that is not saved (a demo one?); name one with --profile.")
                 .arg(view->name);
    return std::nullopt;
}

std::optional<View> resolveView(const QString &name, Backend backend, QString *error)
{
    const std::optional<SavedView> view = SavedViewStore().findByName(name);
    if (!view) {
        *error = ExportNamedSettingsText::tr("There is no saved view named '%1'.").arg(name);
        return std::nullopt;
    }
    if (view->backend != backend) {
        *error = ExportNamedSettingsText::tr("The view '%1' is a %2 view; it cannot be exported from %3.")
                     .arg(view->name, backendDisplayName(view->backend), backendDisplayName(backend));
        return std::nullopt;
    }
    return View{view->id, view->query, view->columns, view->lastExportEndMs};
}

std::optional<Query> endedAfter(const Query &query, qint64 lastEndMs, QString *error)
{
    const auto *century = std::get_if<CenturyQuery>(&query);
    if (!century) {
        *error = ExportNamedSettingsText::tr("--since-last-run works with Century views only: the other services cannot be asked for "
                    "sessions by end time.");
        return std::nullopt;
    }
    if (century->scope == CenturyScope::InProgress) {
        *error = ExportNamedSettingsText::tr("--since-last-run asks for sessions that ended, but this view shows sessions in progress.");
        return std::nullopt;
    }
    if (lastEndMs == kNoTime)
        return query;
    CenturyQuery narrowed = *century;
    // One lower end-date bound only (gt and gte together are invalid): the later one wins.
    qint64 bound = lastEndMs;
    CompareOp op = CompareOp::Gt;
    narrowed.dates.removeIf([&](const CenturyDateCondition &c) {
        const bool lower = c.field == CenturyDateField::EndDate && (c.op == CompareOp::Gt || c.op == CompareOp::Gte);
        if (lower && c.ms > bound) {
            bound = c.ms;
            op = c.op;
        }
        return lower;
    });
    narrowed.dates.append({CenturyDateField::EndDate, op, bound});
    return Query(narrowed);
}

void recordExportEnd(const QString &viewId, qint64 endMs)
{
    SavedViewStore().setLastExportEnd(viewId, endMs);
}

} // namespace exportnamedsettings
