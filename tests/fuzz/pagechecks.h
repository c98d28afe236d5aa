#pragma once

// Properties every page parser (app/sources/*/*pageparser.h) promises, checked by the
// page fuzz targets on every input.

#include "domain/sessionpage.h"
#include "domain/sessionstatus.h"
#include "domain/timestamps.h"
#include "fuzzcheck.h"

#include <QByteArrayView>

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace fuzzpage {

// Shared by SessionPage, treasure::AttemptPage and mobilenext::OrganizationList.
template<typename Result>
void checkListResult(const Result &result, QByteArrayView body)
{
    const std::size_t found = result.rows.size() + result.malformed.size();
    if (!result.ok) {
        // An unusable body keeps nothing: rows read before a break would be a silently
        // short page.
        FUZZ_CHECK(result.rows.empty());
        FUZZ_CHECK(result.malformed.empty());
        FUZZ_CHECK(!result.error.isEmpty());
        return;
    }
    // Every row is at least one byte and a separator of its own: more rows than that can
    // only have been invented (or counted twice).
    FUZZ_CHECK(found <= std::size_t(body.size()) / 2 + 1);
    // Malformed rows are reported in array order with distinct positions inside the array.
    int previous = -1;
    for (const MalformedRow &bad : result.malformed) {
        FUZZ_CHECK(bad.index > previous);
        FUZZ_CHECK(std::size_t(bad.index) < found);
        FUZZ_CHECK(!bad.reason.isEmpty());
        previous = bad.index;
    }
}

// A session row that made it into `rows` carries what every later stage relies on: the
// paging key (its start) and a readable status.
inline void checkSessionRows(const SessionPage &page)
{
    for (const SessionRecord &row : page.rows) {
        FUZZ_CHECK(row.startedMs != kNoTime);
        FUZZ_CHECK(row.status <= SessionStatus::Cancelled);
    }
}

// Parsing is a pure function of the bytes: a second parse on the same thread (which
// reuses the thread's simdjson parser and padded buffer) gives the same page.
inline void checkSamePage(const SessionPage &a, const SessionPage &b)
{
    FUZZ_CHECK(a.ok == b.ok);
    FUZZ_CHECK(a.error == b.error);
    FUZZ_CHECK(a.rows.size() == b.rows.size());
    FUZZ_CHECK(a.malformed.size() == b.malformed.size());
    FUZZ_CHECK(a.nextToken == b.nextToken);
    FUZZ_CHECK(a.previousToken == b.previousToken);
    FUZZ_CHECK(a.total == b.total);
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        FUZZ_CHECK(a.rows[i].id == b.rows[i].id);
        FUZZ_CHECK(a.rows[i].status == b.rows[i].status);
        FUZZ_CHECK(a.rows[i].backendStatus == b.rows[i].backendStatus);
        FUZZ_CHECK(a.rows[i].startedMs == b.rows[i].startedMs);
        FUZZ_CHECK(a.rows[i].endedMs == b.rows[i].endedMs);
    }
}

// A second reader as a witness: simdjson's DOM parser, which validates the whole body and,
// unlike QJsonObject, keeps repeated keys. When it reads the body as an object, the page
// parser must accept it and account for every element of the first top-level member named
// one of `arrayKeys` that holds an array (the member the parsers promise to read; a repeated
// one must not add its rows twice), as a row or as a malformed row. -1 when the witness has
// nothing to say: not valid JSON, no such array, or a key that also appears escaped or
// below the top level (where raw and unescaped key comparisons legitimately differ).
int witnessElementCount(QByteArrayView body, std::initializer_list<std::string_view> arrayKeys,
                        bool flattenNested, bool rootArrayToo = false);

} // namespace fuzzpage
