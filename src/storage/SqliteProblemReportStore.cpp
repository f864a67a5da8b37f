#include "storage/SqliteProblemReportStore.h"

#include "core/bank/ContentHash.h"

#include <cstdlib>

namespace certdrill::storage {

SqliteProblemReportStore::SqliteProblemReportStore(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<core::ProblemReport> SqliteProblemReportStore::add(std::int64_t profileId, core::ProblemReport report)
{
    auto note = core::checkedNote(report.note);
    if (!note)
        return tl::unexpected{note.error()};
    report.note = std::move(*note);
    report.createdAt = m_clock.now();
    auto done = m_db.transaction([&] {
        auto& q = m_db.statement("INSERT INTO problem_reports (profile_id, bank_id, question_id, content_hash, note, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(1, profileId);
        q.bind(2, report.bankId);
        q.bind(3, report.questionId);
        q.bind(4, core::hashToHex(report.contentHash));
        q.bind(5, report.note);
        q.bind(6, static_cast<std::int64_t>(report.createdAt.time_since_epoch().count()));
        q.exec();
        report.id = m_db.sqlite().getLastInsertRowid();
    });
    if (!done)
        return tl::unexpected{done.error()};
    return report;
}

core::Result<std::vector<core::ProblemReport>> SqliteProblemReportStore::list(std::string_view bankId) const
{
    std::vector<core::ProblemReport> out;
    auto done = m_db.guard([&] {
        auto& q = m_db.statement("SELECT id, bank_id, question_id, content_hash, note, created_at FROM problem_reports "
                                 "WHERE ? = '' OR bank_id = ? ORDER BY created_at DESC, id DESC");
        q.bind(1, std::string{bankId});
        q.bind(2, std::string{bankId});
        while (q.executeStep()) {
            core::ProblemReport r;
            r.id = q.getColumn(0).getInt64();
            r.bankId = q.getColumn(1).getString();
            r.questionId = q.getColumn(2).getString();
            r.contentHash = std::strtoull(q.getColumn(3).getString().c_str(), nullptr, 16);
            r.note = q.getColumn(4).getString();
            r.createdAt = core::Timestamp{std::chrono::milliseconds{q.getColumn(5).getInt64()}};
            out.push_back(std::move(r));
        }
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

} // namespace certdrill::storage
