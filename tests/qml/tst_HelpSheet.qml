import QtQuick
import QtQuick.Controls
import QtTest
import CertDrill

Item {
    id: root
    width: 1280
    height: 800

    HelpSheet {
        id: sheet
        parent: root
    }
    Shortcut {
        id: f1
        sequence: "F1"
        onActivated: sheet.visible ? sheet.close() : sheet.open()
    }

    TestCase {
        name: "HelpSheet"
        when: windowShown

        function test_f1_opens_the_list_of_every_shortcut() {
            verify(!sheet.visible)
            keyClick(Qt.Key_F1)
            tryCompare(sheet, "opened", true)
            const all = sheet.sections.map(s => s.keys.map(k => k[0]).join(" ")).join(" ")
            for (const key of ["F1", "Ctrl+,", "Esc", "R", "Q", "E", "S", "D", "F", "Ctrl+R", "X"])
                verify(all.split(" ").indexOf(key) >= 0, key)
            keyClick(Qt.Key_Escape)
            tryCompare(sheet, "visible", false)
        }
    }
}
