pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// Home: the current profile's banks with what is due today and a button per way of studying.
/// R, Q, E, S, D start a review, quick quiz, practice exam, study or drill in the selected bank;
/// P opens its progress, B browses it.
Page {
    id: root

    title: qsTr("CertDrill")
    readonly property alias bankCount: grid.count
    readonly property alias model: dashboard
    /// Figures or a session are still on their way (Main waits for this before a --screenshot).
    readonly property bool loading: dashboard.busy
    /// What a card's button asks for: review, quiz, exam, study, drill, progress or browse.
    signal action(string bankId, string what)
    signal welcomeRequested()
    signal importRequested()

    readonly property bool active: StackView.status === StackView.Active || StackView.view === null

    DashboardModel {
        id: dashboard
        context: App
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 14

        Label {
            objectName: "startupError"
            visible: App.startupError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Material.theme === Material.Dark ? "#ef9a9a" : "#b71c1c"
            text: App.startupError
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "profileLabel"
                visible: App.profileName.length > 0
                text: qsTr("Studying as %1").arg(App.profileName)
                font.pixelSize: root.font.pixelSize * 1.4
                Accessible.role: Accessible.Heading
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            BusyIndicator {
                objectName: "busyIndicator"
                running: App.banks.busy || dashboard.busy
                implicitWidth: 32
                implicitHeight: 32
                Accessible.name: qsTr("Loading")
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import a bank…")
                flat: true
                onClicked: root.importRequested()
                Accessible.name: qsTr("Import a bank file")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Check a bank file and add it to your banks (Ctrl+I)")
            }
        }

        Pane {
            objectName: "welcomeBanner"
            visible: dashboard.firstRun && grid.count > 0 && !dashboard.busy
            Layout.fillWidth: true
            Material.elevation: 0
            background: Rectangle {
                radius: 8
                color: "transparent"
                border.color: root.Material.accent
                border.width: 2
            }
            RowLayout {
                anchors.fill: parent
                spacing: 12
                Label {
                    text: qsTr("Welcome! Choose who is studying, a first bank and, if you have one, your exam date.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    objectName: "getStarted"
                    text: qsTr("Get started")
                    onClicked: root.welcomeRequested()
                    Accessible.name: qsTr("Get started: profile, first bank and exam date")
                }
            }
        }

        EmptyState {
            objectName: "emptyState"
            visible: !App.banks.busy && grid.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No question banks found")
            detail: qsTr("Put bank files (.json) in %1/question_banks, or import one.").arg(App.dataDir)
        }

        GridView {
            id: grid
            objectName: "bankGrid"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.rightMargin: -16 // each cell ends in a 16 px gutter: the cards line up with the banner
            clip: true
            readonly property int columns: Math.max(1, Math.floor(width / Math.max(480, root.font.pixelSize * 34)))
            cellWidth: Math.floor(width / columns)
            cellHeight: Math.ceil(root.font.pixelSize * 15.5)
            keyNavigationEnabled: true
            focus: true
            Accessible.name: qsTr("Your question banks")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {}
            model: dashboard
            delegate: BankDashboardCard {
                width: GridView.view.cellWidth - 16
                height: GridView.view.cellHeight - 16
                onChosen: (bankId, what) => root.action(bankId, what)
                onClicked: GridView.view.currentIndex = index
            }
        }

        Label {
            objectName: "problems"
            visible: App.banks.problems.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Material.theme === Material.Dark ? "#ffcc80" : "#8a4b00"
            text: qsTr("Some bank files could not be loaded (run certdrill validate on them):\n%1")
                  .arg(App.banks.problems.join("\n"))
        }
    }

    function act(what) {
        if (grid.currentIndex < 0 && grid.count > 0)
            grid.currentIndex = 0 // a model reset clears the selection
        const card = grid.currentItem
        if (card)
            root.action(card.bankId, what)
    }
    Shortcut { sequence: "R"; enabled: root.active && grid.count > 0; onActivated: root.act("review") }
    Shortcut { sequence: "Q"; enabled: root.active && grid.count > 0; onActivated: root.act("quiz") }
    Shortcut { sequence: "E"; enabled: root.active && grid.count > 0; onActivated: root.act("exam") }
    Shortcut { sequence: "S"; enabled: root.active && grid.count > 0; onActivated: root.act("study") }
    Shortcut { sequence: "D"; enabled: root.active && grid.count > 0; onActivated: root.act("drill") }
    Shortcut { sequence: "P"; enabled: root.active && grid.count > 0; onActivated: root.act("progress") }
    Shortcut { sequence: "B"; enabled: root.active && grid.count > 0; onActivated: root.act("browse") }
    Shortcut { sequence: "Ctrl+I"; enabled: root.active; onActivated: root.importRequested() }
}
