#pragma once

#include "domain/query.h"

#include <QWidget>

// How soon an edit should reach the server: at once (a click, a date picked) or once the
// user pauses (keys typed into a number), so that one reload follows a burst of keys.
enum class FilterEditPace : quint8 { Now, Typing };

// The server-side filters of one backend (its part of Query) as widgets. The filter bar
// shows one panel at a time and decides when an edit becomes a queryChanged().
class FilterPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(QWidget *parent = nullptr) : QWidget(parent) {}

    // The query as the widgets have edited it so far.
    virtual Query query() const = 0;
    // Shows `query` (a query of this panel's backend); emits nothing.
    virtual void setQuery(const Query &query) = 0;

signals:
    void edited(FilterEditPace pace);
};
