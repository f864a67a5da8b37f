#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

using namespace certdrill::test;

namespace {

/// The number right after `marker` in `text`, thousands separators dropped.
unsigned long long numberAfter(const std::string& text, const std::string& marker)
{
    std::string digits;
    for (std::size_t i = text.find(marker) + marker.size(); i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ','); ++i)
        if (text[i] != ',')
            digits += text[i];
    return std::stoull(digits);
}

std::string expectedMaskForHosts(const Question& q)
{
    const auto hosts = numberAfter(q.stem, "must hold ");
    int hostBits = 0;
    while (powerOfTwo(hostBits) < hosts + 2)
        ++hostBits;
    const int prefix = 32 - hostBits;
    if (q.type == QuestionType::Text || q.stem.find("prefix length") != std::string::npos)
        return "/" + std::to_string(prefix);
    return maskOfPrefix(prefix);
}

std::string expectedMaskForSubnets(const Question& q)
{
    const int base = splitCidr(backticked(q.stem).at(0)).second;
    const auto subnets = numberAfter(q.stem, "at least ");
    int borrowed = 0;
    while (powerOfTwo(borrowed) < subnets)
        ++borrowed;
    const int prefix = base + borrowed;
    if (q.type == QuestionType::Text)
        return "/" + std::to_string(prefix);
    return "/" + std::to_string(prefix) + " (" + maskOfPrefix(prefix) + ")";
}

} // namespace

TEST_CASE("the mask for N hosts is the longest one whose block, less two, still holds them", "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.mask-for-hosts", {{"difficulty", difficulty}}, expectedMaskForHosts, 200);
    checkFamily("ipv4.mask-for-hosts", {{"form", "dotted"}, {"min_hosts", 100}, {"max_hosts", 3000}}, expectedMaskForHosts, 300);
}

TEST_CASE("host counts stay inside the range given", "[generator][ipv4]")
{
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        const auto q = generated("ipv4.mask-for-hosts", {{"min_hosts", 60}, {"max_hosts", 70}}, seed);
        const auto hosts = numberAfter(q.stem, "must hold ");
        REQUIRE(hosts >= 60);
        REQUIRE(hosts <= 70);
    }
}

TEST_CASE("the mask for N subnets borrows the fewest bits that give N", "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.mask-for-subnets", {{"difficulty", difficulty}}, expectedMaskForSubnets, 300);
    checkFamily("ipv4.mask-for-subnets", {{"min_base_prefix", 12}, {"max_base_prefix", 12}}, expectedMaskForSubnets, 300);
}
