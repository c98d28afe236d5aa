#pragma once

#include <QStringList>
#include <QStringView>

// Century result levels in the order of the qualifications they stand for (API-NOTES.md,
// result.level: "E1 - Lower" ... "L2 - Upper"): Entry 1-3 before Level 1-2, Lower before
// Middle before Upper, numbers compared as numbers ("E10" after "E9"). Texts of another
// shape come after every known level, alphabetically.
namespace chartlevelorder {

// A rank for a level of the known shape; -1 for any other text.
int rank(QStringView level);
// Sorts `levels` into that order.
void sort(QStringList &levels);

} // namespace chartlevelorder
