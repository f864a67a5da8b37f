#pragma once

#include "core/profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace certdrill::app {

class AppContext;

/// The current profile's study settings: desired retention, daily new limit, exam dates and the
/// grading policy (how answers become review ratings; ratings are FSRS's numbers 1 Again .. 4 Easy).
/// Each change is saved at once; a refused value leaves the setting as it was and sets `error`.
class ProfileSettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(double desiredRetention READ desiredRetention WRITE setDesiredRetention NOTIFY changed)
    Q_PROPERTY(int dailyNewLimit READ dailyNewLimit WRITE setDailyNewLimit NOTIFY changed)
    Q_PROPERTY(int wrongRating READ wrongRating WRITE setWrongRating NOTIFY changed)
    Q_PROPERTY(int guessedRating READ guessedRating WRITE setGuessedRating NOTIFY changed)
    Q_PROPERTY(int correctRating READ correctRating WRITE setCorrectRating NOTIFY changed)
    Q_PROPERTY(int fastRating READ fastRating WRITE setFastRating NOTIFY changed)
    Q_PROPERTY(bool fastNeedsSure READ fastNeedsSure WRITE setFastNeedsSure NOTIFY changed)
    Q_PROPERTY(double fastFactor READ fastFactor WRITE setFastFactor NOTIFY changed)
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
    [[nodiscard]] int wrongRating() const;
    void setWrongRating(int rating);
    [[nodiscard]] int guessedRating() const;
    void setGuessedRating(int rating);
    [[nodiscard]] int correctRating() const;
    void setCorrectRating(int rating);
    [[nodiscard]] int fastRating() const;
    void setFastRating(int rating);
    [[nodiscard]] bool fastNeedsSure() const { return grading().fastNeedsSure; }
    void setFastNeedsSure(bool needsSure);
    [[nodiscard]] double fastFactor() const { return grading().fastFactor; }
    void setFastFactor(double factor);
    [[nodiscard]] QString error() const { return m_error; }

    /// Puts the grading policy back to the default (wrong Again, guessed Hard, correct Good, fast Easy).
    Q_INVOKABLE void resetGrading();

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
    [[nodiscard]] core::GradingPolicy grading() const;
    /// Checks and saves a changed policy; a refused one sets `error` and leaves the stored one.
    void setGrading(const core::GradingPolicy& policy);
    void setRating(core::Rating core::GradingPolicy::*field, int rating);

    QPointer<AppContext> m_context;
    QString m_error;
};

} // namespace certdrill::app
