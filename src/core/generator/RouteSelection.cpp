#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"
#include "core/generator/RouteTable.h"

#include <algorithm>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{{"ask", 0, 0, {"forwarding", "installed", "any"}}};

const char* const kDropped = "None: the router drops the packet";

/// A destination that exercises the table: inside the deepest prefix, inside a shorter one just
/// outside a longer one, on a connected LAN, the router itself, or nowhere.
std::uint32_t pickDestination(const RouteTable& table, Random& random, int difficulty)
{
    const auto kind = random.below(difficulty == 3 ? 6 : 5);
    const auto& routes = table.routes;
    if (kind <= 1) { // just outside a more specific route, inside a shorter one
        const Route& r = routes[random.below(routes.size())];
        if (r.prefix > 0 && !r.connected()) {
            const auto block = static_cast<std::int64_t>(blockSize(r.prefix));
            const std::int64_t step = 1 + static_cast<std::int64_t>(random.below(8));
            const std::int64_t candidate = random.below(2) == 0 ? r.network + block - 1 + step : r.network - step;
            if (candidate > 0 && candidate < 0xFFFFFFFFLL)
                return static_cast<std::uint32_t>(candidate);
        }
    }
    if (kind <= 2) { // inside a remote route
        std::vector<const Route*> remote;
        for (const auto& r : routes)
            if (r.prefix > 0 && !r.connected())
                remote.push_back(&r);
        const Route* r = remote[random.below(remote.size())];
        return r->network + static_cast<std::uint32_t>(1 + random.below(blockSize(r->prefix) - 2));
    }
    if (kind == 3) // a host on the LAN
        return routes[0].network + static_cast<std::uint32_t>(2 + random.below(250));
    if (kind == 4) { // somewhere no specific route covers
        static const std::uint32_t kFar[] = {(203U << 24U) | (0U << 16U) | (113U << 8U), (198U << 24U) | (51U << 16U) | (100U << 8U),
                                             (8U << 24U) | (8U << 16U) | (4U << 8U), (209U << 24U) | (165U << 16U) | (201U << 8U)};
        return kFar[random.below(std::size(kFar))] + static_cast<std::uint32_t>(1 + random.below(254));
    }
    for (const auto& r : routes) // the router's own address on a link
        if (r.code == "L" && random.below(2) == 0)
            return r.network;
    return routes[1].network;
}

std::string range(const Route& r) { return dotted(r.network) + " to " + dotted(broadcastOf(r.network, r.prefix)); }

void generateForwarding(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const RouteTable table = randomRouteTable(random, difficulty);
    const std::uint32_t destination = pickDestination(table, random, difficulty);
    const Route* best = table.lookup(destination);
    q.exhibit = Exhibit{"R1# show ip route\n" + table.showIpRoute(), "", ""};
    q.stem = "The exhibit shows the routing table of R1. R1 receives a packet for " + code(dotted(destination))
        + ". Which route does it use to forward the packet?";
    std::string matches;
    std::vector<const Route*> matching;
    for (const auto& r : table.routes)
        if (r.contains(destination))
            matching.push_back(&r);
    std::sort(matching.begin(), matching.end(), [](const Route* a, const Route* b) { return a->prefix > b->prefix; });
    for (const auto* r : matching)
        matches += "- " + code(cidr(r->network, r->prefix)) + " (" + r->code + ", /" + std::to_string(r->prefix) + ")\n";
    if (best) {
        const std::string action = best->code == "L" ? "The packet is for R1 itself; it is processed locally."
            : best->connected() ? "The destination is on a directly connected network: R1 delivers it out " + best->interface + "."
                                : "R1 forwards it to " + code(dotted(best->nextHop)) + ".";
        q.explanation = "1. List every route whose range includes " + code(dotted(destination)) + ":\n\n" + matches
            + "\n2. The longest prefix wins, whatever its administrative distance or metric: those only choose between sources of the same "
              "prefix, and IOS has already installed the best one.\n3. The winner is " + code(best->label()) + ". " + action;
    } else {
        q.explanation = "1. No route in the table includes " + code(dotted(destination)) + ".\n2. The gateway of last resort is not set, "
                        "so there is no default route to fall back on.\n3. R1 drops the packet (and sends an ICMP unreachable to the source).";
    }
    std::vector<Option> strong;
    std::vector<Option> weak;
    for (const auto& r : table.routes) {
        if (&r == best)
            continue;
        if (r.contains(destination))
            strong.push_back({r.label(), r.prefix == 0 ? "The default route is used only when nothing more specific matches; /"
                                                                 + std::to_string(best ? best->prefix : 0) + " matches."
                                                           : "It matches too, but /" + std::to_string(r.prefix) + " is shorter than /"
                                                                 + std::to_string(best ? best->prefix : 0) + "; the longest match wins."});
        else if (r.prefix > 0 && (r.network >> 24U) == (destination >> 24U))
            strong.push_back({r.label(), "It covers " + range(r) + ", which does not include " + dotted(destination) + "."});
        else if (r.prefix > 0 && !r.connected())
            weak.push_back({r.label(), "It covers " + range(r) + ", which does not include " + dotted(destination) + "."});
    }
    if (best)
        strong.push_back({kDropped, "A route matches, so the packet is forwarded, not dropped."});
    random.shuffle(strong);
    random.shuffle(weak);
    strong.insert(strong.end(), weak.begin(), weak.end());
    const Option correct = best ? Option{best->label(), "The longest prefix that includes the destination."}
                                : Option{kDropped, "No route matches and there is no gateway of last resort."};
    // keep the strong distractors unless there are too few
    std::vector<Option> chosen(strong.begin(), strong.begin() + static_cast<long>(std::min<std::size_t>(strong.size(), 3)));
    setAnswer(q, false, correct, std::move(chosen), {}, random);
}

