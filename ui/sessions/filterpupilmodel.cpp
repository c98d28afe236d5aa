#include "filterpupilmodel.h"

#include <QCollator>

#include <algorithm>

FilterPupilModel::FilterPupilModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FilterPupilModel::setPupils(const QList<QPair<QString, QString>> &pupils)
{
    QHash<QString, int> sameName;
    for (const auto &pupil : pupils)
        ++sameName[pupil.second];

    std::vector<Entry> entries;
    entries.reserve(std::size_t(pupils.size()));
    QSet<QString> seen;
    for (const auto &[id, name] : pupils) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        entries.push_back({id, sameName.value(name) > 1 ? tr("%1 (%2…)").arg(name, id.left(8)) : name});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&collator](const Entry &a, const Entry &b) { return collator.compare(a.label, b.label) < 0; });

    beginResetModel();
    m_entries = std::move(entries);
    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_entries.size()));
    for (std::size_t row = 0; row < m_entries.size(); ++row)
        m_rowOfId.insert(m_entries[row].userId, qsizetype(row));
    endResetModel();
}

QString FilterPupilModel::label(const QString &userId) const
{
    const auto row = m_rowOfId.constFind(userId);
    return row == m_rowOfId.cend() ? QString() : m_entries[std::size_t(*row)].label;
}

int FilterPupilModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FilterPupilModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.label;
    case UserIdRole:
        return entry.userId;
    default:
        return {};
    }
}
