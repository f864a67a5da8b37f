import QtQuick
import QtTest
import CertDrill
import CertDrill.Backend

Item {
    width: 1280
    height: 800

    ProfilesPage {
        id: page
        anchors.fill: parent
    }

    SignalSpy {
        id: doneSpy
        target: page
        signalName: "done"
    }

    TestCase {
        name: "ProfilesPage"
        when: windowShown

        function init() {
            findChild(page, "newProfileName").clear()
            doneSpy.clear()
        }

        function test_creates_a_profile_by_keyboard_and_switches_to_it() {
            const field = findChild(page, "newProfileName")
            field.forceActiveFocus()
            keyClick("G"); keyClick("r"); keyClick("a"); keyClick("c"); keyClick("e")
            keyClick(Qt.Key_Return)
            compare(App.profileName, "Grace")
            compare(doneSpy.count, 1)
            const list = findChild(page, "profileList")
            verify(list.count >= 2) // Tester, Grace and maybe Taken
            let names = []
            for (let i = 0; i < list.count; ++i)
                names.push(list.itemAtIndex(i).name)
            verify(names.indexOf("Grace") >= 0)
        }

        function test_a_taken_name_is_refused_with_a_message() {
            compare(App.createProfile("Taken"), "")
            const field = findChild(page, "newProfileName")
            field.text = "TAKEN"
            mouseClick(findChild(page, "createProfile"))
            compare(doneSpy.count, 0)
            const error = findChild(page, "profileError")
            verify(error.visible)
            verify(error.text.indexOf("already exists") >= 0)
        }

        function test_picking_a_profile_switches_to_it() {
            const list = findChild(page, "profileList")
            tryVerify(() => list.count >= 2)
            let clicked = false
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.name === "Tester") {
                    list.positionViewAtIndex(i, ListView.Contain)
                    waitForRendering(list)
                    mouseClick(item)
                    clicked = true
                }
            }
            verify(clicked)
            compare(App.profileName, "Tester")
        }
    }
}
