#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"
#include "core/generator/Ipv6.h"

#include <algorithm>
#include <functional>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kNoParams{};
const std::vector<ParamRule> kPrefixParams{
    {"min_prefix", 16, 64, {}},
    {"max_prefix", 16, 64, {}},
};

struct Run {
    std::size_t start = 8;
    std::size_t length = 0;
};

/// The runs of zero groups (one or more), in address order.
std::vector<Run> zeroRuns(const Ipv6& a)
{
    std::vector<Run> out;
    for (std::size_t i = 0; i < 8;) {
        if (a[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < 8 && a[j] == 0)
            ++j;
        out.push_back({i, j - i});
        i = j;
    }
    return out;
}

/// The run RFC 5952 compresses: the first of the longest runs of two or more, or none.
Run canonicalRun(const std::vector<Run>& runs)
{
    Run best;
    for (const Run& r : runs)
        if (r.length >= 2 && (best.start == 8 || r.length > best.length))
            best = r;
    return best;
}

/// Groups as `text` shows them, with the groups of each of `runs` replaced by "::".
std::string render(const std::vector<Run>& runs, const std::function<std::string(std::size_t)>& text)
{
    std::string out;
    for (std::size_t i = 0; i < 8; ++i) {
        const auto run = std::find_if(runs.begin(), runs.end(), [&](const Run& r) { return r.start == i; });
        if (run != runs.end()) {
            out += "::";
            i += run->length - 1;
            continue;
        }
        if (!out.empty() && !out.ends_with(":"))
            out += ":";
        out += text(i);
    }
    return out;
}

std::string padded(std::uint16_t group)
{
    const std::string g = hexGroup(group);
    return std::string(4 - g.size(), '0') + g;
}

const std::string kRules = "1. Drop the leading zeros of every group (`0db8` becomes `db8`, `0000` becomes `0`).\n"
                           "2. Replace the longest run of two or more all-zero groups with `::`; when two runs are equally long, the first one. "
                           "A single zero group stays `0`, and `::` appears at most once.\n"
                           "3. Write hex letters in lower case.\n";

void generateCompress(const Params& params, Random& random, Question& q)
{
    const Ipv6 a = randomIpv6(random, params.difficulty());
    const std::string canonical = compressedText(a);
    const bool typed = params.difficulty() == 3;
    q.stem = "What is the shortest form of " + code(expandedText(a)) + " under the RFC 5952 rules?"
        + (typed ? " Type it in lower case." : "");
    q.explanation = kRules + "\nWithout leading zeros: " + code(unrunText(a)) + ". Compressed: " + code(canonical) + ".";
    const auto plain = [&](std::size_t i) { return hexGroup(a[i]); };
    const std::vector<Run> runs = zeroRuns(a);
    std::vector<Option> distractors;
    distractors.push_back({unrunText(a), "Valid, but not the shortest: a run of zero groups can be written as `::`."});
    distractors.push_back({expandedText(a), "That is the full form; leading zeros can be dropped."});
    const Run best = canonicalRun(runs);
    for (const Run& run : runs) {
        const std::string text = render({run}, plain);
        if (text != canonical)
            distractors.push_back({text, run.length == 1 ? "`::` must not replace a single zero group."
                                                         : "`::` must replace the longest run of zero groups, and the first of equal runs."});
    }
    if (runs.size() >= 2)
        distractors.push_back({render({runs[0], runs[1]}, plain),
                               "`::` may appear only once: with two, the length of each run would be unknown."});
    for (std::size_t i = 0; i < 8; ++i) {
        const std::string g = hexGroup(a[i]);
        if (a[i] != 0 && g.size() < 4) {
            distractors.push_back({render({best}, [&](std::size_t k) { return k == i ? padded(a[k]) : plain(k); }),
                                   "The leading zeros of " + code(padded(a[i])) + " should be dropped."});
            break;
        }
    }
    for (std::size_t i = 0; i < 8; ++i) {
        if (a[i] != 0 && (a[i] & 15U) == 0) {
            Ipv6 wrong = a;
            wrong[i] = static_cast<std::uint16_t>(a[i] >> 4U);
            distractors.push_back({compressedText(wrong), "Only leading zeros may be dropped; " + code(padded(a[i])) + " keeps its trailing zero."});
            break;
        }
    }
    for (const Run& run : runs)
        if (run.length == 1) {
            distractors.push_back({render({}, [&](std::size_t k) { return k == run.start ? std::string{"000"} : plain(k); }),
                                   "Not the shortest: a zero group is written as a single `0`."});
            std::string left;
            for (std::size_t k = 0; k < 8; ++k)
                if (k != run.start)
                    left += (left.empty() ? "" : ":") + plain(k);
            distractors.push_back({left, "A zero group cannot simply be left out: the address would have seven groups."});
            break;
        }
    std::string colon = canonical;
    if (const auto at = colon.find("::"); at != std::string::npos)
        distractors.push_back({colon.erase(at, 1), "A single colon loses the zero groups: the address no longer has eight groups."});
    setAnswer(q, typed, {canonical, "Leading zeros dropped and the longest zero run compressed once."}, std::move(distractors),
              {canonical}, random);
}

void generateExpand(const Params& params, Random& random, Question& q)
{
    Ipv6 a{};
    do
        a = randomIpv6(random, params.difficulty());
    while (compressedText(a).find("::") == std::string::npos);
    const std::string shortForm = compressedText(a);
    const bool typed = params.difficulty() == 3;
    q.stem = "What is the fully expanded form (eight groups of four hex digits) of " + code(shortForm) + "?"
        + (typed ? " Type it in lower case." : "");
    const auto left = shortForm.substr(0, shortForm.find("::"));
    const auto right = shortForm.substr(shortForm.find("::") + 2);
    const auto count = [](const std::string& s) { return s.empty() ? 0 : 1 + static_cast<int>(std::count(s.begin(), s.end(), ':')); };
    const int missing = 8 - count(left) - count(right);
    q.explanation = "1. Count the groups written: " + std::to_string(count(left) + count(right)) + ", so `::` stands for "
        + std::to_string(missing) + " zero groups.\n2. Pad every group with leading zeros to four digits.\n\nThe full form is "
        + code(expandedText(a)) + ".";
    std::vector<Option> distractors;
    const auto withZeros = [&](int zeros) {
        std::string out;
        auto add = [&](const std::string& part) {
            std::size_t from = 0;
            while (from <= part.size() && !part.empty()) {
                const std::size_t to = std::min(part.find(':', from), part.size());
                const std::string g = part.substr(from, to - from);
                out += (out.empty() ? "" : ":") + std::string(4 - g.size(), '0') + g;
                from = to + 1;
            }
        };
        add(left);
        for (int i = 0; i < zeros; ++i)
            out += (out.empty() ? "" : ":") + std::string("0000");
        add(right);
        return out;
    };
    distractors.push_back({withZeros(missing - 1), "One zero group too few: the result must have eight groups."});
    distractors.push_back({withZeros(missing + 1), "One zero group too many: the result must have eight groups."});
    std::string rightPadded;
    for (std::size_t i = 0; i < 8; ++i) {
        const std::string g = hexGroup(a[i]);
        rightPadded += (i ? ":" : "") + g + std::string(4 - g.size(), '0');
    }
    distractors.push_back({rightPadded, "The zeros a group lost were leading zeros: pad on the left, not the right."});
    distractors.push_back({unrunText(a), "The run is restored, but each group still needs its leading zeros."});
    const Run run = canonicalRun(zeroRuns(a));
    Ipv6 moved{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < 8; ++i)
        if (i < run.start || i >= run.start + run.length)
            moved[k++] = a[i];
    distractors.push_back({expandedText(moved), "The zero groups belong where `::` stands, not at the end."});
    setAnswer(q, typed, {expandedText(a), "Eight groups, each padded to four digits, with the zeros where `::` stood."},
              std::move(distractors), {expandedText(a)}, random);
}

void generatePrefix(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    Ipv6 a{};
    for (auto& g : a)
        g = static_cast<std::uint16_t>(random.below(0x10000));
    a[0] = 0x2001;
    a[1] = 0x0db8;
    int prefix = 0;
    if (params.has("min_prefix") || params.has("max_prefix")) {
        const auto [low, high] = params.range("min_prefix", "max_prefix", {16, 64}, {16, 64});
        prefix = between(random, low, high);
    } else if (difficulty == 1) {
        prefix = 16 * between(random, 2, 4);
    } else if (difficulty == 2) {
        prefix = 4 * between(random, 9, 16);
    } else {
        prefix = between(random, 33, 63);
    }
    const auto withLength = [&](const Ipv6& x) { return compressedText(x) + "/" + std::to_string(prefix); };
    const std::string answer = withLength(prefixOf(a, prefix));
    const bool typed = difficulty == 3;
    q.stem = "What is the /" + std::to_string(prefix) + " prefix that " + code(compressedText(a)) + " belongs to?"
        + (typed ? " Type it as address/length in its shortest form." : "");
    const int group = (prefix - 1) / 16;
    const int bitsInGroup = prefix - 16 * group;
    const auto g = static_cast<std::size_t>(group);
    if (bitsInGroup == 16)
        q.explanation = "1. A /" + std::to_string(prefix) + " keeps the first " + std::to_string(group + 1)
            + " groups whole (16 bits each).\n";
    else
        q.explanation = "1. A /" + std::to_string(prefix) + " keeps " + std::to_string(group) + " whole groups and the first "
            + std::to_string(bitsInGroup) + " bits of group " + std::to_string(group + 1) + ".\n2. Group " + std::to_string(group + 1)
            + " is " + code(padded(a[g])) + "; keeping its first " + std::to_string(bitsInGroup) + " bits gives "
            + code(padded(prefixOf(a, prefix)[g])) + ".\n";
    q.explanation += std::string{bitsInGroup == 16 ? "2." : "3."}
        + " Every later group becomes 0, and the result is written in its shortest form: " + code(answer) + ".";
    std::vector<Option> distractors;
    for (int delta : {4, -4, 16, -16, 8, -8})
        if (prefix + delta >= 1 && prefix + delta <= 127)
            distractors.push_back({withLength(prefixOf(a, prefix + delta)), "That keeps " + std::to_string(prefix + delta) + " bits, not "
                                                                               + std::to_string(prefix) + "."});
    distractors.push_back({withLength(a), "The host bits must be cleared; that is the address itself."});
    distractors.push_back({withLength(prefixOf(a, 16 * (group + 1))), "The whole of group " + std::to_string(group + 1) + " was kept; only its first "
                                                                          + std::to_string(bitsInGroup) + " bits belong to the prefix."});
    setAnswer(q, typed, {answer, "The first " + std::to_string(prefix) + " bits, the rest cleared."}, std::move(distractors), {answer}, random);
}

} // namespace

const FamilyDefinition& ipv6Compress()
{
    static const FamilyDefinition family{
        {"ipv6.compress", "IPv6 address compression", "The RFC 5952 shortest form of a full IPv6 address; params: difficulty."},
        kNoParams, &generateCompress};
    return family;
}

const FamilyDefinition& ipv6Expand()
{
    static const FamilyDefinition family{
        {"ipv6.expand", "IPv6 address expansion", "The full eight-group form of a compressed IPv6 address; params: difficulty."},
        kNoParams, &generateExpand};
    return family;
}

const FamilyDefinition& ipv6Prefix()
{
    static const FamilyDefinition family{
        {"ipv6.prefix", "IPv6 prefix of an address",
         "The /n prefix an IPv6 address belongs to (on group, nibble or any bit boundaries by difficulty); params: "
         "min_prefix, max_prefix (16-64), difficulty."},
        kPrefixParams, &generatePrefix};
    return family;
}

} // namespace certdrill::core::generator
