// Treasure Workflow bodies: the sessions page (treasure::parsePage), the attempts list
// (parseAttempts) and one session (parseSession, what live polling reads). Every input goes
// to all three: a page body is a fine hostile input for the single-session reader.
#include "pagechecks.h"

#include "sources/treasure/treasurepageparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));

    const SessionPage page = treasure::parsePage(body);
    fuzzpage::checkListResult(page, body);
    fuzzpage::checkSessionRows(page);
    fuzzpage::checkSamePage(page, treasure::parsePage(body));
    // The keyset token is the page's smallest id, so an empty page has none.
    if (page.ok && page.rows.empty() && page.malformed.empty())
        FUZZ_CHECK(page.nextToken.isEmpty());
    const int witness = fuzzpage::witnessElementCount(body, {"sessions"}, false);
    if (witness >= 0) {
        FUZZ_CHECK(page.ok);
        FUZZ_CHECK(page.rows.size() + page.malformed.size() == std::size_t(witness));
    }

    const treasure::AttemptPage attempts = treasure::parseAttempts(body);
    fuzzpage::checkListResult(attempts, body);
    const int attemptWitness = fuzzpage::witnessElementCount(body, {"attempts"}, false);
    if (attemptWitness >= 0) {
        FUZZ_CHECK(attempts.ok);
        FUZZ_CHECK(attempts.rows.size() + attempts.malformed.size() == std::size_t(attemptWitness));
    }

    const SessionPage one = treasure::parseSession(body);
    fuzzpage::checkListResult(one, body);
    fuzzpage::checkSessionRows(one);
    FUZZ_CHECK(one.rows.size() + one.malformed.size() == (one.ok ? 1u : 0u));
    fuzzpage::checkSamePage(one, treasure::parseSession(body));
    return 0;
}
