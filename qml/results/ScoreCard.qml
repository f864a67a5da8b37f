pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// The headline of a score report: pass or fail, the scaled score (labelled an estimate) on the
/// exam's scale with the passing line, the raw result and the time used.
Frame {
    id: root

    required property ResultsController controller
    property string durationText
    property string limitText

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color passColor: dark ? "#81c784" : "#2e7d32"
    readonly property color failColor: dark ? "#ef9a9a" : "#c62828"
    readonly property real span: Math.max(1, controller.scaleHighest - controller.scaleLowest)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            spacing: 12
            Label {
                objectName: "verdictLabel"
                text: root.controller.passed ? qsTr("Passed") : qsTr("Not passed")
                color: "white"
                font.bold: true
                padding: 6
                leftPadding: 12
                rightPadding: 12
                background: Rectangle {
                    radius: 4
                    color: root.controller.passed ? "#2e7d32" : "#c62828"
                }
                Accessible.name: text
            }
            Label {
                text: root.controller.bankTitle
                elide: Text.ElideRight
                opacity: 0.8
                Layout.fillWidth: true
            }
        }
        RowLayout {
            spacing: 8
            Label {
                objectName: "scaledScoreLabel"
                text: root.controller.scaledScore
                font.pixelSize: 44
                font.bold: true
                color: root.controller.passed ? root.passColor : root.failColor
                Accessible.name: qsTr("Scaled score %1 of %2, an estimate").arg(root.controller.scaledScore)
                                 .arg(root.controller.scaleHighest)
            }
            ColumnLayout {
                spacing: 0
                Label {
                    text: qsTr("of %1, scaled score (estimate)").arg(root.controller.scaleHighest)
                    opacity: 0.8
                }
                Label {
                    objectName: "passingLabel"
                    text: qsTr("Passing score: %1").arg(root.controller.passingScore)
                    opacity: 0.8
                }
            }
        }

        // The scale from its lowest to its highest score, the passing line and the score.
        Item {
            objectName: "scaleBar"
            Layout.fillWidth: true
            implicitHeight: 18
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: 8
                radius: 4
                color: root.dark ? "#424242" : "#e0e0e0"
                Rectangle {
                    height: parent.height
                    radius: 4
                    width: parent.width * Math.max(0, root.controller.scaledScore - root.controller.scaleLowest) / root.span
                    color: root.controller.passed ? root.passColor : root.failColor
                }
            }
            Rectangle {
                x: parent.width * (root.controller.passingScore - root.controller.scaleLowest) / root.span - 1
                width: 2
                height: parent.height
                color: root.Material.foreground
            }
        }

        Label {
            objectName: "rawLabel"
            text: qsTr("%1 of %2 fully right (%3%), %4 partly, %5 answered")
                  .arg(root.controller.correctCount).arg(root.controller.questionCount)
                  .arg(Math.round(root.controller.percent)).arg(root.controller.partialCount)
                  .arg(root.controller.answeredCount)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: root.limitText.length > 0 ? qsTr("Time used %1 of %2").arg(root.durationText).arg(root.limitText)
                                            : qsTr("Time used %1").arg(root.durationText)
            opacity: 0.8
        }
        Label {
            objectName: "timedOutLabel"
            visible: root.controller.timedOut
            text: qsTr("Submitted by the timer when time ran out.")
            color: root.failColor
        }
        Label {
            visible: root.controller.practice
            text: qsTr("Practice exam (pausing was allowed).")
            opacity: 0.8
        }
        Label {
            text: root.controller.finishedAt
            opacity: 0.6
        }
        Item { Layout.fillHeight: true }
        Label {
            objectName: "estimateNote"
            text: root.controller.scaledScoreNote
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            opacity: 0.65
            Layout.fillWidth: true
        }
    }
}
