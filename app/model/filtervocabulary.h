#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

class SessionStore;

// The choices the server-side filters can offer, gathered from the rows loaded so far:
// Century's subjects, assessments and pupils. The APIs have no endpoint that lists them, so
// what has been seen is what can be picked. Reads only rows it has not read before, so
// calling it after every page costs a page's worth of work.
class FilterVocabulary final
{
public:
    void clear();
    // True when something new was found.
    bool absorb(const SessionStore &store);

    QStringList subjects() const;
    QList<QPair<QString, QString>> tests() const;  // (testId, name), by name
    QList<QPair<QString, QString>> pupils() const; // (userId, name), by name

private:
    qsizetype m_readRows = 0;
    QHash<QString, bool> m_subjects;
    QHash<QString, QString> m_tests;
    QHash<QString, QString> m_pupils;
};
