#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPair>

#include <vector>

// The pupils offered by the pupil filter's completer: one row per pupil, sorted by name.
// A plain vector rather than QStandardItemModel, because a large school's loaded rows can
// name a hundred thousand pupils and an item object each would cost tens of megabytes.
class FilterPupilModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPupilModel)

public:
    static constexpr int UserIdRole = Qt::UserRole;

    explicit FilterPupilModel(QObject *parent = nullptr);

    // (userId, name) pairs. Pupils who share a name are told apart by the start of their id.
    void setPupils(const QList<QPair<QString, QString>> &pupils);
    // The label shown for this pupil; empty when unknown.
    QString label(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString userId;
        QString label;
    };
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_rowOfId;
};
