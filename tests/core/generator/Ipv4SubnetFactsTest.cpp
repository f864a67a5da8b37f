#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

using namespace certdrill::test;

namespace {

std::string expectedFact(const Question& q)
{
    const auto [address, prefix] = splitCidr(backticked(q.stem).at(0));
    const std::string network = withHostBits(address, prefix, '0');
    const std::string broadcast = withHostBits(address, prefix, '1');
    if (q.stem.find("the network address") != std::string::npos)
        return network;
    if (q.stem.find("the broadcast address") != std::string::npos)
        return broadcast;
    if (q.stem.find("first usable") != std::string::npos)
        return offset(network, 1);
    if (q.stem.find("last usable") != std::string::npos)
        return offset(broadcast, -1);
    const unsigned long long hosts = powerOfTwo(32 - prefix) - 2;
    return q.type == QuestionType::Numeric ? std::to_string(hosts) : withCommas(hosts);
}

} // namespace

TEST_CASE("subnet facts match the network and broadcast found by clearing and setting host bits",
          "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.subnet-facts", {{"difficulty", difficulty}}, expectedFact, 1000);
}

TEST_CASE("each subnet fact can be asked on its own, within the prefix range given", "[generator][ipv4]")
{
    for (const char* ask : {"network", "broadcast", "first-host", "last-host", "host-count"}) {
        const nlohmann::json params{{"ask", ask}, {"min_prefix", 20}, {"max_prefix", 22}};
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            const auto q = generated("ipv4.subnet-facts", params, seed);
            const int prefix = splitCidr(backticked(q.stem).at(0)).second;
            REQUIRE(prefix >= 20);
            REQUIRE(prefix <= 22);
            REQUIRE(answerOf(q) == expectedFact(q));
        }
    }
}

TEST_CASE("hard subnet facts are typed, not chosen", "[generator][ipv4]")
{
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const auto q = generated("ipv4.subnet-facts", {{"difficulty", 3}}, seed);
        CHECK((q.type == QuestionType::Text || q.type == QuestionType::Numeric));
    }
}

TEST_CASE("one bound of the prefix range leaves the other at the family's limit", "[generator][ipv4]")
{
    std::set<int> prefixes;
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        const auto q = generated("ipv4.subnet-facts", {{"difficulty", 1}, {"max_prefix", 12}}, seed);
        prefixes.insert(splitCidr(backticked(q.stem).at(0)).second);
    }
    CHECK(prefixes == std::set<int>{8, 9, 10, 11, 12});
}
