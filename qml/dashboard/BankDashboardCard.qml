pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// One bank on the dashboard: what is due, what is new today, the streak, the last exam and the
/// exam countdown, with a button per way of studying. The figures come from DashboardModel.
ItemDelegate {
    id: root

    required property int index
    required property string bankId
    required property string title
    required property string vendor
    required property string examCode
    required property int questionCount
    required property int dueCount
    required property int newLeft
    required property int studied
    required property int answerCount
    required property int streak
    required property bool hasLastExam
    required property int lastExamScore
    required property bool lastExamPassed
    required property int passingScore
    required property int scaleMax
    required property string examDate
    required property int daysToExam

    /// The page's handler for the buttons: one of "review", "quiz", "exam", "study", "drill",
    /// "progress", "browse".
    signal chosen(string bankId, string what)

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color good: dark ? "#81c784" : "#1b5e20"
    readonly property color bad: dark ? "#ef9a9a" : "#b71c1c"

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1 (%2): %3 due, %4 new left today, streak %5 days")
                     .arg(title).arg(examCode).arg(dueCount).arg(newLeft).arg(streak)

    background: Rectangle {
        radius: 8
        color: root.dark ? Qt.lighter(root.Material.background, 1.35) : Qt.darker(root.Material.background, 1.04)
        border.width: root.activeFocus || root.ListView.isCurrentItem || root.GridView.isCurrentItem ? 2 : 1
        border.color: root.activeFocus || root.GridView.isCurrentItem ? root.Material.accent : Qt.rgba(0.5, 0.5, 0.5, 0.35)
    }

    contentItem: ColumnLayout {
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: root.vendor + " · " + root.examCode
                    opacity: 0.8
                }
                Label {
                    objectName: "cardTitle"
                    text: root.title
                    font.pixelSize: root.font.pixelSize * 1.3
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            ToolButton {
                text: qsTr("Progress")
                onClicked: root.chosen(root.bankId, "progress")
                Accessible.name: qsTr("Progress charts of %1").arg(root.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Accuracy, answers per day, due forecast and mastery (P)")
            }
            ToolButton {
                text: qsTr("Browse")
                onClicked: root.chosen(root.bankId, "browse")
                Accessible.name: qsTr("Browse %1").arg(root.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Domains, objectives, questions and problem reports (B)")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            StatTile {
                objectName: "dueTile"
                value: root.dueCount
                caption: qsTr("due now")
                valueColor: root.dueCount > 0 ? root.Material.accent : root.Material.foreground
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            StatTile {
                objectName: "newTile"
                value: root.newLeft
                caption: qsTr("new left today")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            StatTile {
                objectName: "streakTile"
                value: root.streak
                caption: root.streak === 1 ? qsTr("day streak") : qsTr("days streak")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            StatTile {
                objectName: "examTile"
                value: root.hasLastExam ? root.lastExamScore : "—"
                caption: root.hasLastExam
                         ? (root.lastExamPassed ? qsTr("last exam (pass at %1)").arg(root.passingScore)
                                                : qsTr("last exam (below %1)").arg(root.passingScore))
                         : qsTr("no exam yet")
                valueColor: !root.hasLastExam ? root.Material.foreground : root.lastExamPassed ? root.good : root.bad
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            StatTile {
                objectName: "countdownTile"
                value: root.examDate.length === 0 ? "—" : root.daysToExam >= 0 ? root.daysToExam : qsTr("past")
                caption: root.examDate.length === 0 ? qsTr("no exam date")
                                                    : root.daysToExam === 0 ? qsTr("exam today")
                                                    : qsTr("days to the exam (%1)").arg(root.examDate)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
        }

        // The figures stay at the top and the buttons at the bottom, alike in every card.
        Item {
            Layout.fillHeight: true
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [
                    { what: "review", label: qsTr("Review"), key: "R", tip: qsTr("The questions due, then today's new ones") },
                    { what: "quiz", label: qsTr("Quick quiz"), key: "Q", tip: qsTr("Ten questions, a quick check") },
                    { what: "exam", label: qsTr("Practice exam"), key: "E", tip: qsTr("A timed exam as on the real screen") },
                    { what: "study", label: qsTr("Study"), key: "S", tip: qsTr("The whole bank, shuffled, with explanations") },
                    { what: "drill", label: qsTr("Drill"), key: "D", tip: qsTr("Practise one domain or your weak spots") }
                ]
                delegate: Button {
                    id: actionButton
                    required property var modelData
                    objectName: modelData.what + "Button"
                    text: modelData.what === "review" && root.dueCount > 0
                          ? qsTr("%1 (%2)").arg(modelData.label).arg(root.dueCount) : modelData.label
                    // Review while it has something to ask (due or new today), else Study.
                    readonly property bool primary: modelData.what === "review" ? root.dueCount + root.newLeft > 0
                                                                    : modelData.what === "study" && root.dueCount + root.newLeft === 0
                    font.bold: primary
                    font.pixelSize: root.font.pixelSize * 1.05
                    Material.foreground: primary ? root.Material.accent : root.Material.foreground
                    onClicked: root.chosen(root.bankId, modelData.what)
                    Accessible.name: qsTr("%1 in %2").arg(modelData.label).arg(root.title)
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("%1 (%2)").arg(modelData.tip).arg(modelData.key)
                }
            }
        }
    }
}
