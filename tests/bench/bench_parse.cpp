// Century page parsing speed (issue 4, "Speed"): our parser filling SessionRecords, against
// simdjson's own On-Demand walk over the same bytes (the ceiling) and against the
// QJsonDocument + QDateTime::fromString way (the baseline DESIGN.md §4 measured at ~65 MB/s).
// Built in Release to <build>/bench/, run by `./dev bench`, never by ctest.

#include "benchreport.h"

#include "domain/sessionrecord.h"
#include "sources/century/centurypageparser.h"
#include "sources/century/centurystatus.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int kPages = 200;
constexpr int kRowsPerPage = 100; // Century's maximum `limit`
constexpr int kRuns = 9;
constexpr double kGoalMBps = 200.0;

const char *const kFirstNames[] = {"Olivia", "Mohammed", "Amelia", "Noah", "Isla", "Oliver", "Gwenllïan", "Łucja",
                                   "Nguyễn", "فاطمة", "Siobhán", "Zoë", "Dylan", "Aarav", "Chloé", "Kacper"};
const char *const kLastNames[] = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
                                  "Ŵyn", "Wójcik", "Trần", "Al-Hashimi", "O'Connor", "Müller", "Nowak", "Patel"};
const char *const kSubjects[][2] = {{"English", "English Smart Initial Assessment"},
                                    {"Maths", "Maths Smart Initial Assessment"},
                                    {"Digital", "Digital Skills Smart Initial Assessment"}};
const char *const kLevels[] = {"Entry 1", "Entry 2", "Entry 3", "L1 - Lower", "L1 - Upper", "L2 - Lower", "L2 - Upper"};

QByteArray uuid(QRandomGenerator &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
}

QByteArray isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

// One session object, compact, shaped like the published examples (~700 bytes).
QByteArray record(QRandomGenerator &random)
{
    const QByteArray first = kFirstNames[random.bounded(16)];
    const QByteArray last = kLastNames[random.bounded(16)];
    const auto &subject = kSubjects[random.bounded(3)];
    const bool completed = random.bounded(10) < 7;
    const qint64 start = 1693555200000LL + qint64(random.bounded(300 * 86400)) * 1000 + random.bounded(1000);
    const int minutes = 20 + random.bounded(100);
    const QByteArray username = first.toLower() + "." + last.toLower() + QByteArray::number(random.bounded(1000));
    QByteArray r = "{\"sessionId\":\"" + uuid(random) + "\",\"startDate\":\"" + isoMs(start) + "\"";
    if (completed)
        r += ",\"endDate\":\"" + isoMs(start + minutes * 60000LL) + "\"";
    r += ",\"status\":\"" + QByteArray(completed ? "COMPLETED" : "IN_PROGRESS") + "\"";
    r += ",\"user\":{\"userId\":\"" + uuid(random) + "\",\"username\":\"" + username + "\",\"externalId\":\"MIS-"
        + QByteArray::number(100000 + random.bounded(900000)) + "\",\"upn\":\"A"
        + QByteArray::number(100000000000LL + random.bounded(900000000)) + "\",\"fullName\":\"" + first + " " + last
        + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"emails\":[\"" + username
        + "@pupils.example-college.ac.uk\"],\"gender\":\"" + (random.bounded(2) ? "female" : "male")
        + "\",\"dateOfBirth\":\"" + isoMs(1104537600000LL + qint64(random.bounded(3000)) * 86400000).left(10) + "\"}";
    r += ",\"test\":{\"testId\":\"c5a77fda-7174-446f-a4f5-0f47ccbf15ce\",\"testVersionId\":"
         "\"33ea5957-9320-4300-998d-c8fba3646aaa\",\"name\":\"" + QByteArray(subject[1]) + "\",\"subject\":\""
        + QByteArray(subject[0]) + "\"}";
    if (completed)
        r += ",\"result\":{\"createdDate\":\"" + isoMs(start + minutes * 60000LL) + "\",\"level\":\""
            + kLevels[random.bounded(7)] + "\",\"duration\":\"PT" + QByteArray::number(minutes / 60) + "H"
            + QByteArray::number(minutes % 60) + "M\"}";
    return r + "}";
}

