// Century Smart IA page bodies (century::parsePage, what the Pager and ApiReply path runs on
// every page, simdjson On-Demand inside): no crash, no leak, and the page-parser properties
// of pagechecks.h.
#include "pagechecks.h"

#include "sources/century/centurypageparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const SessionPage page = century::parsePage(body);
    fuzzpage::checkListResult(page, body);
    fuzzpage::checkSessionRows(page);
    fuzzpage::checkSamePage(page, century::parsePage(body));
    if (page.total)
        FUZZ_CHECK(*page.total >= 0);

    // `data: [[...]]` (the published search example) is flattened one level.
    const int witness = fuzzpage::witnessElementCount(body, {"data"}, /*flattenNested=*/true);
    if (witness >= 0) {
        FUZZ_CHECK(page.ok);
        FUZZ_CHECK(page.rows.size() + page.malformed.size() == std::size_t(witness));
    }
    return 0;
}
