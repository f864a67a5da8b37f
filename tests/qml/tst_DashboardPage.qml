import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend
import CertDrill.Test

Item {
    id: root
    width: 1280
    height: 800

    DashboardPage {
        id: page
        anchors.fill: parent
    }

    SignalSpy {
        id: actions
        target: page
        signalName: "action"
    }

    TestCase {
        name: "DashboardPage"
        when: windowShown

        function cardOf(bankId) {
            const grid = findChild(page, "bankGrid")
            for (let i = 0; i < grid.count; ++i) {
                const card = grid.itemAtIndex(i)
                if (card && card.bankId === bankId)
                    return card
            }
            return null
        }

        function test_1_lists_the_banks_of_the_catalog() {
            verify(TestStudy.watchModel(page.model)) // checks every later reset of the model
            tryCompare(App.banks, "busy", false, 5000)
            const grid = findChild(page, "bankGrid")
            tryCompare(grid, "count", App.banks.count, 5000)
            verify(grid.count >= 1)
            verify(!findChild(page, "emptyState").visible)
            verify(!findChild(page, "startupError").visible)
            verify(findChild(page, "profileLabel").text.indexOf(App.profileName) >= 0)
        }

        function test_2_a_new_profile_sees_a_first_run_and_fresh_counts() {
            compare(App.createProfile("Dash"), "")
            tryCompare(page.model, "busy", false, 5000)
            tryVerify(() => page.model.firstRun, 5000)
            tryVerify(() => findChild(page, "welcomeBanner").visible, 5000)
            const card = cardOf("test-mini")
            verify(card)
            compare(card.dueCount, 0)
            compare(card.newLeft, 6) // 6 questions, daily limit 20
            compare(card.streak, 0)
            compare(card.answerCount, 0)
            verify(!card.hasLastExam)
            // Nothing due but new questions today: Review (due, then new) is the suggested action.
            verify(findChild(card, "reviewButton").primary)
            verify(!findChild(card, "studyButton").primary)
        }

        function test_3_counts_follow_the_answers_logged() {
            compare(App.profileName, "Dash")
            TestClock.install() // noon: the answers below are today's, the streak one day
            verify(TestStudy.answer("test-mini", "m-0001", false, 20)) // wrong: relearning step due
            verify(TestStudy.answer("test-mini", "m-0002", true, 2)) // right: its first step is 10 minutes away
            // One condition: a refresh that began between the two answers shows two answers but
            // not yet the second one's memory state, and another refresh follows it.
            tryVerify(() => !page.model.busy && cardOf("test-mini") && cardOf("test-mini").answerCount === 2, 5000)
            verify(!page.model.firstRun)
            const card = cardOf("test-mini")
            compare(card.newLeft, 4)
            compare(card.studied, 2)
            compare(card.streak, 1)
            compare(card.dueCount, 1)
            verify(!findChild(page, "welcomeBanner").visible)
            verify(findChild(card, "dueTile").value == 1)
        }

        function test_4_buttons_and_keys_ask_for_a_session() {
            const card = cardOf("test-mini")
            actions.clear()
            mouseClick(findChild(card, "reviewButton"))
            compare(actions.count, 1)
            compare(actions.signalArguments[0][0], "test-mini")
            compare(actions.signalArguments[0][1], "review")
            findChild(page, "bankGrid").forceActiveFocus()
            keyClick("e")
            compare(actions.count, 2)
            compare(actions.signalArguments[1][1], "exam")
            keyClick("d")
            compare(actions.signalArguments[2][1], "drill")
        }

        function cleanupTestCase() {
            TestClock.uninstall()
            App.selectProfile("Tester")
        }
    }
}
