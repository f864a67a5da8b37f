#include "GeneratorTesting.h"
#include "Ipv4Reference.h"

#include <algorithm>
#include <sstream>

using namespace certdrill::test;

namespace {

struct Need {
    std::string name;
    unsigned long long hosts;
};

/// Largest first (stable), each block the first power of two that holds hosts + 2, placed one
/// after another by adding sizes to the base address.
std::string expectedVlsm(const Question& q)
{
    std::vector<Need> needs;
    std::istringstream lines{q.exhibit.value().text};
    for (std::string line; std::getline(lines, line);) {
        const auto colon = line.find(": ");
        std::string digits;
        for (char c : line.substr(colon + 2))
            if (std::isdigit(static_cast<unsigned char>(c)))
                digits += c;
        needs.push_back({line.substr(0, colon), std::stoull(digits)});
    }
    std::stable_sort(needs.begin(), needs.end(), [](const Need& a, const Need& b) { return a.hosts > b.hosts; });
    if (q.stem.find("In which order") != std::string::npos) {
        std::string order;
        for (const auto& n : needs)
            order += (order.empty() ? "" : ", ") + n.name;
        return order;
    }
    const std::string target = q.stem.substr(q.stem.find("Which subnet does ") + 18);
    std::string address = splitCidr(backticked(q.stem).at(0)).first;
    for (const auto& n : needs) {
        int bits = 0;
        while (powerOfTwo(bits) < n.hosts + 2)
            ++bits;
        if (target == n.name + " get?")
            return address + "/" + std::to_string(32 - bits);
        address = offset(address, static_cast<long long>(powerOfTwo(bits)));
    }
    return "no requirement named in " + target;
}

} // namespace

TEST_CASE("VLSM answers follow a largest-first allocation done by adding block sizes", "[generator][ipv4]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv4.vlsm", {{"difficulty", difficulty}}, expectedVlsm, 1000);
    checkFamily("ipv4.vlsm", {{"ask", "order"}, {"min_requirements", 3}, {"max_requirements", 3}}, expectedVlsm, 500);
    checkFamily("ipv4.vlsm", {{"ask", "subnet"}, {"min_requirements", 6}, {"max_requirements", 6}}, expectedVlsm, 500);
}
