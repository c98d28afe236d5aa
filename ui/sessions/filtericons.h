#pragma once

#include "domain/sessionstatus.h"

#include <QIcon>

class QWidget;

// Icons of the filter bar. Status icons are the table's own (resources/icons/status), so a
// chip and a row of the same status look alike; the rest come from the icon theme when it
// has them and are drawn otherwise (the offscreen platform and Windows have no theme).
QIcon filterStatusIcon(SessionStatus status);
QIcon filterSearchIcon(const QWidget *widget);
QIcon filterReloadIcon(const QWidget *widget);
QIcon filterRemoveIcon(const QWidget *widget);
