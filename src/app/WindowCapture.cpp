#include "app/WindowCapture.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace certdrill::app {

WindowCapture::WindowCapture(QQuickWindow* window, QString file, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{
}

void WindowCapture::start(std::function<bool()> ready)
{
    m_ready = std::move(ready);
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
    QTimer::singleShot(100, this, &WindowCapture::tryCapture);
}

void WindowCapture::tryCapture()
{
    // Wait for the content and two frames after it, so animations have settled.
    if (!m_ready() || m_frames < 2) {
        if (m_ready() && m_frames < 2)
            m_window->update();
        QTimer::singleShot(100, this, &WindowCapture::tryCapture);
        return;
    }
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(m_file, "PNG");
    if (saved)
        spdlog::info("saved a screenshot to {}", m_file.toStdString());
    else
        spdlog::error("could not save a screenshot to {}", m_file.toStdString());
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace certdrill::app
