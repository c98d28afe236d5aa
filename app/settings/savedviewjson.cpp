#include "savedviewjson.h"

#include "jsonfieldreader.h"
#include "queryjson.h"

#include <QJsonDocument>

namespace savedviewjson {

namespace {

const QString kFormat = QStringLiteral("sessionscope-view");
constexpr int kVersion = 1;
constexpr double kMaxExactMs = 9007199254740992.0; // 2^53: beyond it a double skips whole ms

constexpr std::array<std::pair<Qt::SortOrder, const char *>, 2> kOrders{{
    {Qt::AscendingOrder, "ascending"}, {Qt::DescendingOrder, "descending"}}};

// A named context lets lupdate see these free functions' texts.
struct SavedViewJsonText
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewJson)
};

} // namespace

QByteArray write(const SavedView &view, Purpose purpose)
{
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("name"), view.name},
                  {QStringLiteral("connectionId"), view.connectionId},
                  {QStringLiteral("backend"), backendId(view.backend)},
                  {QStringLiteral("query"), queryToJson(view.query)},
                  {QStringLiteral("quickSearch"), view.quickSearch},
                  {QStringLiteral("statusMask"), double(view.statusMask)},
                  {QStringLiteral("columns"), QJsonArray::fromStringList(view.columns)},
                  {QStringLiteral("sortColumn"), view.sortColumn},
                  {QStringLiteral("sortOrder"), view.sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                                    : QStringLiteral("descending")},
                  {QStringLiteral("live"), view.live}};
    if (purpose == Purpose::Settings) {
        o.insert(QStringLiteral("id"), view.id);
        if (view.lastExportEndMs != kNoTime)
            o.insert(QStringLiteral("lastExportEndMs"), double(view.lastExportEndMs));
    }
    return QJsonDocument(o).toJson(purpose == Purpose::File ? QJsonDocument::Indented : QJsonDocument::Compact);
}

std::optional<SavedView> read(const QByteArray &json, Purpose purpose, QString *error)
{
    const auto failWith = [error](const QString &problem) {
        if (error)
            *error = SavedViewJsonText::tr("This is not a view SessionScope can open: %1.").arg(problem);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(SavedViewJsonText::tr("the JSON is broken near character %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return failWith(SavedViewJsonText::tr("the file does not hold a JSON object"));
    const QJsonObject o = document.object();
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return failWith(SavedViewJsonText::tr("\"format\" is not \"%1\"").arg(kFormat));
    if (o.value(QLatin1String("version")).toInt(-1) != kVersion)
        return failWith(SavedViewJsonText::tr("it is version %1; this SessionScope reads version %2")
                            .arg(o.value(QLatin1String("version")).toVariant().toString())
                            .arg(kVersion));

    JsonFieldReader r(o, SavedViewJsonText::tr("the view"));
    QSet<QString> known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                        QStringLiteral("connectionId"), QStringLiteral("backend"), QStringLiteral("query"),
                        QStringLiteral("quickSearch"), QStringLiteral("statusMask"), QStringLiteral("columns"),
                        QStringLiteral("sortColumn"), QStringLiteral("sortOrder"), QStringLiteral("live")};
    if (purpose == Purpose::Settings)
        known += {QStringLiteral("id"), QStringLiteral("lastExportEndMs")};
    r.rejectUnknown(known);

    SavedView view;
    const QString backendText = o.value(QLatin1String("backend")).toString();
    const std::optional<Backend> backend = backendFromId(backendText);
    if (!backend)
        r.fail(SavedViewJsonText::tr("the backend \"%1\" is not one SessionScope knows (century, treasure, mobilenext)").arg(backendText));
    else
        view.backend = *backend;
    r.readString("name", &view.name);
    if (view.name.trimmed().isEmpty())
        r.fail(SavedViewJsonText::tr("the view has no name"));
    r.readString("connectionId", &view.connectionId);
    r.readString("quickSearch", &view.quickSearch);
    r.readStrings("columns", &view.columns);
    r.readString("sortColumn", &view.sortColumn);
    r.readEnum("sortOrder", kOrders, &view.sortOrder);
    const QJsonValue mask = o.value(QLatin1String("statusMask"));
    if (!mask.isUndefined()) {
        if (const auto bits = jsonWholeNumber(mask, 0, 4294967295.0))
            view.statusMask = quint32(*bits);
        else
            r.fail(SavedViewJsonText::tr("\"statusMask\" must be a whole number from 0 to 4294967295"));
    }
    const QJsonValue live = o.value(QLatin1String("live"));
    if (!live.isUndefined() && !live.isBool())
        r.fail(SavedViewJsonText::tr("\"live\" must be true or false"));
    view.live = live.toBool(false);
    if (purpose == Purpose::Settings) {
        r.readString("id", &view.id);
        const QJsonValue last = o.value(QLatin1String("lastExportEndMs"));
        if (const auto ms = jsonWholeNumber(last, -kMaxExactMs, kMaxExactMs))
            view.lastExportEndMs = *ms;
    }
    if (!r.error().isEmpty())
        return failWith(r.error());

    const QJsonValue query = o.value(QLatin1String("query"));
    if (!query.isObject())
        return failWith(SavedViewJsonText::tr("\"query\" must be an object"));
    QString queryProblem;
    std::optional<Query> parsed = queryFromJson(query.toObject(), view.backend, &queryProblem);
    if (!parsed)
        return failWith(queryProblem);
    view.query = *parsed;
    return view;
}

} // namespace savedviewjson
