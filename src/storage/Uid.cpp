#include "storage/Uid.h"

#include <cstdio>
#include <mutex>
#include <random>

namespace certdrill::storage {

std::string newUid()
{
    static std::mutex mutex;
    static std::mt19937_64 engine{[] {
        std::random_device device;
        std::seed_seq seq{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937_64{seq};
    }()};
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    {
        const std::lock_guard lock{mutex};
        a = engine();
        b = engine();
    }
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return buf;
}

} // namespace certdrill::storage
