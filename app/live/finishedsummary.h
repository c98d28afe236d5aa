#pragma once

#include "livewatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Desktop notifications for sessions that finished in one poll, grouped so a class finishing
// together is one message ("5 pupils finished English"), not thirty.
struct FinishedNotice
{
    QString title;
    QString text;
    QStringList sessionIds;
};

class FinishedSummary final
{
    Q_DECLARE_TR_FUNCTIONS(FinishedSummary)

public:
    // Past `maxNotices` groups, everything is told in one notice.
    static QList<FinishedNotice> group(const QList<FinishedSession> &sessions, int maxNotices = 3);
};
