#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace certdrill::app {

/// One piece of work at a time on the thread pool, its result handed over to `deliver` on the
/// owner's thread. busy() holds from start() until that delivery has run: QFuture::isRunning() turns false
/// as soon as the worker returns, before the result reaches the owner, and in that gap a reader
/// would take the previous result for the new one (or a second request would slip in).
///
/// A model that shows the latest figures asks defer() first: while busy, the request is kept and,
/// once the running result is delivered, `again` is called once so the model starts a fresh query
/// from the state at that moment. Work that must not run twice (a backup) simply checks busy().
template <typename Result>
class BackgroundQuery {
public:
    struct Callbacks {
        std::function<void(Result)> deliver; ///< takes the result over
        std::function<void()> busyChanged;
        std::function<void()> again = [] {};
    };

    BackgroundQuery(QObject* owner, Callbacks callbacks)
        : m_callbacks(std::move(callbacks))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, owner, [this] { finished(); });
    }
    ~BackgroundQuery() { m_watcher.waitForFinished(); }
    BackgroundQuery(const BackgroundQuery&) = delete;
    BackgroundQuery& operator=(const BackgroundQuery&) = delete;

    [[nodiscard]] bool busy() const { return m_busy; }

    /// True while busy, and then `again` follows the delivery; false when the caller may start().
    bool defer()
    {
        if (m_busy)
            m_again = true;
        return m_busy;
    }

    /// Runs `work` (callable with no arguments, returning Result) on the thread pool.
    template <typename Work>
    void start(Work&& work)
    {
        m_watcher.setFuture(QtConcurrent::run(std::forward<Work>(work)));
        m_busy = true;
        m_callbacks.busyChanged();
    }

private:
    void finished()
    {
        m_busy = false;
        m_callbacks.deliver(m_watcher.result());
        m_callbacks.busyChanged();
        if (std::exchange(m_again, false))
            m_callbacks.again();
    }

    Callbacks m_callbacks;
    QFutureWatcher<Result> m_watcher;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace certdrill::app
