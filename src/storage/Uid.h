#pragma once

#include <string>

namespace certdrill::storage {

/// A random 128-bit identifier as 32 lower-case hex digits, unique across machines: reviews and
/// sessions keep it when exchanged within a study group.
[[nodiscard]] std::string newUid();

} // namespace certdrill::storage
