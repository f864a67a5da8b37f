#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

#include <array>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kBinaryParams{{"ask", 0, 0, {"to-binary", "to-decimal", "any"}}};
const std::vector<ParamRule> kHexParams{{"ask", 0, 0, {"to-hex", "to-decimal", "any"}}};

unsigned reversedBits(unsigned v)
{
    unsigned out = 0;
    for (unsigned bit = 0; bit < 8; ++bit)
        out |= ((v >> bit) & 1U) << (7U - bit);
    return out;
}

unsigned swappedNibbles(unsigned v) { return ((v & 15U) << 4U) | (v >> 4U); }

std::string upperHex(unsigned v)
{
    static const char* const kDigits = "0123456789ABCDEF";
    return {kDigits[(v >> 4U) & 15U], kDigits[v & 15U]};
}

/// "128 + 32 + 8 + 4 = 172": the place values of the set bits.
std::string placeSum(unsigned v)
{
    std::string out;
    for (int bit = 7; bit >= 0; --bit)
        if (((v >> static_cast<unsigned>(bit)) & 1U) != 0)
            out += (out.empty() ? "" : " + ") + std::to_string(1U << static_cast<unsigned>(bit));
    return (out.empty() ? "0" : out) + " = " + std::to_string(v);
}

unsigned randomOctet(int difficulty, Random& random)
{
    static const std::array<unsigned, 9> kMaskOctets{0, 128, 192, 224, 240, 248, 252, 254, 255};
    if (difficulty == 1 && random.below(2) == 0)
        return kMaskOctets[random.below(kMaskOctets.size())];
    return static_cast<unsigned>(random.below(256));
}

std::string pickAsk(const Params& params, Random& random, const char* first, const char* second)
{
    std::string ask = params.word("ask", "any");
    if (ask == "any")
        ask = random.below(2) == 0 ? first : second;
    return ask;
}

void generateBinary(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const unsigned v = randomOctet(difficulty, random);
    const bool typed = difficulty == 3;
    const unsigned flipHigh = v ^ (1U << (4 + random.below(4)));
    const unsigned flipLow = v ^ (1U << random.below(4));
    q.explanation = "Place values of an octet, left to right: 128 64 32 16 8 4 2 1.\n\n" + code(binaryOctet(v))
        + " has a 1 under each of these: " + placeSum(v) + ".";
    if (pickAsk(params, random, "to-binary", "to-decimal") == "to-binary") {
        q.stem = "What is the decimal number " + code(std::to_string(v)) + " as an 8-bit binary octet?"
            + (typed ? " Type the eight bits." : "");
        q.explanation = "Take the largest place value (128 64 32 16 8 4 2 1) that fits, subtract it, and go on: " + placeSum(v)
            + ". Write 1 under each place used and 0 elsewhere: " + code(binaryOctet(v)) + ".";
        std::vector<Option> distractors{
            {binaryOctet(reversedBits(v)), "The bits are in reverse order: the leftmost bit is worth 128."},
            {binaryOctet(flipHigh), "One bit is wrong: that octet is " + std::to_string(flipHigh) + "."},
            {binaryOctet(flipLow), "One bit is wrong: that octet is " + std::to_string(flipLow) + "."},
            {binaryOctet(swappedNibbles(v)), "The two halves are swapped: that octet is " + std::to_string(swappedNibbles(v)) + "."},
            {binaryOctet((v + 1) & 255U), "That is " + std::to_string((v + 1) & 255U) + ", one more."},
            {binaryOctet((v + 255) & 255U), "That is " + std::to_string((v + 255) & 255U) + ", one less."},
            {binaryOctet(v ^ 0x24U), "Two bits are wrong: that octet is " + std::to_string(v ^ 0x24U) + "."},
        };
        setAnswer(q, typed, {binaryOctet(v), placeSum(v) + "."}, std::move(distractors), {binaryOctet(v)}, random);
        return;
    }
    q.stem = "What is the binary octet " + code(binaryOctet(v)) + " in decimal?";
    if (typed) {
        q.type = QuestionType::Numeric;
        q.numericAnswer = v;
        return;
    }
    std::vector<Option> distractors{
        {std::to_string(reversedBits(v)), "That reads the bits right to left; the leftmost bit is worth 128."},
        {std::to_string(flipHigh), "That has one bit wrong."},
        {std::to_string(flipLow), "That has one bit wrong."},
        {std::to_string(swappedNibbles(v)), "That swaps the two halves of the octet."},
        {std::to_string(v + 1), "One too many: check the sum of the place values."},
        {std::to_string(v * 2 + 1), "The leftmost place is worth 128, not 256."},
        {std::to_string(v ^ 0x10U), "That has the 16 bit wrong."},
        {std::to_string(v ^ 0x08U), "That has the 8 bit wrong."},
    };
    setAnswer(q, false, {std::to_string(v), placeSum(v) + "."}, std::move(distractors), {}, random);
}

