import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// A typed answer (a command, a term). The answer is the text, or null while the field is empty.
/// Enter belongs to the page (exam: next, practice: submit): the field neither claims it as a
/// shortcut nor accepts it, so the page's Enter shortcut takes it once, also from inside the field
/// (or, with none, the key goes on up to the page). Keep it so: no Enter handling here.
RowLayout {
    id: root

    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal edited(var response)

    property bool typing: false // the change comes from the field: leave its text alone

    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }

    onResponseChanged: {
        if (typing)
            return
        const text = typeof response === "string" ? response : ""
        if (field.text !== text)
            field.text = text
    }
    Component.onCompleted: field.text = typeof response === "string" ? response : ""
    function keyPressed(event) { return false }

    TextField {
        id: field
        objectName: "textField"
        focus: true
        readOnly: root.readOnly
        placeholderText: qsTr("Type your answer")
        maximumLength: 4096
        font.family: "monospace"
        color: root.feedback ? (root.feedback.correct ? root.colors.right : root.colors.wrong) : root.Material.foreground
        Layout.fillWidth: true
        Layout.maximumWidth: 640
        Accessible.name: qsTr("Answer")
        onTextEdited: {
            root.typing = true
            root.edited(text.trim().length > 0 ? text : null)
            root.typing = false
        }
    }
}
