#include "storage/Logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <system_error>
#include <vector>

namespace certdrill::storage {

void setupLogging(const std::filesystem::path& stateDir, LogEcho echo)
{
    std::vector<spdlog::sink_ptr> sinks;
    std::string problem;
    try {
        std::error_code ec;
        std::filesystem::create_directories(stateDir, ec);
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>((stateDir / "certdrill.log").string(),
                                                                               1024 * 1024, 4));
    } catch (const spdlog::spdlog_ex& e) {
        problem = e.what();
    }
    if (echo == LogEcho::StderrWarnings || sinks.empty()) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        err->set_pattern("certdrill: %^%l%$: %v");
        sinks.push_back(std::move(err));
    }
    auto logger = std::make_shared<spdlog::logger>("certdrill", sinks.begin(), sinks.end());
    const char* level = std::getenv("CERTDRILL_LOG_LEVEL");
    logger->set_level(level ? spdlog::level::from_str(level) : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
    // Info lines reach the file within two seconds too, so a killed app leaves its story behind.
    spdlog::flush_every(std::chrono::seconds{2});
    if (!problem.empty())
        spdlog::warn("cannot write the log file in {}: {}", stateDir.string(), problem);
}

} // namespace certdrill::storage
