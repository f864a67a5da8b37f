#include "core/generator/RouteTable.h"

#include "core/generator/Ipv4.h"

#include <algorithm>
#include <map>
#include <set>

namespace certdrill::core::generator {
namespace {

const char* const kLegend =
    "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP\n"
    "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\n"
    "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2\n"
    "       E1 - OSPF external type 1, E2 - OSPF external type 2\n"
    "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2\n"
    "       ia - IS-IS inter area, * - candidate default, U - per-user static route\n"
    "       o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP\n"
    "       + - replicated route, % - next hop override\n";

int classfulPrefix(std::uint32_t address)
{
    const std::uint32_t first = address >> 24U;
    return first < 128 ? 8 : first < 192 ? 16 : 24;
}

std::string twoDigits(std::uint64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string padded(const std::string& code, std::size_t width) { return code + std::string(width - code.size(), ' '); }

/// The route's text after its code: "172.16.0.0/16 [110/2] via 10.0.12.2, 00:12:45, GigabitEthernet0/1".
std::string body(const Route& r, bool showLength)
{
    std::string out = dotted(r.network) + (showLength ? "/" + std::to_string(r.prefix) : "");
    if (r.connected())
        return out + " is directly connected, " + r.interface;
    out += " [" + std::to_string(r.distance) + "/" + std::to_string(r.metric) + "] via " + dotted(r.nextHop);
    if (!r.age.empty())
        out += ", " + r.age + ", " + r.interface;
    return out;
}

struct Protocol {
    const char* code;
    int distance;
};

Route remote(Random& random, const RouteTable& table, std::uint32_t network, int prefix, const std::vector<std::string>& interfaces)
{
    static const Protocol kProtocols[] = {{"S", 1}, {"O", 110}, {"O IA", 110}, {"O E2", 110}, {"D", 90}, {"D EX", 170}, {"R", 120}};
    const Protocol p = kProtocols[random.below(std::size(kProtocols))];
    const auto hop = static_cast<std::size_t>(random.below(table.neighbours.size()));
    Route r{p.code, network, prefix, p.distance, 0, table.neighbours[hop], interfaces[hop + 1], ""};
    const std::string code = p.code;
    if (code == "S")
        return r;
    if (code == "R")
        r.metric = static_cast<std::uint32_t>(between(random, 1, 14));
    else if (code == "O E2")
        r.metric = 20;
    else if (code[0] == 'O')
        r.metric = static_cast<std::uint32_t>(between(random, 2, 200));
    else
        r.metric = static_cast<std::uint32_t>(between(random, 28'160, 3'000'000));
    r.age = twoDigits(random.below(24)) + ":" + twoDigits(random.below(60)) + ":" + twoDigits(random.below(60));
    return r;
}

} // namespace

bool Route::contains(std::uint32_t address) const { return networkOf(address, prefix) == network; }

std::string Route::label() const
{
    const std::string name = code + " " + cidr(network, prefix);
    if (code == "L")
        return name + " (the router's own address)";
    if (connected())
        return name + " on " + interface + " (directly connected)";
    return name + " via " + dotted(nextHop);
}

const Route* RouteTable::lookup(std::uint32_t address) const
{
    const Route* best = nullptr;
    for (const auto& r : routes)
        if (r.contains(address) && (!best || r.prefix > best->prefix))
            best = &r;
    return best;
}

const Route* RouteTable::defaultRoute() const
{
    for (const auto& r : routes)
        if (r.prefix == 0)
            return &r;
    return nullptr;
}

std::string RouteTable::showIpRoute() const
{
    std::string out = kLegend;
    const Route* gateway = defaultRoute();
    out += gateway ? "\nGateway of last resort is " + dotted(gateway->nextHop) + " to network 0.0.0.0\n\n"
                   : std::string{"\nGateway of last resort is not set\n\n"};
    if (gateway)
        out += padded(gateway->code, 6) + body(*gateway, true) + "\n";
    std::map<std::uint32_t, std::vector<const Route*>> groups; // by classful network, in address order
    for (const auto& r : routes)
        if (r.prefix > 0)
            groups[networkOf(r.network, classfulPrefix(r.network))].push_back(&r);
    for (auto& [major, members] : groups) {
        std::sort(members.begin(), members.end(), [](const Route* a, const Route* b) {
            return a->network != b->network ? a->network < b->network : a->prefix < b->prefix;
        });
        const int classful = classfulPrefix(major);
        if (members.size() == 1 && members[0]->prefix <= classful) {
            out += padded(members[0]->code, 6) + body(*members[0], true) + "\n";
            continue;
        }
        std::set<int> masks;
        for (const auto* r : members)
            masks.insert(r->prefix);
        const std::string count = std::to_string(members.size()) + (members.size() == 1 ? " subnet" : " subnets");
        if (masks.size() == 1)
            out += "      " + cidr(major, *masks.begin()) + " is subnetted, " + count + "\n";
        else
            out += "      " + cidr(major, classful) + " is variably subnetted, " + count + ", " + std::to_string(masks.size()) + " masks\n";
        for (const auto* r : members)
            out += padded(r->code, 9) + body(*r, masks.size() > 1) + "\n";
    }
    return out;
}

RouteTable randomRouteTable(Random& random, int difficulty)
{
    RouteTable table;
    std::vector<std::string> interfaces{"GigabitEthernet0/0", "GigabitEthernet0/1", "GigabitEthernet0/2", "Serial0/0/0"};
    // a LAN on Gi0/0, then two or three point-to-point links to neighbours
    const std::uint32_t lan = (192U << 24U) | (168U << 16U) | (static_cast<std::uint32_t>(between(random, 1, 99)) << 8U);
    table.routes.push_back({"C", lan, 24, 0, 0, 0, interfaces[0], ""});
    table.routes.push_back({"L", lan + 1, 32, 0, 0, 0, interfaces[0], ""});
    const int links = difficulty == 1 ? 2 : 3;
    const auto linkBase = static_cast<std::uint32_t>(between(random, 0, 200));
    for (int i = 0; i < links; ++i) {
        const std::uint32_t link = (10U << 24U) | (linkBase + static_cast<std::uint32_t>(i)) << 8U | 0U;
        table.routes.push_back({"C", link, 30, 0, 0, 0, interfaces[static_cast<std::size_t>(i + 1)], ""});
        table.routes.push_back({"L", link + 1, 32, 0, 0, 0, interfaces[static_cast<std::size_t>(i + 1)], ""});
        table.neighbours.push_back(link + 2);
    }
    std::set<std::pair<std::uint32_t, int>> used;
    auto add = [&](std::uint32_t network, int prefix) {
        network = networkOf(network, prefix);
        for (const auto& r : table.routes)
            if (r.prefix > 0 && (r.contains(network) || networkOf(r.network, prefix) == network) && r.connected())
                return; // keep remote prefixes clear of the connected ones
        if (used.insert({network, prefix}).second)
            table.routes.push_back(remote(random, table, network, prefix, interfaces));
    };
    // nested prefixes: a /16, a /19-/22 inside it, and a /24-/27 inside that
    const int chains = difficulty == 1 ? 1 : 2;
    for (int c = 0; c < chains; ++c) {
        const std::uint32_t base = (172U << 24U) | (static_cast<std::uint32_t>(between(random, 16, 31)) << 16U)
            | static_cast<std::uint32_t>(random.below(1U << 16U));
        const int depth = difficulty == 3 ? 3 : 2;
        const int lengths[] = {16, between(random, 19, 22), between(random, 24, 27)};
        for (int d = 3 - depth; d < 3; ++d)
            add(base, lengths[d]);
    }
    // unrelated prefixes elsewhere
    const int others = difficulty == 1 ? 2 : 3;
    for (int i = 0; i < others; ++i)
        add((10U << 24U) | (static_cast<std::uint32_t>(between(random, 1, 250)) << 16U) | static_cast<std::uint32_t>(random.below(1U << 16U)),
            between(random, 16, 24));
    if (random.below(2) == 0)
        table.routes.push_back({"S*", 0, 0, 1, 0, table.neighbours[random.below(table.neighbours.size())], "", ""});
    return table;
}

} // namespace certdrill::core::generator
