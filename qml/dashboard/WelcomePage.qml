pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// First steps: who is studying (pick or create a profile), which bank first and, optionally, the
/// exam date, then straight into a study session.
Page {
    id: root

    title: qsTr("Welcome")
    /// Start studying `bankId` (the window opens the practice page).
    signal start(string bankId)

    ProfileSettingsController {
        id: profileSettings
        context: App
    }
    BankListModel {
        id: banks
        catalog: App.banks
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(24, (parent.width - width) / 2)
            width: Math.min(parent.width - 48, 760)
            spacing: 14

            Label {
                text: qsTr("Welcome to CertDrill")
                font.pixelSize: root.font.pixelSize * 1.8
                Layout.topMargin: 24
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Practise for your certification with exam simulations, study sessions and reviews spaced so you remember. Three quick choices and you are ready.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("1. Who is studying?")
                font.pixelSize: root.font.pixelSize * 1.25
                font.bold: true
                Layout.topMargin: 12
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                spacing: 12
                ComboBox {
                    id: profileBox
                    objectName: "profileBox"
                    model: App.profiles
                    textRole: "name"
                    valueRole: "name"
                    Layout.preferredWidth: root.font.pixelSize * 18
                    Accessible.name: qsTr("Profile")
                    Component.onCompleted: currentIndex = indexOfValue(App.profileName)
                    onActivated: {
                        error.text = App.selectProfile(currentValue)
                    }
                    Connections {
                        target: App
                        function onProfileChanged() { profileBox.currentIndex = profileBox.indexOfValue(App.profileName) }
                    }
                }
                Label { text: qsTr("or") }
                TextField {
                    id: newName
                    objectName: "welcomeNewProfile"
                    placeholderText: qsTr("New profile name")
                    maximumLength: 64
                    Layout.preferredWidth: root.font.pixelSize * 14
                    Accessible.name: qsTr("New profile name")
                    onAccepted: createButton.clicked()
                }
                Button {
                    id: createButton
                    text: qsTr("Create")
                    enabled: newName.text.trim().length > 0
                    Accessible.name: qsTr("Create the profile")
                    onClicked: {
                        error.text = App.createProfile(newName.text)
                        if (error.text.length === 0)
                            newName.clear()
                    }
                }
            }

            Label {
                text: qsTr("2. Which exam first?")
                font.pixelSize: root.font.pixelSize * 1.25
                font.bold: true
                Layout.topMargin: 12
                Accessible.role: Accessible.Heading
            }
            ComboBox {
                id: bankBox
                objectName: "bankBox"
                model: banks
                textRole: "title"
                valueRole: "bankId"
                Layout.fillWidth: true
                Accessible.name: qsTr("First bank")
                onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            }

            Label {
                text: qsTr("3. When is your exam? (optional)")
                font.pixelSize: root.font.pixelSize * 1.25
                font.bold: true
                Layout.topMargin: 12
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("With a date, CertDrill paces new questions so every one is seen before the exam, and pulls reviews forward to the eve.")
                wrapMode: Text.WordWrap
                opacity: 0.85
                Layout.fillWidth: true
            }
            TextField {
                id: examDate
                objectName: "welcomeExamDate"
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Layout.preferredWidth: root.font.pixelSize * 10
                Accessible.name: qsTr("Exam date, year-month-day, optional")
            }

            Label {
                id: error
                objectName: "welcomeError"
                visible: text.length > 0
                color: root.Material.theme === Material.Dark ? "#ef9a9a" : "#b71c1c"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PrimaryButton {
                id: startButton
                objectName: "startButton"
                text: qsTr("Start studying")
                enabled: bankBox.currentIndex >= 0
                Layout.topMargin: 12
                Accessible.name: qsTr("Start studying the chosen bank")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Saves the exam date and opens today's questions (Ctrl+Enter)")
                onClicked: {
                    if (examDate.text.trim().length > 0
                            && !profileSettings.setExamDate(bankBox.currentValue, examDate.text)) {
                        error.text = profileSettings.error
                        return
                    }
                    error.text = ""
                    root.start(bankBox.currentValue)
                }
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: root.StackView.status === StackView.Active
        onActivated: if (startButton.enabled) startButton.clicked()
    }
}
