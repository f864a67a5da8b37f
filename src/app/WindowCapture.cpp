#include "app/WindowCapture.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QSet>
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
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        ++m_frames;
        m_lastFrame.start();
    });
    m_lastFrame.start();
    QTimer::singleShot(100, this, &WindowCapture::tryCapture);
}

void WindowCapture::tryCapture()
{
    // Wait for the content, then for the scene to settle: no new frame for 400 ms means every
    // transition and animation has finished. On the offscreen platform QtCharts' chart views
    // keep asking for frames once they hold data (on a real display they do not), so the scene
    // also counts as settled 1.5 s after the content was ready.
    const bool ready = m_ready();
    if (!ready)
        m_readySince.invalidate();
    else if (!m_readySince.isValid())
        m_readySince.start();
    const bool settled = m_lastFrame.elapsed() >= 400 || (ready && m_readySince.elapsed() >= 1500);
    if (!ready || m_frames < 2 || !settled) {
        if (m_frames < 2)
            m_window->update();
        QTimer::singleShot(100, this, &WindowCapture::tryCapture);
        return;
    }
    const QImage image = m_window->grabWindow();
    // A blank render (no text, no controls) has a handful of colours at most.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    if (colours.size() < 8) {
        spdlog::error("the window rendered blank ({} colours)", colours.size());
        QCoreApplication::exit(2);
        return;
    }
    const bool saved = !image.isNull() && image.save(m_file, "PNG");
    if (saved)
        spdlog::info("saved a screenshot to {}", m_file.toStdString());
    else
        spdlog::error("could not save a screenshot to {}", m_file.toStdString());
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace certdrill::app
