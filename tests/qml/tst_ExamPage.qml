import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend
import CertDrill.Test

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ExamPage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: submittedSpy
        signalName: "submitted"
    }
    SignalSpy {
        id: leftSpy
        signalName: "exited"
    }

    TestCase {
        name: "ExamPage"
        when: windowShown

        property var page: null
        property var exam: null

        function init() {
            tryCompare(App.banks, "busy", false, 5000)
            TestClock.install()
        }
        function cleanup() {
            if (page)
                page.destroy()
            page = null
            exam = null
            TestClock.uninstall()
            submittedSpy.clear()
            leftSpy.clear()
        }
        function open(bankId, options) {
            page = createTemporaryObject(pageComponent, root, { bankId: bankId, options: options })
            verify(page)
            exam = page.controller
            submittedSpy.target = page
            leftSpy.target = page
            return page
        }
        /// Waits for the exam and for the page's layout after it (so clicks land where they aim).
        function started() {
            tryCompare(exam, "active", true)
            waitForRendering(page)
        }
        function child(name) {
            const item = findChild(page, name)
            verify(item, name)
            return item
        }
        /// Goes to the first question of this type (free navigation); returns its index.
        function goToType(type) {
            for (let i = 0; i < exam.total; ++i) {
                verify(exam.goTo(i))
                if (exam.question.type === type)
                    return i
            }
            fail("no " + type + " question in the exam")
        }

        function test_shows_question_n_of_m_and_the_time_left() {
            open("test-mini", { fresh: true, seed: 1, minutes: 12 })
            started()
            compare(exam.total, 4)
            compare(child("progressLabel").text, "Question 1 of 4")
            compare(child("timeLabel").text, "12:00")
            compare(exam.warningLevel, 0)
            verify(child("flagButton").visible)
            verify(child("reviewButton").visible)
            verify(child("backQuestionButton").visible)
            verify(!child("backQuestionButton").enabled)
            verify(!child("pauseButton").visible, "a strict exam cannot be paused")
            verify(child("flagButton").Accessible.name.length > 0)
        }

        function test_answers_by_mouse_and_by_keyboard() {
            open("test-mini", { fresh: true, seed: 1 })
            started()
            const index = goToType("single")
            const choices = exam.question.choices
            const view = child("questionView")
            const row = findChild(view, "choice_" + choices[1].id)
            verify(row)
            mouseClick(row)
            tryCompare(exam, "answered", true)
            compare(exam.response, choices[1].id)
            compare(child("answeredLabel").text, "1 of 4 answered")

            view.forceActiveFocus()
            keyClick(Qt.Key_1)
            tryCompare(exam, "response", choices[0].id)
            compare(exam.answeredCount, 1)

            // Enter moves on; the saved answer is shown again on coming back.
            if (index + 1 < exam.total) {
                keyClick(Qt.Key_Return)
                tryCompare(exam, "position", index + 1)
                verify(exam.previous())
                compare(exam.position, index)
                compare(view.response, choices[0].id)
            }
        }

        function test_flags_and_jumps_from_the_review_screen() {
            open("test-mini", { fresh: true, seed: 1 })
            started()
            child("questionView").forceActiveFocus()
            keyClick(Qt.Key_F)
            tryCompare(exam, "flagged", true)
            verify(child("flaggedBadge").visible)
            compare(exam.reviewScreen.flagged, 1)

            keyClick(Qt.Key_R, Qt.ControlModifier)
            const review = child("reviewScreen")
            tryCompare(review, "opened", true)
            compare(exam.reviewScreen.count, 4)
            compare(child("reviewCounts").text, "0 answered, 4 unanswered, 1 flagged")
            const tile = findChild(review.contentItem, "reviewTile_2")
            verify(tile)
            mouseClick(tile)
            tryCompare(exam, "position", 2)
            tryCompare(review, "visible", false)
            compare(child("progressLabel").text, "Question 3 of 4")
            verify(!exam.flagged)

            verify(exam.goTo(0))
            child("flagButton").clicked()
            tryCompare(exam, "flagged", false)
            compare(exam.reviewScreen.flagged, 0)
        }

        function test_submits_only_after_confirming() {
            open("test-mini", { fresh: true, seed: 1 })
            started()
            const index = goToType("single")
            verify(exam.answer(exam.question.choices[0].id))
            mouseClick(child("submitButton"))
            const dialog = child("submitDialog")
            tryCompare(dialog, "opened", true)
            compare(dialog.text, "3 questions unanswered. Submit the exam anyway?")
            mouseClick(findChild(dialog.footer, "rejectButton"))
            tryCompare(dialog, "visible", false)
            verify(exam.active)
            compare(submittedSpy.count, 0)

            mouseClick(child("submitButton"))
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Return)
            tryCompare(submittedSpy, "count", 1)
            verify(submittedSpy.signalArguments[0][0] > 0)
            compare(submittedSpy.signalArguments[0][1], false)
            verify(exam.finished)
            verify(!exam.active)
        }

        function test_warns_at_ten_and_five_minutes_and_submits_at_zero() {
            open("test-mini", { fresh: true, seed: 1, minutes: 12 })
            started()
            TestClock.advanceSeconds(119)
            exam.poll()
            compare(exam.timeLeftMs, 601000)
            compare(exam.warningLevel, 0)
            compare(child("timeLabel").text, "10:01")

            TestClock.advanceSeconds(2)
            tryCompare(exam, "warningLevel", 1) // the page's own timer polls
            compare(child("timeLabel").text, "9:59")
            verify(child("warningBanner").visible)
            verify(String(child("timeLabel").color) !== String(child("progressLabel").color), "amber at 10 minutes")
            const amber = String(child("timeLabel").color)

            TestClock.advanceSeconds(300)
            tryCompare(exam, "warningLevel", 2)
            verify(String(child("timeLabel").color) !== amber, "red at 5 minutes")

            TestClock.advanceSeconds(298)
            tryCompare(exam, "timeLeftMs", 1000)
            verify(exam.active)
            TestClock.advanceSeconds(1)
            tryCompare(submittedSpy, "count", 1)
            compare(submittedSpy.signalArguments[0][1], true)
            verify(exam.timedOut)
            verify(exam.finished)
        }

        function test_a_forward_only_exam_has_no_back_flag_or_review_screen() {
            open("test-forward", { fresh: true, seed: 1 })
            started()
            verify(exam.forwardOnly)
            verify(!child("backQuestionButton").visible)
            verify(!child("flagButton").visible)
            verify(!child("reviewButton").visible)
            verify(child("forwardOnlyNote").visible)
            keyClick(Qt.Key_R, Qt.ControlModifier)
            verify(!child("reviewScreen").visible)
            keyClick(Qt.Key_F)
            verify(!exam.flagged)
            verify(!exam.setFlagged(true))
            verify(exam.error.length > 0)

            // Leaving a lone unanswered question asks first, and cannot be undone.
            while (exam.question.scenarioHtml.length > 0)
                verify(exam.next())
            const before = exam.position
            verify(exam.nextLeavesUnanswered)
            mouseClick(child("nextButton"))
            const dialog = child("forwardDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.footer, "rejectButton"))
            tryCompare(dialog, "visible", false)
            compare(exam.position, before)
            mouseClick(child("nextButton"))
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.footer, "acceptButton"))
            tryCompare(exam, "position", before + 1)
            verify(!exam.canGoBack)
            verify(!exam.goTo(before))
            compare(exam.position, before + 1)
        }

        function test_moves_freely_inside_a_forward_only_scenario() {
            open("test-forward", { fresh: true, seed: 1 })
            started()
            while (exam.question.scenarioHtml.length === 0)
                verify(exam.answer(exam.question.choices[0].id) && exam.next())
            // The scenario's two questions form one block: back is allowed inside it.
            verify(!exam.nextLeavesUnanswered)
            verify(exam.next())
            verify(exam.canGoBack)
            verify(child("backQuestionButton").visible)
            mouseClick(child("backQuestionButton"))
            tryCompare(exam, "canGoBack", false)
        }

        function test_resumes_after_closing() {
            open("test-mini", { fresh: true, seed: 1 })
            started()
            const index = goToType("single")
            const choice = exam.question.choices[2].id
            verify(exam.answer(choice))
            const session = exam.sessionId
            page.destroy()
            wait(0)

            open("test-mini", {})
            const start = child("examStart")
            tryCompare(start, "visible", true)
            waitForRendering(page)
            verify(!exam.active)
            verify(child("unfinishedNote").visible)
            compare(child("examFigures").text, "4 questions in 10 minutes; passing score 700 of 900.")
            mouseClick(child("resumeButton"))
            started()
            compare(exam.sessionId, session)
            compare(exam.position, index)
            compare(exam.response, choice)
            compare(child("questionView").response, choice)
            compare(exam.answeredCount, 1)
        }

        function test_esc_asks_before_leaving_and_the_exam_stays_resumable() {
            open("test-mini", { fresh: true, seed: 1 })
            started()
            page.requestLeave()
            const dialog = child("leaveDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.footer, "rejectButton"))
            tryCompare(dialog, "visible", false)
            verify(exam.active)
            page.requestLeave()
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.footer, "acceptButton"))
            tryCompare(leftSpy, "count", 1)
            verify(exam.hasUnfinished("test-mini"))
        }

        function test_the_start_panel_starts_a_practice_exam() {
            open("test-forward", {})
            tryCompare(child("examStart"), "visible", true)
            waitForRendering(page)
            mouseClick(child("startPracticeButton"))
            started()
            verify(exam.practice)
            verify(exam.canPause)
            verify(!child("examStart").visible)
        }

        function test_enter_on_the_start_panel_starts_the_exam() {
            open("test-forward", {})
            tryCompare(child("examStart"), "visible", true)
            waitForRendering(page)
            keyClick(Qt.Key_Return)
            started()
            verify(!exam.practice)
            verify(!child("examStart").visible)
        }

        function test_a_practice_exam_pauses_and_hides_the_question() {
            open("test-mini", { fresh: true, seed: 1, practice: true, minutes: 12 })
            started()
            verify(child("practiceBadge").visible)
            const pause = child("pauseButton")
            verify(pause.visible)
            mouseClick(pause)
            tryCompare(exam, "paused", true)
            verify(child("pausedPane").visible)
            verify(!child("questionScroll").visible)
            TestClock.advanceSeconds(600)
            exam.poll()
            compare(exam.timeLeftMs, 720000)
            mouseClick(child("continueButton"))
            tryCompare(exam, "paused", false)
            TestClock.advanceSeconds(60)
            exam.poll()
            compare(exam.timeLeftMs, 660000)
        }

        function test_ctrl_p_pauses_a_practice_exam_but_not_a_strict_one() {
            open("test-mini", { fresh: true, seed: 1, practice: true, minutes: 12 })
            started()
            keyClick(Qt.Key_P, Qt.ControlModifier)
            tryCompare(exam, "paused", true)
            keyClick(Qt.Key_P, Qt.ControlModifier)
            tryCompare(exam, "paused", false)
            exam.leave()
            page.destroy()

            open("test-mini", { fresh: true, seed: 2, minutes: 12 })
            started()
            keyClick(Qt.Key_P, Qt.ControlModifier)
            wait(50)
            verify(!exam.paused, "a strict simulation cannot be paused")
        }

        function test_the_confirm_dialogs_lay_out_without_a_binding_loop() {
            failOnWarning(/Binding loop detected/) // the page is created at width 0, then sized
            open("test-mini", { fresh: true, seed: 1 })
            started()
            page.requestLeave()
            const dialog = child("leaveDialog")
            tryCompare(dialog, "opened", true)
            compare(findChild(dialog.contentItem, "dialogTitle").text, "Leave the exam?")
            verify(findChild(dialog.contentItem, "dialogText").lineCount > 1, "the text wraps inside the dialog")
            verify(dialog.height >= dialog.implicitHeight)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            verify(exam.active)
        }

        function test_enter_in_a_number_or_text_field_moves_on_once() {
            open("test-mini", { fresh: true, seed: 1, count: 6 })
            started()
            const view = child("questionView")
            for (const type of ["numeric", "text"]) {
                for (const key of [Qt.Key_Return, Qt.Key_Enter]) {
                    const index = goToType(type)
                    verify(index + 1 < exam.total)
                    const field = findChild(view, type === "numeric" ? "numberField" : "textField")
                    field.forceActiveFocus()
                    field.selectAll()
                    keyClick("4"); keyClick("2")
                    tryCompare(exam, "answered", true)
                    keyClick(key, key === Qt.Key_Enter ? Qt.KeypadModifier : Qt.NoModifier)
                    tryCompare(exam, "position", index + 1)
                    wait(50)
                    compare(exam.position, index + 1, type + ": one question on, not two")
                    verify(!child("submitDialog").visible, type + ": a second Enter on the last question would ask to submit")
                    verify(exam.goTo(index))
                    compare(String(exam.response), "42", type + ": the answer typed is kept")
                }
            }
        }
    }
}
