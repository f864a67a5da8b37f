#include "app/StartupProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace certdrill::app {
namespace {

/// A field of /proc/self/status in MiB ("VmRSS", "VmHWM"), or -1.
double statusMiB(const QByteArray& key)
{
    QFile status{QStringLiteral("/proc/self/status")};
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto& line : status.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

double millisecondsSinceProcessStart()
{
    QFile stat{QStringLiteral("/proc/self/stat")};
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from after the ")" of the name.
    const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

StartupProbe::StartupProbe(QQuickWindow* window, std::function<bool()> ready, std::function<qint64()> questionCount,
                           QObject* parent)
    : QObject(parent)
    , m_ready(std::move(ready))
    , m_questionCount(std::move(questionCount))
{
    connect(window, &QQuickWindow::frameSwapped, this, &StartupProbe::frame);
    // Keep frames coming while the banks load in the background.
    auto* poke = new QTimer(this);
    connect(poke, &QTimer::timeout, window, &QQuickWindow::update);
    poke->start(5);
}

void StartupProbe::frame()
{
    if (m_done || !m_ready())
        return;
    m_done = true;
    std::printf("{\"startup_ms\": %.1f, \"rss_mb\": %.1f, \"peak_rss_mb\": %.1f, \"questions_loaded\": %lld}\n",
                millisecondsSinceProcessStart(), statusMiB("VmRSS"), statusMiB("VmHWM"),
                static_cast<long long>(m_questionCount()));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace certdrill::app
