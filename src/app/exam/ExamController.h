#pragma once

#include "app/exam/ReviewScreenModel.h"
#include "app/question/QuestionPresenter.h"
#include "app/session/SessionStarter.h"
#include "core/session/ExamSession.h"
#include "storage/SessionEnvironment.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace certdrill::app {

/// A timed exam simulation for the exam page: starts or resumes the current profile's exam in a
/// bank and exposes core::ExamSession to QML. Core saves every step at once (closing the app and
/// reopening resumes) and enforces the navigation rules; the time left is read from the core's
/// monotonic clock on each poll (a QTimer drives poll(); it never counts ticks).
class ExamController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    /// A new exam is being drawn (off the GUI thread); `active` follows, or `error`.
    Q_PROPERTY(bool starting READ starting NOTIFY startingChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY stateChanged)
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY stateChanged)
    Q_PROPERTY(QString bankId READ bankId NOTIFY stateChanged)
    Q_PROPERTY(QString bankTitle READ bankTitle NOTIFY stateChanged)
    Q_PROPERTY(QString examCode READ examCode NOTIFY stateChanged)
    Q_PROPERTY(int total READ total NOTIFY stateChanged)
    Q_PROPERTY(bool practice READ practice NOTIFY stateChanged)
    Q_PROPERTY(bool canPause READ canPause NOTIFY stateChanged)
    Q_PROPERTY(bool canFlag READ canFlag NOTIFY stateChanged)
    Q_PROPERTY(bool canReview READ canReview NOTIFY stateChanged)
    Q_PROPERTY(bool forwardOnly READ forwardOnly NOTIFY stateChanged)
    Q_PROPERTY(bool timed READ timed NOTIFY stateChanged)
    Q_PROPERTY(bool timedOut READ timedOut NOTIFY stateChanged)
    Q_PROPERTY(int position READ position NOTIFY positionChanged)
    Q_PROPERTY(QVariantMap question READ question NOTIFY positionChanged)
    Q_PROPERTY(QVariant response READ response NOTIFY answerChanged)
    Q_PROPERTY(bool answered READ answered NOTIFY answerChanged)
    Q_PROPERTY(bool flagged READ flagged NOTIFY answerChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answerChanged)
    Q_PROPERTY(int unansweredCount READ unansweredCount NOTIFY answerChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY positionChanged)
    Q_PROPERTY(bool isLast READ isLast NOTIFY positionChanged)
    Q_PROPERTY(bool nextLeavesUnanswered READ nextLeavesUnanswered NOTIFY answerChanged)
    Q_PROPERTY(qint64 timeLeftMs READ timeLeftMs NOTIFY timeChanged)
    Q_PROPERTY(int warningLevel READ warningLevel NOTIFY timeChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY timeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(certdrill::app::ReviewScreenModel* reviewScreen READ reviewScreen CONSTANT)

public:
    explicit ExamController(QObject* parent = nullptr);
    ~ExamController() override;

    [[nodiscard]] bool active() const { return m_exam.has_value() && !m_exam->closed(); }
    [[nodiscard]] bool starting() const { return m_starter.busy(); }
    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] qint64 sessionId() const { return m_sessionId; }
    [[nodiscard]] QString bankId() const;
    [[nodiscard]] QString bankTitle() const;
    [[nodiscard]] QString examCode() const;
    [[nodiscard]] int total() const { return m_exam ? static_cast<int>(m_exam->total()) : 0; }
    [[nodiscard]] bool practice() const { return m_exam && m_exam->settings().practice; }
    [[nodiscard]] bool canPause() const { return active() && m_exam->canPause(); }
    [[nodiscard]] bool canFlag() const { return m_exam && m_exam->navigator().canFlag(); }
    [[nodiscard]] bool canReview() const { return m_exam && m_exam->navigator().hasReviewScreen(); }
    [[nodiscard]] bool forwardOnly() const { return m_exam && m_exam->navigator().navigation() == core::Navigation::ForwardOnly; }
    [[nodiscard]] bool timed() const { return m_exam && m_exam->settings().timeLimitMs.has_value(); }
    [[nodiscard]] bool timedOut() const { return m_timedOut; }
    [[nodiscard]] int position() const { return m_exam ? static_cast<int>(m_exam->position()) : 0; }
    [[nodiscard]] QVariantMap question() const { return m_question; }
    [[nodiscard]] QVariant response() const;
    [[nodiscard]] bool answered() const;
    [[nodiscard]] bool flagged() const;
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] int unansweredCount() const { return total() - answeredCount(); }
    [[nodiscard]] bool canGoBack() const { return active() && m_exam->canGoBack(); }
    [[nodiscard]] bool isLast() const { return m_exam && m_exam->position() + 1 >= m_exam->total(); }
    [[nodiscard]] bool nextLeavesUnanswered() const { return active() && m_exam->nextLeavesUnanswered(); }
    [[nodiscard]] qint64 timeLeftMs() const { return m_timeLeftMs; }
    [[nodiscard]] int warningLevel() const { return m_warningLevel; }
    [[nodiscard]] bool paused() const { return m_paused; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] ReviewScreenModel* reviewScreen() const { return m_reviewScreen; }

    /// Whether the current profile has an unfinished exam in the bank.
    Q_INVOKABLE bool hasUnfinished(const QString& bankId);
    /// What the page shows before an exam starts: title, examCode, questions, minutes,
    /// passingScore, scaleHighest, forwardOnly, and unfinished (an exam to resume); empty when
    /// the bank is not installed.
    Q_INVOKABLE QVariantMap examInfo(const QString& bankId);
    /// Starts a new exam drawn from the bank. `options`: practice (bool: pausing allowed),
    /// seed (number; default from the clock), count (questions; default the bank's), minutes.
    /// The draw reads the profile's history off the GUI thread: `starting` is true meanwhile, then
    /// `active` (or `error`). False, with `error`, when it cannot even begin.
    Q_INVOKABLE bool start(const QString& bankId, const QVariantMap& options = {});
    /// Continues the profile's unfinished exam in the bank where it was left.
    Q_INVOKABLE bool resume(const QString& bankId);

    /// Saves the answer to the question on screen (null or an empty answer removes it).
    Q_INVOKABLE bool answer(const QVariant& response);
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    Q_INVOKABLE bool goTo(int index);
    Q_INVOKABLE bool setFlagged(bool flagged);
    Q_INVOKABLE bool pause();
    Q_INVOKABLE bool unpause();
    /// Scores and stores the exam; emits submitted().
    Q_INVOKABLE bool submit();
    /// Reads the review screen again (after answering or flagging).
    Q_INVOKABLE void refreshReviewScreen();
    /// Reads the clock now: the time left, warnings, and submission when time is up.
    Q_INVOKABLE void poll();
    /// Leaves the exam unfinished (it stays resumable): books the time so far and stops the clock.
    Q_INVOKABLE void leave();

