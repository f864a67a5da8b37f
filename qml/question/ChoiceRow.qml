pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// One option of a single or multiple choice question: its number (the key that picks it), a
/// radio or check mark, the text (struck through on request), and after answering whether it was
/// right and why.
AbstractButton {
    id: root

    required property int number
    required property string html
    required property string plain
    property bool multiple: false
    property bool struck: false
    property bool current: false
    property bool readOnly: false
    /// "" before answering; then "right" (a correct choice), "wrong" (chosen, not correct) or "".
    property string verdict: ""
    property string whyHtml: ""
    signal strikeRequested()

    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }

    checkable: false
    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: plain
    Accessible.checkable: true
    Accessible.checked: checked
    ToolTip.visible: hovered && !readOnly
    ToolTip.delay: 800
    ToolTip.text: qsTr("Press %1 to choose, X to strike through (or right-click)").arg(number)

    padding: 10
    background: Rectangle {
        radius: 6
        color: root.verdict === "right" ? root.colors.rightFill
             : root.verdict === "wrong" ? root.colors.wrongFill
             : root.hovered && !root.readOnly ? root.colors.fade(root.Material.foreground, 0.05) : "transparent"
        border.width: root.current || root.checked || root.verdict.length > 0 ? 2 : 1
        border.color: root.verdict === "right" ? root.colors.right
                    : root.verdict === "wrong" ? root.colors.wrong
                    : root.checked ? root.colors.highlight
                    : root.current ? root.colors.fade(root.colors.highlight, 0.6)
                    : root.colors.fade(root.Material.foreground, 0.2)
    }

    contentItem: ColumnLayout {
        spacing: 6
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Label {
                text: root.number <= 9 ? root.number : ""
                opacity: 0.6
                Layout.preferredWidth: 14
            }
            Rectangle {
                objectName: "mark"
                implicitWidth: 18
                implicitHeight: 18
                radius: root.multiple ? 3 : 9
                color: root.checked ? root.colors.highlight : "transparent"
                border.width: 2
                border.color: root.checked ? root.colors.highlight : root.colors.fade(root.Material.foreground, 0.5)
                Label {
                    anchors.centerIn: parent
                    visible: root.checked
                    text: root.multiple ? "\u2713" : "\u25cf"
                    color: "white"
                    font.pixelSize: 12
                }
            }
            Label {
                objectName: "choiceText"
                text: root.struck ? "<s>" + root.html + "</s>" : root.html
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                opacity: root.struck ? 0.45 : 1
                Layout.fillWidth: true
                // The width up front: a wrapped label's height follows a later width too late.
                Layout.preferredWidth: Math.max(0, root.availableWidth - 100)
            }
            Label {
                visible: root.verdict.length > 0
                text: root.verdict === "right" ? "\u2713" : "\u2717"
                color: root.verdict === "right" ? root.colors.right : root.colors.wrong
                font.bold: true
                Accessible.name: root.verdict === "right" ? qsTr("correct") : qsTr("wrong")
            }
        }
        Label {
            objectName: "why"
            visible: root.whyHtml.length > 0
            text: root.whyHtml
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            opacity: 0.85
            Layout.fillWidth: true
            Layout.preferredWidth: Math.max(0, root.availableWidth - 52)
            Layout.leftMargin: 52
        }
    }

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.RightButton
        enabled: !root.readOnly
        onClicked: root.strikeRequested()
    }
}
