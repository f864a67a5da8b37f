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
    }
}
