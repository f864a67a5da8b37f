#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

#include <sstream>

using namespace certdrill::test;

namespace {

std::string flipped(const std::string& bits)
{
    std::string out = bits;
    for (auto& c : out)
        c = c == '0' ? '1' : '0';
    return out;
}

/// The address with each bit the wildcard leaves free set to `fill`.
std::string freeBits(const std::string& address, const std::string& wildcard, char fill)
{
    std::string bits = bitsOf(address);
    const std::string w = bitsOf(wildcard);
    for (std::size_t i = 0; i < 32; ++i)
        if (w[i] == '1')
            bits[i] = fill;
    return dottedOf(bits);
}

std::string expectedWildcard(const Question& q)
{
    const std::string quoted = backticked(q.stem).at(0);
    if (q.stem.find("ACL entry") == std::string::npos)
        return dottedOf(flipped(bitsOf(quoted)));
    std::istringstream words{quoted};
    std::string access, number, permit, address, wildcard;
    words >> access >> number >> permit >> address >> wildcard;
    return freeBits(address, wildcard, '0') + " to " + freeBits(address, wildcard, '1');
}

} // namespace

TEST_CASE("a wildcard mask is the subnet mask with every bit flipped, and matches that range", "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.wildcard", {{"difficulty", difficulty}}, expectedWildcard, 30);
    checkFamily("ipv4.wildcard", {{"ask", "range"}, {"min_prefix", 8}, {"max_prefix", 30}}, expectedWildcard, 1000);
}
