#pragma once

#include "core/common/Random.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core::generator {

/// One route as `show ip route` lists it.
struct Route {
    std::string code;          ///< "C", "L", "S", "S*", "O", "O IA", "O E2", "D", "D EX", "R"
    std::uint32_t network = 0;
    int prefix = 0;
    int distance = 0;          ///< administrative distance (not shown for C and L)
    std::uint32_t metric = 0;
    std::uint32_t nextHop = 0; ///< 0 for connected and local routes
    std::string interface;
    std::string age;           ///< "00:12:45" for routes learned from a protocol

    [[nodiscard]] bool connected() const { return code == "C" || code == "L"; }
    [[nodiscard]] bool contains(std::uint32_t address) const;
    /// How a choice names the route: "O 172.16.0.0/16 via 10.0.12.2".
    [[nodiscard]] std::string label() const;
};

/// A router's routing table, realistic enough to read like IOS output: connected LAN and
/// point-to-point links with their local /32s, nested remote prefixes from several protocols
/// with next hops on those links, and sometimes a static default route. One route per prefix,
/// as IOS installs only the best source of each.
struct RouteTable {
    std::vector<Route> routes;
    std::vector<std::uint32_t> neighbours;

    /// The longest-prefix match, or none.
    [[nodiscard]] const Route* lookup(std::uint32_t address) const;
    [[nodiscard]] const Route* defaultRoute() const;
    /// `show ip route` output: the codes legend, the gateway of last resort, and the routes
    /// grouped under their classful networks.
    [[nodiscard]] std::string showIpRoute() const;
};

/// A random table: more remote routes and deeper nesting with difficulty (1-3).
[[nodiscard]] RouteTable randomRouteTable(Random& random, int difficulty);

} // namespace certdrill::core::generator
