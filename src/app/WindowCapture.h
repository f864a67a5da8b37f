#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace certdrill::app {

/// Saves one frame of a window to a PNG once the app is idle (the window no longer loading, a
/// frame rendered, the scene settled), then quits with 0, or 1 if the file could not be written
/// (2 for a blank render). For `--screenshot` and smoke tests.
class WindowCapture : public QObject {
    Q_OBJECT

public:
    WindowCapture(QQuickWindow* window, QString file, QObject* parent = nullptr);

    /// Starts waiting; `ready` says whether the content is complete yet (polled).
    void start(std::function<bool()> ready);

private:
    void tryCapture();

    QQuickWindow* m_window;
    QString m_file;
    std::function<bool()> m_ready;
    int m_frames = 0;
    QElapsedTimer m_lastFrame;
    QElapsedTimer m_readySince; ///< invalid while not ready
};

} // namespace certdrill::app
