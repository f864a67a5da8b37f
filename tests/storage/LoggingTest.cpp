#include "StorageFixture.h"
#include "storage/Logging.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

using namespace certdrill;
using certdrill::test::fileBytes;
using certdrill::test::TempFolder;

TEST_CASE("an info line reaches the log file within seconds without an explicit flush", "[logging]")
{
    TempFolder dir;
    storage::setupLogging(dir.path(), storage::LogEcho::None);
    const auto file = dir.path() / "certdrill.log";
    spdlog::info("marker line 7f3a");
    // A killed app never flushes: the line must get there on its own.
    bool written = false;
    for (int i = 0; i < 50 && !written; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
        written = fileBytes(file).find("marker line 7f3a") != std::string::npos;
    }
    CHECK(written);
}
