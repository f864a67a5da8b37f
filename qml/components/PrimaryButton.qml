import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

/// The main action of a view: a filled button in the accent colour. It draws its own background,
/// so it stays visible where the Material elevation effect is not rendered (software rendering).
Button {
    id: root

    Material.foreground: "white"
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 36
        radius: 4
        color: !root.enabled ? Qt.rgba(0.5, 0.5, 0.5, 0.35)
                             : root.down ? Qt.darker(root.Material.accent, 1.25)
                             : root.hovered || root.visualFocus ? Qt.darker(root.Material.accent, 1.1) : root.Material.accent
        border.width: root.visualFocus ? 2 : 0
        border.color: root.Material.foreground
    }
}
