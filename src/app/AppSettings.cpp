#include "app/AppSettings.h"

#include <algorithm>
#include <cmath>

namespace certdrill::app {
namespace {
bool knownTheme(const QString& theme)
{
    return theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark");
}
} // namespace

std::filesystem::path AppSettings::fileFor(const storage::DataLocations& locations)
{
    const auto& dir = locations.configDir.empty() ? locations.dataDir : locations.configDir;
    return std::filesystem::absolute(dir / "certdrill.conf");
}

AppSettings::AppSettings(const storage::DataLocations& locations, QObject* parent)
    : QObject(parent)
    , m_settings(QString::fromStdString(fileFor(locations).string()), QSettings::IniFormat)
{
    const auto theme = m_settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    m_theme = knownTheme(theme) ? theme : QStringLiteral("system");
    const double scale = m_settings.value(QStringLiteral("appearance/fontScale"), 1.0).toDouble();
    m_fontScale = std::isfinite(scale) ? std::clamp(scale, 0.8, 1.6) : 1.0;
}

void AppSettings::setTheme(const QString& theme)
{
    if (theme == m_theme || !knownTheme(theme))
        return;
    m_theme = theme;
    m_settings.setValue(QStringLiteral("appearance/theme"), theme);
    emit themeChanged();
}

void AppSettings::setFontScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    scale = std::clamp(scale, 0.8, 1.6);
    if (std::abs(scale - m_fontScale) < 1e-9)
        return;
    m_fontScale = scale;
    m_settings.setValue(QStringLiteral("appearance/fontScale"), scale);
    emit fontScaleChanged();
}

} // namespace certdrill::app
