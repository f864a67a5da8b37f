import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend

Item {
    width: 1280
    height: 800

    WelcomePage {
        id: page
        anchors.fill: parent
    }
    SignalSpy {
        id: started
        target: page
        signalName: "start"
    }
    ProfileSettingsController {
        id: settings
        context: App
    }

    TestCase {
        name: "WelcomePage"
        when: windowShown

        function test_a_bad_exam_date_is_refused_and_a_good_one_saved() {
            tryCompare(App.banks, "busy", false, 5000)
            compare(App.createProfile("Newcomer"), "")
            const bankBox = findChild(page, "bankBox")
            tryVerify(() => bankBox.count >= 1)
            bankBox.currentIndex = bankBox.indexOfValue("test-mini")
            const date = findChild(page, "welcomeExamDate")
            date.text = "2027-02-30"
            mouseClick(findChild(page, "startButton"))
            compare(started.count, 0)
            verify(findChild(page, "welcomeError").visible)
            compare(settings.examDate("test-mini"), "")
            date.text = "2027-03-15"
            mouseClick(findChild(page, "startButton"))
            compare(started.count, 1)
            compare(started.signalArguments[0][0], "test-mini")
            compare(settings.examDate("test-mini"), "2027-03-15")
            App.selectProfile("Tester")
        }
    }
}
