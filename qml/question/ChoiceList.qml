pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/// The options of a single (one choice) or multiple ("choose N") question. A multiple question
/// never takes more than N ticks: untick one first. Strike-throughs are the candidate's scratch
/// marks; they are not part of the answer and are forgotten when the question changes.
ColumnLayout {
    id: root

    required property string questionId
    required property var choices
    property bool multiple: false
    property int chooseCount: 1
    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal edited(var response)

    property int current: 0
    property var struck: ({})
    readonly property var ticked: multiple ? (Array.isArray(response) ? response : [])
                                           : (response !== null && response !== undefined ? [response] : [])
    readonly property bool full: multiple && ticked.length >= chooseCount

    spacing: 8
    onQuestionIdChanged: { current = 0; struck = ({}) }

    function choose(index) {
        if (readOnly || index < 0 || index >= choices.length)
            return
        current = index
        const id = choices[index].id
        if (!multiple) {
            edited(id)
            return
        }
        const next = ticked.slice()
        const at = next.indexOf(id)
        if (at >= 0)
            next.splice(at, 1)
        else if (next.length < chooseCount)
            next.push(id)
        else
            return
        edited(next.length > 0 ? next : null)
    }
    function strike(index) {
        if (readOnly || index < 0 || index >= choices.length)
            return
        const next = Object.assign({}, struck)
        next[choices[index].id] = !next[choices[index].id]
        struck = next
        current = index
    }
    function keyPressed(event) {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return false
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
            choose(event.key - Qt.Key_1)
            return true
        }
        switch (event.key) {
        case Qt.Key_Up: current = Math.max(0, current - 1); return true
        case Qt.Key_Down: current = Math.min(choices.length - 1, current + 1); return true
        case Qt.Key_Space: choose(current); return true
        case Qt.Key_X: strike(current); return true
        }
        return false
    }

    Label {
        objectName: "chooseHint"
        visible: root.multiple
        text: root.full && !root.readOnly
              ? qsTr("Choose %1 (all chosen: untick one to change)").arg(root.chooseCount)
              : qsTr("Choose %1").arg(root.chooseCount)
        font.bold: true
    }

    Repeater {
        model: root.choices
        delegate: ChoiceRow {
            required property var modelData
            required property int index
            objectName: "choice_" + modelData.id
            number: index + 1
            html: modelData.html
            plain: modelData.plain
            multiple: root.multiple
            checked: root.ticked.indexOf(modelData.id) >= 0
            struck: root.struck[modelData.id] === true
            current: root.current === index && !root.readOnly
            readOnly: root.readOnly
            verdict: !root.feedback ? ""
                     : root.feedback.correctIds.indexOf(modelData.id) >= 0 ? "right"
                     : checked ? "wrong" : ""
            whyHtml: root.feedback && root.feedback.why[modelData.id] ? root.feedback.why[modelData.id] : ""
            enabled: true
            Layout.fillWidth: true
            onClicked: root.choose(index)
            onStrikeRequested: root.strike(index)
        }
    }
}
