#pragma once

#include "app/BackgroundQuery.h"
#include "app/dashboard/StudySnapshot.h"
#include "storage/StudyOverview.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

class AppContext;

/// The current profile's progress in one bank, for the charts of the progress page. Each series
/// is a list of plain objects: `days` {date, answers, correct, accuracy (-1 without answers)},
/// `forecast` {date, due} (today first), `domains` {domainId, name, mastery, studied, questions}.
/// Read off the GUI thread; again when App says the study changed.
class ProgressModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString bankId READ bankId WRITE setBankId NOTIFY bankIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QVariantList answersPerDay READ answersPerDay NOTIFY loaded)
    Q_PROPERTY(QVariantList forecast READ forecast NOTIFY loaded)
    Q_PROPERTY(QVariantList domains READ domains NOTIFY loaded)
    Q_PROPERTY(int maxAnswers READ maxAnswers NOTIFY loaded)
    Q_PROPERTY(int maxDue READ maxDue NOTIFY loaded)
    Q_PROPERTY(int totalAnswers READ totalAnswers NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    explicit ProgressModel(QObject* parent = nullptr);
    ~ProgressModel() override;

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] QString bankId() const { return m_bankId; }
    void setBankId(const QString& bankId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);
    [[nodiscard]] bool busy() const { return m_query.busy(); }
    [[nodiscard]] QVariantList answersPerDay() const { return m_answers; }
    [[nodiscard]] QVariantList forecast() const { return m_forecast; }
    [[nodiscard]] QVariantList domains() const { return m_domains; }
    [[nodiscard]] int maxAnswers() const { return m_maxAnswers; }
    [[nodiscard]] int maxDue() const { return m_maxDue; }
    [[nodiscard]] int totalAnswers() const { return m_totalAnswers; }
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

signals:
    void contextChanged();
    void bankIdChanged();
    void daysChanged();
    void busyChanged();
    void loaded();

private:
    void show(const core::Result<storage::ProgressReport>& result);

    QPointer<AppContext> m_context;
    QString m_bankId;
    int m_days = 30;
    QVariantList m_answers;
    QVariantList m_forecast;
    QVariantList m_domains;
    int m_maxAnswers = 0;
    int m_maxDue = 0;
    int m_totalAnswers = 0;
    QString m_error;
    BackgroundQuery<core::Result<storage::ProgressReport>> m_query;
};

} // namespace certdrill::app
