#pragma once

#include "storage/DataLocations.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <filesystem>

namespace certdrill::app {

/// Settings of this machine's app (not of a profile): theme and text size. Kept in an ini file
/// (`certdrill.conf` in the XDG config dir, or in the data dir when one is given).
class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.settings")
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)

public:
    explicit AppSettings(const storage::DataLocations& locations, QObject* parent = nullptr);

    /// The ini file: `certdrill.conf` in the config dir, or in the data dir when no config dir is
    /// set (never a path relative to the working directory).
    [[nodiscard]] static std::filesystem::path fileFor(const storage::DataLocations& locations);

    /// "system", "light" or "dark".
    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString& theme);
    /// Text size relative to the default, 0.8 to 1.6.
    [[nodiscard]] double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);

signals:
    void themeChanged();
    void fontScaleChanged();

private:
    QSettings m_settings;
    QString m_theme;
    double m_fontScale = 1.0;
};

} // namespace certdrill::app
