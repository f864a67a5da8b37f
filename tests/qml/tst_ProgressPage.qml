import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend
import CertDrill.Test

Item {
    width: 1280
    height: 800

    ProgressPage {
        id: page
        anchors.fill: parent
        bankId: "test-mini"
    }

    TestCase {
        name: "ProgressPage"
        when: windowShown

        function test_charts_show_the_answers_forecast_and_domains() {
            tryCompare(App.banks, "busy", false, 5000)
            compare(App.createProfile("Charts"), "")
            TestClock.install() // noon: the answers below are all today's
            verify(TestStudy.answer("test-mini", "m-0001", true, 30))
            verify(TestStudy.answer("test-mini", "m-0002", false, 20))
            verify(TestStudy.answer("test-mini", "m-0001", true, 10))
            tryVerify(() => !page.model.busy && page.model.totalAnswers === 3, 5000)
            const days = page.model.answersPerDay
            compare(days.length, 30)
            compare(days[29].answers, 3)
            compare(page.model.forecast.length, 30)
            compare(page.model.domains.length, 2)
            verify(page.model.domains[0].mastery > 0)
            compare(page.model.domains[1].studied, 0)
            verify(findChild(page, "accuracyChart"))
            verify(findChild(page, "forecastChart"))
            const mastery = findChild(page, "masteryChart")
            verify(mastery.count >= 1)
            verify(mastery.Accessible.name.indexOf(page.model.domains[0].name) >= 0)
            // Pointing at a bar names its domain whole, with how much of it was studied.
            const series = mastery.series(0)
            const tip = findChild(mastery, "masteryTip")
            const bar = mastery.mapToPosition(Qt.point(1, 0), series) // the first domain's bar
            mouseMove(mastery, bar.x, bar.y)
            tryVerify(() => tip.visible)
            verify(tip.text.indexOf(page.model.domains[0].name) >= 0)
            verify(tip.text.indexOf("questions studied") >= 0)
            const second = mastery.mapToPosition(Qt.point(1, 1), series)
            mouseMove(mastery, second.x, second.y)
            tryVerify(() => tip.text.indexOf(page.model.domains[1].name) >= 0)
            mouseMove(mastery, 2, 2) // outside the plot
            tryVerify(() => !tip.visible)
            verify(findChild(page, "summary").text.indexOf("3") >= 0)
            App.selectProfile("Tester")
        }

        function test_count_axes_end_on_round_numbers_above_the_highest_count() {
            compare(page.niceMax(0), 4)
            compare(page.niceMax(3), 4)
            compare(page.niceMax(9), 12)
            compare(page.niceMax(76), 100)
            compare(page.niceMax(180), 200)
            compare(page.niceMax(1000), 2000)
        }

        function cleanup() { TestClock.uninstall() }
    }
}
