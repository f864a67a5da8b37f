pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// The items of an order question, to put in sequence: drag a row to its place, or select it
/// (click, Up/Down) and move it with Alt+Up/Alt+Down. The answer is the shown sequence once the
/// candidate moved something (null before: the first order shown is never the correct one).
ColumnLayout {
    id: root

    required property var items
    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal edited(var response)

    property int current: 0
    property int dragging: -1
    readonly property var sequence: Array.isArray(response) && response.length === items.length
                                    ? response : items.map(i => i.id)
    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }

    spacing: 8

    function itemOf(id) {
        for (const i of items)
            if (i.id === id)
                return i
        return { id: id, html: id, plain: id }
    }
    function move(from, to) {
        if (readOnly || from === to || from < 0 || to < 0 || from >= sequence.length || to >= sequence.length)
            return
        const next = sequence.slice()
        const moved = next.splice(from, 1)[0]
        next.splice(to, 0, moved)
        current = to
        edited(next)
    }
    function keyPressed(event) {
        const alt = event.modifiers & Qt.AltModifier
        if (event.key === Qt.Key_Up) {
            if (alt) move(current, current - 1); else current = Math.max(0, current - 1)
            return true
        }
        if (event.key === Qt.Key_Down) {
            if (alt) move(current, current + 1); else current = Math.min(sequence.length - 1, current + 1)
            return true
        }
        if (!alt && event.key >= Qt.Key_1 && event.key <= Qt.Key_9 && event.key - Qt.Key_1 < sequence.length) {
            current = event.key - Qt.Key_1
            return true
        }
        return false
    }

    Label {
        text: root.readOnly ? qsTr("Your sequence")
                            : qsTr("Put these in order: drag a row, or select it and press Alt+Up / Alt+Down")
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: rows.implicitHeight

        Column {
            id: rows
            width: parent.width
            spacing: 6
            Repeater {
                model: root.sequence
                delegate: Rectangle {
                    id: row
                    required property string modelData
                    required property int index
                    readonly property var item: root.itemOf(modelData)
                    readonly property string expected: root.feedback ? (root.feedback.sequence[index] || "") : ""
                    readonly property bool isRight: expected === modelData
                    objectName: "orderItem_" + modelData
                    width: rows.width
                    implicitHeight: rowLayout.implicitHeight + 16
                    radius: 6
                    color: root.feedback ? (isRight ? root.colors.rightFill : root.colors.wrongFill)
                         : root.dragging === index ? root.colors.fade(root.colors.highlight, 0.15) : "transparent"
                    border.width: root.current === index && !root.readOnly ? 2 : 1
                    border.color: root.feedback ? (isRight ? root.colors.right : root.colors.wrong)
                                : root.current === index ? root.colors.highlight
                                : root.colors.fade(root.Material.foreground, 0.2)
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("Position %1: %2").arg(index + 1).arg(item.plain)

                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 10
                        Label { text: (row.index + 1) + "."; font.bold: true; Layout.preferredWidth: 24 }
                        Label {
                            text: "\u2261"
                            visible: !root.readOnly
                            opacity: 0.6
                            font.pixelSize: 20
                        }
                        Label {
                            text: row.item.html
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: root.feedback !== null && !row.isRight
                            text: visible ? qsTr("should be: %1").arg(root.itemOf(row.expected).plain) : ""
                            color: root.colors.wrong
                            wrapMode: Text.Wrap
                            Layout.maximumWidth: rows.width * 0.4
                        }
                    }
                }
            }
        }

        // One area for the whole list: rows are rebuilt as they move, so a drag must not live in one.
        MouseArea {
            anchors.fill: rows
            enabled: !root.readOnly
            cursorShape: root.dragging >= 0 ? Qt.ClosedHandCursor : Qt.OpenHandCursor
            function rowAt(y) {
                const child = rows.childAt(rows.width / 2, Math.max(0, Math.min(rows.height - 1, y)))
                return child && child.index !== undefined ? child.index : -1
            }
            onPressed: mouse => {
                root.dragging = rowAt(mouse.y)
                if (root.dragging >= 0)
                    root.current = root.dragging
            }
            onPositionChanged: mouse => {
                const over = rowAt(mouse.y)
                if (root.dragging >= 0 && over >= 0 && over !== root.dragging) {
                    root.move(root.dragging, over)
                    root.dragging = over
                }
            }
            onReleased: root.dragging = -1
            onCanceled: root.dragging = -1
        }
    }
}
