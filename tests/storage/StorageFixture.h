#pragma once

#include "TempFolder.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace certdrill::test {

/// A fresh database in a temporary folder, with a fixed clock.
struct StorageFixture {
    TempFolder dir;
    core::FixedClock clock{*core::parseIso8601("2026-11-23T09:00:00Z")};
    std::unique_ptr<storage::Database> db;

    StorageFixture() { reopen(); }

    [[nodiscard]] std::filesystem::path file() const { return dir.path() / "certdrill.db"; }

    void reopen()
    {
        db.reset();
        auto opened = storage::Database::open(file());
        if (!opened)
            FAIL(opened.error().message);
        db = std::move(*opened);
    }
};

inline std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

} // namespace certdrill::test
