pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

Page {
    id: root

    title: qsTr("CertDrill")
    readonly property alias bankCount: bankGrid.count
    signal bankChosen(string bankId)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        Label {
            objectName: "startupError"
            visible: App.startupError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Material.color(Material.Red)
            text: App.startupError
        }

        Label {
            objectName: "profileLabel"
            visible: App.profileName.length > 0
            text: qsTr("Studying as %1").arg(App.profileName)
            opacity: 0.8
        }

        Label {
            text: qsTr("Question banks")
            font.pixelSize: 24
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("Choose an exam to practise. Each bank follows the vendor's official blueprint.")
        }

        BusyIndicator {
            objectName: "busyIndicator"
            running: App.banks.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        EmptyState {
            objectName: "emptyState"
            visible: !App.banks.busy && bankGrid.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No question banks found")
            detail: qsTr("Put bank files (.json) in %1/question_banks, or import one.").arg(App.dataDir)
        }

        GridView {
            id: bankGrid
            objectName: "bankGrid"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.max(320, Math.floor(width / Math.max(1, Math.floor(width / 360))))
            cellHeight: 168
            keyNavigationEnabled: true
            focus: true
            Accessible.name: qsTr("Question banks")
            model: BankListModel {
                catalog: App.banks
            }
            delegate: BankCard {
                width: GridView.view.cellWidth - 16
                height: GridView.view.cellHeight - 16
                onClicked: root.bankChosen(bankId)
                Keys.onReturnPressed: root.bankChosen(bankId)
            }
        }

        Label {
            objectName: "problems"
            visible: App.banks.problems.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Material.color(Material.Orange)
            text: qsTr("Some bank files could not be loaded (run certdrill validate on them):\n%1")
                  .arg(App.banks.problems.join("\n"))
        }
    }
}
