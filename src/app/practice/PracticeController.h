#pragma once

#include "app/session/SessionStarter.h"
#include "core/session/PracticeSession.h"
#include "storage/SessionEnvironment.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariant>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace certdrill::app {

class AppContext;

/// A study, review, quiz or drill session for qml/practice/PracticePage.qml: one question at a
/// time through core::PracticeSession, each answer committed (log, memory state, position) before
/// the next question shows. Study, review and drill show feedback after each answer; a quiz is
/// timed (the core's timer, read every quarter second) and shows its results at the end.
/// Set `app` (the App singleton) first.
class PracticeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString bankId READ bankId NOTIFY sessionChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY sessionChanged)
    Q_PROPERTY(QString bankTitle READ bankTitle NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ running NOTIFY sessionChanged)
    /// A new session is being planned (off the GUI thread); `running` follows, or `error`.
    Q_PROPERTY(bool starting READ starting NOTIFY startingChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY sessionChanged)
    Q_PROPERTY(int total READ total NOTIFY sessionChanged)
    Q_PROPERTY(bool timed READ timed NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap question READ question NOTIFY questionChanged)
    Q_PROPERTY(int position READ position NOTIFY questionChanged)
    Q_PROPERTY(bool answered READ answered NOTIFY questionChanged)
    Q_PROPERTY(QVariant response READ response NOTIFY questionChanged)
    Q_PROPERTY(QVariant feedback READ feedback NOTIFY questionChanged)
    Q_PROPERTY(bool guessed READ guessed WRITE setGuessed NOTIFY guessedChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY timerChanged)
    /// A timed quiz may be paused: the clock stops and the question is hidden.
    Q_PROPERTY(bool canPause READ canPause NOTIFY sessionChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY timerChanged)
    Q_PROPERTY(int warning READ warning NOTIFY timerChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY sessionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit PracticeController(QObject* parent = nullptr);
    ~PracticeController() override;

    [[nodiscard]] AppContext* app() const { return m_app; }
    void setApp(AppContext* app);
    [[nodiscard]] QString bankId() const { return m_bankId; }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] QString bankTitle() const { return m_env ? QString::fromStdString(m_env->bank->title) : QString{}; }
    /// A session is open and has a question on screen (or its feedback).
    [[nodiscard]] bool running() const { return m_session.has_value() && !m_finished; }
    [[nodiscard]] bool starting() const { return m_starter.busy(); }
    /// The session closed: `summary` holds its results.
    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] int total() const;
    [[nodiscard]] bool timed() const;
    /// The question on screen (QuestionPresenter's map), or the one just answered while its
    /// feedback shows.
    [[nodiscard]] QVariantMap question() const { return m_question; }
    /// 0-based index of the question on screen.
    [[nodiscard]] int position() const { return m_position; }
    /// The question on screen was answered and its feedback shows; next() moves on.
    [[nodiscard]] bool answered() const { return m_feedback.isValid(); }
    /// The answer given to the question showing its feedback (null otherwise).
    [[nodiscard]] QVariant response() const { return m_response; }
    /// feedbackToVariant's map plus `nextDue` (a date) and `nextDueText`, or null.
    [[nodiscard]] QVariant feedback() const { return m_feedback; }
    [[nodiscard]] bool guessed() const { return m_guessed; }
    void setGuessed(bool guessed);
    /// Seconds left in a timed session, -1 when untimed.
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] bool canPause() const { return running() && m_session->canPause(); }
    [[nodiscard]] bool paused() const { return m_paused; }
    /// 10 or 5 once that warning applies, else 0.
    [[nodiscard]] int warning() const { return m_warning; }
    /// The results of the finished session (PracticeSummary.h), empty before.
    [[nodiscard]] QVariantMap summary() const { return m_summary; }
    /// The last failure as a message to show, or empty.
    [[nodiscard]] QString error() const { return m_error; }

    /// What a drill filter can name in this bank: {domains: [{id, name}], objectives: [{id, title,
    /// domain}], tags: [string]} (tags sorted).
    Q_INVOKABLE QVariantMap filterChoices(const QString& bankId) const;
    /// Where an unfinished session of this bank and mode stands: {position, total}, or empty.
    Q_INVOKABLE QVariantMap openSession(const QString& bankId, const QString& mode);
    /// Starts a new session (see PracticeOptions.h for `options`). The plan reads the profile's
    /// history off the GUI thread: `starting` is true meanwhile, then `running` (or `error`).
    /// False, with `error` set, when it cannot even begin.
    Q_INVOKABLE bool start(const QString& bankId, const QString& mode, const QVariantMap& options = {});
    /// Continues the unfinished session of this bank and mode.
    Q_INVOKABLE bool resume(const QString& bankId, const QString& mode);
    /// Answers the question on screen (QuestionView's response). False with `error` when the
    /// answer is incomplete or could not be saved.
    Q_INVOKABLE bool submit(const QVariant& response);
    /// After feedback: the next question, or the summary after the last.
    Q_INVOKABLE void next();
    /// Moves past the question on screen without answering.
    Q_INVOKABLE void skip();
    /// Closes the session now with its results.
    Q_INVOKABLE void finish();
    /// Stops and restarts a timed quiz's clock. False with `error` where that is not allowed.
    Q_INVOKABLE bool pause();
    Q_INVOKABLE bool unpause();

signals:
    void appChanged();
    void sessionChanged();
    void startingChanged();
    void questionChanged();
    void guessedChanged();
    void timerChanged();
    void errorChanged();
    /// A timer warning (10 or 5 minutes left) or 0 when time is up.
    void timeWarning(int minutes);

private:
    /// Closes what is on screen and opens the profile's environment in the bank for `mode`.
    [[nodiscard]] std::unique_ptr<storage::SessionEnvironment> prepare(const QString& bankId, const QString& mode);
    void adopt(std::unique_ptr<storage::SessionEnvironment> env, const QString& bankId, const QString& mode);
    bool begin(core::Result<core::PracticeSession> session);
    void showCurrent();
    void close();
    void poll();
    void updateTimer();
    /// After pausing or continuing: the timer, or the error.
    bool clocked(const core::Result<void>& result);
    void setError(const QString& message);
    bool failed(const core::Error& error);
    [[nodiscard]] QVariantMap feedbackMap(const core::Question& question, const core::AnswerOutcome& outcome) const;

    AppContext* m_app = nullptr;
    SessionStarter m_starter;
    std::unique_ptr<storage::SessionEnvironment> m_env; // outlives m_session, which refers to it
    std::optional<core::PracticeSession> m_session;
    std::filesystem::path m_bankFolder;
    QString m_bankId;
    QString m_mode;
    QVariantMap m_question;
    int m_position = 0;
    QVariant m_response;
    QVariant m_feedback;
    bool m_guessed = false;
    bool m_finished = false;
    int m_secondsLeft = -1;
    int m_warning = 0;
    bool m_paused = false;
    QVariantMap m_summary;
    QString m_error;
    QTimer m_ticker;
};

} // namespace certdrill::app
