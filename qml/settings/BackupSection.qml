pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// The data folder, backups now and restore. A restore is confirmed first, keeps the current data
/// aside and happens when the app restarts (BackupController).
ColumnLayout {
    id: root

    spacing: 12
    /// The page's text size (headings scale from it).
    property real baseFontSize: 15
    readonly property alias controller: backups

    BackupController {
        id: backups
        context: App
    }

    Label {
        text: qsTr("Data")
        font.pixelSize: Math.round(root.baseFontSize * 1.3)
        Layout.topMargin: 16
        Accessible.role: Accessible.Heading
    }
    Label {
        objectName: "dataDir"
        text: qsTr("Your answers and settings are kept in %1").arg(App.dataDir)
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("A backup is made automatically once a day; the last seven are kept in %1.").arg(backups.backupsFolder)
        wrapMode: Text.WordWrap
        opacity: 0.85
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: 12
        Button {
            objectName: "backupNow"
            text: qsTr("Back up now")
            enabled: !backups.busy
            onClicked: backups.backupNow()
            Accessible.name: qsTr("Back up now")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Copy the database into the backups folder now")
        }
        Button {
            objectName: "restoreButton"
            text: qsTr("Restore from a file…")
            onClicked: fileDialog.open()
            Accessible.name: qsTr("Restore a backup from a file")
        }
        BusyIndicator {
            running: backups.busy
            implicitWidth: 28
            implicitHeight: 28
        }
    }
    ListView {
        id: list
        objectName: "backupList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 220)
        clip: true
        model: backups.backups
        Accessible.name: qsTr("Backups")
        delegate: ItemDelegate {
            id: entry
            required property string modelData
            width: ListView.view.width
            text: entry.modelData.split("/").pop()
            Accessible.name: qsTr("Backup %1; press to restore it").arg(text)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Restore this backup")
            onClicked: confirm.ask(entry.modelData)
        }
    }
    Label {
        objectName: "backupMessage"
        visible: backups.message.length > 0
        text: backups.message
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: backups.restoreStaged
        spacing: 12
        PrimaryButton {
            objectName: "restartButton"
            text: qsTr("Restart now to restore")
            onClicked: backups.restartNow()
            Accessible.name: qsTr("Restart now to restore the backup")
        }
        Button {
            objectName: "cancelRestore"
            text: qsTr("Cancel the restore")
            flat: true
            onClicked: backups.cancelRestore()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a backup to restore")
        nameFilters: [qsTr("CertDrill databases (*.db)"), qsTr("All files (*)")]
        onAccepted: confirm.ask(selectedFile.toString())
    }

    // The shared confirmation dialog: its title sits in the content, so a width change does not
    // set off the binding loop the style's eliding header caused here.
    ConfirmDialog {
        id: confirm
        objectName: "restoreConfirm"
        property string file
        function ask(path) {
            file = path
            open()
        }
        parent: Overlay.overlay
        title: qsTr("Restore this backup?")
        text: qsTr("Your data will be replaced by %1 when CertDrill restarts. Answers given since that backup will no longer show, but nothing is deleted: your current database is kept aside in %2 as certdrill.db.before-restore-….")
              .arg(confirm.file.split("/").pop()).arg(App.dataDir)
        acceptText: qsTr("Restore")
        onAccepted: backups.stageRestore(file)
    }
}
