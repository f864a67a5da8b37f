// Generates a 10,000-question bank of every type with text sizes like the shipped banks, writes
// it to a temporary file, and loads and validates it the way the app does
// (storage::loadBankFile). Prints one JSON object: the median time of several loads, and the
// peak memory of a fresh process that loads the file once.
//
//   bank_bench [--questions N] [--runs N]
//   bank_bench --load-once FILE   (internal: the fresh process that measures memory)
#include "storage/BankLibrary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr std::array<std::string_view, 24> kWords{
    "the",  "router", "switch",   "firewall", "policy", "user",  "server",      "network",
    "port", "subnet", "address",  "packet",   "VLAN",   "key",   "certificate", "encryption",
    "a",    "which",  "attacker", "log",      "of",     "to",    "traffic",     "configuration"};

class TextMaker {
public:
    explicit TextMaker(unsigned seed)
        : m_random(seed)
    {
    }
    /// Words until about `length` characters (±20 %).
    std::string text(std::size_t length)
    {
        std::uniform_int_distribution<std::size_t> jitter(length * 8 / 10, length * 12 / 10);
        std::uniform_int_distribution<std::size_t> word(0, kWords.size() - 1);
        const std::size_t target = jitter(m_random);
        std::string out;
        while (out.size() < target) {
            if (!out.empty())
                out += ' ';
            out += kWords[word(m_random)];
        }
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
        return out + '.';
    }
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random); }

private:
    std::mt19937 m_random;
};

Json choices(TextMaker& t, std::size_t correct)
{
    Json out = Json::array();
    for (std::size_t i = 0; i < 4; ++i) {
        Json c = {{"id", std::string(1, static_cast<char>('a' + i))}, {"text", t.text(40) + " #" + std::to_string(i)}};
        if (i < correct)
            c["correct"] = true;
        c["why"] = t.text(85);
        out.push_back(std::move(c));
    }
    return out;
}

Json items(TextMaker& t, char prefix, std::size_t n)
{
    Json out = Json::array();
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(
            {{"id", std::string(1, prefix) + std::to_string(i + 1)}, {"text", t.text(30) + " " + std::to_string(i)}});
    return out;
}

/// A bank like the shipped ones: 5 domains of 5 objectives, one scenario per 40 questions, and
/// a type mix of 70 % single, 12 % multiple, 4 % order, 7 % match, 5 % numeric, 2 % text.
std::string generateBank(std::size_t questionCount)
{
    TextMaker t{20260101};
    Json bank = {{"format", "certdrill-bank/1"}, {"id", "bench-generated"}, {"title", "Generated benchmark bank"},
                 {"vendor", "CertDrill"},        {"exam_code", "BENCH-1"},  {"version", "1.0"},
                 {"language", "en"},             {"license", "CC0-1.0"},    {"launched", "2026-01-01"},
                 {"retires", nullptr}};
    bank["exam"] = {{"duration_minutes", 90}, {"question_count", 90}, {"passing_score", 750},
                    {"score_scale", {100, 900}}, {"navigation", "free"}};
    Json domains = Json::array();
    for (int d = 1; d <= 5; ++d) {
        Json objectives = Json::array();
        for (int o = 1; o <= 5; ++o)
            objectives.push_back({{"id", std::to_string(d) + "." + std::to_string(o)}, {"title", t.text(60)}});
        domains.push_back(
            {{"id", std::to_string(d) + ".0"}, {"name", t.text(30)}, {"weight", 0.2}, {"objectives", objectives}});
    }
    bank["domains"] = std::move(domains);
    Json scenarios = Json::array();
    const std::size_t scenarioCount = questionCount / 40;
    for (std::size_t s = 0; s < scenarioCount; ++s)
        scenarios.push_back({{"id", "s-" + std::to_string(s)}, {"text", t.text(400)},
                             {"exhibit", {{"text", "R1# show ip interface brief\n" + t.text(200)}}}});
    bank["scenarios"] = std::move(scenarios);

    Json questions = Json::array();
    for (std::size_t i = 0; i < questionCount; ++i) {
        const std::size_t kind = i % 100;
        Json q = {{"id", "q-" + std::to_string(i)},
                  {"objective", std::to_string(1 + i % 5) + "." + std::to_string(1 + (i / 5) % 5)}};
        if (i % 40 < 3 && i / 40 < scenarioCount)
            q["scenario"] = "s-" + std::to_string(i / 40);
        q["difficulty"] = 1 + static_cast<int>(i % 3);
        if (kind < 70) {
            q["type"] = "single";
            q["stem"] = t.text(170) + " #" + std::to_string(i);
            q["choices"] = choices(t, 1);
        } else if (kind < 82) {
            q["type"] = "multiple";
            q["stem"] = t.text(170) + " (Choose two.)";
            q["choices"] = choices(t, 2);
        } else if (kind < 86) {
            q["type"] = "order";
            q["stem"] = t.text(120);
            q["items"] = items(t, 'i', 5);
            q["answer"] = {"i1", "i2", "i3", "i4", "i5"};
        } else if (kind < 93) {
            q["type"] = "match";
            q["stem"] = t.text(120);
            q["left"] = items(t, 'l', 4);
            q["right"] = items(t, 'r', 5);
            q["answer"] = {{"l1", "r1"}, {"l2", "r2"}, {"l3", "r3"}, {"l4", "r4"}};
        } else if (kind < 98) {
            q["type"] = "numeric";
            q["stem"] = t.text(150);
            q["answer"] = 30 + static_cast<int>(t.pick(200));
            q["tolerance"] = 0;
            q["unit"] = "hosts";
        } else {
            q["type"] = "text";
            q["stem"] = t.text(150);
            q["accepted"] = {"255.255.255.0", "/24"};
        }
        if (kind % 17 == 0)
            q["exhibit"] = {{"text", "$ show running-config\n" + t.text(300)}};
        q["explanation"] = t.text(300);
        q["references"] = {"Objective " + q["objective"].get<std::string>(),
                           "RFC " + std::to_string(791 + t.pick(8000))};
        q["tags"] = {"tag-" + std::to_string(t.pick(50)), "tag-" + std::to_string(t.pick(50))};
        questions.push_back(std::move(q));
    }
    bank["questions"] = std::move(questions);
    return bank.dump(2) + '\n';
}

