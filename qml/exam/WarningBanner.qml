import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

/// A short notice when the timer warns (10 and 5 minutes left); it fades after a few seconds.
Pane {
    id: root

    property int minutes: 0
    function show(minutesLeft) {
        minutes = minutesLeft
        visible = true
        hideTimer.restart()
    }

    objectName: "warningBanner"
    visible: false
    padding: 8
    background: Rectangle {
        color: root.minutes <= 5 ? "#c62828" : "#e65100"
    }
    Label {
        anchors.centerIn: parent
        color: "white"
        font.bold: true
        text: qsTr("%n minute(s) left", "", root.minutes)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: root.visible = false
    }
}
