pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// One bank on the home page: its exam and blueprint figures.
ItemDelegate {
    id: root

    required property string bankId
    required property string title
    required property string vendor
    required property string examCode
    required property int questionCount
    required property int domainCount
    required property int durationMinutes
    required property int examQuestionCount
    required property int passingScore
    required property int scaleMax

    Accessible.name: qsTr("%1 (%2), %3 questions").arg(root.title).arg(root.examCode).arg(root.questionCount)

    background: Rectangle {
        radius: 8
        color: root.Material.theme === Material.Dark ? Qt.lighter(root.Material.background, 1.35)
                                                     : Qt.darker(root.Material.background, 1.04)
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? root.Material.accent : Qt.rgba(0.5, 0.5, 0.5, 0.3)
    }

    contentItem: ColumnLayout {
        spacing: 6
        Label {
            text: root.vendor + " · " + root.examCode
            opacity: 0.7
            font.pixelSize: 13
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: 20
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            text: qsTr("%1 questions · %2 domains").arg(root.questionCount).arg(root.domainCount)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("Exam: %1 questions in %2 minutes, pass at %3 of %4")
                  .arg(root.examQuestionCount).arg(root.durationMinutes).arg(root.passingScore).arg(root.scaleMax)
        }
        Item { Layout.fillHeight: true }
    }
}
