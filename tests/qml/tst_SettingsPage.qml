import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend

Item {
    width: 1280
    height: 800

    SettingsPage {
        id: page
        anchors.fill: parent
    }
    Component {
        id: controllerComponent
        ProfileSettingsController {
            context: App
        }
    }

    TestCase {
        name: "SettingsPage"
        when: windowShown

        function test_theme_follows_the_choice() {
            const box = findChild(page, "themeBox")
            compare(box.currentValue, App.settings.theme)
            App.settings.theme = "dark"
            compare(App.settings.theme, "dark")
            App.settings.theme = "purple" // not a theme: ignored
            compare(App.settings.theme, "dark")
            App.settings.theme = "system"
        }

        function test_text_size_is_clamped() {
            App.settings.fontScale = 3
            compare(App.settings.fontScale, 1.6)
            App.settings.fontScale = 0.1
            compare(App.settings.fontScale, 0.8)
            App.settings.fontScale = 1
        }

        function test_shows_where_the_data_lives() {
            verify(findChild(page, "dataDir").text.indexOf(App.dataDir) >= 0)
        }

        function test_study_settings_persist_in_the_profile() {
            const box = findChild(page, "dailyNewBox")
            box.value = 35
            box.valueModified()
            const fresh = createTemporaryObject(controllerComponent, page)
            compare(fresh.dailyNewLimit, 35)
            fresh.desiredRetention = 0.85
            compare(createTemporaryObject(controllerComponent, page).desiredRetention, 0.85)
            tryCompare(findChild(page, "retentionSlider"), "value", 0.85)
            fresh.desiredRetention = 0.5 // out of range: refused
            verify(fresh.error.length > 0)
            compare(createTemporaryObject(controllerComponent, page).desiredRetention, 0.85)
            fresh.desiredRetention = 0.9
            fresh.dailyNewLimit = 20
        }

        function test_an_exam_date_is_checked_then_saved() {
            const field = findChild(page, "examDate-test-mini")
            verify(field)
            const controller = createTemporaryObject(controllerComponent, page)
            verify(!controller.setExamDate("test-mini", "next week"))
            verify(controller.error.indexOf("YYYY-MM-DD") >= 0)
            verify(controller.setExamDate("test-mini", "2027-01-20"))
            compare(controller.error, "")
            tryCompare(field, "text", "2027-01-20")
            verify(controller.setExamDate("test-mini", ""))
            compare(controller.examDate("test-mini"), "")
        }

        function test_the_grading_policy_is_changed_checked_and_kept() {
            const guessed = findChild(page, "grading-guessed")
            verify(guessed)
            compare(guessed.currentValue, 2) // Hard by default
            guessed.currentIndex = 0
            guessed.activated(0) // Again, as a user's choice
            const stored = createTemporaryObject(controllerComponent, page)
            compare(stored.guessedRating, 1)
            compare(stored.correctRating, 3)

            const wrong = findChild(page, "grading-wrong")
            wrong.currentIndex = 2
            wrong.activated(2) // Good for a wrong answer: above a guess, refused
            const section = findChild(page, "gradingSection")
            verify(section.controller.error.length > 0)
            verify(findChild(page, "gradingError").visible)
            compare(createTemporaryObject(controllerComponent, page).wrongRating, 1)
            compare(wrong.currentValue, 1) // the box shows the stored rating again

            stored.fastFactor = 0.5
            compare(createTemporaryObject(controllerComponent, page).fastFactor, 0.5)
            tryVerify(() => findChild(page, "gradingFastFactorValue").text.indexOf("50%") === 0)
            stored.fastFactor = 0 // not a factor: refused
            verify(stored.error.length > 0)
            compare(createTemporaryObject(controllerComponent, page).fastFactor, 0.5)

            const sure = findChild(page, "gradingFastNeedsSure")
            verify(sure.checked)
            sure.toggle()
            sure.toggled()
            compare(createTemporaryObject(controllerComponent, page).fastNeedsSure, false)

            findChild(page, "gradingReset").clicked()
            const reset = createTemporaryObject(controllerComponent, page)
            compare([reset.wrongRating, reset.guessedRating, reset.correctRating, reset.fastRating], [1, 2, 3, 4])
            compare(reset.fastFactor, 1)
            verify(reset.fastNeedsSure)
            tryCompare(guessed, "currentValue", 2)
            tryCompare(sure, "checked", true)
        }

        function test_backup_now_adds_a_backup() {
            const section = findChild(page, "backupSection")
            const before = section.controller.backups.length
            const button = findChild(page, "backupNow")
            const flick = findChild(page, "settingsScroll").contentItem // below the fold: scroll to it
            flick.contentY = Math.max(0, button.mapToItem(flick.contentItem, 0, 0).y - 100)
            mouseClick(button)
            tryVerify(() => !section.controller.busy && section.controller.message.length > 0, 5000)
            verify(section.controller.message.indexOf("Backed up") === 0, section.controller.message)
            verify(section.controller.backups.length >= 1) // same second as the daily backup: one file
        }

        function test_a_restore_asks_first_and_stages_without_touching_the_data() {
            const section = findChild(page, "backupSection")
            verify(!section.controller.restoreStaged)
            const confirm = findChild(page, "restoreConfirm")
            verify(!confirm.visible)
            verify(section.controller.stageRestore(section.controller.backups[0]))
            verify(section.controller.restoreStaged)
            verify(section.controller.message.indexOf("kept aside") >= 0)
            section.controller.cancelRestore()
            verify(!section.controller.restoreStaged)
            verify(!section.controller.stageRestore(App.dataDir + "/no-such-backup.db"))
        }
    }
}
