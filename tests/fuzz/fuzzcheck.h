#pragma once

#include <cstdio>
#include <cstdlib>

// A property that must hold for every input. libFuzzer treats an abort as a crash and saves
// the input that caused it, so a broken property is reported exactly like a memory error.
// Not assert(): the targets must check in every build type.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
