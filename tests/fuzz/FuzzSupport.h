#pragma once

// Shared by the libFuzzer harnesses in this folder (one small .cpp each, see CMakeLists.txt).
// A harness may only fail by a sanitizer finding or by FUZZ_CHECK: an invariant the code promises (a
// round trip, a bound) that the input broke. Errors returned as values are the expected outcome.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace poddeck::fuzz {

// A QCoreApplication for the life of the process (some Qt classes want one) and a scratch directory.
inline const QString &scratchDir()
{
    static int argc = 1;
    static char name[] = "poddeck-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    static QTemporaryDir *dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/poddeck-fuzz-XXXXXX"));
    static const QString path = dir->path();
    (void)app;
    return path;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace poddeck::fuzz
