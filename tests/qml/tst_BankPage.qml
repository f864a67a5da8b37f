import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend

Item {
    width: 1280
    height: 800

    BankPage {
        id: page
        anchors.fill: parent
        bankId: "test-mini"
    }

    TestCase {
        name: "BankPage"
        when: windowShown

        function test_shows_the_blueprint_of_the_bank() {
            tryCompare(App.banks, "busy", false, 5000)
            compare(page.title, "Mini Test Bank")
            const list = findChild(page, "outline")
            tryCompare(list, "count", 5) // 2 domains, 3 objectives
            const summary = findChild(page, "summary")
            verify(summary.text.indexOf("MINI-001") >= 0)
            verify(summary.text.indexOf("4 questions in 10 minutes") >= 0)
            const first = list.itemAtIndex(0)
            verify(first.isDomain)
            compare(first.itemId, "1.0")
            compare(first.questionCount, 2)
            compare(first.examQuestions, 2)
            const objective = list.itemAtIndex(1)
            verify(!objective.isDomain)
            compare(objective.itemId, "1.1")
        }

        function test_an_unknown_bank_shows_nothing() {
            page.bankId = "no-such-bank"
            compare(findChild(page, "outline").count, 0)
            compare(page.title, "")
            page.bankId = "test-mini"
        }
    }
}
