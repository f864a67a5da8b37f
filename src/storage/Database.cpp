#include "storage/Database.h"

#include "storage/Schema.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <unistd.h>

namespace certdrill::storage {
namespace fs = std::filesystem;
namespace {

constexpr int kBusyTimeoutMs = 5000;

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

bool writable(const fs::path& path) { return ::access(path.c_str(), W_OK) == 0; }

} // namespace

core::Error storageError(const std::exception& e, std::string_view doing)
{
    std::string code = "io";
    if (const auto* sql = dynamic_cast<const SQLite::Exception*>(&e)) {
        const int primary = sql->getErrorCode() & 0xFF;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            code = "busy";
        else if (primary == SQLITE_READONLY)
            code = "read-only";
        else if (primary == SQLITE_CONSTRAINT)
            code = "constraint";
        else if (primary == SQLITE_FULL)
            code = "disk-full";
        else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            code = "damaged";
    }
    return {code, std::string{doing} + ": " + e.what()};
}

Database::Database(fs::path file, SQLite::Database db)
    : m_file(std::move(file))
    , m_db(std::move(db))
{
}

Database::~Database() = default;

core::Result<std::unique_ptr<Database>> Database::open(const fs::path& file, IntegrityCheck check)
{
    std::error_code ec;
    const bool exists = fs::exists(file, ec);
    const fs::path folder = file.parent_path().empty() ? fs::path{"."} : file.parent_path();
    if (exists && !writable(file))
        return core::fail("read-only", "the database " + quoted(file) + " is read-only: CertDrill needs to write "
                                       "your answers there. Make it writable, or choose another --data-dir.");
    if (!fs::is_directory(folder, ec)) {
        fs::create_directories(folder, ec);
        if (ec)
            return core::fail("read-only", "cannot create the data folder " + quoted(folder) + ": " + ec.message());
    }
    if (!writable(folder))
        return core::fail("read-only", "the data folder " + quoted(folder) + " is read-only: CertDrill needs to "
                                       "write there. Make it writable, or choose another --data-dir.");

    std::unique_ptr<Database> database;
    try {
        SQLite::Database db{file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs};
        database.reset(new Database{file, std::move(db)});
    } catch (const std::exception& e) {
        return core::fail("io", "cannot open " + quoted(file) + ": " + e.what());
    }
    SQLite::Database& db = database->m_db;

    // Look before touching: nothing below writes until the file is known to be ours.
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    try {
        applicationId = db.execAndGet("PRAGMA application_id").getInt();
        version = db.execAndGet("PRAGMA user_version").getInt();
        objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xFF) == SQLITE_NOTADB || (e.getErrorCode() & 0xFF) == SQLITE_CORRUPT)
            return core::fail("not-a-database", quoted(file) + " is not a readable database (damaged, or not a "
                                                "CertDrill file). It was left untouched; restore a backup with "
                                                "`certdrill restore FILE`.");
        return core::fail("io", "cannot read " + quoted(file) + ": " + e.what());
    }
    if (applicationId != kApplicationId && !(applicationId == 0 && objects == 0))
        return core::fail("foreign-database", quoted(file) + " is a database of another program, not CertDrill's. "
                                              "It was left untouched.");
    if (version > currentSchemaVersion())
        return core::fail("newer-schema", quoted(file) + " was written by a newer CertDrill (schema " +
                                              std::to_string(version) + "; this version reads up to " +
                                              std::to_string(currentSchemaVersion()) +
                                              "). It was left untouched: update CertDrill to use it.");
    if (objects > 0 && check == IntegrityCheck::Full) {
        try {
            const std::string verdict = db.execAndGet("PRAGMA quick_check").getString();
            if (verdict != "ok")
                return core::fail("damaged", quoted(file) + " is damaged (" + verdict + "). It was left untouched; "
                                             "restore a backup with `certdrill restore FILE`.");
        } catch (const SQLite::Exception& e) {
            return core::fail("damaged", quoted(file) + " is damaged (" + e.what() + "). It was left untouched; "
                                         "restore a backup with `certdrill restore FILE`.");
        }
    }

    try {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA cache_size = -32768"); // 32 MiB of page cache: rebuilds touch many pages
        // Checkpoint the WAL into the database every ~40 MiB rather than every 4 MiB: a commit that
        // triggers a checkpoint waits for it, so rarer checkpoints keep answer commits fast. The last
        // connection to close checkpoints the rest.
        db.exec("PRAGMA wal_autocheckpoint = 10000");
    } catch (const std::exception& e) {
        return tl::unexpected{storageError(e, "cannot configure " + quoted(file))};
    }
    if (auto migrated = database->migrate(); !migrated)
        return tl::unexpected{migrated.error()};
    return database;
}

core::Result<void> Database::migrate()
{
    const auto& steps = migrations();
    int version = schemaVersion();
    while (version < static_cast<int>(steps.size())) {
        auto done = transaction([&] {
            m_db.exec(std::string{steps[static_cast<std::size_t>(version)]});
            m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            m_db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        });
        if (!done)
            return core::fail(done.error().code, "cannot upgrade the database to schema " +
                                                     std::to_string(version + 1) + ": " + done.error().message);
        spdlog::info("database {} upgraded to schema {}", m_file.string(), version + 1);
        ++version;
    }
    return {};
}

int Database::schemaVersion() { return m_db.execAndGet("PRAGMA user_version").getInt(); }

class Database::Scope {
public:
    explicit Scope(Database& db) : m_db(db) { ++m_db.m_depth; }
    ~Scope()
    {
        if (--m_db.m_depth == 0)
            m_db.releaseStatements();
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    Database& m_db;
};

SQLite::Statement& Database::statement(const char* sql)
{
    auto& slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<SQLite::Statement>(m_db, sql);
    slot->reset();
    slot->clearBindings();
    return *slot;
}

void Database::releaseStatements()
{
    // A few dozen statements at most; resetting an idle one costs nothing.
    for (auto& [sql, statement] : m_statements)
        (void)statement->tryReset(); // returns the last step's error again; the reset happens anyway
}

bool Database::hasActiveStatement() const
{
    auto* handle = m_db.getHandle();
    for (auto* s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        if (sqlite3_stmt_busy(s))
            return true;
    return false;
}

core::Result<void> Database::transaction(const std::function<void()>& work)
{
    const Scope scope{*this};
    try {
        m_db.exec("BEGIN IMMEDIATE");
    } catch (const std::exception& e) {
        return tl::unexpected{storageError(e, "cannot start a transaction")};
    }
    try {
        work();
        m_db.exec("COMMIT");
        return {};
    } catch (const std::exception& e) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const std::exception& rollback) {
            spdlog::error("rollback failed: {}", rollback.what());
        }
        return tl::unexpected{storageError(e, "the change was not saved")};
    }
}

core::Result<void> Database::guard(const std::function<void()>& work)
{
    const Scope scope{*this};
    try {
        work();
        return {};
    } catch (const std::exception& e) {
        return tl::unexpected{storageError(e, "cannot read the database")};
    }
}

} // namespace certdrill::storage
