#pragma once

#include "core/common/Error.h"
#include "core/session/SessionPlanner.h"
#include "storage/SessionEnvironment.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace certdrill::app {

/// Plans a new session off the GUI thread. Planning reads the profile's whole answer log in the
/// bank and folds it into a history summary, which takes longer than a frame once a profile has
/// tens of thousands of answers; a worker does it through its own connection to the database
/// (SQLite in WAL mode lets it read while the GUI thread writes) with the time fixed when the plan
/// was asked for. The environment stays with the GUI thread and comes back with the plan, ready
/// for the session to be created there.
class SessionStarter : public QObject {
    Q_OBJECT

public:
    struct Planned {
        std::unique_ptr<storage::SessionEnvironment> env;
        core::SessionPlan plan;
    };
    using Done = std::function<void(core::Result<Planned>)>;

    explicit SessionStarter(QObject* parent = nullptr);
    ~SessionStarter() override;

    /// Plans `request` for `env`'s profile and bank, reading `env`'s database file, and calls
    /// `done` on this object's thread. A plan asked for while another runs replaces it: the
    /// earlier one's result is dropped and its `done` never called.
    void plan(std::unique_ptr<storage::SessionEnvironment> env, core::SessionRequest request, Done done);
    /// Drops the plan being made, if any (its `done` is not called).
    void cancel();
    [[nodiscard]] bool busy() const { return m_env != nullptr; }

signals:
    void busyChanged();

private:
    void finished();

    QFutureWatcher<core::Result<core::SessionPlan>> m_watcher;
    std::unique_ptr<storage::SessionEnvironment> m_env; ///< of the plan being made
    Done m_done;
};

} // namespace certdrill::app
