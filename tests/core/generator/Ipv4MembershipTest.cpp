#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

using namespace certdrill::test;

namespace {

bool inside(const std::string& host, const std::string& subnet)
{
    const auto [network, prefix] = splitCidr(subnet);
    return bitsOf(host).substr(0, static_cast<std::size_t>(prefix)) == bitsOf(network).substr(0, static_cast<std::size_t>(prefix));
}

/// The one listed subnet whose leading bits match the host's, by brute force over the choices.
std::string expectedMembership(const Question& q)
{
    const std::string host = backticked(q.stem).at(0);
    std::vector<std::string> containing;
    for (const auto& c : q.choices)
        if (inside(host, c.text))
            containing.push_back(c.text);
    return containing.size() == 1 ? containing[0] : "not exactly one subnet contains " + host;
}

std::string expectedSameSubnet(const Question& q)
{
    const auto quoted = backticked(q.stem);
    const std::string a = quoted.at(0);
    const std::string b = quoted.at(1);
    const int prefix = std::stoi(q.stem.substr(q.stem.find("(/") + 2));
    const std::string na = withHostBits(a, prefix, '0') + "/" + std::to_string(prefix);
    const std::string nb = withHostBits(b, prefix, '0') + "/" + std::to_string(prefix);
    if (na == nb)
        return "Yes: both are in " + na;
    return "No: " + a + " is in " + na + " and " + b + " is in " + nb;
}

} // namespace

TEST_CASE("exactly one listed subnet contains the host, and it is the answer", "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.subnet-membership", {{"difficulty", difficulty}}, expectedMembership, 1000);
}

TEST_CASE("whether two hosts share a subnet agrees with comparing their network bits", "[generator][ipv4]")
{
    int same = 0;
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.same-subnet", {{"difficulty", difficulty}}, expectedSameSubnet, 1000);
    for (std::uint64_t seed = 0; seed < 400; ++seed)
        same += answerOf(generated("ipv4.same-subnet", nlohmann::json::object(), seed)).starts_with("Yes") ? 1 : 0;
    CHECK(same > 120);
    CHECK(same < 280);
}
