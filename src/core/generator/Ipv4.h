#pragma once

#include "core/common/Random.h"

#include <cstdint>
#include <string>

namespace certdrill::core::generator {

/// IPv4 arithmetic and formatting shared by the IPv4 families (addresses as host-order integers).
[[nodiscard]] std::uint32_t maskOf(int prefix);
[[nodiscard]] inline std::uint32_t networkOf(std::uint32_t address, int prefix) { return address & maskOf(prefix); }
[[nodiscard]] inline std::uint32_t broadcastOf(std::uint32_t address, int prefix) { return address | ~maskOf(prefix); }
/// Addresses in a /prefix block: 2^(32 - prefix).
[[nodiscard]] inline std::uint64_t blockSize(int prefix) { return std::uint64_t{1} << (32 - prefix); }
/// Usable hosts of a /prefix (prefix <= 30): 2^(32 - prefix) - 2.
[[nodiscard]] inline std::uint64_t usableHosts(int prefix) { return blockSize(prefix) - 2; }

[[nodiscard]] std::string dotted(std::uint32_t address);
[[nodiscard]] std::string cidr(std::uint32_t address, int prefix); ///< "10.1.2.0/24"
[[nodiscard]] std::string binaryOctet(unsigned value);             ///< "11000000"
/// A whole number with thousands separators: "16,777,214".
[[nodiscard]] std::string grouped(std::uint64_t number);
/// In backticks, for Markdown text.
[[nodiscard]] std::string code(const std::string& text);

/// Uniform in [low, high].
[[nodiscard]] int between(Random& random, int low, int high);
/// A unicast address (first octet 1-223, not 127) with random host bits.
[[nodiscard]] std::uint32_t randomUnicast(Random& random);

/// The worked steps (a Markdown numbered list) that find the network, broadcast and host range
/// of `address`/`prefix` through the block size in the interesting octet.
[[nodiscard]] std::string subnetSteps(std::uint32_t address, int prefix);

} // namespace certdrill::core::generator
