#pragma once

#include "app/results/AreaResultModel.h"
#include "app/results/MissedQuestionModel.h"
#include "app/results/QuestionTimeModel.h"
#include "app/results/StoredResults.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace certdrill::app {

/// The report of one finished session for the results page: the scaled score (an estimate)
/// against the passing line, pass or fail, the results per domain and objective, the missed
/// questions with every option's explanation, the time on each question, and a drill of the
/// missed questions in one step. Everything comes from the report core stored with the session.
class ResultsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY loadedChanged)
    Q_PROPERTY(QString bankId READ bankId NOTIFY loadedChanged)
    Q_PROPERTY(QString bankTitle READ bankTitle NOTIFY loadedChanged)
    Q_PROPERTY(QString examCode READ examCode NOTIFY loadedChanged)
    Q_PROPERTY(QString finishedAt READ finishedAt NOTIFY loadedChanged)
    Q_PROPERTY(bool practice READ practice NOTIFY loadedChanged)
    Q_PROPERTY(bool timedOut READ timedOut NOTIFY loadedChanged)
    Q_PROPERTY(int scaledScore READ scaledScore NOTIFY loadedChanged)
    Q_PROPERTY(int scaleLowest READ scaleLowest NOTIFY loadedChanged)
    Q_PROPERTY(int scaleHighest READ scaleHighest NOTIFY loadedChanged)
    Q_PROPERTY(int passingScore READ passingScore NOTIFY loadedChanged)
    Q_PROPERTY(bool passed READ passed NOTIFY loadedChanged)
    Q_PROPERTY(double percent READ percent NOTIFY loadedChanged)
    Q_PROPERTY(double passingPercent READ passingPercent NOTIFY loadedChanged)
    Q_PROPERTY(double raw READ raw NOTIFY loadedChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY loadedChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY loadedChanged)
    Q_PROPERTY(int correctCount READ correctCount NOTIFY loadedChanged)
    Q_PROPERTY(int partialCount READ partialCount NOTIFY loadedChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY loadedChanged)
    Q_PROPERTY(qint64 timeLimitMs READ timeLimitMs NOTIFY loadedChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY loadedChanged)
    Q_PROPERTY(QStringList missedIds READ missedIds NOTIFY loadedChanged)
    Q_PROPERTY(QStringList domainNames READ domainNames NOTIFY loadedChanged)
    Q_PROPERTY(QVariantList domainPercents READ domainPercents NOTIFY loadedChanged)
    Q_PROPERTY(QString scaledScoreNote READ scaledScoreNote CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(certdrill::app::AreaResultModel* domains READ domains CONSTANT)
    Q_PROPERTY(certdrill::app::AreaResultModel* objectives READ objectives CONSTANT)
    Q_PROPERTY(certdrill::app::MissedQuestionModel* missed READ missed CONSTANT)
    Q_PROPERTY(certdrill::app::QuestionTimeModel* questions READ questions CONSTANT)

public:
    explicit ResultsController(QObject* parent = nullptr);

    [[nodiscard]] bool loaded() const { return m_result.has_value(); }
    [[nodiscard]] qint64 sessionId() const { return m_result ? m_result->record.id : 0; }
    [[nodiscard]] QString bankId() const;
    [[nodiscard]] QString bankTitle() const;
    [[nodiscard]] QString examCode() const;
    [[nodiscard]] QString finishedAt() const;
    [[nodiscard]] bool practice() const { return m_result && m_result->report.facts.practice; }
    [[nodiscard]] bool timedOut() const { return m_result && m_result->report.facts.timedOut; }
    [[nodiscard]] int scaledScore() const { return m_result ? m_result->report.scaled.value : 0; }
    [[nodiscard]] int scaleLowest() const { return m_result ? m_result->report.scaled.lowest : 0; }
    [[nodiscard]] int scaleHighest() const { return m_result ? m_result->report.scaled.highest : 0; }
    [[nodiscard]] int passingScore() const { return m_result ? m_result->report.scaled.passingScore : 0; }
    [[nodiscard]] bool passed() const { return m_result && m_result->report.passed(); }
    [[nodiscard]] double percent() const { return m_result ? m_result->report.percent() : 0.0; }
    /// The raw percentage that maps to the passing score: the passing line on percentage charts.
    [[nodiscard]] double passingPercent() const { return m_result ? 100.0 * m_result->report.scaled.passingFraction : 0.0; }
    [[nodiscard]] double raw() const { return m_result ? m_result->report.raw : 0.0; }
    [[nodiscard]] int questionCount() const { return m_result ? static_cast<int>(m_result->report.questionCount) : 0; }
    [[nodiscard]] int answeredCount() const { return m_result ? static_cast<int>(m_result->report.answered) : 0; }
    [[nodiscard]] int correctCount() const { return m_result ? static_cast<int>(m_result->report.correct) : 0; }
    [[nodiscard]] int partialCount() const { return m_result ? static_cast<int>(m_result->report.partial) : 0; }
    [[nodiscard]] qint64 elapsedMs() const { return m_result ? m_result->report.facts.elapsedMs : 0; }
    [[nodiscard]] qint64 timeLimitMs() const;
    [[nodiscard]] QStringList notes() const;
    [[nodiscard]] QStringList missedIds() const;
    /// The domains' names and percentages in blueprint order, for the bar chart's categories and set.
    [[nodiscard]] QStringList domainNames() const;
    [[nodiscard]] QVariantList domainPercents() const;
    [[nodiscard]] QString scaledScoreNote() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] AreaResultModel* domains() const { return m_domains; }
    [[nodiscard]] AreaResultModel* objectives() const { return m_objectives; }
    [[nodiscard]] MissedQuestionModel* missed() const { return m_missed; }
    [[nodiscard]] QuestionTimeModel* questions() const { return m_questions; }

    /// Shows the report of one of the profile's finished sessions.
    Q_INVOKABLE bool load(qint64 sessionId);
    /// Shows the profile's latest finished exam in the bank; false when there is none.
    Q_INVOKABLE bool loadLatest(const QString& bankId);
    /// Starts a drill of exactly the missed questions (stored, so the practice page resumes it)
    /// and emits retakeStarted().
    Q_INVOKABLE bool retakeMissed();

signals:
    void loadedChanged();
    void errorChanged();
    /// A drill of the missed questions was stored as the profile's open drill session in the bank.
    void retakeStarted(const QString& bankId, qint64 sessionId);

private:
    void show(std::optional<StoredResult> result);
    void setError(const QString& message);
    [[nodiscard]] std::vector<MissedQuestionModel::Row> missedRows() const;

    std::optional<StoredResult> m_result;
    AreaResultModel* m_domains;
    AreaResultModel* m_objectives;
    MissedQuestionModel* m_missed;
    QuestionTimeModel* m_questions;
    QString m_error;
};

} // namespace certdrill::app
