#pragma once

#include <QObject>

#include <functional>

class QQuickWindow;

namespace certdrill::app {

/// For `--measure-startup`: waits for the first frame rendered after the banks are loaded, prints
/// one JSON line (milliseconds since the process started, resident and peak memory), and quits.
class StartupProbe : public QObject {
    Q_OBJECT

public:
    StartupProbe(QQuickWindow* window, std::function<bool()> ready, std::function<qint64()> questionCount,
                 QObject* parent = nullptr);

private:
    void frame();

    std::function<bool()> m_ready;
    std::function<qint64()> m_questionCount;
    bool m_done = false;
};

/// Milliseconds since this process started (from /proc), or -1.
[[nodiscard]] double millisecondsSinceProcessStart();

} // namespace certdrill::app