signals:
    void stateChanged();
    void startingChanged();
    void positionChanged();
    void answerChanged();
    void timeChanged();
    void errorChanged();
    /// The timer's warning: 10 or 5 minutes are left.
    void warned(int minutesLeft);
    /// The exam was submitted (by the candidate or, `timedOut`, by the timer).
    void submitted(qint64 sessionId, bool timedOut);

private:
    bool begin(core::Result<core::ExamSession> session);
    /// Shows an error, or clears it; true when `result` is not an error.
    bool check(const core::Result<void>& result);
    /// After a move: the question now on screen.
    bool moved(const core::Result<void>& result);
    /// After pausing or continuing: the timer.
    bool clocked(const core::Result<void>& result);
    void setError(const QString& message);
    void showQuestion();
    void readTimer();
    void finish(bool timedOut);

    SessionStarter m_starter;
    std::unique_ptr<storage::SessionEnvironment> m_env;
    std::optional<QuestionPresenter> m_presenter;
    std::optional<core::ExamSession> m_exam; ///< after m_env: destroyed first
    ReviewScreenModel* m_reviewScreen;
    QTimer m_ticker;
    QVariantMap m_question;
    qint64 m_sessionId = 0;
    qint64 m_timeLeftMs = 0;
    int m_warningLevel = 0;
    bool m_paused = false;
    bool m_finished = false;
    bool m_timedOut = false;
    QString m_error;
};

} // namespace certdrill::app
