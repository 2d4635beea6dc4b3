#pragma once
// Test helper: the message of a failed Result, or nothing for a good one (Result::error() may
// only be called on a failed result, and QVERIFY2 evaluates its message either way).
#include "result.h"

#include <QByteArray>

namespace alam::test {

template <typename T>
QByteArray messageOf(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

}  // namespace alam::test
