import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// A modal question with two answers; Enter accepts, Esc rejects.
Dialog {
    id: root

    property string text
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 48)
    closePolicy: Popup.CloseOnEscape
    // A plain background: the Material elevation shader is missing under software rendering.
    background: Rectangle {
        radius: 6
        color: root.Material.theme === Material.Dark ? "#2b2b2b" : "#ffffff"
        border.color: root.Material.theme === Material.Dark ? "#555555" : "#b0bec5"
    }

    // The title is part of the content, not the style's header: that header elides, and an elided
    // label re-lays itself out while the dialog reads its implicit height after a width change (a
    // binding loop when the page gets its size). It also painted Material's dialog colour.
    header: null
    Column {
        width: parent.width
        spacing: 12
        Label {
            objectName: "dialogTitle"
            width: parent.width
            visible: text.length > 0
            text: root.title
            wrapMode: Text.WordWrap
            font.bold: true
            font.pixelSize: Math.round(root.font.pixelSize * 1.1)
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "dialogText"
            width: parent.width
            text: root.text
            wrapMode: Text.WordWrap
        }
    }
    footer: DialogButtonBox {
        // Transparent over the plain background (the style's is Material's dialog colour).
        background: Item { implicitHeight: root.Material.dialogButtonBoxHeight }
        Button {
            Material.elevation: 0
            objectName: "rejectButton"
            text: root.rejectText
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            Material.elevation: 0
            objectName: "acceptButton"
            text: root.acceptText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
    }
    onOpened: footer.forceActiveFocus()
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: root.visible
        onActivated: root.accept()
    }
}
