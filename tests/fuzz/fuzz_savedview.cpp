// The saved-view importer (app/settings/savedviewjson.h, with queryjson.h for the query):
// File > Import view… reads files from anywhere. Beyond "no crash": a refusal always says
// why; a file never brings an id or a last-export time; an accepted view written back and
// read again is the same view, and writing it is stable.
#include "fuzzcheck.h"

#include "domain/timestamps.h"
#include "settings/savedviewjson.h"

#include <cstdint>

namespace {

void checkPurpose(const QByteArray &json, savedviewjson::Purpose purpose)
{
    QString error;
    const std::optional<SavedView> view = savedviewjson::read(json, purpose, &error);
    if (!view) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    if (purpose == savedviewjson::Purpose::File) {
        FUZZ_CHECK(view->id.isEmpty());
        FUZZ_CHECK(view->lastExportEndMs == kNoTime);
    }
    const QByteArray written = savedviewjson::write(*view, purpose);
    QString againError;
    const std::optional<SavedView> again = savedviewjson::read(written, purpose, &againError);
    if (!again)
        std::fprintf(stderr, "re-read refused: %s\n%s\n", qPrintable(againError), written.constData());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *view);
    FUZZ_CHECK(savedviewjson::write(*again, purpose) == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPurpose(json, savedviewjson::Purpose::File);
    checkPurpose(json, savedviewjson::Purpose::Settings);
    return 0;
}