void generateHex(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const unsigned v = randomOctet(difficulty, random);
    const bool typed = difficulty == 3;
    const unsigned high = v >> 4U;
    const unsigned low = v & 15U;
    const std::string steps = "A hex digit is four bits: 0-9, then A = 10 up to F = 15. The left digit counts sixteens.\n\n"
        + code(upperHex(v)) + " is " + std::to_string(high) + " × 16 + " + std::to_string(low) + " = " + std::to_string(v) + " (binary "
        + code(binaryOctet(v)) + ").";
    q.explanation = steps;
    if (pickAsk(params, random, "to-hex", "to-decimal") == "to-hex") {
        q.stem = "What is the decimal number " + code(std::to_string(v)) + " in hexadecimal (two digits)?" + (typed ? " Type the two hex digits." : "");
        q.explanation = "Divide by 16: " + std::to_string(v) + " = " + std::to_string(high) + " × 16 + " + std::to_string(low)
            + ", so the digits are " + std::to_string(high) + " and " + std::to_string(low) + ", written " + code(upperHex(v)) + ".\n\n" + steps;
        std::vector<Option> distractors{
            {upperHex(swappedNibbles(v)), "The digits are swapped: the left digit counts sixteens."},
            {upperHex((v + 16) & 255U), "The sixteens digit is one too high."},
            {upperHex((v + 240) & 255U), "The sixteens digit is one too low."},
            {upperHex((v + 1) & 255U), "The ones digit is one too high."},
            {upperHex((v + 255) & 255U), "The ones digit is one too low."},
        };
        setAnswer(q, typed, {upperHex(v), std::to_string(high) + " sixteens and " + std::to_string(low) + " ones."}, std::move(distractors),
                  {upperHex(v), "0x" + upperHex(v)}, random);
        return;
    }
    q.stem = "What is the hexadecimal byte " + code("0x" + upperHex(v)) + " in decimal?";
    if (typed) {
        q.type = QuestionType::Numeric;
        q.numericAnswer = v;
        return;
    }
    std::vector<Option> distractors{
        {std::to_string(swappedNibbles(v)), "That reads the digits the wrong way round."},
        {std::to_string(high * 10 + low), "That treats the left digit as tens; it counts sixteens."},
        {std::to_string(v + 16), "That counts one sixteen too many."},
        {std::to_string(v + 1), "One too many."},
        {std::to_string(v + 32), "That counts two sixteens too many."},
    };
    setAnswer(q, false, {std::to_string(v), std::to_string(high) + " × 16 + " + std::to_string(low) + "."}, std::move(distractors), {}, random);
}

} // namespace

const FamilyDefinition& convertBinaryDecimal()
{
    static const FamilyDefinition family{
        {"convert.binary-decimal", "Binary and decimal octets",
         "An octet from decimal to binary or back; params: ask (to-binary, to-decimal, any), difficulty."},
        kBinaryParams, &generateBinary};
    return family;
}

const FamilyDefinition& convertHexDecimal()
{
    static const FamilyDefinition family{
        {"convert.hex-decimal", "Hexadecimal and decimal bytes",
         "A byte from decimal to hexadecimal or back; params: ask (to-hex, to-decimal, any), difficulty."},
        kHexParams, &generateHex};
    return family;
}

} // namespace certdrill::core::generator
