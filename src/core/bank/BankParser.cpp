#include "core/bank/BankParser.h"

#include "core/bank/BankValidator.h"
#include "core/bank/JsonDocument.h"
#include "core/bank/TextRules.h"

#include <algorithm>
#include <numeric>

namespace certdrill::core {
namespace {

Diagnostic located(std::string_view text, std::size_t offset, std::string code, std::string message)
{
    const auto pos = positionOf(text, offset);
    return {Severity::Error, std::move(code), std::move(message), "", pos.line, pos.column};
}

/// Gives each diagnostic its line and column, in one pass over the text, and puts them in file order.
void locate(std::string_view text, std::vector<Diagnostic>& diagnostics, const std::vector<std::size_t>& offsets)
{
    std::vector<std::size_t> order(diagnostics.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    TextPosition pos;
    std::size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::vector<Diagnostic> sorted;
    sorted.reserve(diagnostics.size());
    for (const auto i : order) {
        const std::size_t target = std::min(offsets[i], text.size());
        for (; at < target; ++at) {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (byte == '\n') {
                ++pos.line;
                pos.column = 1;
            } else if ((byte & 0xC0U) != 0x80U) {
                ++pos.column;
            }
        }
        auto& d = diagnostics[i];
        d.line = pos.line;
        d.column = pos.column;
        sorted.push_back(std::move(d));
    }
    diagnostics = std::move(sorted);
}

} // namespace

BankParseResult parseBank(std::string_view text, const BankParseOptions& options)
{
    BankParseResult result;
    auto& diagnostics = result.diagnostics;
    if (text.size() > options.limits.maxBytes) {
        diagnostics.push_back({Severity::Error, "file-too-large",
                               "the file is " + std::to_string(text.size()) + " bytes; the limit is "
                                   + std::to_string(options.limits.maxBytes),
                               "", 1, 1});
        return result;
    }
    if (const auto bad = invalidUtf8At(text); bad != std::string_view::npos) {
        diagnostics.push_back(located(text, bad, "not-utf8", "the file is not valid UTF-8"));
        return result;
    }
    const auto doc = JsonDocument::parse(text, options.limits.maxDepth);
    if (!doc.ok()) {
        const auto& e = doc.error();
        diagnostics.push_back(located(text, e.offset, e.code, e.message));
        return result;
    }

    std::vector<std::size_t> offsets;
    for (const auto& dup : doc.duplicateKeys()) {
        if (diagnostics.size() >= options.limits.maxDiagnostics)
            break;
        diagnostics.push_back({Severity::Error, "duplicate-key",
                               "a key repeated in one object: only the last would count", dup.pointer, 0, 0});
        offsets.push_back(dup.offset);
    }
    BankValidator validator{doc, options, diagnostics};
    auto bank = std::make_shared<Bank>(validator.bank());
    for (std::size_t i = offsets.size(); i < diagnostics.size(); ++i)
        offsets.push_back(doc.offsetOf(diagnostics[i].pointer));
    locate(text, diagnostics, offsets);
    if (countErrors(diagnostics) == 0)
        result.bank = std::move(bank);
    return result;
}

} // namespace certdrill::core
