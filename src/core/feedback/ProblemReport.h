#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace certdrill::core {

/// A candidate's note that something is wrong with a question, for the bank's authors. It names
/// the question by id and content hash, so authors know which version was meant.
struct ProblemReport {
    std::int64_t id = 0;
    std::string bankId;
    std::string questionId;
    std::uint64_t contentHash = 0;
    std::string note;
    Timestamp createdAt{};
};

/// A note is 1-4000 characters of text, not only spaces.
[[nodiscard]] Result<std::string> checkedNote(std::string_view note);

/// Stored problem reports. Error codes: `bad-note`, plus storage failures.
class ProblemReportStore {
public:
    virtual ~ProblemReportStore() = default;
    [[nodiscard]] virtual Result<ProblemReport> add(std::int64_t profileId, ProblemReport report) = 0;
    /// Newest first; of one bank, or of all when `bankId` is empty.
    [[nodiscard]] virtual Result<std::vector<ProblemReport>> list(std::string_view bankId = {}) const = 0;
};

} // namespace certdrill::core