/// CPU time of this process in ms: unlike wall time, it does not grow when other work shares the cores.
double cpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double peakMegabytes()
{
    std::ifstream status{"/proc/self/status"};
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0; // kB
    return -1.0;
}

int loadOnce(const char* path)
{
    const auto loaded = certdrill::storage::loadBankFile(path);
    if (!loaded.bank)
        return 1;
    std::printf("%.1f %zu\n", peakMegabytes(), loaded.bank->questions.size());
    return 0;
}

/// Peak memory of a fresh process (this program, re-run) that loads the file once.
double freshProcessPeak(const std::string& file)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1.0;
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl("/proc/self/exe", "bank_bench", "--load-once", file.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[256];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? std::atof(out.c_str()) : -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t questionCount = 10'000;
    int runs = 7;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--load-once" && i + 1 < argc)
            return loadOnce(argv[i + 1]);
        if (arg == "--questions" && i + 1 < argc)
            questionCount = std::stoul(argv[++i]);
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::stoi(argv[++i]));
    }

    const std::string text = generateBank(questionCount);
    const fs::path file = fs::temp_directory_path() / ("certdrill-bench-" + std::to_string(getpid()) + ".json");
    std::ofstream{file, std::ios::binary} << text;

    std::vector<double> ms;
    std::vector<double> cpuMs;
    std::size_t loadedQuestions = 0;
    std::size_t warnings = 0;
    bool valid = true;
    for (int r = 0; r < runs; ++r) {
        const double cpuStart = cpuMilliseconds();
        const auto start = std::chrono::steady_clock::now();
        const auto loaded = certdrill::storage::loadBankFile(file);
        const auto end = std::chrono::steady_clock::now();
        cpuMs.push_back(cpuMilliseconds() - cpuStart);
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        valid = valid && loaded.bank != nullptr;
        loadedQuestions = loaded.bank ? loaded.bank->questions.size() : 0;
        warnings = loaded.diagnostics.size();
    }
    const double peak = freshProcessPeak(file.string());
    fs::remove(file);

    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    const double median = ms[ms.size() / 2];
    nlohmann::json out = {{"benchmark", "bank_load_and_validate"},
                          {"questions", loadedQuestions},
                          {"valid", valid},
                          {"diagnostics", warnings},
                          {"file_mb", static_cast<double>(text.size()) / (1024.0 * 1024.0)},
                          {"runs", runs},
                          {"median_ms", median},
                          {"min_ms", ms.front()},
                          {"max_ms", ms.back()},
                          {"median_cpu_ms", cpuMs[cpuMs.size() / 2]},
                          {"peak_mb", peak},
                          {"target_ms", 150},
                          {"target_mb", 100},
                          {"meets_target", valid && median < 150.0 && peak > 0 && peak < 100.0}};
    std::cout << out.dump(2) << '\n';
    return valid ? 0 : 1;
}
