#include "filtervocabulary.h"

#include "sessionstore.h"

#include <algorithm>

namespace {

QList<QPair<QString, QString>> byName(const QHash<QString, QString> &names)
{
    QList<QPair<QString, QString>> out;
    out.reserve(names.size());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const int c = QString::compare(a.second, b.second, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    return out;
}

} // namespace

void FilterVocabulary::clear()
{
    *this = FilterVocabulary();
}

bool FilterVocabulary::absorb(const SessionStore &store)
{
    if (store.size() < m_readRows) // a new store: start over
        clear();
    const ColumnList &columns = store.columns();
    const ColumnDescriptor *subject = findColumn(columns, u"subject");
    const ColumnDescriptor *testId = findColumn(columns, u"test_id");
    const ColumnDescriptor *testName = findColumn(columns, u"test");
    const ColumnDescriptor *userId = findColumn(columns, u"user_id");
    const ColumnDescriptor *pupil = findColumn(columns, u"pupil");
    bool grew = false;
    for (; m_readRows < store.size(); ++m_readRows) {
        const qsizetype row = m_readRows;
        if (subject) {
            const QString s = store.value(row, *subject).toString();
            if (!s.isEmpty() && !m_subjects.contains(s)) {
                m_subjects.insert(s, true);
                grew = true;
            }
        }
        if (testId && testName) {
            const QString id = store.value(row, *testId).toString();
            if (!id.isEmpty() && !m_tests.contains(id)) {
                m_tests.insert(id, store.value(row, *testName).toString());
                grew = true;
            }
        }
        if (userId && pupil) {
            const QString id = store.value(row, *userId).toString();
            if (!id.isEmpty() && !m_pupils.contains(id)) {
                m_pupils.insert(id, store.value(row, *pupil).toString());
                grew = true;
            }
        }
    }
    return grew;
}

QStringList FilterVocabulary::subjects() const
{
    QStringList out = m_subjects.keys();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QList<QPair<QString, QString>> FilterVocabulary::tests() const
{
    return byName(m_tests);
}

QList<QPair<QString, QString>> FilterVocabulary::pupils() const
{
    return byName(m_pupils);
}
