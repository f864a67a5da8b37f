pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("CertDrill")

    Material.theme: App.settings.theme === "dark" ? Material.Dark
                  : App.settings.theme === "light" ? Material.Light : Material.System
    Material.primary: Material.BlueGrey
    Material.accent: Material.Teal
    font.pixelSize: Math.round(15 * App.settings.fontScale)

    /// A message for the whole window (a restore done at start-up); empty hides it.
    property string notice
    /// The banks or the page's figures are still loading (a --screenshot waits for this).
    readonly property bool loading: App.banks.busy || (stack.currentItem !== null && stack.currentItem.loading === true)

    /// Opens a page named on the command line (--page): dashboard (home), welcome, settings,
    /// profiles, progress[:ID], bank:ID, help, import, and the session pages below.
    function openPage(spec) {
        const [name, argument] = spec.split(":")
        switch (name) {
        case "home":
        case "dashboard": break
        case "welcome": openWelcome(); break
        case "progress": openProgress(argument || ""); break
        case "help": openHelp(); break
        case "import": openImport(); break
        case "settings": openSettings(); break
        case "profiles": openProfiles(); break
        case "bank": openBank(argument); break
        case "exam": openExam(argument, { seed: 1, resume: true }); break
        case "review": openExam(argument, { seed: 1, resume: true, reviewScreen: true }); break
        case "results": openLatestResults(argument); break
        case "history": openResultHistory(argument); break
        case "practice": openPractice(argument, spec.split(":")[2] || "study", { fresh: true }); break
        default: console.warn("unknown page", spec)
        }
    }
    function openBank(bankId) {
        stack.push(bankPage, { bankId: bankId })
    }
    /// Starts (or offers to continue) a study, review, quiz or drill session of a bank.
    /// `options`: PracticeController.start's (count, minutes, filter; fresh).
    function openPractice(bankId, mode, options) {
        stack.push(practicePage, { bankId: bankId, mode: mode, options: options || {} })
    }
    /// A timed exam in the bank; `options`: practice, seed, count, minutes, resume (see ExamPage).
    function openExam(bankId, options) {
        stack.push(examPage, { bankId: bankId, options: options || {} })
    }
    /// The report of a finished session (replacing the exam page that submitted it).
    function openResults(sessionId) {
        if (stack.currentItem instanceof ExamPage)
            stack.replace(resultsPage, { sessionId: sessionId })
        else
            stack.push(resultsPage, { sessionId: sessionId })
    }
    /// The latest exam result in the bank; with none yet, a seeded exam is run to the end first.
    function openLatestResults(bankId) {
        stack.push(resultsPage, { bankId: bankId, sampleIfNone: true })
    }
    function openResultHistory(bankId) {
        stack.push(resultHistoryPage, { bankId: bankId })
    }
    /// Leaves the current page; a page with requestLeave() (the exam) asks first.
    function back() {
        if (stack.currentItem && typeof stack.currentItem.requestLeave === "function")
            stack.currentItem.requestLeave()
        else
            stack.pop()
    }
    function openWelcome() {
        stack.push(welcomePage)
    }
    function openProgress(bankId) {
        stack.push(progressPage, { bankId: bankId || "" })
    }
    function openHelp() {
        helpSheet.open()
    }
    function openImport(file) {
        importDialog.openWith(file || "")
    }
    /// What a dashboard card's button asks for.
    function onDashboardAction(bankId, what) {
        switch (what) {
        case "review": root.openPractice(bankId, "review", {}); break
        case "quiz": root.openPractice(bankId, "quiz", {}); break
        case "exam": root.openExam(bankId, {}); break
        case "study": root.openPractice(bankId, "study", {}); break
        case "drill": root.openPractice(bankId, "drill", {}); break
        case "progress": root.openProgress(bankId); break
        case "browse": root.openBank(bankId); break
        }
    }
    function openSettings() {
        if (!(stack.currentItem instanceof SettingsPage))
            stack.push(settingsPage)
    }
    function openProfiles() {
        if (!(stack.currentItem instanceof ProfilesPage))
            stack.push(profilesPage)
    }

    header: ToolBar {
        // A plain background: the Material elevation shader is missing under software rendering.
        background: Rectangle {
            color: root.Material.theme === Material.Dark ? Qt.darker(root.Material.primary, 1.6) : root.Material.primary
        }
        Material.foreground: "white"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            ToolButton {
                objectName: "backButton"
                text: "\u2190"
                visible: stack.depth > 1
                onClicked: root.back()
                Accessible.name: qsTr("Back")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back (Esc)")
            }
            Label {
                text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("CertDrill")
                font.pixelSize: root.font.pixelSize * 1.3
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 8
            }
            ToolButton {
                objectName: "profileButton"
                text: App.profileName.length > 0 ? qsTr("Profile: %1").arg(App.profileName) : qsTr("Profiles")
                onClicked: root.openProfiles()
                Accessible.name: qsTr("Switch profile")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Switch or create a profile")
            }
            ToolButton {
                objectName: "helpButton"
                text: qsTr("Help")
                onClicked: root.openHelp()
                Accessible.name: qsTr("Keyboard shortcuts")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Keyboard shortcuts (F1)")
            }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                onClicked: root.openSettings()
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Settings (Ctrl+,)")
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: DashboardPage {
            onAction: (bankId, what) => root.onDashboardAction(bankId, what)
            onWelcomeRequested: root.openWelcome()
            onImportRequested: root.openImport()
        }
    }

    footer: Pane {
        objectName: "notice"
        visible: root.notice.length > 0
        padding: 8
        RowLayout {
            anchors.fill: parent
            Label {
                text: root.notice
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Dismiss")
                flat: true
                onClicked: root.notice = ""
                Accessible.name: qsTr("Dismiss the message")
            }
        }
    }

    HelpSheet {
        id: helpSheet
        parent: Overlay.overlay
    }
    ImportBankDialog {
        id: importDialog
        parent: Overlay.overlay
    }
    Component {
        id: welcomePage
        WelcomePage {
            // Today's questions as the scheduler plans them (due, then new up to the daily limit,
            // paced to the exam date), not the whole bank.
            onStart: bankId => {
                stack.pop(null)
                root.openPractice(bankId, "review", {})
            }
        }
    }
    Component {
        id: progressPage
        ProgressPage {}
    }

    Component {
        id: bankPage
        BankPage {}
    }
    Component {
        id: practicePage
        PracticePage {
            onLeave: stack.pop()
        }
    }
    Component {
        id: examPage
        ExamPage {
            onSubmitted: sessionId => root.openResults(sessionId)
            onExited: stack.pop()
        }
    }
    Component {
        id: resultsPage
        ResultsPage {
            onHistoryRequested: bankId => root.openResultHistory(bankId)
            onRetakeStarted: bankId => root.openPractice(bankId, "drill", { resume: true })
        }
    }
    Component {
        id: resultHistoryPage
        ResultHistoryPage {
            onResultChosen: sessionId => root.openResults(sessionId)
        }
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: profilesPage
        ProfilesPage {
            onDone: stack.pop()
        }
    }

    Shortcut {
        sequence: "Esc"
        enabled: stack.depth > 1
        onActivated: root.back()
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: root.openSettings()
    }
    Shortcut {
        sequence: "F1"
        onActivated: helpSheet.visible ? helpSheet.close() : root.openHelp()
    }
}
