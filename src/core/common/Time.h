#pragma once

#include "core/common/Clock.h"

#include <optional>
#include <string>
#include <string_view>

namespace certdrill::core {

/// Parses an ISO-8601 timestamp: `2026-01-01T09:00:00Z`, with optional fractional seconds and a
/// `Z` or `+hh:mm`/`-hh:mm` offset; a bare date `2026-01-01` means midnight UTC.
[[nodiscard]] std::optional<Timestamp> parseIso8601(std::string_view text);

/// Formats as `2026-01-01T09:00:00Z`, or with `.mmm` when the milliseconds are not zero.
[[nodiscard]] std::string formatIso8601(Timestamp t);

/// Parses a calendar date `YYYY-MM-DD` (checked: month 1-12, a day that exists).
[[nodiscard]] std::optional<std::chrono::sys_days> parseDate(std::string_view text);

} // namespace certdrill::core
