pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CertDrill.Backend

/// Settings of this app: appearance now; profile settings join as their features land.
Page {
    id: root

    title: qsTr("Settings")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 720)
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
                    Layout.preferredWidth: 160
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
                    Layout.preferredWidth: 160
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

            Label {
                text: qsTr("Data")
                font.pixelSize: root.font.pixelSize * 1.3
                Layout.topMargin: 16
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "dataDir"
                text: qsTr("Your answers and settings are kept in %1").arg(App.dataDir)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("A backup is made automatically once a day (the last seven are kept). From a terminal: certdrill backup, certdrill restore FILE.")
                wrapMode: Text.WordWrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }
    }
}
