#pragma once

#include "core/common/Clock.h"

namespace certdrill::storage {

/// The real clock: UTC wall time and the steady clock.
class SystemClock final : public core::Clock {
public:
    [[nodiscard]] core::Timestamp now() const override
    {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    }
    [[nodiscard]] core::MonotonicTime monotonic() const override { return std::chrono::steady_clock::now(); }
};

} // namespace certdrill::storage
