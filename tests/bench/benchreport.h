#pragma once

// The one way a benchmark reports a figure to tests/bench/run-benchmarks: a line
//   BENCH <id> value=<median> unit=<u> [peer=<name> peer_value=<median> ratio=<value/peer>
//         peer_noise=<n>] goal=<goal> noise=<n> pass=yes|no [valid=no]
// `noise` is the spread of the runs behind the median (median absolute deviation over the
// median, a fraction): this machine is shared, so a figure carries the noise it measured,
// and run-benchmarks fails a figure only when it misses its goal by more than that noise.
// `pass` here is the strict comparison; run-benchmarks adds the noise allowance.
//
// Goals: <=X or >=X on the value (in its unit), ratio<=X or ratio>=X on value/peer, or
// `report` (shown, never judged).

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

// The runs of one measurement: their median and their relative spread.
struct BenchSample
{
    double value = 0;
    double noise = 0; // median absolute deviation / median; 0 for one run or an exact count

    static BenchSample exact(double value) { return BenchSample{value, 0}; }
    static BenchSample of(std::vector<double> runs)
    {
        if (runs.empty())
            return {};
        const auto medianOf = [](std::vector<double> &v) {
            std::sort(v.begin(), v.end());
            const std::size_t n = v.size();
            return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        };
        const double median = medianOf(runs);
        std::vector<double> deviations;
        deviations.reserve(runs.size());
        for (double r : runs)
            deviations.push_back(std::fabs(r - median));
        const double mad = medianOf(deviations);
        return BenchSample{median, median != 0 ? mad / std::fabs(median) : 0};
    }
    // Runs of several cases that differ in cost (needles, columns): the median of every run,
    // with the typical spread within a case, which the differences between cases would inflate.
    static BenchSample pooled(const std::vector<std::vector<double>> &cases)
    {
        std::vector<double> all, noises;
        for (const std::vector<double> &runs : cases) {
            all.insert(all.end(), runs.begin(), runs.end());
            noises.push_back(of(runs).noise);
        }
        return BenchSample{of(all).value, of(noises).value};
    }
};

inline double benchMedian(std::vector<double> runs)
{
    return BenchSample::of(std::move(runs)).value;
}

struct BenchGoal
{
    enum class Kind { Report, AtMost, AtLeast, RatioAtMost, RatioAtLeast };
    Kind kind = Kind::Report;
    double limit = 0;

    static BenchGoal report() { return {}; }
    static BenchGoal atMost(double limit) { return {Kind::AtMost, limit}; }
    static BenchGoal atLeast(double limit) { return {Kind::AtLeast, limit}; }
    static BenchGoal ratioAtMost(double limit) { return {Kind::RatioAtMost, limit}; }
    static BenchGoal ratioAtLeast(double limit) { return {Kind::RatioAtLeast, limit}; }

    std::string text() const
    {
        char number[32];
        std::snprintf(number, sizeof number, "%.10g", limit);
        switch (kind) {
        case Kind::Report: return "report";
        case Kind::AtMost: return std::string("<=") + number;
        case Kind::AtLeast: return std::string(">=") + number;
        case Kind::RatioAtMost: return std::string("ratio<=") + number;
        case Kind::RatioAtLeast: return std::string("ratio>=") + number;
        }
        return "report";
    }
};

struct BenchFigure
{
    const char *id = "";
    BenchSample ours{};
    const char *unit = "";
    BenchGoal goal{};
    const char *peer = nullptr; // none: the figure stands alone
    BenchSample theirs{};
    // False when the run itself went wrong (rows lost, outputs differ, a peer failed): the
    // figure fails whatever its numbers say.
    bool valid = true;
};

inline void reportFigure(const BenchFigure &f)
{
    const bool hasPeer = f.peer && f.theirs.value > 0;
    const double ratio = hasPeer ? f.ours.value / f.theirs.value : 0;
    bool pass = f.valid;
    switch (f.goal.kind) {
    case BenchGoal::Kind::Report: break;
    case BenchGoal::Kind::AtMost: pass = pass && f.ours.value <= f.goal.limit; break;
    case BenchGoal::Kind::AtLeast: pass = pass && f.ours.value >= f.goal.limit; break;
    case BenchGoal::Kind::RatioAtMost: pass = pass && hasPeer && ratio <= f.goal.limit; break;
    case BenchGoal::Kind::RatioAtLeast: pass = pass && hasPeer && ratio >= f.goal.limit; break;
    }
    std::printf("BENCH %s value=%.6g unit=%s", f.id, f.ours.value, f.unit);
    if (hasPeer)
        std::printf(" peer=%s peer_value=%.6g ratio=%.4g peer_noise=%.3f", f.peer, f.theirs.value, ratio,
                    f.theirs.noise);
    else if (f.peer)
        std::printf(" peer=%s", f.peer); // named but not measured (missing tool, failed run)
    std::printf(" goal=%s noise=%.3f pass=%s%s\n", f.goal.text().c_str(), f.ours.noise, pass ? "yes" : "no",
                f.valid ? "" : " valid=no");
    std::fflush(stdout);
}