struct Source {
    std::string name;
    int distance;
    std::uint32_t metric;
};

void generateInstalled(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    std::vector<Source> pool{{"static", 1, 0},
                             {"eBGP", 20, 0},
                             {"EIGRP", 90, static_cast<std::uint32_t>(between(random, 28'160, 3'000'000))},
                             {"OSPF", 110, static_cast<std::uint32_t>(between(random, 2, 200))},
                             {"RIP", 120, static_cast<std::uint32_t>(between(random, 1, 14))},
                             {"EIGRP external", 170, static_cast<std::uint32_t>(between(random, 28'160, 3'000'000))},
                             {"iBGP", 200, 0}};
    random.shuffle(pool);
    std::vector<Source> offered(pool.begin(), pool.begin() + 4);
    static const int kFloating[] = {130, 150, 210, 250}; // never equal to a protocol's distance
    if (random.below(3) == 0) // a floating static route, configured with a higher distance as a backup
        offered.back() = {"static", kFloating[random.below(std::size(kFloating))], 0};
    if (difficulty >= 2) { // a second path from the best protocol: the metric decides between them
        const auto best = std::min_element(offered.begin(), offered.end(), [](const Source& a, const Source& b) { return a.distance < b.distance; });
        if (best->name != "static" && best->name.find("BGP") == std::string::npos && random.below(2) == 0) {
            Source other = *best;
            other.metric = best->metric + static_cast<std::uint32_t>(1 + random.below(best->metric + 10));
            offered.push_back(other);
        }
    }
    random.shuffle(offered);
    const std::uint32_t prefix = (172U << 24U) | (static_cast<std::uint32_t>(between(random, 16, 31)) << 16U)
        | (static_cast<std::uint32_t>(random.below(256)) << 8U);
    std::vector<std::uint32_t> hops;
    const auto first = static_cast<std::uint32_t>(between(random, 1, 200));
    std::string table = "Source            AD    Metric     Next hop\n";
    for (std::size_t i = 0; i < offered.size(); ++i) {
        hops.push_back((10U << 24U) | ((first + static_cast<std::uint32_t>(i)) << 8U) | 2U);
        const std::string ad = std::to_string(offered[i].distance);
        const std::string metric = std::to_string(offered[i].metric);
        table += offered[i].name + std::string(18 - offered[i].name.size(), ' ') + ad + std::string(6 - ad.size(), ' ') + metric
            + std::string(11 - std::min<std::size_t>(metric.size(), 10), ' ') + dotted(hops[i]) + "\n";
    }
    std::size_t winner = 0;
    for (std::size_t i = 1; i < offered.size(); ++i)
        if (offered[i].distance < offered[winner].distance
            || (offered[i].distance == offered[winner].distance && offered[i].metric < offered[winner].metric))
            winner = i;
    q.exhibit = Exhibit{"Routes to " + cidr(prefix, 24) + " learned by R1:\n\n" + table, "", ""};
    q.stem = "R1 learns " + code(cidr(prefix, 24)) + " from the sources in the exhibit. Which one does it install in its routing table?";
    const auto name = [&](std::size_t i) { return offered[i].name + " via " + dotted(hops[i]); };
    const Source& w = offered[winner];
    bool tie = false;
    for (std::size_t i = 0; i < offered.size(); ++i)
        tie = tie || (i != winner && offered[i].distance == w.distance);
    q.explanation = "1. For one prefix, IOS installs the source with the lowest administrative distance: here " + w.name + " with "
        + std::to_string(w.distance) + ".\n2. " + (tie ? "Two paths share that distance, so the lower metric (" + std::to_string(w.metric) + ") wins.\n"
                                                      : std::string{"Metrics of different protocols are never compared.\n"})
        + "3. R1 installs " + code(name(winner)) + "; the others stay as backups that take over if it disappears.";
    std::vector<Option> distractors;
    for (std::size_t i = 0; i < offered.size(); ++i)
        if (i != winner)
            distractors.push_back({name(i), offered[i].distance == w.distance
                                                ? "Same distance, but its metric " + std::to_string(offered[i].metric) + " is higher than " + std::to_string(w.metric) + "."
                                                : "Its administrative distance " + std::to_string(offered[i].distance) + " is higher than "
                                                      + std::to_string(w.distance) + "; metrics are not compared across protocols."});
    setAnswer(q, false, {name(winner), "The lowest administrative distance" + std::string{tie ? ", then the lowest metric." : "."}},
              std::move(distractors), {}, random);
}

void generate(const Params& params, Random& random, Question& q)
{
    std::string ask = params.word("ask", "any");
    if (ask == "any")
        ask = random.below(4) == 0 ? "installed" : "forwarding";
    if (ask == "installed")
        generateInstalled(params, random, q);
    else
        generateForwarding(params, random, q);
}

} // namespace

const FamilyDefinition& routeSelection()
{
    static const FamilyDefinition family{
        {"route.selection", "Route selection from show ip route",
         "Which route a router uses for a destination (longest prefix match over a generated show ip route), or "
         "which source it installs for a prefix (administrative distance, then metric); params: ask (forwarding, "
         "installed, any), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
