#include "app/session/SessionStarter.h"

#include "core/common/Clock.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace certdrill::app {
namespace {

/// The worker's half: its own connection, and the profile's history as it stood at `now`.
core::Result<core::SessionPlan> planOffThread(const std::filesystem::path& databaseFile, core::Profile profile,
                                              core::BankPtr bank, core::Timestamp now,
                                              const core::SessionRequest& request)
{
    auto database = storage::Database::open(databaseFile, storage::Database::IntegrityCheck::Skip);
    if (!database)
        return tl::unexpected{database.error()};
    const core::FixedClock clock{now};
    auto env = storage::SessionEnvironment::open(**database, std::move(profile), std::move(bank), clock);
    if (!env)
        return tl::unexpected{env.error()};
    return (*env)->plan(request);
}

} // namespace

SessionStarter::SessionStarter(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<core::Result<core::SessionPlan>>::finished, this, &SessionStarter::finished);
}

SessionStarter::~SessionStarter() { m_watcher.waitForFinished(); }

void SessionStarter::plan(std::unique_ptr<storage::SessionEnvironment> env, core::SessionRequest request, Done done)
{
    const bool wasBusy = busy();
    // The worker gets copies only (the bank is immutable and shared), so a plan that is replaced
    // can finish on its own; setFuture stops the watcher reporting it.
    m_watcher.setFuture(QtConcurrent::run(planOffThread, env->database.file(), env->profile, env->bank,
                                          env->clock.now(), std::move(request)));
    m_env = std::move(env);
    m_done = std::move(done);
    if (!wasBusy)
        emit busyChanged();
}

void SessionStarter::cancel()
{
    if (!busy())
        return;
    m_watcher.setFuture({});
    m_env.reset();
    m_done = nullptr;
    emit busyChanged();
}

void SessionStarter::finished()
{
    if (!busy())
        return;
    auto plan = m_watcher.result();
    auto env = std::move(m_env);
    auto done = std::move(m_done);
    emit busyChanged();
    if (!plan)
        done(tl::unexpected{plan.error()});
    else
        done(Planned{std::move(env), std::move(*plan)});
}

} // namespace certdrill::app
