pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// A match question: pair each left item with one right item. Click a left item, then a right
/// one; or drag a right item onto a left one; or pick the left item with Up/Down and press the
/// right item's number. Delete (or a right-click on the left item) unpairs. A right item pairs
/// with one left item at most: choosing it again moves it. The answer is {left id: right id}.
Item {
    id: root

    required property var leftItems
    required property var rightItems
    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal edited(var response)

    property int current: 0
    property string dragged: ""
    readonly property var pairs: response && typeof response === "object" && !Array.isArray(response) ? response : ({})
    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }

    implicitHeight: columns.implicitHeight
    implicitWidth: columns.implicitWidth

    function rightOf(id) {
        for (const r of rightItems)
            if (r.id === id)
                return r
        return null
    }
    function plainOf(rightId) {
        const r = rightOf(rightId)
        return r ? r.plain : ""
    }
    function leftPairedWith(rightId) {
        for (const l of leftItems)
            if (pairs[l.id] === rightId)
                return l.id
        return ""
    }
    function pair(leftIndex, rightId) {
        if (readOnly || leftIndex < 0 || leftIndex >= leftItems.length || !rightOf(rightId))
            return
        const next = {}
        for (const l of leftItems)
            if (pairs[l.id] && pairs[l.id] !== rightId)
                next[l.id] = pairs[l.id]
        next[leftItems[leftIndex].id] = rightId
        edited(next)
        for (let i = 1; i <= leftItems.length; ++i) { // go on with the next unpaired left item
            const candidate = (leftIndex + i) % leftItems.length
            if (!next[leftItems[candidate].id]) {
                current = candidate
                return
            }
        }
        current = leftIndex
    }
    function unpair(leftIndex) {
        if (readOnly || leftIndex < 0 || leftIndex >= leftItems.length)
            return
        const next = Object.assign({}, pairs)
        delete next[leftItems[leftIndex].id]
        current = leftIndex
        edited(Object.keys(next).length > 0 ? next : null)
    }
    function keyPressed(event) {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return false
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
            const n = event.key - Qt.Key_1
            if (n < rightItems.length)
                pair(current, rightItems[n].id)
            return true
        }
        switch (event.key) {
        case Qt.Key_Up: current = Math.max(0, current - 1); return true
        case Qt.Key_Down: current = Math.min(leftItems.length - 1, current + 1); return true
        case Qt.Key_Delete:
        case Qt.Key_Backspace: unpair(current); return true
        }
        return false
    }

    RowLayout {
        id: columns
        width: root.width
        spacing: 24

        ColumnLayout {
            id: leftColumn
            spacing: 8
            Layout.fillWidth: true
            Layout.preferredWidth: (columns.width - columns.spacing) * 0.58
            Layout.alignment: Qt.AlignTop
            Label {
                text: qsTr("Pair each item (Up/Down to pick, then the number of its match)")
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: root.leftItems
                delegate: Rectangle {
                    id: leftRow
                    required property var modelData
                    required property int index
                    readonly property string chosen: root.pairs[modelData.id] || ""
                    readonly property string expected: root.feedback ? (root.feedback.pairs[modelData.id] || "") : ""
                    readonly property bool isRight: chosen === expected
                    readonly property bool hot: root.dragged.length > 0 && dropZone.containsMouse
                    objectName: "left_" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: leftLayout.implicitHeight + 16
                    radius: 6
                    color: root.feedback ? (isRight ? root.colors.rightFill : root.colors.wrongFill)
                         : hot ? root.colors.fade(root.colors.highlight, 0.15) : "transparent"
                    border.width: root.current === index && !root.readOnly ? 2 : 1
                    border.color: root.feedback ? (isRight ? root.colors.right : root.colors.wrong)
                                : root.current === index ? root.colors.highlight
                                : root.colors.fade(root.Material.foreground, 0.2)
                    Accessible.role: Accessible.ListItem
                    Accessible.name: chosen ? qsTr("%1, paired with %2").arg(modelData.plain).arg(root.plainOf(chosen))
                                            : qsTr("%1, not paired").arg(modelData.plain)

                    ColumnLayout {
                        id: leftLayout
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 4
                        Label {
                            text: leftRow.modelData.html
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "slot"
                            text: leftRow.chosen ? "\u2192 " + root.plainOf(leftRow.chosen) : qsTr("\u2192 (not paired yet)")
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.bold: leftRow.chosen.length > 0
                            opacity: leftRow.chosen ? 1 : 0.55
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: root.feedback !== null && !leftRow.isRight
                            text: visible ? qsTr("Correct: %1").arg(root.plainOf(leftRow.expected)) : ""
                            textFormat: Text.PlainText
                            color: root.colors.wrong
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    MouseArea {
                        id: dropZone
                        anchors.fill: parent
                        hoverEnabled: true
                        enabled: !root.readOnly
                        acceptedButtons: Qt.LeftButton | Qt.RightButton
                        onClicked: mouse => {
                            if (mouse.button === Qt.RightButton)
                                root.unpair(leftRow.index)
                            else
                                root.current = leftRow.index
                        }
                    }
                }
            }
        }

        ColumnLayout {
            id: rightColumn
            spacing: 8
            Layout.fillWidth: true
            Layout.preferredWidth: (columns.width - columns.spacing) * 0.42
            Layout.alignment: Qt.AlignTop
            Label {
                text: qsTr("Matches (click, press the number or drag)")
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: root.rightItems
                delegate: Rectangle {
                    id: rightRow
                    required property var modelData
                    required property int index
                    readonly property string usedBy: root.leftPairedWith(modelData.id)
                    objectName: "right_" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: rightLayout.implicitHeight + 16
                    radius: 6
                    opacity: usedBy.length > 0 && !root.readOnly ? 0.6 : 1
                    color: root.dragged === modelData.id ? root.colors.fade(root.colors.highlight, 0.15) : "transparent"
                    border.width: 1
                    border.color: root.colors.fade(root.Material.foreground, 0.3)
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.plain

                    RowLayout {
                        id: rightLayout
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 10
                        Label { text: rightRow.index < 9 ? rightRow.index + 1 : ""; opacity: 0.6 }
                        Label {
                            text: rightRow.modelData.html
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label { visible: rightRow.usedBy.length > 0; text: "\u2713"; opacity: 0.7 }
                    }
                    MouseArea {
                        id: dragArea
                        anchors.fill: parent
                        enabled: !root.readOnly
                        preventStealing: true
                        property point pressedAt
                        onPressed: mouse => { pressedAt = Qt.point(mouse.x, mouse.y); root.dragged = "" }
                        onPositionChanged: mouse => {
                            if (Math.abs(mouse.x - pressedAt.x) + Math.abs(mouse.y - pressedAt.y) > 8)
                                root.dragged = rightRow.modelData.id
                            ghost.position(mapToItem(root, mouse.x, mouse.y))
                        }
                        onReleased: mouse => {
                            if (root.dragged.length === 0) {
                                root.pair(root.current, rightRow.modelData.id)
                                return
                            }
                            const p = mapToItem(leftColumn, mouse.x, mouse.y)
                            const target = leftColumn.childAt(p.x, p.y)
                            if (target && target.index !== undefined && target.modelData !== undefined)
                                root.pair(target.index, root.dragged)
                            root.dragged = ""
                        }
                        onCanceled: root.dragged = ""
                    }
                }
            }
        }
    }

    Label {
        id: ghost
        visible: root.dragged.length > 0
        text: root.dragged.length > 0 ? root.plainOf(root.dragged) : ""
        padding: 6
        background: Rectangle { color: root.colors.fade(root.colors.highlight, 0.85); radius: 4 }
        color: "white"
        z: 10
        function position(p) { x = p.x + 8; y = p.y + 8 }
    }
}
