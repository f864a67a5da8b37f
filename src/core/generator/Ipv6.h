#pragma once

#include "core/common/Random.h"

#include <array>
#include <cstdint>
#include <string>

namespace certdrill::core::generator {

/// An IPv6 address as its eight 16-bit groups.
using Ipv6 = std::array<std::uint16_t, 8>;

/// Four lower-case hex digits per group, eight groups: "2001:0db8:0000:...".
[[nodiscard]] std::string expandedText(const Ipv6& address);
/// RFC 5952: leading zeros dropped, the longest run of two or more zero groups (the first of
/// equal runs) as "::", lower case.
[[nodiscard]] std::string compressedText(const Ipv6& address);
/// Groups without leading zeros, joined by ":", no "::" (the form before the run is compressed).
[[nodiscard]] std::string unrunText(const Ipv6& address);
/// `address` with every bit from `prefix` on cleared.
[[nodiscard]] Ipv6 prefixOf(const Ipv6& address, int prefix);
/// Lower-case hex without leading zeros ("0" for zero).
[[nodiscard]] std::string hexGroup(std::uint16_t group);

/// A documentation-style address (2001:db8::/32 and others) with a mix of zero runs and groups
/// with leading zeros, the shape compression exercises.
[[nodiscard]] Ipv6 randomIpv6(Random& random, int difficulty);

} // namespace certdrill::core::generator
