pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// Settings: appearance (this machine), the profile's study settings, exam dates and grading, and the data
/// folder with backups and restore.
Page {
    id: root

    title: qsTr("Settings")

    ScrollView {
        objectName: "settingsScroll"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 880)
            x: 24
            spacing: 16

            Label {
                text: qsTr("Appearance")
                font.pixelSize: root.font.pixelSize * 1.3
                Layout.topMargin: 24
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                Label {
                    text: qsTr("Theme")
                    Layout.preferredWidth: 200
                }
                ComboBox {
                    id: theme
                    objectName: "themeBox"
                    Accessible.name: qsTr("Theme")
                    textRole: "label"
                    valueRole: "value"
                    model: [
                        { value: "system", label: qsTr("Follow the system") },
                        { value: "light", label: qsTr("Light") },
                        { value: "dark", label: qsTr("Dark") }
                    ]
                    Component.onCompleted: currentIndex = indexOfValue(App.settings.theme)
                    onActivated: App.settings.theme = currentValue
                }
            }
            RowLayout {
                Label {
                    text: qsTr("Text size")
                    Layout.preferredWidth: 200
                }
                Slider {
                    objectName: "fontScale"
                    Accessible.name: qsTr("Text size")
                    from: 0.8
                    to: 1.6
                    stepSize: 0.1
                    snapMode: Slider.SnapAlways
                    value: App.settings.fontScale
                    onMoved: App.settings.fontScale = value
                    Layout.preferredWidth: 280
                }
                Label {
                    text: qsTr("%1%").arg(Math.round(App.settings.fontScale * 100))
                }
            }

            StudySettingsSection {
                objectName: "studySection"
                baseFontSize: root.font.pixelSize
                labelWidth: 200
                Layout.fillWidth: true
            }
            BackupSection {
                objectName: "backupSection"
                baseFontSize: root.font.pixelSize
                Layout.fillWidth: true
                Layout.bottomMargin: 24
            }
        }
    }
}
