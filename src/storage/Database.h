#pragma once

#include "core/common/Error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace certdrill::storage {

/// One CertDrill database file: WAL, synchronous=FULL, foreign keys on, a busy timeout, cached
/// prepared statements, migrations applied on open. Error codes of `open`:
/// `not-a-database`, `foreign-database`, `newer-schema`, `damaged`, `read-only`, `io`.
class Database {
public:
    /// Whether `open` scans the whole file (`PRAGMA quick_check`, about half a second per million
    /// answers). The app's own connection does, once at start; a connection a worker opens beside
    /// it (statistics, planning a session) skips it.
    enum class IntegrityCheck : std::uint8_t { Full, Skip };

    [[nodiscard]] static core::Result<std::unique_ptr<Database>> open(const std::filesystem::path& file,
                                                                      IntegrityCheck check = IntegrityCheck::Full);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    [[nodiscard]] SQLite::Database& sqlite() { return m_db; }

    /// A prepared statement from the cache, reset and with bindings cleared. Use it inside
    /// transaction() or guard(): when the outermost of those ends, every cached statement is
    /// reset, so none keeps a read transaction open (an open one would pin this connection to an
    /// old snapshot: it could not write after another connection did, and the WAL could not be
    /// checkpointed past it).
    [[nodiscard]] SQLite::Statement& statement(const char* sql);

    /// Runs `work` in `BEGIN IMMEDIATE` ... `COMMIT` and returns only after the commit (durable,
    /// with synchronous=FULL). Any exception rolls back and becomes an error value.
    [[nodiscard]] core::Result<void> transaction(const std::function<void()>& work);

    /// Runs `work` and converts SQLite exceptions into error values (for reads).
    [[nodiscard]] core::Result<void> guard(const std::function<void()>& work);

    /// Whether a statement from the cache is still stepping (holding a read transaction open).
    [[nodiscard]] bool hasActiveStatement() const;

    [[nodiscard]] int schemaVersion();

private:
    Database(std::filesystem::path file, SQLite::Database db);
    core::Result<void> migrate();
    /// Counts nested transaction()/guard() calls; the outermost resets the cached statements.
    class Scope;
    friend class Scope;
    void releaseStatements();

    std::filesystem::path m_file;
    SQLite::Database m_db;
    std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> m_statements;
    int m_depth = 0;
};

/// Text of a SQLite failure for messages: "disk I/O error (code 10)".
[[nodiscard]] core::Error storageError(const std::exception& e, std::string_view doing);

} // namespace certdrill::storage
