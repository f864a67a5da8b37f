#pragma once

#include "core/feedback/ProblemReport.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteProblemReportStore final : public core::ProblemReportStore {
public:
    SqliteProblemReportStore(Database& db, const core::Clock& clock);

    [[nodiscard]] core::Result<core::ProblemReport> add(std::int64_t profileId, core::ProblemReport report) override;
    [[nodiscard]] core::Result<std::vector<core::ProblemReport>> list(std::string_view bankId = {}) const override;

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace certdrill::storage
