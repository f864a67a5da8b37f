#include "app/session/ErrorMessage.h"

#include <QCoreApplication>

#include <map>
#include <string>

namespace certdrill::app {

QString errorMessage(const core::Error& error)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("ErrorMessage", text); };
    static const std::map<std::string, const char*> sentences{
        {"no-data", QT_TRANSLATE_NOOP("ErrorMessage", "Your data folder could not be opened.")},
        {"no-such-bank", QT_TRANSLATE_NOOP("ErrorMessage", "This question bank is not installed.")},
        {"bank-changed", QT_TRANSLATE_NOOP("ErrorMessage", "The bank has changed since this exam began: some of its questions are gone.")},
        {"empty-session", QT_TRANSLATE_NOOP("ErrorMessage", "There are no questions to ask.")},
        {"not-allowed", QT_TRANSLATE_NOOP("ErrorMessage", "The rules of this exam do not allow that.")},
        {"session-closed", QT_TRANSLATE_NOOP("ErrorMessage", "This exam has already been submitted.")},
        {"time-up", QT_TRANSLATE_NOOP("ErrorMessage", "Time is up: the exam has been submitted.")},
        {"paused", QT_TRANSLATE_NOOP("ErrorMessage", "The exam is paused: continue it first.")},
        {"pause-not-allowed", QT_TRANSLATE_NOOP("ErrorMessage", "A strict exam simulation cannot be paused.")},
        {"at-end", QT_TRANSLATE_NOOP("ErrorMessage", "This is the last question: submit the exam to finish.")},
        {"at-start", QT_TRANSLATE_NOOP("ErrorMessage", "This is the first question.")},
        {"nothing-to-resume", QT_TRANSLATE_NOOP("ErrorMessage", "There is no unfinished exam to resume.")},
        {"no-such-session", QT_TRANSLATE_NOOP("ErrorMessage", "That result no longer exists.")},
        {"bad-report", QT_TRANSLATE_NOOP("ErrorMessage", "The stored report could not be read.")},
    };
    if (const auto found = sentences.find(error.code); found != sentences.end())
        return tr(found->second);
    if (error.code == "bad-answer")
        return QCoreApplication::translate("ErrorMessage", "That answer does not fit the question: %1")
            .arg(QString::fromStdString(error.message));
    return QCoreApplication::translate("ErrorMessage", "Something went wrong: %1").arg(QString::fromStdString(error.message));
}

} // namespace certdrill::app
