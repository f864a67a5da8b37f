pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Material shown with a question or scenario: monospace text (command output, a configuration)
/// that scrolls sideways rather than wrapping, or an image that opens larger on a click (zoom
/// with the buttons, Ctrl+wheel, + and -). Hidden when it has neither.
ColumnLayout {
    id: root

    property string text: ""
    property string image: ""
    property string alt: ""

    visible: text.length > 0 || image.length > 0
    spacing: 4

    Label {
        text: qsTr("Exhibit")
        font.bold: true
        opacity: 0.7
    }

    Frame {
        visible: root.text.length > 0
        Layout.fillWidth: true
        padding: 8
        background: Rectangle {
            radius: 4
            color: root.Material.theme === Material.Dark ? "#1e1e1e" : "#f5f5f5"
            border.color: Qt.rgba(0.5, 0.5, 0.5, 0.4)
        }
        Flickable {
            id: textFlick
            objectName: "exhibitText"
            anchors.fill: parent
            implicitHeight: exhibitText.implicitHeight + (hbar.visible ? hbar.height : 0)
            contentWidth: exhibitText.implicitWidth
            contentHeight: exhibitText.implicitHeight
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.horizontal: ScrollBar { id: hbar; policy: ScrollBar.AsNeeded }
            TextEdit {
                id: exhibitText
                text: root.text
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.NoWrap
                font.family: "monospace"
                color: root.Material.foreground
                Accessible.role: Accessible.StaticText
                Accessible.name: root.text
            }
        }
    }

    Image {
        id: picture
        objectName: "exhibitImage"
        visible: root.image.length > 0
        source: root.image
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        Layout.fillWidth: true
        Layout.maximumWidth: sourceSize.width
        Layout.preferredHeight: Math.min(360, sourceSize.height)
        Accessible.role: Accessible.Graphic
        Accessible.name: root.alt
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            onClicked: zoom.open()
        }
        ToolTip.visible: imageHover.hovered
        ToolTip.text: qsTr("Click to enlarge")
        HoverHandler { id: imageHover }
    }
    Label {
        visible: root.image.length > 0 && root.alt.length > 0
        text: root.alt
        wrapMode: Text.Wrap
        opacity: 0.7
        font.italic: true
        Layout.fillWidth: true
    }

    Popup {
        id: zoom
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width * 0.9 : 800
        height: parent ? parent.height * 0.9 : 600
        modal: true
        focus: true
        property real factor: 1
        function zoomBy(by) { factor = Math.max(0.25, Math.min(8, factor * by)) }
        onOpened: factor = 1
        contentItem: ColumnLayout {
            RowLayout {
                Button { flat: true; text: "\u2212"; onClicked: zoom.zoomBy(0.8); Accessible.name: qsTr("Zoom out"); ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom out (-)") }
                Label { text: Math.round(zoom.factor * 100) + "%" }
                Button { flat: true; text: "+"; onClicked: zoom.zoomBy(1.25); Accessible.name: qsTr("Zoom in"); ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom in (+)") }
                Item { Layout.fillWidth: true }
                Button { flat: true; text: qsTr("Close"); onClicked: zoom.close(); ToolTip.visible: hovered; ToolTip.text: qsTr("Close (Esc)") }
            }
            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: big.width
                contentHeight: big.height
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                Image {
                    id: big
                    source: zoom.opened ? root.image : ""
                    width: sourceSize.width * zoom.factor
                    height: sourceSize.height * zoom.factor
                    Accessible.role: Accessible.Graphic
                    Accessible.name: root.alt
                }
                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: event => zoom.zoomBy(event.angleDelta.y > 0 ? 1.1 : 0.9)
                }
            }
            Shortcut { sequences: ["+", "="]; enabled: zoom.opened; onActivated: zoom.zoomBy(1.25) }
            Shortcut { sequence: "-"; enabled: zoom.opened; onActivated: zoom.zoomBy(0.8) }
        }
    }
}
