#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

#include <sstream>

using namespace certdrill::test;

namespace {

struct ListedRoute {
    std::string code;
    std::string network;
    int prefix = 0;
    std::string via;
    std::string interface;
};

/// Reads `show ip route` as a person would: headers give the mask of children shown without
/// one ("is subnetted"), every other line is a route: code, network[/len], then "via" or
/// "directly connected, IF".
std::vector<ListedRoute> readTable(const std::string& text)
{
    std::vector<ListedRoute> out;
    std::istringstream lines{text.substr(text.find("Gateway of last resort"))};
    std::string line;
    std::getline(lines, line);
    int headerMask = 0;
    while (std::getline(lines, line)) {
        if (line.find_first_not_of(' ') == std::string::npos)
            continue;
        std::istringstream words{line};
        std::vector<std::string> w;
        for (std::string word; words >> word;)
            w.push_back(word);
        if (line.find("subnetted") != std::string::npos) {
            headerMask = line.find("variably") == std::string::npos ? splitCidr(w[0]).second : 0;
            continue;
        }
        ListedRoute r;
        std::size_t i = 0;
        while (!std::isdigit(static_cast<unsigned char>(w[i][0])))
            r.code += (r.code.empty() ? "" : " ") + w[i++];
        if (w[i].find('/') != std::string::npos) {
            std::tie(r.network, r.prefix) = splitCidr(w[i]);
        } else {
            r.network = w[i];
            r.prefix = headerMask;
        }
        for (std::size_t k = i; k + 1 < w.size(); ++k)
            if (w[k] == "via")
                r.via = w[k + 1].substr(0, w[k + 1].find(','));
        r.interface = w.back();
        out.push_back(r);
    }
    return out;
}

std::string expectedForwarding(const Question& q)
{
    const std::string destination = backticked(q.stem).at(0);
    const std::string bits = bitsOf(destination);
    const ListedRoute* best = nullptr;
    const auto table = readTable(q.exhibit.value().text);
    for (const auto& r : table) {
        const auto n = static_cast<std::size_t>(r.prefix);
        if (bits.substr(0, n) == bitsOf(r.network).substr(0, n) && (!best || r.prefix > best->prefix))
            best = &r;
    }
    if (!best)
        return "None: the router drops the packet";
    const std::string name = best->code + " " + best->network + "/" + std::to_string(best->prefix);
    if (best->code == "L")
        return name + " (the router's own address)";
    if (best->code == "C")
        return name + " on " + best->interface + " (directly connected)";
    return name + " via " + best->via;
}

std::string expectedInstalled(const Question& q)
{
    std::istringstream lines{q.exhibit.value().text};
    std::string line;
    while (std::getline(lines, line) && line.rfind("Source", 0) != 0) {
    }
    std::string best;
    long bestDistance = 1'000;
    long bestMetric = 0;
    while (std::getline(lines, line)) {
        std::istringstream words{line};
        std::vector<std::string> w;
        for (std::string word; words >> word;)
            w.push_back(word);
        const long distance = std::stol(w[w.size() - 3]);
        const long metric = std::stol(w[w.size() - 2]);
        std::string source;
        for (std::size_t i = 0; i + 3 < w.size(); ++i)
            source += (i ? " " : "") + w[i];
        if (distance < bestDistance || (distance == bestDistance && metric < bestMetric)) {
            best = source + " via " + w.back();
            bestDistance = distance;
            bestMetric = metric;
        }
    }
    return best;
}

} // namespace

TEST_CASE("the route used is the longest match found by brute force over the table as printed", "[generator][route]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("route.selection", {{"ask", "forwarding"}, {"difficulty", difficulty}}, expectedForwarding, 1000);
}

TEST_CASE("the route installed has the lowest distance, then the lowest metric", "[generator][route]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("route.selection", {{"ask", "installed"}, {"difficulty", difficulty}}, expectedInstalled, 1000);
}

TEST_CASE("route questions cover connected, local, remote, default and dropped destinations", "[generator][route]")
{
    std::set<std::string> kinds;
    for (std::uint64_t seed = 0; seed < 600; ++seed) {
        const auto q = generated("route.selection", {{"ask", "forwarding"}, {"difficulty", 3}}, seed);
        const std::string answer = answerOf(q);
        kinds.insert(answer.starts_with("None") ? "dropped" : answer.substr(0, answer.find(' ')));
    }
    for (const char* kind : {"C", "L", "S*", "dropped"})
        CHECK(kinds.count(kind) == 1);
    CHECK(kinds.size() >= 8);
}

TEST_CASE("a table holds one route per prefix, as IOS installs only the best source", "[generator][route]")
{
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        const auto q = generated("route.selection", {{"ask", "forwarding"}}, seed);
        std::set<std::pair<std::string, int>> prefixes;
        for (const auto& r : readTable(q.exhibit.value().text))
            REQUIRE(prefixes.insert({r.network, r.prefix}).second);
    }
}
