#include "savedviewstore.h"

#include "savedviewjson.h"

#include <QSettings>
#include <QUuid>

namespace {

const QString kOrderKey = QStringLiteral("views/order");
const QString kStartupKey = QStringLiteral("views/startup");
const QString kLastKey = QStringLiteral("views/lastState");

QString viewKey(const QString &id)
{
    return QStringLiteral("views/items/%1").arg(id);
}

std::optional<SavedView> readView(const QSettings &settings, const QString &id)
{
    const QByteArray json = settings.value(viewKey(id)).toByteArray();
    std::optional<SavedView> view = savedviewjson::read(json, savedviewjson::Purpose::Settings, nullptr);
    if (view)
        view->id = id;
    return view;
}

} // namespace

QList<SavedView> SavedViewStore::list() const
{
    const QSettings settings;
    QList<SavedView> out;
    for (const QString &id : settings.value(kOrderKey).toStringList()) {
        if (std::optional<SavedView> view = readView(settings, id))
            out.append(*view);
    }
    return out;
}

std::optional<SavedView> SavedViewStore::find(const QString &id) const
{
    const QSettings settings;
    if (!settings.value(kOrderKey).toStringList().contains(id))
        return std::nullopt;
    return readView(settings, id);
}

std::optional<SavedView> SavedViewStore::findByName(const QString &name) const
{
    const QList<SavedView> all = list();
    for (const SavedView &v : all) {
        if (v.id == name)
            return v;
    }
    for (const SavedView &v : all) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

SavedView SavedViewStore::save(SavedView view)
{
    if (view.id.isEmpty()) {
        for (const SavedView &existing : list()) {
            if (existing.name.compare(view.name, Qt::CaseInsensitive) == 0)
                view.id = existing.id;
        }
    }
    if (view.id.isEmpty())
        view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSettings settings;
    QStringList order = settings.value(kOrderKey).toStringList();
    if (!order.contains(view.id))
        order.append(view.id);
    settings.setValue(kOrderKey, order);
    settings.setValue(viewKey(view.id), savedviewjson::write(view, savedviewjson::Purpose::Settings));
    return view;
}

bool SavedViewStore::rename(const QString &id, const QString &name)
{
    std::optional<SavedView> view = find(id);
    if (!view || name.trimmed().isEmpty())
        return false;
    view->name = name.trimmed();
    save(*view);
    return true;
}

bool SavedViewStore::remove(const QString &id)
{
    QSettings settings;
    QStringList order = settings.value(kOrderKey).toStringList();
    if (!order.removeOne(id))
        return false;
    settings.setValue(kOrderKey, order);
    settings.remove(viewKey(id));
    if (settings.value(kStartupKey).toString() == id)
        settings.remove(kStartupKey);
    return true;
}

void SavedViewStore::removeForConnection(const QString &connectionId)
{
    for (const SavedView &view : list()) {
        if (view.connectionId == connectionId)
            remove(view.id);
    }
    if (const std::optional<SavedView> last = lastState(); last && last->connectionId == connectionId)
        QSettings().remove(kLastKey);
}

bool SavedViewStore::setLastExportEnd(const QString &id, qint64 endMs)
{
    std::optional<SavedView> view = find(id);
    if (!view)
        return false;
    view->lastExportEndMs = endMs;
    save(*view);
    return true;
}

QString SavedViewStore::startupViewId() const
{
    return QSettings().value(kStartupKey).toString();
}

void SavedViewStore::setStartupViewId(const QString &id)
{
    QSettings settings;
    if (id.isEmpty())
        settings.remove(kStartupKey);
    else
        settings.setValue(kStartupKey, id);
}

std::optional<SavedView> SavedViewStore::lastState() const
{
    const QByteArray json = QSettings().value(kLastKey).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    return savedviewjson::read(json, savedviewjson::Purpose::Settings, nullptr);
}

void SavedViewStore::setLastState(const SavedView &view)
{
    SavedView state = view;
    state.id.clear();
    state.name = QStringLiteral("last");
    QSettings().setValue(kLastKey, savedviewjson::write(state, savedviewjson::Purpose::Settings));
}
