pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Material shown with a question or scenario: monospace text (command output, a configuration)
/// that scrolls sideways rather than wrapping, and/or an image. The image opens larger on a click,
/// or on Space once it has the focus (Tab); there the buttons, Ctrl+wheel, + and - zoom, 0 goes
/// back to 100 % and Esc closes. An image the bank names but the app cannot show (missing,
/// refused, unreadable) leaves a placeholder with its alt text. Hidden when it has nothing.
ColumnLayout {
    id: root

    property string text: ""
    property string image: ""
    property string alt: ""
    /// The bank names an image that is not shown (QuestionPresenter's exhibitImageMissing).
    property bool imageMissing: false
    /// No picture where one belongs: named but not shown, or the file does not load.
    readonly property bool imageFailed: imageMissing || (image.length > 0 && picture.status === Image.Error)
    readonly property bool dark: Material.theme === Material.Dark

    visible: text.length > 0 || image.length > 0 || imageMissing
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
            color: root.dark ? "#1e1e1e" : "#f5f5f5"
            border.color: Qt.rgba(0.5, 0.5, 0.5, 0.4)
        }
        Flickable {
            id: textFlick
            objectName: "exhibitText"
            anchors.fill: parent
            // Room for the scroll bar only when the text is wider than the frame.
            implicitHeight: exhibitText.implicitHeight + (contentWidth > width ? hbar.height : 0)
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
        visible: root.image.length > 0 && status !== Image.Error
        source: root.image
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        activeFocusOnTab: true
        Layout.fillWidth: true
        Layout.maximumWidth: sourceSize.width
        Layout.preferredHeight: Math.min(360, sourceSize.height)
        Accessible.role: Accessible.Button
        Accessible.name: root.alt.length > 0 ? qsTr("Exhibit image: %1").arg(root.alt) : qsTr("Exhibit image")
        Accessible.description: qsTr("Opens the image larger")
        Accessible.onPressAction: zoom.open()
        Keys.onSpacePressed: zoom.open()
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            onClicked: zoom.open()
        }
        Rectangle { // the focus frame
            anchors.fill: parent
            anchors.margins: -3
            visible: picture.activeFocus
            color: "transparent"
            radius: 3
            border.width: 2
            border.color: root.Material.accent
        }
        ToolTip.visible: imageHover.hovered || activeFocus
        ToolTip.text: qsTr("Click or press Space to enlarge")
        HoverHandler { id: imageHover }
    }
    Label {
        visible: picture.visible && root.alt.length > 0
        text: root.alt
        wrapMode: Text.Wrap
        opacity: 0.7
        font.italic: true
        Layout.fillWidth: true
    }

    Frame {
        objectName: "imagePlaceholder"
        visible: root.imageFailed
        Layout.fillWidth: true
        Layout.maximumWidth: 480
        padding: 12
        background: Rectangle {
            radius: 4
            color: root.dark ? "#1e1e1e" : "#f5f5f5"
            border.color: Qt.rgba(0.5, 0.5, 0.5, 0.6)
        }
        Label {
            objectName: "imagePlaceholderText"
            width: parent.width
            wrapMode: Text.Wrap
            text: root.alt.length > 0
                  ? qsTr("The exhibit image cannot be shown. It shows: %1").arg(root.alt)
                  : qsTr("The exhibit image cannot be shown.")
        }
    }

    Popup {
        id: zoom
        objectName: "exhibitZoom"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width * 0.9 : 800
        height: parent ? parent.height * 0.9 : 600
        modal: true
        focus: true
        padding: 8
        // A plain background: the Material elevation shader is missing under software rendering.
        background: Rectangle {
            radius: 6
            color: root.dark ? "#2b2b2b" : "#ffffff"
            border.color: root.dark ? "#555555" : "#b0bec5"
        }

        /// The zoom: 1 shows the image's own pixels.
        property real factor: 1
        property bool focusBack: false // opened from the keyboard: the image gets the focus back
        function zoomBy(by) { factor = Math.max(0.25, Math.min(8, factor * by)) }
        onAboutToShow: {
            factor = 1
            focusBack = picture.activeFocus
        }
        onClosed: if (focusBack) picture.forceActiveFocus()

        contentItem: ColumnLayout {
            RowLayout {
                Button {
                    objectName: "zoomOutButton"
                    flat: true
                    text: "\u2212"
                    focusPolicy: Qt.NoFocus
                    onClicked: zoom.zoomBy(0.8)
                    Accessible.name: qsTr("Zoom out")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out (-)")
                }
                Label {
                    objectName: "zoomLabel"
                    text: qsTr("%1%").arg(Math.round(zoom.factor * 100))
                }
                Button {
                    objectName: "zoomInButton"
                    flat: true
                    text: "+"
                    focusPolicy: Qt.NoFocus
                    onClicked: zoom.zoomBy(1.25)
                    Accessible.name: qsTr("Zoom in")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in (+)")
                }
                Label {
                    text: root.alt
                    elide: Text.ElideRight
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "zoomCloseButton"
                    flat: true
                    text: qsTr("Close")
                    focusPolicy: Qt.NoFocus
                    onClicked: zoom.close()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Close (Esc)")
                }
            }
            Flickable {
                id: zoomFlick
                objectName: "zoomArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: canvas.width
                contentHeight: canvas.height
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                // At least the view's size, so the image sits in the middle and Ctrl+wheel works
                // anywhere in the view.
                Item {
                    id: canvas
                    width: Math.max(zoomFlick.width, big.width)
                    height: Math.max(zoomFlick.height, big.height)
                    Image {
                        id: big
                        objectName: "zoomImage"
                        anchors.centerIn: parent
                        source: zoom.visible ? root.image : ""
                        width: sourceSize.width * zoom.factor
                        height: sourceSize.height * zoom.factor
                        Accessible.role: Accessible.Graphic
                        Accessible.name: root.alt
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.ControlModifier
                        onWheel: event => zoom.zoomBy(event.angleDelta.y > 0 ? 1.1 : 1 / 1.1)
                    }
                }
            }
            Shortcut { sequences: ["+", "=", "Ctrl++", "Ctrl+="]; enabled: zoom.visible; onActivated: zoom.zoomBy(1.25) }
            Shortcut { sequences: ["-", "Ctrl+-"]; enabled: zoom.visible; onActivated: zoom.zoomBy(0.8) }
            Shortcut { sequences: ["0", "Ctrl+0"]; enabled: zoom.visible; onActivated: zoom.factor = 1 }
        }
    }
}
