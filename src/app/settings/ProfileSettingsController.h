#pragma once

#include "core/profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace certdrill::app {

class AppContext;

/// The current profile's study settings: desired retention, daily new limit and exam dates. Each
/// change is saved at once; a refused value leaves the setting as it was and sets `error`.
class ProfileSettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(double desiredRetention READ desiredRetention WRITE setDesiredRetention NOTIFY changed)
    Q_PROPERTY(int dailyNewLimit READ dailyNewLimit WRITE setDailyNewLimit NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr double kMinRetention = 0.70;
    static constexpr double kMaxRetention = 0.97;
    static constexpr int kMaxDailyNew = 10000;

    explicit ProfileSettingsController(QObject* parent = nullptr);

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] double desiredRetention() const;
    void setDesiredRetention(double retention);
    [[nodiscard]] int dailyNewLimit() const;
    void setDailyNewLimit(int limit);
    [[nodiscard]] QString error() const { return m_error; }

    /// The exam date set for a bank (YYYY-MM-DD), or empty.
    Q_INVOKABLE QString examDate(const QString& bankId) const;
    /// Sets (YYYY-MM-DD) or clears (empty) a bank's exam date. False with `error` set if refused.
    Q_INVOKABLE bool setExamDate(const QString& bankId, const QString& date);

signals:
    void contextChanged();
    void changed();
    void errorChanged();

private:
    /// Applies `change` to the stored profile and saves it; false (with `error`) when refused.
    bool update(const std::function<bool(core::Profile&)>& change);
    void setError(const QString& error);

    QPointer<AppContext> m_context;
    QString m_error;
};

} // namespace certdrill::app
