#pragma once
// Small helpers the benchmark programs share: peak RSS and the ../shared folder.
#include <QDir>
#include <QString>
#include <sys/resource.h>

namespace alam::bench {

// Peak resident set size of this process so far, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KB on Linux
}

// ALAM_SHARED_DIR (set by CMake) unless the environment names another.
inline QString sharedDir()
{
    const QByteArray fromEnv = qgetenv("ALAM_SHARED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ALAM_SHARED_DIR) : QString::fromLocal8Bit(fromEnv);
}

}  // namespace alam::bench