std::vector<QByteArray> makePages(double &averageRecordBytes)
{
    QRandomGenerator random(20240305);
    std::vector<QByteArray> pages;
    qint64 recordBytes = 0;
    for (int p = 0; p < kPages; ++p) {
        QByteArray body = "{\"data\":[";
        for (int i = 0; i < kRowsPerPage; ++i) {
            const QByteArray r = record(random);
            recordBytes += r.size();
            body += (i ? "," : "") + r;
        }
        body += "],\"pagination\":{\"total\":" + QByteArray::number(kPages * kRowsPerPage)
            + ",\"limit\":100,\"offset\":0,\"previousCursor\":null,\"nextCursor\":\"eyJsaW1pdCI6MTAwfQ==\"}}";
        pages.push_back(body);
    }
    averageRecordBytes = double(recordBytes) / (kPages * kRowsPerPage);
    return pages;
}

// (b) simdjson's own work: every value visited, every string unescaped, every number read.
simdjson::error_code walk(simdjson::ondemand::value value, std::size_t &sink)
{
    using simdjson::ondemand::json_type;
    json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case json_type::object: {
        simdjson::ondemand::object object;
        if (auto error = value.get_object().get(object))
            return error;
        for (auto member : object) {
            simdjson::ondemand::field field;
            if (auto error = std::move(member).get(field))
                return error;
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            sink += key.size();
            if (auto error = walk(field.value(), sink))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case json_type::array: {
        simdjson::ondemand::array array;
        if (auto error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            simdjson::ondemand::value item;
            if (auto error = element.get(item))
                return error;
            if (auto error = walk(item, sink))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return error;
        sink += text.size();
        return simdjson::SUCCESS;
    }
    case json_type::number: {
        double number = 0;
        if (auto error = value.get_double().get(number))
            return error;
        sink += std::size_t(number) & 1;
        return simdjson::SUCCESS;
    }
    case json_type::boolean: {
        bool flag = false;
        if (auto error = value.get_bool().get(flag))
            return error;
        sink += flag;
        return simdjson::SUCCESS;
    }
    case json_type::null:
        sink += value.is_null().value_unsafe();
        return simdjson::SUCCESS;
    }
    return simdjson::SUCCESS;
}

// (c) the plain Qt way, filling the same structs.
qint64 qtTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
}

SessionPage qtParse(const QByteArray &body)
{
    SessionPage page;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray data = document.object().value(QLatin1String("data")).toArray();
    page.rows.reserve(std::size_t(data.size()));
    for (const QJsonValue &item : data) {
        const QJsonObject o = item.toObject();
        SessionRecord r;
        CenturyDetail &d = r.detail.emplace<CenturyDetail>();
        r.id = o.value(QLatin1String("sessionId")).toString();
        r.backendStatus = o.value(QLatin1String("status")).toString();
        r.status = century::mapStatus(r.backendStatus);
        r.startedMs = qtTime(o.value(QLatin1String("startDate")));
        if (o.contains(QLatin1String("endDate")))
            r.endedMs = qtTime(o.value(QLatin1String("endDate")));
        const QJsonObject u = o.value(QLatin1String("user")).toObject();
        d.userId = u.value(QLatin1String("userId")).toString();
        d.username = u.value(QLatin1String("username")).toString();
        d.fullName = u.value(QLatin1String("fullName")).toString();
        d.firstName = u.value(QLatin1String("firstName")).toString();
        d.lastName = u.value(QLatin1String("lastName")).toString();
        d.upn = u.value(QLatin1String("upn")).toString();
        d.externalId = u.value(QLatin1String("externalId")).toString();
        for (const QJsonValue &email : u.value(QLatin1String("emails")).toArray())
            d.emails.append(email.toString());
        const QString gender = u.value(QLatin1String("gender")).toString();
        d.gender = gender == QLatin1String("male") ? Gender::Male
            : gender == QLatin1String("female")    ? Gender::Female
                                                   : Gender::Unknown;
        const QDate birth = QDate::fromString(u.value(QLatin1String("dateOfBirth")).toString(), Qt::ISODate);
        if (birth.isValid())
            d.dateOfBirthMs = birth.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        const QJsonObject t = o.value(QLatin1String("test")).toObject();
        d.testId = t.value(QLatin1String("testId")).toString();
        d.testVersionId = t.value(QLatin1String("testVersionId")).toString();
        d.testName = t.value(QLatin1String("name")).toString();
        d.subject = t.value(QLatin1String("subject")).toString();
        const QJsonObject res = o.value(QLatin1String("result")).toObject();
        if (!res.isEmpty()) {
            d.resultCreatedMs = qtTime(res.value(QLatin1String("createdDate")));
            d.level = res.value(QLatin1String("level")).toString();
            d.durationRaw = res.value(QLatin1String("duration")).toString();
        }
        page.rows.push_back(std::move(r));
    }
    page.ok = !data.isEmpty();
    return page;
}

// MB/s of kRuns passes over every page; `work` returns rows seen (checked).
BenchSample measure(const std::vector<QByteArray> &pages, qint64 totalBytes, const std::function<std::size_t()> &work)
{
    std::vector<double> rates;
    work(); // warm-up: page faults, thread-local buffers, caches
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::size_t rows = work();
        const qint64 ns = timer.nsecsElapsed();
        if (rows != pages.size() * kRowsPerPage)
            std::fprintf(stderr, "unexpected row count %zu\n", rows);
        rates.push_back(double(totalBytes) / 1e6 / (double(ns) / 1e9));
    }
    return BenchSample::of(rates);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double averageRecord = 0;
    const std::vector<QByteArray> pages = makePages(averageRecord);
    qint64 totalBytes = 0;
    for (const QByteArray &page : pages)
        totalBytes += page.size();
    std::printf("Century pages: %d x %d records, %.1f MB, average record %.0f bytes; median of %d runs, one core\n",
                kPages, kRowsPerPage, double(totalBytes) / 1e6, averageRecord, kRuns);

    const BenchSample ours = measure(pages, totalBytes, [&] {
        std::size_t rows = 0;
        for (const QByteArray &page : pages)
            rows += century::parsePage(page).rows.size();
        return rows;
    });

    std::vector<simdjson::padded_string> padded;
    for (const QByteArray &page : pages)
        padded.emplace_back(page.constData(), std::size_t(page.size()));
    simdjson::ondemand::parser parser;
    std::size_t sink = 0;
    const BenchSample ceiling = measure(pages, totalBytes, [&] {
        std::size_t rows = 0;
        for (const auto &text : padded) {
            simdjson::ondemand::document document;
            simdjson::ondemand::value root;
            if (parser.iterate(text).get(document) || document.get_value().get(root) || walk(root, sink))
                std::fprintf(stderr, "simdjson walk failed\n");
            rows += kRowsPerPage;
        }
        return rows;
    });

    const BenchSample baseline = measure(pages, totalBytes, [&] {
        std::size_t rows = 0;
        for (const QByteArray &page : pages)
            rows += qtParse(page).rows.size();
        return rows;
    });

    std::printf("simdjson implementation: %s (stage 1, runtime-selected); On-Demand walk compiled for %s\n",
                simdjson::get_active_implementation()->name().c_str(),
                simdjson::builtin_implementation()->name().c_str());
    std::printf("(a) our Century parser into SessionRecords: %.1f MB/s (goal >= %.0f)\n", ours.value, kGoalMBps);
    std::printf("(b) simdjson On-Demand walk alone (ceiling): %.1f MB/s; ours is %.0f%% of it\n", ceiling.value,
                100.0 * ours.value / ceiling.value);
    std::printf("(c) QJsonDocument + QDateTime::fromString into SessionRecords: %.1f MB/s; ours is %.1fx\n",
                baseline.value, ours.value / baseline.value);
    reportFigure({.id = "century_parse", .ours = ours, .unit = "MB/s", .goal = BenchGoal::atLeast(kGoalMBps)});
    reportFigure({.id = "century_parse_vs_simdjson", .ours = ours, .unit = "MB/s", .goal = BenchGoal::report(),
                  .peer = "simdjson_ondemand_walk", .theirs = ceiling});
    reportFigure({.id = "century_parse_vs_qjson", .ours = ours, .unit = "MB/s", .goal = BenchGoal::ratioAtLeast(1),
                  .peer = "qjsondocument_qdatetime", .theirs = baseline});
    return sink == 0 ? 1 : 0;
}
