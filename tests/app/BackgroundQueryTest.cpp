#include "TestApp.h"

#include "app/BackgroundQuery.h"

#include <catch2/catch.hpp>

#include <QObject>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using certdrill::app::BackgroundQuery;
namespace test = certdrill::test;

namespace {

/// A query of numbers that records what reaches its owner.
struct Recorder {
    QObject owner;
    std::vector<int> delivered;
    std::vector<bool> busyWhenDelivered;
    int busyChanges = 0;
    int agains = 0;
    BackgroundQuery<int> query{&owner,
                               {.deliver =
                                    [this](const int& n) {
                                        delivered.push_back(n);
                                        busyWhenDelivered.push_back(query.busy());
                                    },
                                .busyChanged = [this] { ++busyChanges; },
                                .again = [this] { ++agains; }}};

    /// Starts work that returns `n` once `release` is set, and sets `returned` when it has.
    void startHeld(int n, std::atomic<bool>& release, std::atomic<bool>& returned)
    {
        query.start([n, &release, &returned] {
            while (!release)
                QThread::msleep(1);
            returned = true;
            return n;
        });
    }
};

/// Lets the worker return without running the owner's event loop, so its result stays queued.
void letReturnUnseen(std::atomic<bool>& release, const std::atomic<bool>& returned)
{
    release = true;
    while (!returned)
        QThread::msleep(1);
    QThread::msleep(20);
}

} // namespace

TEST_CASE("a background query stays busy until its result is delivered on the owner's thread")
{
    test::testApp(); // the application whose event loop delivers results
    Recorder r;
    std::atomic<bool> release{false};
    std::atomic<bool> returned{false};
    r.startHeld(7, release, returned);
    CHECK(r.query.busy());
    CHECK(r.busyChanges == 1);
    letReturnUnseen(release, returned);
    // The worker is done but the owner has not seen the result: a reader must not take the
    // previous result for this one, so the query still says busy.
    CHECK(r.query.busy());
    CHECK(r.delivered.empty());
    REQUIRE(QTest::qWaitFor([&] { return !r.delivered.empty(); }, 10000));
    CHECK(r.delivered == std::vector<int>{7});
    CHECK(r.busyWhenDelivered == std::vector<bool>{false});
    CHECK_FALSE(r.query.busy());
    CHECK(r.busyChanges == 2);
    CHECK(r.agains == 0);
}

TEST_CASE("a background query asked for while busy runs again once after the delivery")
{
    test::testApp();
    Recorder r;
    CHECK_FALSE(r.query.defer());
    std::atomic<bool> release{false};
    std::atomic<bool> returned{false};
    r.startHeld(1, release, returned);
    CHECK(r.query.defer());
    letReturnUnseen(release, returned);
    CHECK(r.query.defer()); // in the gap too
    CHECK(r.agains == 0);
    REQUIRE(QTest::qWaitFor([&] { return !r.delivered.empty(); }, 10000));
    CHECK(r.delivered == std::vector<int>{1});
    CHECK(r.agains == 1); // two requests while busy, one fresh query
    CHECK_FALSE(r.query.defer());
}
