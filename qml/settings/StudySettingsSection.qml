pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// The current profile's study settings: desired retention, new questions per day, grading and
/// the exam date of each bank. Saved as soon as they change (ProfileSettingsController).
ColumnLayout {
    id: root

    spacing: 12
    /// The page's text size (headings scale from it).
    property real baseFontSize: 15
    property real labelWidth: 200

    ProfileSettingsController {
        id: controller
        context: App
    }
    BankListModel {
        id: banks
        catalog: App.banks
    }

    Label {
        text: qsTr("Study (profile %1)").arg(App.profileName)
        font.pixelSize: Math.round(root.baseFontSize * 1.3)
        Layout.topMargin: 16
        Accessible.role: Accessible.Heading
    }
    RowLayout {
        Label {
            text: qsTr("Desired retention")
            Layout.preferredWidth: root.labelWidth
        }
        Slider {
            id: retention
            objectName: "retentionSlider"
            from: 0.70
            to: 0.97
            stepSize: 0.01
            snapMode: Slider.SnapAlways
            value: controller.desiredRetention
            onMoved: controller.desiredRetention = Math.round(value * 100) / 100
            Layout.preferredWidth: 280
            Accessible.name: qsTr("Desired retention")
            ToolTip.visible: hovered || pressed
            ToolTip.text: qsTr("The chance of recalling a question when it comes due. Higher means more reviews.")
        }
        Label {
            objectName: "retentionValue"
            text: qsTr("%1%").arg(Math.round(controller.desiredRetention * 100))
        }
    }
    RowLayout {
        Label {
            text: qsTr("New questions per day")
            Layout.preferredWidth: root.labelWidth
        }
        SpinBox {
            id: dailyNew
            objectName: "dailyNewBox"
            from: 0
            to: 10000
            editable: true
            value: controller.dailyNewLimit
            onValueModified: controller.dailyNewLimit = value
            Accessible.name: qsTr("New questions per day")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("At most this many questions you have never seen, per bank and day. An exam date can raise it so every question is seen in time.")
        }
    }

    GradingSection {
        objectName: "gradingSection"
        labelWidth: root.labelWidth
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Exam dates")
        font.bold: true
        Layout.topMargin: 8
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("With a date, new questions are paced to be seen before the exam and reviews are pulled forward to the eve. Leave empty for none.")
        wrapMode: Text.WordWrap
        opacity: 0.85
        Layout.fillWidth: true
    }
    Repeater {
        model: banks
        delegate: RowLayout {
            id: examRow
            required property string bankId
            required property string title
            required property string examCode
            Label {
                text: qsTr("%1 (%2)").arg(examRow.title).arg(examRow.examCode)
                elide: Text.ElideRight
                Layout.preferredWidth: root.labelWidth * 2
            }
            TextField {
                id: dateField
                objectName: "examDate-" + examRow.bankId
                placeholderText: qsTr("YYYY-MM-DD")
                text: controller.examDate(examRow.bankId)
                Layout.preferredWidth: 150
                Accessible.name: qsTr("Exam date for %1").arg(examRow.title)
                ToolTip.visible: activeFocus
                ToolTip.text: qsTr("Year-month-day; Enter saves")
                onEditingFinished: {
                    if (text.trim() !== controller.examDate(examRow.bankId))
                        controller.setExamDate(examRow.bankId, text)
                }
                Connections {
                    target: controller
                    function onChanged() { dateField.text = controller.examDate(examRow.bankId) }
                }
            }
        }
    }
    Label {
        objectName: "settingsError"
        visible: controller.error.length > 0
        text: controller.error
        color: root.Material.theme === Material.Dark ? "#ef9a9a" : "#b71c1c"
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
