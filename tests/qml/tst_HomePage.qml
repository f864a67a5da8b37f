import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend

Item {
    id: root
    width: 1280
    height: 800

    HomePage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "HomePage"
        when: windowShown

        function test_lists_the_banks_of_the_catalog() {
            tryCompare(App.banks, "busy", false, 5000)
            compare(App.banks.count, 1)
            const grid = findChild(page, "bankGrid")
            verify(grid)
            tryCompare(grid, "count", 1)
            verify(grid.visible)
            verify(!findChild(page, "emptyState").visible)
        }

        function test_the_default_profile_is_open() {
            compare(App.startupError, "")
            compare(App.profileName, "Tester")
            const label = findChild(page, "profileLabel")
            verify(label.visible)
            verify(label.text.indexOf("Tester") >= 0)
            verify(!findChild(page, "startupError").visible)
        }

        function test_a_card_shows_the_exam_figures() {
            const grid = findChild(page, "bankGrid")
            tryCompare(grid, "count", 1)
            const card = grid.itemAtIndex(0)
            verify(card)
            compare(card.title, "Mini Test Bank")
            compare(card.examCode, "MINI-001")
            compare(card.questionCount, 6)
            compare(card.examQuestionCount, 4)
            verify(card.Accessible.name.indexOf("Mini Test Bank") >= 0)
        }
    }
}
