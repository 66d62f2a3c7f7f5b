// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Shared by the libFuzzer targets: a Qt application object (some code paths translate texts or
// load plugins) and a way to stop with a crash when a property does not hold, so libFuzzer
// keeps the input that broke it.
namespace fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "sjm_fuzzer";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void violated(const char *what)
{
    fprintf(stderr, "property violated: %s\n", what);
    abort();
}

} // namespace fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            fuzz::violated(#condition);                                                                                \
    } while (false)
