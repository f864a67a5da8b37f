import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// A numeric answer: a number (a point or a comma for decimals) and the question's unit.
/// The answer is the number, or null while the field holds none.
/// Enter belongs to the page (exam: next, practice: submit): the field neither claims it as a
/// shortcut nor accepts it, so the page's Enter shortcut takes it once, also from inside the field
/// (or, with none, the key goes on up to the page). Keep it so: no Enter handling here.
RowLayout {
    id: root

    property string unit: ""
    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal edited(var response)

    property bool typing: false // the change comes from the field: leave its text alone

    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }

    spacing: 10

    function parse(text) {
        const t = text.trim().replace(",", ".")
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
            return null
        const n = Number(t)
        return isFinite(n) ? n : null
    }
    function show() {
        if (typeof response === "number" && parse(field.text) !== response)
            field.text = String(response)
        else if (response === null || response === undefined)
            field.text = ""
    }
    onResponseChanged: if (!typing) show()
    Component.onCompleted: show()
    // Digits go to the field, so the view's keys never see them.
    function keyPressed(event) { return false }

    TextField {
        id: field
        objectName: "numberField"
        focus: true
        readOnly: root.readOnly
        placeholderText: qsTr("Your answer")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        validator: RegularExpressionValidator { regularExpression: /[-+]?[0-9]*[.,]?[0-9]*([eE][-+]?[0-9]*)?/ }
        color: root.feedback ? (root.feedback.correct ? root.colors.right : root.colors.wrong) : root.Material.foreground
        Layout.preferredWidth: 220
        Accessible.name: root.unit.length > 0 ? qsTr("Number in %1").arg(root.unit) : qsTr("Number")
        onTextEdited: {
            root.typing = true
            root.edited(root.parse(text))
            root.typing = false
        }
    }
    Label {
        visible: root.unit.length > 0
        text: root.unit
    }
    Item { Layout.fillWidth: true }
}
