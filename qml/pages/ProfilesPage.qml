pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// Who is studying: pick a profile or create one (study groups share a machine).
Page {
    id: root

    title: qsTr("Profiles")
    signal done()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        Label {
            text: qsTr("Each person studying on this computer has a profile with their own answers, schedule and settings.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            clip: true
            model: App.profiles
            focus: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Profiles")
            delegate: ItemDelegate {
                id: entry
                required property string name
                required property int answerCount
                width: ListView.view.width
                highlighted: name === App.profileName
                text: qsTr("%1 — %2 answers").arg(name).arg(answerCount)
                onClicked: {
                    const problem = App.selectProfile(name)
                    if (problem.length === 0)
                        root.done()
                }
            }
        }

        Label {
            text: qsTr("New profile")
            font.pixelSize: root.font.pixelSize * 1.2
            Accessible.role: Accessible.Heading
        }
        RowLayout {
            TextField {
                id: newName
                objectName: "newProfileName"
                placeholderText: qsTr("Name")
                maximumLength: 64
                Accessible.name: qsTr("New profile name")
                Layout.preferredWidth: 320
                onAccepted: create.clicked()
            }
            Button {
                id: create
                objectName: "createProfile"
                text: qsTr("Create")
                enabled: newName.text.trim().length > 0
                onClicked: {
                    const problem = App.createProfile(newName.text)
                    error.text = problem
                    if (problem.length === 0) {
                        newName.clear()
                        root.done()
                    }
                }
            }
        }
        Label {
            id: error
            objectName: "profileError"
            visible: text.length > 0
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
