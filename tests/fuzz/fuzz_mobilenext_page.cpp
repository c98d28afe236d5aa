// Mobile Next bodies: the sessions page in both published envelopes (mobilenext::parsePage),
// one session (parseSession, what live polling reads) and the organizations list.
#include "pagechecks.h"

#include "sources/mobilenext/mobilenextpageparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));

    const SessionPage page = mobilenext::parsePage(body);
    fuzzpage::checkListResult(page, body);
    fuzzpage::checkSessionRows(page);
    fuzzpage::checkSamePage(page, mobilenext::parsePage(body));
    const int witness = fuzzpage::witnessElementCount(body, {"data", "sessions"}, false);
    if (witness >= 0) {
        FUZZ_CHECK(page.ok);
        FUZZ_CHECK(page.rows.size() + page.malformed.size() == std::size_t(witness));
    }

    const SessionPage one = mobilenext::parseSession(body);
    fuzzpage::checkListResult(one, body);
    fuzzpage::checkSessionRows(one);
    FUZZ_CHECK(one.rows.size() + one.malformed.size() == (one.ok ? 1u : 0u));
    fuzzpage::checkSamePage(one, mobilenext::parseSession(body));

    const mobilenext::OrganizationList organizations = mobilenext::parseOrganizations(body);
    fuzzpage::checkListResult(organizations, body);
    const int organizationWitness =
        fuzzpage::witnessElementCount(body, {"data", "organizations"}, false, /*rootArrayToo=*/true);
    if (organizationWitness >= 0) {
        FUZZ_CHECK(organizations.ok);
        FUZZ_CHECK(organizations.rows.size() + organizations.malformed.size() == std::size_t(organizationWitness));
    }
    return 0;
}
