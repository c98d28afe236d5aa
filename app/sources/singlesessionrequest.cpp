#include "singlesessionrequest.h"

#include "sessionsource.h"

#include "century/centuryrequests.h"
#include "mobilenext/mobilenextsource.h"
#include "treasure/treasuresource.h"

namespace {

// Century start dates carry milliseconds, but a minute either side keeps the filter correct
// should a server round them; one pupil rarely starts the same test twice within two minutes.
constexpr qint64 kCenturyWindowMs = 60 * 1000;
constexpr int kCenturyPageSize = 10;

PageRequest centuryRequest(const QUrl &base, const SessionRecord &record, const CenturyDetail &d)
{
    CenturyQuery query;
    if (!d.userId.isEmpty())
        query.userIds = {d.userId};
    if (!d.testId.isEmpty())
        query.testIds = {d.testId};
    if (record.startedMs != kNoTime) {
        query.dates = {{CenturyDateField::StartDate, CompareOp::Gte, record.startedMs - kCenturyWindowMs},
                       {CenturyDateField::StartDate, CompareOp::Lte, record.startedMs + kCenturyWindowMs}};
    }
    query.pageSize = kCenturyPageSize;
    return century::pageRequest(base, query, {});
}

} // namespace

std::optional<SingleSessionRequest> singleSessionRequest(const SessionSource &source,
                                                         const SessionRecord &record)
{
    if (record.id.isEmpty())
        return std::nullopt;
    switch (source.backend()) {
    case Backend::Century:
        if (const auto *d = std::get_if<CenturyDetail>(&record.detail))
            return SingleSessionRequest{centuryRequest(source.baseUrl(), record, *d), false};
        break;
    case Backend::Treasure:
        if (std::holds_alternative<TreasureDetail>(record.detail))
            return SingleSessionRequest{TreasureSource(source.baseUrl()).sessionRequest(record.id), true};
        break;
    case Backend::MobileNext:
        if (const auto *d = std::get_if<MobileNextDetail>(&record.detail)) {
            PageRequest request = MobileNextSource(source.baseUrl()).sessionRequest(record.id);
            // A session is only found within its own organization; without the header the
            // key's default one is searched and the answer may be 404.
            if (!d->organizationId.isEmpty()) {
                MobileNextQuery scope;
                scope.organizationId = d->organizationId;
                request.headers.append(MobileNextSource::organizationHeader(scope));
            }
            return SingleSessionRequest{std::move(request), true};
        }
        break;
    }
    return std::nullopt;
}
