#pragma once

#include "domain/sessionstatus.h"
#include "model/vieworderspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// One chart as plain data, ready to draw or to show as a table: categories along one axis,
// one or more series stacked on them, and what a click on each means as a chart filter.
// Built from ChartFacts by chartSheets(); drawn by ui/charts (the only place with Qt Charts).
enum class ChartSheetKind : quint8 { Donut, StackedBars };

struct ChartSheetSeries
{
    QString name;
    std::vector<qreal> values;          // one per category
    std::optional<SessionStatus> status; // a status series takes the status's colour and pattern
    // A click on this series narrows to it too (a subject within a level); empty: it does not.
    QList<ChartFilterTerm> terms;
    QString filterLabel;                 // "Subject: Maths"
};

struct ChartSheet
{
    QString id; // "status", "started", "levels", "durations", "workflows", "platforms", "versions", "devices"
    QString title;
    ChartSheetKind kind = ChartSheetKind::StackedBars;
    bool horizontal = false; // long category names (workflows, OS versions) read better sideways
    QStringList categories;
    std::vector<ChartSheetSeries> series;
    // Per category: the filter a click on it sets (empty: not a filter, e.g. "Other").
    std::vector<QList<ChartFilterTerm>> categoryTerms;
    QStringList categoryFilterLabels; // "Day: Mon 9 Mar"
    // Donut only: the status each slice stands for (its colour and pattern).
    std::vector<SessionStatus> categoryStatuses;
    QString categoryTitle;
    QString valueTitle;
    QString summary; // one or two sentences: the accessible description and the visible caption

    qreal total() const;
    // The filter a click on (category, series) sets, and the chip's words for it.
    QList<ChartFilterTerm> filterAt(int category, int series) const;
    QString filterLabelAt(int category, int series) const;
};
