import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend
import CertDrill.Test

Item {
    id: top
    width: 1280
    height: 800

    // The mini test bank's correct answers, by question id.
    readonly property var answers: ({ "m-0001": "a", "m-0002": ["a", "b"], "m-0003": 30, "m-0004": "255.255.255.0",
                                      "m-0005": ["i1", "i2", "i3"], "m-0006": { l1: "r1", l2: "r2" } })
    readonly property var wrong: ({ "m-0001": "b", "m-0002": ["c", "d"], "m-0003": 31, "m-0004": "255.0.0.0",
                                    "m-0005": ["i3", "i2", "i1"], "m-0006": { l1: "r3", l2: "r2" } })

    Component {
        id: pageComponent
        PracticePage { anchors.fill: parent }
    }
    SignalSpy { id: leaveSpy; signalName: "leave" }
    SignalSpy { id: startingSpy; signalName: "startingChanged" }

    TestCase {
        name: "PracticePage"
        when: windowShown

        property var page: null
        property var controller: null

        function open(mode, options) {
            tryCompare(App.banks, "busy", false, 5000)
            page = createTemporaryObject(pageComponent, top, { bankId: "test-mini", mode: mode, options: options })
            verify(page)
            controller = findChild(page, "controller")
            leaveSpy.target = page
            leaveSpy.clear()
        }
        function cleanup() { TestClock.uninstall() }
        function child(name) {
            const item = findChild(page, name)
            verify(item !== null, "no " + name)
            return item
        }
        function answer(table) {
            const view = child("questionView")
            view.response = table[controller.question.id]
            verify(view.complete, controller.question.id)
        }

        function test_study_answer_feedback_next() {
            open("study", { fresh: true })
            tryCompare(controller, "running", true, 5000)
            compare(controller.total, 6)
            compare(child("progressLabel").text, "Question 1 of 6")
            verify(!child("submitButton").enabled)
            answer(top.answers)
            mouseClick(child("submitButton"))
            verify(controller.answered, controller.error)
            verify(child("feedbackPanel").visible)
            compare(child("verdict").text, "Correct")
            verify(child("nextDue").text.indexOf("Next review of this question: in ") === 0)
            verify(child("questionView").readOnly)
            mouseClick(child("nextButton"))
            compare(controller.position, 1)
            verify(!controller.answered)
            verify(!child("feedbackPanel").visible)
            compare(child("questionView").response, null)

            answer(top.wrong) // by keyboard this time: Enter submits, Enter moves on
            keyClick(Qt.Key_Return)
            verify(controller.answered)
            compare(child("verdict").text.indexOf("Not quite") === 0 || child("verdict").text.indexOf("Partly") === 0, true)
            verify(controller.feedback.correctAnswerHtml.length > 0)
            verify(child("explanation").visible)
            keyClick(Qt.Key_Return)
            compare(controller.position, 2)

            mouseClick(child("finishButton"))
            verify(controller.finished)
            verify(child("summary").visible)
            compare(child("summaryScore").text.indexOf("1 of 2 right"), 0)
        }

        function test_guessed_brings_a_question_back_sooner() {
            TestClock.install()
            open("study", { fresh: true })
            tryCompare(controller, "running", true, 5000)
            const toggle = child("guessedToggle")
            mouseClick(toggle)
            verify(controller.guessed)
            answer(top.answers)
            keyClick(Qt.Key_Return)
            const guessedDue = controller.feedback.nextDue
            keyClick(Qt.Key_Return)
            verify(!controller.guessed) // every question starts unguessed
            verify(!toggle.checked)
            answer(top.answers)
            keyClick(Qt.Key_Return)
            const sureDue = controller.feedback.nextDue
            verify(guessedDue < sureDue, guessedDue + " should come before " + sureDue)
            controller.finish()
        }

        function test_quiz_timer_warns_and_expires_on_the_injected_clock() {
            TestClock.install()
            open("quiz", { fresh: true, count: 3, minutes: 11 })
            tryCompare(controller, "running", true, 5000)
            verify(controller.timed)
            compare(controller.secondsLeft, 660)
            const badge = child("timer")
            verify(badge.visible)
            compare(badge.text, "11:00")
            answer(top.answers)
            keyClick(Qt.Key_Return) // a quiz shows no feedback: straight to the next question
            verify(!controller.answered)
            compare(controller.position, 1)
            TestClock.advanceSeconds(61)
            tryCompare(controller, "warning", 10, 2000)
            compare(controller.secondsLeft, 599)
            TestClock.advanceSeconds(300)
            tryCompare(controller, "warning", 5, 2000)
            tryCompare(child("toast"), "visible", true)
            TestClock.advanceSeconds(300)
            tryCompare(controller, "finished", true, 2000)
            verify(controller.summary.timedOut)
            compare(child("summaryTitle").text, "Time is up")
            compare(controller.summary.questionCount, 3)
            compare(controller.summary.correct, 1)
        }

        function test_a_timed_quiz_pauses_its_clock_and_hides_the_question() {
            TestClock.install()
            open("quiz", { fresh: true, count: 3, minutes: 11 })
            tryCompare(controller, "running", true, 5000)
            verify(controller.canPause)
            const pauseButton = child("pauseButton")
            verify(pauseButton.visible)
            mouseClick(pauseButton)
            verify(controller.paused)
            verify(child("pausedPane").visible)
            verify(!child("questionView").visible)
            TestClock.advanceSeconds(600) // the clock stands still while paused
            wait(300)
            compare(controller.secondsLeft, 660)
            verify(!controller.finished)
            keyClick(Qt.Key_Return) // Enter does not answer a hidden question
            compare(controller.position, 0)
            keyClick(Qt.Key_P, Qt.ControlModifier)
            verify(!controller.paused)
            verify(child("questionView").visible)
            TestClock.advanceSeconds(60)
            tryCompare(controller, "secondsLeft", 600, 2000)
            controller.finish()
        }

        function test_a_study_session_cannot_pause() {
            open("study", { fresh: true, count: 2 })
            tryCompare(controller, "running", true, 5000)
            verify(!controller.canPause)
            verify(!child("pauseButton").visible)
            verify(!controller.pause())
            verify(controller.error.length > 0)
            controller.finish()
        }

        function test_the_session_is_planned_in_the_background_then_shown() {
            open("study", { fresh: true, count: 2 })
            startingSpy.target = controller
            startingSpy.clear()
            tryCompare(controller, "running", true, 5000)
            // Planning ran off the GUI thread: `starting` went up and down, and the page's busy
            // indicator is gone now that the question shows.
            verify(!controller.starting)
            compare(startingSpy.count, 2) // the page starts on the next turn of the event loop
            tryCompare(child("startingIndicator"), "visible", false)
            verify(child("questionView").visible)
            controller.finish()
        }

        function test_an_unfinished_session_is_offered_to_continue() {
            open("review", { fresh: true })
            tryCompare(controller, "running", true, 5000)
            answer(top.answers)
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Return)
            compare(controller.position, 1)
            const total = controller.total
            page.destroy()
            wait(0)
            open("review", {})
            tryCompare(child("resumeOffer"), "visible", true, 2000)
            verify(!controller.running)
            mouseClick(child("resumeButton"))
            verify(controller.running)
            compare(controller.position, 1)
            compare(controller.total, total)
            controller.finish()
        }

        function test_drill_asks_for_a_filter() {
            open("drill", { fresh: true })
            const dialog = child("filterDialog")
            tryCompare(dialog, "opened", true, 2000)
            verify(!controller.running)
            mouseClick(findChild(dialog.contentItem, "domain_1.0"))
            dialog.accept()
            tryCompare(controller, "running", true, 2000)
            compare(controller.total, 2) // domain 1.0 has two questions
            controller.finish()
        }

        function test_report_a_problem() {
            open("study", { fresh: true })
            tryCompare(controller, "running", true, 5000)
            keyClick(Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
            const note = findChild(page, "reportNote")
            tryCompare(note, "visible", true, 2000)
            note.text = "The explanation cites the wrong port."
            const spy = createTemporaryObject(signalSpyComponent, top,
                                              { target: findChild(page, "reports"), signalName: "reported" })
            mouseClick(findChild(page, "sendReport"))
            compare(findChild(page, "reportMessage").text, "")
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "test-mini")
            compare(spy.signalArguments[0][1], controller.question.id)
            tryCompare(note, "visible", false, 2000)
            controller.finish()
        }
    }
    Component { id: signalSpyComponent; SignalSpy {} }
}
